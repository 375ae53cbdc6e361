//! Event subscription filters as the service documents them: included event types, subject
//! begins / ends with, and advanced filters on any member of the event as published
//! (`data.a.b` for data). Several values of one filter match if any does; several filters
//! must all match; an array member matches if any of its elements does.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::config::{AdvancedFilter, WebhookSubscriptionConfig};

/// The advanced filter operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
#[allow(missing_docs)] // The names are the service's.
pub enum Operator {
    NumberIn,
    NumberNotIn,
    NumberLessThan,
    NumberGreaterThan,
    NumberLessThanOrEquals,
    NumberGreaterThanOrEquals,
    NumberInRange,
    NumberNotInRange,
    BoolEquals,
    StringIn,
    StringNotIn,
    StringBeginsWith,
    StringNotBeginsWith,
    StringEndsWith,
    StringNotEndsWith,
    StringContains,
    StringNotContains,
    IsNullOrUndefined,
    IsNotNull,
}

impl Operator {
    /// Whether the operator's outcome is the negation of a positive test; on a missing key
    /// those match, as nothing the key could hold is excluded.
    fn is_negated(self) -> bool {
        matches!(
            self,
            Operator::NumberNotIn
                | Operator::NumberNotInRange
                | Operator::StringNotIn
                | Operator::StringNotBeginsWith
                | Operator::StringNotEndsWith
                | Operator::StringNotContains
        )
    }

    /// Checks the filter's values for this operator.
    pub(crate) fn check(self, filter: &AdvancedFilter) -> Result<(), String> {
        let all = |ok: fn(&Value) -> bool, what: &str| {
            if filter.values.iter().all(ok) {
                Ok(())
            } else {
                Err(format!("{self:?} takes {what} values"))
            }
        };
        match self {
            Operator::BoolEquals => match filter.value {
                Some(Value::Bool(_)) => Ok(()),
                _ => Err("BoolEquals takes a boolean `value`".to_owned()),
            },
            Operator::IsNullOrUndefined | Operator::IsNotNull => Ok(()),
            Operator::NumberInRange | Operator::NumberNotInRange => all(
                |v| {
                    v.as_array()
                        .is_some_and(|pair| pair.len() == 2 && pair.iter().all(Value::is_number))
                },
                "[low, high] number pair",
            ),
            Operator::NumberLessThan
            | Operator::NumberGreaterThan
            | Operator::NumberLessThanOrEquals
            | Operator::NumberGreaterThanOrEquals => {
                match filter.value.as_ref().or(filter.values.first()) {
                    Some(Value::Number(_)) => Ok(()),
                    _ => Err(format!("{self:?} takes one number `value`")),
                }
            }
            Operator::NumberIn | Operator::NumberNotIn => all(Value::is_number, "number"),
            _ => all(Value::is_string, "string"),
        }
    }
}

/// Looks up a dotted key in the event; `None` when absent.
fn lookup<'a>(event: &'a Value, key: &str) -> Option<&'a Value> {
    key.split('.')
        .try_fold(event, |value, part| value.get(part))
}

fn string_test(operator: Operator, actual: &str, wanted: &str) -> bool {
    let (actual, wanted) = (actual.to_lowercase(), wanted.to_lowercase());
    match operator {
        Operator::StringIn | Operator::StringNotIn => actual == wanted,
        Operator::StringBeginsWith | Operator::StringNotBeginsWith => actual.starts_with(&wanted),
        Operator::StringEndsWith | Operator::StringNotEndsWith => actual.ends_with(&wanted),
        Operator::StringContains | Operator::StringNotContains => actual.contains(&wanted),
        _ => false,
    }
}

/// Whether one scalar matches the operator's positive test against any of the values.
fn positive(filter: &AdvancedFilter, actual: &Value) -> bool {
    let op = filter.operator_type;
    let number = actual.as_f64();
    let bound = || {
        filter
            .value
            .as_ref()
            .or(filter.values.first())
            .and_then(Value::as_f64)
    };
    match op {
        Operator::BoolEquals => actual.as_bool().is_some() && Some(actual) == filter.value.as_ref(),
        Operator::NumberIn | Operator::NumberNotIn => number
            .is_some_and(|n| filter.values.iter().filter_map(Value::as_f64).any(|v| v.total_cmp(&n).is_eq())),
        Operator::NumberLessThan => number.zip(bound()).is_some_and(|(n, b)| n < b),
        Operator::NumberGreaterThan => number.zip(bound()).is_some_and(|(n, b)| n > b),
        Operator::NumberLessThanOrEquals => number.zip(bound()).is_some_and(|(n, b)| n <= b),
        Operator::NumberGreaterThanOrEquals => number.zip(bound()).is_some_and(|(n, b)| n >= b),
        Operator::NumberInRange | Operator::NumberNotInRange => number.is_some_and(|n| {
            filter.values.iter().filter_map(Value::as_array).any(|pair| {
                matches!(pair.as_slice(), [low, high]
                    if low.as_f64().is_some_and(|l| l <= n) && high.as_f64().is_some_and(|h| n <= h))
            })
        }),
        Operator::IsNullOrUndefined => actual.is_null(),
        Operator::IsNotNull => !actual.is_null(),
        _ => actual.as_str().is_some_and(|text| {
            filter
                .values
                .iter()
                .filter_map(Value::as_str)
                .any(|wanted| string_test(op, text, wanted))
        }),
    }
}

fn advanced(filter: &AdvancedFilter, event: &Value) -> bool {
    let op = filter.operator_type;
    let Some(actual) = lookup(event, &filter.key) else {
        return op == Operator::IsNullOrUndefined || op.is_negated();
    };
    let any = match actual {
        Value::Array(items) if !matches!(op, Operator::IsNullOrUndefined | Operator::IsNotNull) => {
            items.iter().any(|item| positive(filter, item))
        }
        scalar => positive(filter, scalar),
    };
    any != op.is_negated()
}

/// Whether a subscription takes an event, given its type, subject and JSON form.
pub(crate) fn matches(
    sub: &WebhookSubscriptionConfig,
    event_type: &str,
    subject: &str,
    event: &Value,
) -> bool {
    let types_ok = sub.included_event_types.is_empty()
        || sub
            .included_event_types
            .iter()
            .any(|t| t.eq_ignore_ascii_case(event_type));
    let (subject, begins, ends) = if sub.is_subject_case_sensitive {
        (
            subject.to_owned(),
            sub.subject_begins_with.clone(),
            sub.subject_ends_with.clone(),
        )
    } else {
        (
            subject.to_lowercase(),
            sub.subject_begins_with.to_lowercase(),
            sub.subject_ends_with.to_lowercase(),
        )
    };
    types_ok
        && subject.starts_with(&begins)
        && subject.ends_with(&ends)
        && sub.advanced_filters.iter().all(|f| advanced(f, event))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[allow(clippy::needless_pass_by_value)] // called with `json!(..)`
    fn filter(operator_type: Operator, key: &str, values: Value) -> AdvancedFilter {
        serde_json::from_value(
            json!({"operator_type": operator_type, "key": key, "values": values}),
        )
        .unwrap()
    }

    fn sub(filters: Vec<AdvancedFilter>) -> WebhookSubscriptionConfig {
        WebhookSubscriptionConfig {
            advanced_filters: filters,
            ..WebhookSubscriptionConfig::default()
        }
    }

    #[test]
    fn types_and_subjects() {
        let mut s = sub(vec![]);
        s.included_event_types = vec!["Contoso.Created".into()];
        s.subject_begins_with = "/Orders/".into();
        s.subject_ends_with = ".JSON".into();
        let event = json!({});
        assert!(matches(&s, "contoso.created", "/orders/1.json", &event));
        assert!(!matches(&s, "Contoso.Deleted", "/orders/1.json", &event));
        assert!(!matches(&s, "Contoso.Created", "/items/1.json", &event));
        s.is_subject_case_sensitive = true;
        assert!(!matches(&s, "Contoso.Created", "/orders/1.json", &event));
        assert!(matches(&s, "Contoso.Created", "/Orders/1.JSON", &event));
    }

    #[test]
    fn advanced_filters_follow_the_documented_rules() {
        let event = json!({"subject": "a", "data": {"n": 5, "color": "Blue", "tags": ["x", "y"],
            "ok": true, "none": null}});
        let cases = [
            (filter(Operator::NumberIn, "data.n", json!([1, 5])), true),
            (filter(Operator::NumberNotIn, "data.n", json!([5])), false),
            (
                filter(Operator::NumberInRange, "data.n", json!([[0, 4], [5, 9]])),
                true,
            ),
            (
                filter(Operator::NumberNotInRange, "data.n", json!([[0, 4]])),
                true,
            ),
            (filter(Operator::NumberLessThan, "data.n", json!([6])), true),
            (
                filter(Operator::NumberGreaterThanOrEquals, "data.n", json!([6])),
                false,
            ),
            (
                filter(Operator::StringIn, "data.color", json!(["blue"])),
                true,
            ),
            (
                filter(Operator::StringContains, "data.color", json!(["LU"])),
                true,
            ),
            (
                filter(Operator::StringNotBeginsWith, "data.color", json!(["bl"])),
                false,
            ),
            (filter(Operator::StringIn, "data.tags", json!(["y"])), true),
            (
                filter(Operator::StringNotIn, "data.tags", json!(["y"])),
                false,
            ),
            (
                filter(Operator::IsNullOrUndefined, "data.missing", json!([])),
                true,
            ),
            (
                filter(Operator::IsNullOrUndefined, "data.none", json!([])),
                true,
            ),
            (filter(Operator::IsNotNull, "data.none", json!([])), false),
            (
                filter(Operator::StringIn, "data.missing", json!(["x"])),
                false,
            ),
            (
                filter(Operator::StringNotIn, "data.missing", json!(["x"])),
                true,
            ),
            (filter(Operator::NumberIn, "data.color", json!([1])), false),
        ];
        for (filter, expected) in cases {
            assert_eq!(advanced(&filter, &event), expected, "{filter:?}");
        }
        let mut bool_filter = filter(Operator::BoolEquals, "data.ok", json!([]));
        bool_filter.value = Some(json!(true));
        assert!(advanced(&bool_filter, &event));
        assert!(Operator::BoolEquals.check(&bool_filter).is_ok());
        let bad = filter(Operator::NumberIn, "data.n", json!(["five"]));
        assert!(Operator::NumberIn.check(&bad).is_err());
    }
}
