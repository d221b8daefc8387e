//! What one-word runs name, kept for the rest of the article: the same words recur (`Trump
//! said … Trump added`), and what a one-word run names depends on its word and on two facts of
//! its place only (after `the`, at a sentence start), so each is settled once, by a test of
//! its own ([`classify_one`]: most runs are one word, and need none of the longer runs' steps).

use crate::lexicon::{self, Gender};

use super::super::people::FirstNames;
use super::super::places::Gazetteer;
use super::super::tokens::Tok;
use super::super::words::{self, is_brand_word};
use super::word_kinds::{
    is_common_noun, is_evidence_noun, is_plural_document, is_plural_person_noun, is_stray_capital,
};
use super::{MKind, Mention, is_acronym, is_demonym, is_org_joiner, is_particle, is_role};

/// What a one-word run's mention was: its kind, the gender of its given name, whether it is a
/// lone title. (Every other field follows from the token.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Outcome {
    kind: MKind,
    gender: Option<Gender>,
    role_only: bool,
}

impl Outcome {
    /// The mention of the one-word run on token `t`, at `start`, with this outcome.
    #[inline]
    pub(super) fn mention(self, t: &Tok<'_>, start: usize) -> Mention {
        Mention {
            start,
            end: start + 1,
            name_start: start,
            lead_place_end: start,
            kind: self.kind,
            name: t.base().to_owned(),
            gender: self.gender,
            titled_gender: false,
            roles: Vec::new(),
            possessive: t.is_possessive(),
            quoted: t.quoted,
            person: None,
            role_only: self.role_only,
            titled_speaker: false,
        }
    }
}

/// What the one-word run of word `w` (its token's base) names, if anything: what
/// [`super::classify`] makes of a run of one word, without its buffers and its steps for
/// titles and longer names. `after_the`, `initial`: its place.
#[cfg(test)]
pub(super) fn classify_one(
    w: &str,
    after_the: bool,
    initial: bool,
    gaz: &Gazetteer,
    first_names: &FirstNames,
) -> Option<Outcome> {
    classify_placed(w, after_the, initial, &mut Core::Unasked, gaz, first_names)
}

/// What [`classify_one`] finds of word `w` whatever its place, kept for the word's other places
/// (a word recurs after `the` or opening a sentence): worked out as far as it is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Core {
    /// Not asked yet.
    Unasked,
    /// Settled whatever the place.
    Settled(Option<Outcome>),
    /// Left to the place's tests, with the outcome a place none of them takes gives (once
    /// asked).
    Open(Option<Outcome>),
}

/// [`classify_one`], with what is known of the word whatever its place in `core` (asked and
/// filled in as needed).
#[inline]
pub(super) fn classify_placed(
    w: &str,
    after_the: bool,
    initial: bool,
    core: &mut Core,
    gaz: &Gazetteer,
    first_names: &FirstNames,
) -> Option<Outcome> {
    if *core == Core::Unasked {
        *core = settle(w, gaz, first_names);
    }
    let Core::Open(rest) = core else {
        return match *core {
            Core::Settled(o) => o,
            _ => unreachable!("a core is asked before it is read"),
        };
    };
    // `the Kestrel` (not a person's title: `the DJ`; but `the Treasury`, `the Observer`).
    // (asked only where it decides)
    let title = || words::is_role_word(w) && words::is_person_noun_any_case(w);
    // `The German said`, `the Scot` (also given names): someone described, no body.
    if after_the && crate::extract::nominal::is_person_demonym(w) {
        return None;
    }
    if after_the && lexicon::honorific(w).is_none() && !title() {
        return Some(Outcome {
            kind: MKind::Org,
            gender: None,
            role_only: false,
        });
    }
    // `Officials have said …`, `Speculation suggests …`: a common noun capitalised because it
    // opens the sentence.
    if initial && (is_common_noun(w) || is_plural_document(w) || is_evidence_noun(w)) {
        return None;
    }
    // `… against the dollar Analysts said`, `… be higher," He said`: a sentence whose start
    // the text lost; a pronoun or people named by role name no one wherever they stand.
    if is_stray_capital(w) || is_plural_person_noun(w) {
        return None;
    }
    Some(*rest.get_or_insert_with(|| Outcome {
        kind: if is_acronym(w) && !title() {
            MKind::Org
        } else {
            MKind::Unknown
        },
        gender: first_names.get(w).flatten(),
        role_only: is_role(w),
    }))
}

/// The tests of [`classify_one`] that its word's place does not take part in: the word's
/// [`Core`].
fn settle(w: &str, gaz: &Gazetteer, first_names: &FirstNames) -> Core {
    // `MPs`, `GPs`: the plural of an acronym names a group, not anyone.
    if w.strip_suffix('s')
        .is_some_and(|one| one.len() >= 2 && is_acronym(one))
    {
        return Core::Settled(None);
    }
    let whole = |kind| {
        Core::Settled(Some(Outcome {
            kind,
            gender: None,
            role_only: false,
        }))
    };
    // A place (a direction alone is none: `Northern`).
    if !words::is_direction(w) && gaz.place_prefix(&[w]).is_some() {
        return whole(MKind::Place);
    }
    // `Russians`: a description, not a name.
    if is_demonym(w, gaz, first_names) {
        return Core::Settled(None);
    }
    // `German-US`, `Anglo-Dutch`: a compound description.
    if w.contains('-') && super::is_demonym_compound(w, gaz) {
        return Core::Settled(None);
    }
    // `Pentagon`, `TransLink`: a body's word.
    if words::is_org_word(w) || is_brand_word(w) || (is_org_joiner(w) && !is_particle(w)) {
        return whole(MKind::Org);
    }
    Core::Open(None)
}

/// A one-word run's mention (or none), once known.
pub(super) type Known = Option<Option<Outcome>>;

/// How many words [`LoneWords`] keeps: room for most articles' one-word runs.
const SLOTS: usize = 64;

/// The outcomes of an article's one-word runs, by word: one for each place a word may have
/// (after `the` or not, opening a sentence or not), and the word's [`Core`]. A table of a few words, each in a slot
/// told by its ends and length (cheaper than a hash map: most runs are asked once), a word
/// putting out another of its slot.
pub(crate) struct LoneWords<'a> {
    /// For each slot, 1 + the index in `words` of the word kept there, or 0 (a table of bytes:
    /// cleared for each article at little cost).
    slots: [u8; SLOTS],
    words: Vec<(&'a str, Entry)>,
}

/// What [`LoneWords`] keeps of a word: its outcome in each place, and its [`Core`].
#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    pub(super) places: [Known; 4],
    pub(super) core: Core,
}

impl Default for LoneWords<'_> {
    fn default() -> Self {
        LoneWords {
            slots: [0; SLOTS],
            words: Vec::new(),
        }
    }
}

impl<'a> LoneWords<'a> {
    /// What is known of word `w` (an empty entry when nothing), to be filled in; `place`: its
    /// index in [`Entry::places`] for a word after `the` or not, opening a sentence or not.
    /// (Inlined where the runs are read: a call cost more than most lookups.)
    #[inline]
    pub(super) fn slot(
        &mut self,
        w: &'a str,
        after_the: bool,
        initial: bool,
    ) -> (&mut Entry, usize) {
        let b = w.as_bytes();
        let key = usize::from(b.first().copied().unwrap_or(0))
            | usize::from(b.last().copied().unwrap_or(0)) << 8
            | b.len() << 16;
        // (The product's top bits mix all of the key's.)
        let i = key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (usize::BITS - SLOTS.ilog2());
        let place = usize::from(after_the) << 1 | usize::from(initial);
        let k = usize::from(self.slots[i]);
        if k > 0 && self.words[k - 1].0 == w {
            return (&mut self.words[k - 1].1, place);
        }
        let entry = (
            w,
            Entry {
                places: [None; 4],
                core: Core::Unasked,
            },
        );
        let k = if k == 0 {
            // (Room for every slot at once: no word is pushed once they are all taken.)
            if self.words.capacity() == 0 {
                self.words = Vec::with_capacity(SLOTS);
            }
            self.words.push(entry);
            self.words.len()
        } else {
            self.words[k - 1] = entry;
            k
        };
        self.slots[i] = k as u8;
        (&mut self.words[k - 1].1, place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_has_one_slot_for_each_place() {
        fn at<'l>(
            lone: &'l mut LoneWords<'static>,
            w: &'static str,
            a: bool,
            i: bool,
        ) -> &'l mut Known {
            let (entry, place) = lone.slot(w, a, i);
            &mut entry.places[place]
        }
        let mut lone = LoneWords::default();
        let outcome = Outcome {
            kind: MKind::Unknown,
            gender: None,
            role_only: false,
        };
        *at(&mut lone, "Kerry", false, false) = Some(Some(outcome));
        *at(&mut lone, "Kerry", true, false) = Some(None);
        lone.slot("Kerry", true, true).0.core = Core::Open(None);
        assert_eq!(*at(&mut lone, "Kerry", false, false), Some(Some(outcome)));
        assert_eq!(*at(&mut lone, "Kerry", true, false), Some(None));
        assert_eq!(*at(&mut lone, "Kerry", false, true), None);
        assert_eq!(*at(&mut lone, "Kerry", true, true), None);
        // (the word's core is shared by its places)
        assert_eq!(lone.slot("Kerry", false, false).0.core, Core::Open(None));
        assert_eq!(*at(&mut lone, "Lima", false, false), None);
        assert_eq!(lone.slot("Lima", false, false).0.core, Core::Unasked);
    }
}
