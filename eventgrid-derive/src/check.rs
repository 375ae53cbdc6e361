//! Rules that need the whole item. Rules about a single value are checked in `attr.rs` as it
//! is read.

use std::collections::BTreeMap;

use crate::ast::{Container, Data, Field, Variant};
use crate::attr::{Role, Segment, Template};
use crate::ctxt::Ctxt;
use crate::symbol;

pub(crate) fn check(cx: &Ctxt, cont: &Container<'_>) {
    match &cont.data {
        Data::Struct(fields) => check_struct(cx, cont, fields),
        Data::Enum(variants) => check_enum(cx, cont, variants),
    }
}

fn check_struct(cx: &Ctxt, cont: &Container<'_>, fields: &[Field<'_>]) {
    // After a syntax error or an unknown key (a misspelled `sorce`, say) in the container
    // attributes, a "missing" error would only repeat that mistake.
    let complete = !cont.attrs.incomplete;
    if complete && cont.attrs.ty.is_none() {
        cx.error_spanned_by(
            cont.ident,
            "missing event type: add #[cloudevent(type = \"com.example.thing.happened\")]",
        );
    }
    let source_field = fields
        .iter()
        .any(|f| matches!(f.attrs.role, Some((Role::Source, _))));
    if complete && !cont.attrs.source_given && !source_field {
        cx.error_spanned_by(
            cont.ident,
            "missing event source: add #[cloudevent(source = \"/path\")] (a template such as \"/orders/{id}\" may name fields), or mark a field #[cloudevent(source)]",
        );
    }
    check_templates(cx, cont, fields);
    check_unique_roles(cx, fields);
}

/// Every placeholder of a `source` or `subject` template names a field; a `subject` comes
/// from a template or a field, not both.
fn check_templates(cx: &Ctxt, cont: &Container<'_>, fields: &[Field<'_>]) {
    if let Some(source) = &cont.attrs.source {
        check_template(cx, cont, fields, source, "source");
    }
    if let Some(subject) = &cont.attrs.subject {
        check_template(cx, cont, fields, subject, "subject");
        if let Some(field) = fields
            .iter()
            .find(|f| matches!(f.attrs.role, Some((Role::Subject, _))))
        {
            cx.error_spanned_by(
                &subject.lit,
                format!(
                    "`subject` is both a template here and the field `{}`; keep one",
                    field.name()
                ),
            );
        }
    }
}

fn check_template(
    cx: &Ctxt,
    cont: &Container<'_>,
    fields: &[Field<'_>],
    template: &Template,
    attribute: &str,
) {
    let names: Vec<String> = fields.iter().map(Field::name).collect();
    for segment in &template.segments {
        let Segment::Field(name) = segment else {
            continue;
        };
        if names.contains(name) {
            continue;
        }
        let hint = symbol::did_you_mean(name, names.iter().map(String::as_str))
            .map(|suggestion| format!("; did you mean `{{{suggestion}}}`?"))
            .unwrap_or_default();
        cx.error_spanned_by(
            &template.lit,
            format!(
                "`{attribute}` template placeholder `{{{name}}}` names no field of `{}`{hint}",
                cont.ident
            ),
        );
    }
}

/// At most one field per core attribute, and extension names unique.
fn check_unique_roles(cx: &Ctxt, fields: &[Field<'_>]) {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for field in fields {
        let Some((role, span)) = &field.attrs.role else {
            continue;
        };
        let attribute = role.attribute();
        match seen.get(&attribute) {
            Some(first) => {
                let what = if matches!(role, Role::Extension(_)) {
                    "extension"
                } else {
                    "attribute"
                };
                let message = format!(
                    "fields `{first}` and `{}` both map to the {what} `{attribute}`; an event has one of each",
                    field.name()
                );
                match role {
                    Role::Extension(lit) => cx.error_spanned_by(lit, message),
                    _ => cx.error_at(*span, message),
                }
            }
            None => {
                seen.insert(attribute, field.name());
            }
        }
    }
}

fn check_enum(cx: &Ctxt, cont: &Container<'_>, variants: &[Variant<'_>]) {
    if variants.iter().all(|v| v.attrs.other.is_some()) {
        cx.error_spanned_by(
            cont.ident,
            "#[derive(CloudEvent)] on an enum needs at least one variant wrapping an event struct, such as `Created(OrderCreated)`",
        );
    }
    let mut other: Option<&Variant<'_>> = None;
    for variant in variants {
        if variant.ty.is_none() {
            cx.error_at(
                variant.span(),
                format!(
                    "variant `{}` must wrap one event type, such as `{}(OrderCreated)`",
                    variant.ident, variant.ident
                ),
            );
        }
        if let Some(span) = variant.attrs.other {
            match other {
                Some(first) => cx.error_at(
                    span,
                    format!(
                        "only one variant can be #[cloudevent(other)]; `{}` already is",
                        first.ident
                    ),
                ),
                None => other = Some(variant),
            }
        }
    }
}
