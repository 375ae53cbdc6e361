//! Parsing of `#[cloudevent(...)]` on containers, fields and variants.
//!
//! Rules about one value are checked here, as each value is read, with the error on the
//! literal: `type` non-empty, `source` a URI-reference (or a well-formed template),
//! `dataschema` an absolute URI, `datacontenttype` a JSON media type, extension names.
//! Rules that need the whole item are in `check.rs`.

use proc_macro2::{Span, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, LitStr, Token};

use crate::ctxt::Ctxt;
use crate::spec;
use crate::symbol::{self, Symbol};

/// A value given at most once, remembering where.
pub(crate) struct Attr<T> {
    name: Symbol,
    value: Option<(Span, T)>,
}

impl<T> Attr<T> {
    fn none(name: Symbol) -> Self {
        Attr { name, value: None }
    }

    fn set(&mut self, cx: &Ctxt, span: Span, value: T) {
        if self.value.is_some() {
            cx.error_at(
                span,
                format!("duplicate cloudevent attribute `{}`", self.name),
            );
        } else {
            self.value = Some((span, value));
        }
    }

    fn get(self) -> Option<T> {
        self.value.map(|(_, v)| v)
    }
}

/// What kind of item the attributes are on, which decides the keys allowed.
#[derive(Copy, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    Struct,
    Enum,
}

/// `#[cloudevent(...)]` on a struct or enum.
pub(crate) struct Container {
    pub(crate) ty: Option<LitStr>,
    pub(crate) source: Option<Template>,
    /// The container `subject` template (or literal).
    pub(crate) subject: Option<Template>,
    /// Whether `source` was given, even if invalid (then `source` is `None`).
    pub(crate) source_given: bool,
    /// Whether an attribute could not be read in full (a syntax error, an unknown key), in
    /// which case a key may be missing only because of that mistake.
    pub(crate) incomplete: bool,
    pub(crate) dataschema: Option<LitStr>,
    pub(crate) datacontenttype: Option<LitStr>,
    pub(crate) dataversion: Option<LitStr>,
    pub(crate) krate: Option<syn::Path>,
    /// `report_unknown`: decoding with reports (`Reported<T>`, `StrictData<T>`) lists the
    /// members of `data` that the struct's `Deserialize` ignored.
    pub(crate) report_unknown: bool,
}

/// A container `source` or `subject`: a literal or a template over fields.
pub(crate) struct Template {
    pub(crate) lit: LitStr,
    pub(crate) segments: Vec<Segment>,
}

/// A piece of a template.
pub(crate) enum Segment {
    /// Text copied as is (`{{` and `}}` already unescaped).
    Literal(String),
    /// `{name}`: the value of a field, through `Display`.
    Field(String),
}

impl Template {
    pub(crate) fn is_template(&self) -> bool {
        self.segments
            .iter()
            .any(|segment| matches!(segment, Segment::Field(_)))
    }
}

impl Container {
    /// The `datacontenttype` a struct declares: its literal, or `application/json`, as serde
    /// writes the data as JSON.
    pub(crate) fn datacontenttype_or_json(&self) -> String {
        self.datacontenttype
            .as_ref()
            .map_or_else(|| "application/json".to_owned(), LitStr::value)
    }

    pub(crate) fn from_ast(cx: &Ctxt, attrs: &[Attribute], kind: Kind) -> Self {
        let mut ty = Attr::none(symbol::TYPE);
        let mut source = Attr::none(symbol::SOURCE);
        let mut subject = Attr::none(symbol::SUBJECT);
        let mut dataschema = Attr::none(symbol::DATASCHEMA);
        let mut datacontenttype = Attr::none(symbol::DATACONTENTTYPE);
        let mut dataversion = Attr::none(symbol::DATAVERSION);
        let mut krate = Attr::none(symbol::CRATE);
        let mut report_unknown = Attr::none(symbol::REPORT_UNKNOWN);
        let mut source_given = false;
        let mut incomplete = false;

        for attr in attrs.iter().filter(|a| a.path() == symbol::CLOUDEVENT) {
            let result = attr.parse_nested_meta(|meta| {
                let path = &meta.path;
                let key_span = path.span();
                if path == symbol::CRATE {
                    // `crate = "path"` as serde writes it, or an unquoted path, which is what
                    // rustc suggests when the path does not resolve.
                    if meta.input.peek(Token![=]) && !meta.input.peek2(LitStr) {
                        let parsed: syn::Path = meta.value()?.call(syn::Path::parse_mod_style)?;
                        krate.set(cx, key_span, parsed);
                    } else {
                        let lit = string_value(&meta)?;
                        match lit.parse_with(syn::Path::parse_mod_style) {
                            Ok(parsed) => krate.set(cx, key_span, parsed),
                            Err(_) => cx.error_spanned_by(
                                &lit,
                                "`crate` must be a path, such as \"eventgrid_types\"",
                            ),
                        }
                    }
                } else if kind == Kind::Enum && symbol::STRUCT_KEYS.iter().any(|k| path == *k) {
                    cx.error_at(
                        key_span,
                        format!(
                            "`{}` is not allowed on an enum; put it on the structs its variants wrap",
                            path_name(path)
                        ),
                    );
                    skip_value(&meta)?;
                } else if path == symbol::TYPE {
                    let lit = string_value(&meta)?;
                    let value = lit.value();
                    if value.is_empty() {
                        cx.error_spanned_by(&lit, "`type` must not be empty");
                    } else if value.chars().any(char::is_control) {
                        cx.error_spanned_by(&lit, "`type` must not contain control characters");
                    }
                    // Kept even when invalid, so that `check.rs` does not also call it missing.
                    ty.set(cx, key_span, lit);
                } else if path == symbol::SOURCE {
                    let lit = string_value(&meta)?;
                    match parse_template(cx, &lit, "source") {
                        Some(parsed) => source.set(cx, key_span, parsed),
                        None => source_given = true,
                    }
                } else if path == symbol::SUBJECT {
                    let lit = string_value(&meta)?;
                    if let Some(parsed) = parse_template(cx, &lit, "subject") {
                        subject.set(cx, key_span, parsed);
                    }
                } else if path == symbol::DATASCHEMA {
                    let lit = string_value(&meta)?;
                    match spec::check_uri_reference(&lit.value()) {
                        Ok(true) => dataschema.set(cx, key_span, lit),
                        Ok(false) => cx.error_spanned_by(
                            &lit,
                            "`dataschema` must be an absolute URI, with a scheme such as https:",
                        ),
                        Err(why) => cx.error_spanned_by(
                            &lit,
                            format!("`dataschema` must be an absolute URI, but {why}"),
                        ),
                    }
                } else if path == symbol::DATACONTENTTYPE {
                    let lit = string_value(&meta)?;
                    let value = lit.value();
                    match spec::check_media_type(&value) {
                        Err(why) => cx.error_spanned_by(
                            &lit,
                            format!("`datacontenttype` is not a media type: it {why}"),
                        ),
                        Ok(()) if !spec::is_json(&value) => cx.error_spanned_by(
                            &lit,
                            "`datacontenttype` must be a JSON media type (`*/json` or `*/*+json`): the data is written by serde as JSON",
                        ),
                        Ok(()) => datacontenttype.set(cx, key_span, lit),
                    }
                } else if path == symbol::DATAVERSION {
                    let lit = string_value(&meta)?;
                    dataversion.set(cx, key_span, lit);
                } else if path == symbol::REPORT_UNKNOWN {
                    if meta.input.is_empty() || meta.input.peek(Token![,]) {
                        report_unknown.set(cx, key_span, ());
                    } else {
                        cx.error_at(
                            key_span,
                            "`report_unknown` takes no value",
                        );
                        skip_value(&meta)?;
                    }
                } else {
                    let keys = match kind {
                        Kind::Struct => symbol::STRUCT_KEYS,
                        Kind::Enum => symbol::ENUM_KEYS,
                    };
                    unknown_key(cx, path, "container", keys);
                    incomplete = true;
                    skip_value(&meta)?;
                }
                Ok(())
            });
            if let Err(error) = result {
                cx.syn_error(error);
                incomplete = true;
            }
        }

        let source = source.get();
        Container {
            ty: ty.get(),
            source_given: source_given || source.is_some(),
            source,
            subject: subject.get(),
            incomplete,
            dataschema: dataschema.get(),
            datacontenttype: datacontenttype.get(),
            dataversion: dataversion.get(),
            krate: krate.get(),
            report_unknown: report_unknown.get().is_some(),
        }
    }
}

/// The attribute a field is mapped to.
pub(crate) enum Role {
    Id,
    Subject,
    Time,
    Source,
    Extension(LitStr),
}

impl Role {
    /// The attribute name, for messages and for `MissingAttribute` errors.
    pub(crate) fn attribute(&self) -> String {
        match self {
            Role::Id => "id".into(),
            Role::Subject => "subject".into(),
            Role::Time => "time".into(),
            Role::Source => "source".into(),
            Role::Extension(name) => name.value(),
        }
    }
}

/// `#[cloudevent(...)]` on a field, plus what the derive reads of `#[serde(...)]`.
pub(crate) struct Field {
    /// The attribute and the span of the key that mapped it.
    pub(crate) role: Option<(Role, Span)>,
    /// `#[serde(skip)]` or `#[serde(skip_deserializing)]`: decoding fills the field from its
    /// attribute instead of the data.
    pub(crate) skip_deserializing: bool,
}

impl Field {
    pub(crate) fn from_ast(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut role: Option<(Role, Span)> = None;
        for attr in attrs.iter().filter(|a| a.path() == symbol::CLOUDEVENT) {
            let result = attr.parse_nested_meta(|meta| {
                let path = &meta.path;
                let span = path.span();
                let new = if path == symbol::EXTENSION {
                    let lit = string_value(&meta)?;
                    match spec::check_extension_name(&lit.value()) {
                        Ok(()) => Some(Role::Extension(lit)),
                        Err(message) => {
                            cx.error_spanned_by(&lit, message);
                            None
                        }
                    }
                } else {
                    let flag = if path == symbol::ID {
                        Some(Role::Id)
                    } else if path == symbol::SUBJECT {
                        Some(Role::Subject)
                    } else if path == symbol::TIME {
                        Some(Role::Time)
                    } else if path == symbol::SOURCE {
                        Some(Role::Source)
                    } else {
                        unknown_key(cx, path, "field", symbol::FIELD_KEYS);
                        None
                    };
                    if flag.is_some() && !meta.input.is_empty() && !meta.input.peek(Token![,]) {
                        cx.error_at(
                            span,
                            format!("`{}` takes no value", path_name(path)),
                        );
                    }
                    skip_value(&meta)?;
                    flag
                };
                if let Some(new) = new {
                    match &role {
                        Some((old, _)) => cx.error_at(
                            span,
                            format!(
                                "this field is already mapped to `{}`; a field maps to one attribute",
                                old.attribute()
                            ),
                        ),
                        None => role = Some((new, span)),
                    }
                }
                Ok(())
            });
            if let Err(error) = result {
                cx.syn_error(error);
            }
        }
        Field {
            role,
            skip_deserializing: serde_skips_deserializing(attrs),
        }
    }
}

/// `#[cloudevent(...)]` on an enum variant.
pub(crate) struct Variant {
    /// `#[cloudevent(other)]`: the catch-all variant.
    pub(crate) other: Option<Span>,
}

impl Variant {
    pub(crate) fn from_ast(cx: &Ctxt, attrs: &[Attribute]) -> Self {
        let mut other = Attr::none(symbol::OTHER);
        for attr in attrs.iter().filter(|a| a.path() == symbol::CLOUDEVENT) {
            let result = attr.parse_nested_meta(|meta| {
                let span = meta.path.span();
                if meta.path == symbol::OTHER {
                    other.set(cx, span, span);
                } else if symbol::STRUCT_KEYS.iter().any(|k| meta.path == *k) {
                    cx.error_at(
                        span,
                        format!(
                            "`{}` is not allowed on an enum variant; put it on the struct the variant wraps",
                            path_name(&meta.path)
                        ),
                    );
                } else {
                    unknown_key(cx, &meta.path, "variant", symbol::VARIANT_KEYS);
                }
                skip_value(&meta)
            });
            if let Err(error) = result {
                cx.syn_error(error);
            }
        }
        Variant { other: other.get() }
    }
}

/// Whether `#[serde(skip)]` or `#[serde(skip_deserializing)]` is present. Malformed serde
/// attributes are serde's to report.
fn serde_skips_deserializing(attrs: &[Attribute]) -> bool {
    let mut skip = false;
    for attr in attrs.iter().filter(|a| a.path() == symbol::SERDE) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path == symbol::SKIP || meta.path == symbol::SKIP_DESERIALIZING {
                skip = true;
            }
            skip_value(&meta)
        });
    }
    skip
}

/// Reads `= "literal"`.
fn string_value(meta: &ParseNestedMeta<'_>) -> syn::Result<LitStr> {
    let name = path_name(&meta.path);
    if !meta.input.peek(Token![=]) {
        return Err(meta.error(format!("expected `{name} = \"...\"`")));
    }
    let value = meta.value()?;
    value
        .parse::<LitStr>()
        .map_err(|e| syn::Error::new(e.span(), format!("expected a string literal for `{name}`")))
}

/// Skips whatever follows a key up to the next comma: `= value` or `(...)`.
fn skip_value(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        meta.input.parse::<TokenTree>()?;
    }
    Ok(())
}

fn unknown_key(cx: &Ctxt, path: &syn::Path, place: &str, keys: &[Symbol]) {
    let name = path_name(path);
    let hint = if let Some(suggestion) = symbol::did_you_mean(&name, symbol::names(keys)) {
        format!("did you mean `{suggestion}`?")
    } else {
        let list: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
        if list.len() == 1 {
            format!("expected {}", list[0])
        } else {
            format!("expected one of {}", list.join(", "))
        }
    };
    cx.error_spanned_by(
        path,
        format!("unknown cloudevent {place} attribute `{name}`; {hint}"),
    );
}

fn path_name(path: &syn::Path) -> String {
    quote::ToTokens::to_token_stream(path)
        .to_string()
        .replace(' ', "")
}

/// Parses and checks the `source` or `subject` (`attribute`) literal or template.
/// Placeholders are resolved against the fields in `check.rs`. A `source` must be a
/// URI-reference whatever its fields hold (their values are percent-encoded); a `subject` is
/// any text without control characters.
fn parse_template(cx: &Ctxt, lit: &LitStr, attribute: &str) -> Option<Template> {
    let value = lit.value();
    if value.is_empty() {
        cx.error_spanned_by(lit, format!("`{attribute}` must not be empty"));
        return None;
    }
    if value.chars().any(char::is_control) {
        cx.error_spanned_by(
            lit,
            format!("`{attribute}` must not contain control characters"),
        );
        return None;
    }
    let mut segments = Vec::new();
    let mut literal = String::new();
    // The template with every placeholder replaced by a plain value, to check its syntax.
    let mut sample = String::new();
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                literal.push('{');
                sample.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                literal.push('}');
                sample.push('}');
            }
            '{' => {
                let mut name = String::new();
                let mut closed = false;
                for c in chars.by_ref() {
                    if c == '}' {
                        closed = true;
                        break;
                    }
                    name.push(c);
                }
                let name = name.trim().to_owned();
                if !closed {
                    cx.error_spanned_by(lit, format!("`{attribute}` template has a `{{` without a closing `}}`; write `{{{{` for a literal brace"));
                    return None;
                }
                if !is_member_name(&name) {
                    cx.error_spanned_by(
                        lit,
                        format!("`{attribute}` template placeholder `{{{name}}}` must name a field, such as `{{account}}`"),
                    );
                    return None;
                }
                if !literal.is_empty() {
                    segments.push(Segment::Literal(std::mem::take(&mut literal)));
                }
                segments.push(Segment::Field(name));
                sample.push('x');
            }
            '}' => {
                cx.error_spanned_by(
                    lit,
                    format!("`{attribute}` template has a `}}` without an opening `{{`; write `}}}}` for a literal brace"),
                );
                return None;
            }
            c => {
                literal.push(c);
                sample.push(c);
            }
        }
    }
    if !literal.is_empty() {
        segments.push(Segment::Literal(literal));
    }
    if attribute == "source"
        && let Err(why) = spec::check_uri_reference(&sample)
    {
        let what = if segments.iter().any(|s| matches!(s, Segment::Field(_))) {
            "template"
        } else {
            "literal"
        };
        cx.error_spanned_by(
            lit,
            format!("`source` {what} is not a URI-reference: {why}"),
        );
        return None;
    }
    Some(Template {
        lit: lit.clone(),
        segments,
    })
}

/// A field name or a tuple index.
fn is_member_name(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => name.chars().all(|c| c.is_ascii_digit()),
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}
