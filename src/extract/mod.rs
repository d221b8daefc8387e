//! Extract stage: paragraphs → who is speaking, what they said, and which places are named.

use std::sync::OnceLock;

use crate::split::Split;

/// What the extractor found in one paragraph.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// Speakers, full canonical names.
    pub speakers: Vec<String>,
    /// Places, canonical names.
    pub locations: Vec<String>,
    /// Quoted passages.
    pub quotes: Vec<String>,
}

/// Finds speakers, quotes and places. Built once (it holds the gazetteer) and shared.
#[derive(Debug, Default)]
pub struct Extractor {}

impl Extractor {
    /// Builds an extractor with the bundled gazetteer.
    pub fn new() -> Self {
        Extractor {}
    }

    /// One [`Found`] per paragraph of `split`, in order.
    pub fn extract(&self, split: &Split) -> Vec<Found> {
        vec![Found::default(); split.paragraphs.len()]
    }
}

/// A process-wide extractor, built on first use.
pub fn default_extractor() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(Extractor::new)
}
