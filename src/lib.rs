//! # whosaid — who said what, and where, in a folder of news articles
//!
//! whosaid splits every article into paragraph records, works out who is speaking in each
//! paragraph and which places it names, indexes the records with Tantivy and answers queries with
//! ranked passages. The pipeline runs one way through one module per stage:
//!
//! [`walk`] → [`decode`] → [`split`] → [`extract`] → records ([`article`]) → [`index`] →
//! [`search`]
//!
//! ```
//! use whosaid::article::parse_str;
//! use whosaid::split::Kind;
//!
//! let article = parse_str(
//!     "example.txt",
//!     "Ferries back in Halifax\n\n“We are on time again,” said Ida Marsh, a spokeswoman.\n",
//! );
//! let body = &article.records[1];
//! assert_eq!(body.kind, Kind::Body);
//! assert_eq!(body.text, "“We are on time again,” said Ida Marsh, a spokeswoman.");
//! assert_eq!(article.doc.meta.title.as_deref(), Some("Ferries back in Halifax"));
//! ```

pub mod article;
pub mod decode;
pub mod error;
pub mod extract;
pub mod index;
pub mod lexicon;
pub mod search;
pub mod split;
pub mod walk;

pub use article::{Article, Record};
pub use error::{Error, Result};
