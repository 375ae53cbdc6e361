//! Every attribute key the derive reads, named once.

use std::fmt;

use syn::{Ident, Path};

/// An attribute key.
#[derive(Copy, Clone, PartialEq, Eq)]
pub(crate) struct Symbol(pub(crate) &'static str);

pub(crate) const CLOUDEVENT: Symbol = Symbol("cloudevent");

// Container keys.
pub(crate) const TYPE: Symbol = Symbol("type");
pub(crate) const SOURCE: Symbol = Symbol("source");
pub(crate) const DATASCHEMA: Symbol = Symbol("dataschema");
pub(crate) const DATACONTENTTYPE: Symbol = Symbol("datacontenttype");
pub(crate) const DATAVERSION: Symbol = Symbol("dataversion");
pub(crate) const CRATE: Symbol = Symbol("crate");
pub(crate) const REPORT_UNKNOWN: Symbol = Symbol("report_unknown");

// Field keys (`source` and `subject` are container keys too).
pub(crate) const ID: Symbol = Symbol("id");
pub(crate) const SUBJECT: Symbol = Symbol("subject");
pub(crate) const TIME: Symbol = Symbol("time");
pub(crate) const EXTENSION: Symbol = Symbol("extension");

// Variant keys.
pub(crate) const OTHER: Symbol = Symbol("other");

// What the derive reads of serde's attributes.
pub(crate) const SERDE: Symbol = Symbol("serde");
pub(crate) const SKIP: Symbol = Symbol("skip");
pub(crate) const SKIP_DESERIALIZING: Symbol = Symbol("skip_deserializing");

/// The keys allowed on a struct, an enum, a field and an enum variant, for "did you mean".
pub(crate) const STRUCT_KEYS: &[Symbol] = &[
    TYPE,
    SOURCE,
    SUBJECT,
    DATASCHEMA,
    DATACONTENTTYPE,
    DATAVERSION,
    CRATE,
    REPORT_UNKNOWN,
];
pub(crate) const ENUM_KEYS: &[Symbol] = &[CRATE];
pub(crate) const FIELD_KEYS: &[Symbol] = &[ID, SUBJECT, TIME, SOURCE, EXTENSION];
pub(crate) const VARIANT_KEYS: &[Symbol] = &[OTHER];

impl PartialEq<Symbol> for Ident {
    fn eq(&self, word: &Symbol) -> bool {
        self == word.0
    }
}

impl PartialEq<Symbol> for &Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl PartialEq<Symbol> for Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// The closest candidate to a misspelled name, if any is close enough to suggest.
pub(crate) fn did_you_mean<'a>(
    unknown: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(unknown, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= candidate.len().div_ceil(3).max(1))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// The names of `keys`, for [`did_you_mean`].
pub(crate) fn names(keys: &[Symbol]) -> impl Iterator<Item = &'static str> + '_ {
    keys.iter().map(|key| key.0)
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(did_you_mean("sorce", names(STRUCT_KEYS)), Some(SOURCE.0));
        assert_eq!(did_you_mean("typ", names(STRUCT_KEYS)), Some(TYPE.0));
        assert_eq!(
            did_you_mean("data_schema", names(STRUCT_KEYS)),
            Some(DATASCHEMA.0)
        );
        assert_eq!(
            did_you_mean("extention", names(FIELD_KEYS)),
            Some(EXTENSION.0)
        );
        assert_eq!(did_you_mean("colour", names(FIELD_KEYS)), None);
    }
}
