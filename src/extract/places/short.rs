//! The gazetteer's short keys in a table of numbers: most words looked up alone are of seven
//! bytes or fewer, and such a word packed into one number is found with a multiplication and a
//! comparison or two, where hashing its bytes and comparing them took several calls.

/// A word of one to seven bytes as one number: its bytes in order, then its length in the top
/// byte (never zero). Words have the same key only when they are equal; `None` for an empty or
/// longer word.
#[inline]
pub(super) fn short_key(b: &[u8]) -> Option<u64> {
    let n = b.len();
    // The bytes are read as few overlapping loads: the bytes they share are the same bytes.
    let bytes = match n {
        1..=3 => {
            u64::from(b[0])
                | u64::from(b[n / 2]) << (8 * (n / 2))
                | u64::from(b[n - 1]) << (8 * (n - 1))
        }
        4..=7 => {
            let four =
                |at: usize| u64::from(u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]));
            four(0) | four(n - 4) << (8 * (n - 4))
        }
        _ => return None,
    };
    Some(bytes | (n as u64) << 56)
}

/// A map from [`short_key`]s to values, open-addressed in a table of a power of two slots (at
/// most half full): a key's first slot is picked by a multiplication, and the slots after it
/// are read until the key or an empty slot is found.
pub(super) struct ShortKeys<V> {
    /// The keys by slot, 0 for an empty one (no key is 0).
    keys: Box<[u64]>,
    values: Box<[V]>,
    /// How far a key's product is shifted down to pick its first slot.
    shift: u32,
}

impl<V: Copy + Default> ShortKeys<V> {
    /// A table of `pairs`, whose keys are distinct.
    pub(super) fn new(pairs: &[(u64, V)]) -> Self {
        let bits = (2 * pairs.len())
            .max(2)
            .next_power_of_two()
            .trailing_zeros();
        let size = 1usize << bits;
        let mut keys = vec![0; size].into_boxed_slice();
        let mut values = vec![V::default(); size].into_boxed_slice();
        let shift = 64 - bits;
        for &(k, v) in pairs {
            let mut i = Self::slot(k, shift);
            while keys[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            keys[i] = k;
            values[i] = v;
        }
        ShortKeys {
            keys,
            values,
            shift,
        }
    }

    fn slot(k: u64, shift: u32) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
    }

    /// The value of key `k`.
    #[inline]
    pub(super) fn get(&self, k: u64) -> Option<V> {
        let mask = self.keys.len() - 1;
        let mut i = Self::slot(k, self.shift);
        loop {
            let at = self.keys[i];
            if at == k {
                return Some(self.values[i]);
            }
            if at == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_tell_every_short_word_apart() {
        let words: [&[u8]; 15] = [
            b"a",
            b"ab",
            b"ba",
            b"aab",
            b"aba",
            b"abc",
            b"abcd",
            b"abcdabc",
            b"abcda",
            b"The",
            b"US",
            b"U.S.",
            b"Britain",
            b"S\xc3\xa3o",
            b"a\0",
        ];
        for (i, a) in words.iter().enumerate() {
            let k = short_key(a).expect("short");
            assert_ne!(k, 0);
            for b in &words[i + 1..] {
                assert_ne!(Some(k), short_key(b), "{a:?} {b:?}");
            }
        }
        assert_eq!(short_key(b""), None);
        assert_eq!(short_key(b"abcdefgh"), None);
    }

    #[test]
    fn a_table_finds_its_keys_and_no_others() {
        let words = [
            "a", "an", "The", "US", "UK", "London", "Britain", "Paris", "Rome",
        ];
        let pairs: Vec<(u64, usize)> = (words.iter().enumerate())
            .map(|(i, w)| (short_key(w.as_bytes()).unwrap(), i))
            .collect();
        let table = ShortKeys::new(&pairs);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(short_key(w.as_bytes()).unwrap()), Some(i), "{w}");
        }
        for w in ["b", "Then", "USA", "Londo", "Berlin"] {
            assert_eq!(table.get(short_key(w.as_bytes()).unwrap()), None, "{w}");
        }
        assert_eq!(ShortKeys::<usize>::new(&[]).get(1), None);
    }
}
