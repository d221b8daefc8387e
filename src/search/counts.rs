//! The most frequent speakers or places among the paragraphs matching a query.

use std::collections::HashMap;

use serde::Serialize;
use tantivy::collector::{Collector, Count, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentReader};

use super::{Filters, Searcher, query};
use crate::error::Result;
use crate::index::{names, tantivy_error};

/// What to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Facet {
    /// Speakers.
    Speakers,
    /// Places.
    Locations,
}

/// A count: which paragraphs to look at, and how many values to return.
#[derive(Debug, Clone)]
pub struct CountOptions {
    /// Query restricting the paragraphs; `None`, empty or `*` for the whole index.
    pub query: Option<String>,
    /// Filters restricting the paragraphs.
    pub filters: Filters,
    /// Values to return, most frequent first.
    pub limit: usize,
}

/// One speaker or place and how often it occurs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueCount {
    /// The name, in its most frequent spelling.
    pub name: String,
    /// Matching paragraphs it occurs in.
    pub records: usize,
    /// Distinct articles among them.
    pub articles: usize,
}

/// The answer to a count.
#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    /// The query, if any.
    pub query: Option<String>,
    /// The filters applied.
    pub filters: Filters,
    /// What was counted.
    pub facet: Facet,
    /// Paragraphs matching the query and filters.
    pub records: usize,
    /// Distinct values among them (after folding case and accents).
    pub distinct: usize,
    /// The most frequent values.
    pub values: Vec<ValueCount>,
}

/// Per name: matching records, and distinct articles among them.
type Tally = HashMap<String, (usize, usize)>;

/// Spellings folded into one normalised name: (records, spelling) each, records, articles.
#[derive(Default)]
struct Group {
    spellings: Vec<(usize, String)>,
    records: usize,
    articles: usize,
}

/// Counts, per value of a multi-valued string fast column, the matching records and articles.
///
/// Articles are counted by change of document id from one matching record to the next: the
/// records of an article are added as one batch, so they are contiguous in one segment (merges
/// keep the order), and an article is never counted twice.
struct NameCounter {
    column: &'static str,
}

struct SegmentNameCounter {
    names: Option<StrColumn>,
    docs: Option<Column<u64>>,
    /// Per term ordinal: records, articles, last article seen.
    by_ord: Vec<(usize, usize, u64)>,
}

impl Collector for NameCounter {
    type Fruit = Tally;
    type Child = SegmentNameCounter;

    fn for_segment(&self, _ord: u32, reader: &SegmentReader) -> tantivy::Result<Self::Child> {
        let ff = reader.fast_fields();
        let names = ff.str(self.column)?;
        let terms = names.as_ref().map_or(0, |n| n.num_terms());
        Ok(SegmentNameCounter {
            names,
            docs: ff.u64("doc").ok(),
            by_ord: vec![(0, 0, u64::MAX); terms],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Tally>) -> tantivy::Result<Tally> {
        let mut all = Tally::new();
        for fruit in fruits {
            for (name, (records, articles)) in fruit {
                let e = all.entry(name).or_default();
                e.0 += records;
                e.1 += articles;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentNameCounter {
    type Fruit = Tally;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let Some(names) = &self.names else { return };
        let article = self.docs.as_ref().and_then(|c| c.first(doc)).unwrap_or(0);
        for ord in names.term_ords(doc) {
            if let Some(e) = self.by_ord.get_mut(ord as usize) {
                e.0 += 1;
                if e.2 != article {
                    e.2 = article;
                    e.1 += 1;
                }
            }
        }
    }

    fn harvest(self) -> Tally {
        let mut out = Tally::new();
        let Some(names) = &self.names else { return out };
        let ords: Vec<u64> = (0..self.by_ord.len() as u64)
            .filter(|&o| self.by_ord[o as usize].0 > 0)
            .collect();
        // One pass over the dictionary for all ordinals (ord by ord would decompress a block
        // per call).
        let mut i = 0;
        let _ = names.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
            if let Some(&ord) = ords.get(i) {
                let (records, articles, _) = self.by_ord[ord as usize];
                out.insert(
                    String::from_utf8_lossy(bytes).into_owned(),
                    (records, articles),
                );
            }
            i += 1;
        });
        out
    }
}

impl Searcher {
    /// The most frequent speakers or places among the paragraphs matching `opts`.
    pub fn count(&self, facet: Facet, opts: &CountOptions) -> Result<Counts> {
        let user = query::parse(&self.parser, opts.query.as_deref().unwrap_or(""))?;
        let full = query::with_filters(&self.fields, user, &opts.filters)?;
        let column = match facet {
            Facet::Speakers => "speaker_name",
            Facet::Locations => "location_name",
        };
        let searcher = self.reader.searcher();
        let (tally, records) = searcher
            .search(&full, &(NameCounter { column }, Count))
            .map_err(|e| tantivy_error(&self.path, e))?;
        // Fold spellings that differ only in case or accents; keep the most frequent one.
        let mut groups: HashMap<String, Group> = HashMap::new();
        for (name, (records, articles)) in tally {
            let g = groups.entry(names::normalize(&name)).or_default();
            g.spellings.push((records, name));
            g.records += records;
            g.articles += articles;
        }
        let distinct = groups.len();
        let mut values: Vec<ValueCount> = groups
            .into_values()
            .map(|mut g| {
                g.spellings
                    .sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
                ValueCount {
                    name: g.spellings.swap_remove(0).1,
                    records: g.records,
                    articles: g.articles,
                }
            })
            .collect();
        values.sort_by(|a, b| {
            b.records
                .cmp(&a.records)
                .then(b.articles.cmp(&a.articles))
                .then_with(|| a.name.cmp(&b.name))
        });
        values.truncate(opts.limit);
        Ok(Counts {
            query: opts.query.clone(),
            filters: opts.filters.clone(),
            facet,
            records,
            distinct,
            values,
        })
    }
}
