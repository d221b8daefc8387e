//! Decode stage: raw file bytes → text, with a way back to byte offsets in the file.
//!
//! UTF-8 (with or without BOM) is taken as is. UTF-16 with a BOM is decoded. Anything else that is
//! not valid UTF-8 is decoded as Windows-1252 (the usual culprit in news archives) and reported as a
//! warning. Line endings are left alone (the splitter treats `\r\n` as a line break), so offsets in
//! the decoded text map straight back to the file.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// How many leading bytes are inspected for NUL bytes when deciding a file is binary.
const BINARY_PROBE: usize = 8192;

/// The text of a file and how its byte offsets map back to the original bytes.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The decoded text.
    pub text: String,
    /// The encoding the text was decoded from (`"UTF-8"`, `"windows-1252"`, …).
    pub encoding: &'static str,
    /// A warning worth reporting (fallback decoding), if any.
    pub warning: Option<String>,
    map: OffsetMap,
}

#[derive(Debug, Clone)]
enum OffsetMap {
    /// Text offset + n = file offset (UTF-8, n is the BOM length).
    Shift(usize),
    /// `table[i]` is the file offset of text byte `i` (one entry per text byte, plus the end).
    Table(Vec<u32>),
}

impl Decoded {
    /// The byte offset in the original file of byte `offset` of [`Decoded::text`].
    pub fn file_offset(&self, offset: usize) -> usize {
        match &self.map {
            OffsetMap::Shift(n) => offset + n,
            OffsetMap::Table(t) => t[offset.min(t.len() - 1)] as usize,
        }
    }
}

/// Why a file's bytes could not be taken as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotText {
    /// The file has no bytes (or only a BOM / white space).
    Empty,
    /// The file holds NUL bytes: it is binary, not an article.
    Binary,
}

impl std::fmt::Display for NotText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotText::Empty => f.write_str("empty file"),
            NotText::Binary => f.write_str("binary file (contains NUL bytes)"),
        }
    }
}

/// Decodes a file's bytes. Never panics; returns why not when the bytes are not text at all.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        if enc == UTF_16LE || enc == UTF_16BE {
            return finish(decode_utf16(&bytes[bom..], enc == UTF_16LE, bom));
        }
        // UTF-8 BOM: fall through with the BOM skipped.
        return finish(decode_8bit(&bytes[bom..], bom));
    }
    if memchr::memchr(0, &bytes[..bytes.len().min(BINARY_PROBE)]).is_some() {
        return Err(NotText::Binary);
    }
    finish(decode_8bit(bytes, 0))
}

fn finish(d: Decoded) -> Result<Decoded, NotText> {
    if d.text.trim().is_empty() {
        Err(NotText::Empty)
    } else {
        Ok(d)
    }
}

fn decode_8bit(bytes: &[u8], shift: usize) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_owned(),
            encoding: "UTF-8",
            warning: None,
            map: OffsetMap::Shift(shift),
        },
        Err(e) => {
            let bad = e.valid_up_to() + shift;
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            // Windows-1252 maps every byte to exactly one char.
            let mut table = Vec::with_capacity(text.len() + 1);
            for (i, c) in text.chars().enumerate() {
                table.extend(std::iter::repeat_n((i + shift) as u32, c.len_utf8()));
            }
            table.push((bytes.len() + shift) as u32);
            Decoded {
                text: text.into_owned(),
                encoding: "windows-1252",
                warning: Some(format!(
                    "not valid UTF-8 (first bad byte at offset {bad}); decoded as Windows-1252"
                )),
                map: OffsetMap::Table(table),
            }
        }
    }
}

fn decode_utf16(bytes: &[u8], little_endian: bool, bom: usize) -> Decoded {
    let mut text = String::with_capacity(bytes.len());
    let mut table = Vec::with_capacity(bytes.len());
    let units = bytes.chunks_exact(2).map(|c| {
        if little_endian {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut pos = bom;
    for r in char::decode_utf16(units) {
        let c = r.unwrap_or(char::REPLACEMENT_CHARACTER);
        let width = if c as u32 > 0xFFFF { 4 } else { 2 };
        table.extend(std::iter::repeat_n(pos as u32, c.len_utf8()));
        text.push(c);
        pos += width;
    }
    table.push(pos as u32);
    Decoded {
        text,
        encoding: if little_endian {
            "UTF-16LE"
        } else {
            "UTF-16BE"
        },
        warning: None,
        map: OffsetMap::Table(table),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_taken_as_is() {
        let d = decode("Paris, “quoted”\n".as_bytes()).unwrap();
        assert_eq!(d.text, "Paris, “quoted”\n");
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.warning.is_none());
        assert_eq!(d.file_offset(7), 7);
    }

    #[test]
    fn bom_is_stripped_and_offsets_shift() {
        let d = decode(b"\xEF\xBB\xBFTitle\r\n\r\nBody\r\n").unwrap();
        assert_eq!(d.text, "Title\r\n\r\nBody\r\n");
        assert_eq!(d.file_offset(0), 3);
        assert_eq!(d.file_offset(9), 12);
    }

    #[test]
    fn windows_1252_falls_back_with_warning_and_offset_map() {
        // "caf\xe9 \x93hi\x94" in cp1252: é and curly quotes are single bytes.
        let d = decode(b"caf\xe9 \x93hi\x94 end").unwrap();
        assert_eq!(d.text, "café “hi” end");
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.warning.as_deref().unwrap().contains("offset 3"));
        let e = d.text.find("end").unwrap();
        assert_eq!(d.file_offset(e), 10);
        assert_eq!(d.file_offset(d.text.len()), 13);
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hé".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let d = decode(&bytes).unwrap();
        assert_eq!(d.text, "Hé");
        assert_eq!(d.file_offset(1), 4);
        assert_eq!(d.file_offset(3), 6);
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        assert_eq!(decode(b"abc\0def").unwrap_err(), NotText::Binary);
        assert_eq!(decode(b"").unwrap_err(), NotText::Empty);
        assert_eq!(decode(b"\xEF\xBB\xBF \n\n").unwrap_err(), NotText::Empty);
    }
}
