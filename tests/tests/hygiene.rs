//! The expansion of `#[derive(CloudEvent)]` does not depend on the user's names: prelude
//! types and macros shadowed, generics with bounds and where clauses, lifetimes, borrowed
//! data. (The renamed-crate case is `hygiene_renamed.rs`.)

#![allow(
    dead_code,
    non_camel_case_types,
    unused_macros,
    clippy::upper_case_acronyms
)]

use ::std::borrow::Cow;

use eventgrid_types::{CloudEvent, EventType, FromEvent, TypedEvent, json};
use serde::{Deserialize, Serialize};

// Everything the generated code could reach for by its short name. (`str` and `bool` are left
// alone: serde's own derives need them.)
struct Result;
struct Ok;
struct Err;
struct Option;
struct Some;
struct None;
struct String;
struct Cow_;
struct Vec;
struct Box;
trait FnMut {}
trait Serializer {}
trait Deserializer {}
mod core {}
mod std {}
mod serde_json {}
macro_rules! format {
    ($($t:tt)*) => {
        compile_error!("the user's format! was used")
    };
}
macro_rules! panic {
    ($($t:tt)*) => {
        compile_error!("the user's panic! was used")
    };
}
macro_rules! unreachable {
    ($($t:tt)*) => {
        compile_error!("the user's unreachable! was used")
    };
}

#[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
#[cloudevent(type = "com.contoso.shadowed", source = "/shadowed/{account}")]
struct Shadowed {
    #[cloudevent(id)]
    id: ::std::option::Option<::std::string::String>,
    #[serde(skip)]
    #[cloudevent(subject)]
    subject: ::std::string::String,
    #[cloudevent(extension = "tenant")]
    tenant: ::std::string::String,
    account: u32,
}

/// Generics with a bound in the parameter list and one in a where clause.
#[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
#[cloudevent(type = "com.contoso.batch", source = "/batches/{number}")]
struct Batch<T: Clone, const N: usize>
where
    T: ::std::fmt::Debug,
{
    number: u32,
    items: ::std::vec::Vec<T>,
    #[cloudevent(extension = "size")]
    size: u32,
}

/// Lifetimes: data borrowed from the received event.
#[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
#[cloudevent(type = "com.contoso.note", source = "/notes")]
struct Note<'a> {
    #[cloudevent(subject)]
    title: &'a ::std::primitive::str,
    #[serde(borrow)]
    body: Cow<'a, ::std::primitive::str>,
}

/// A generic union over a generic and a borrowing event.
#[derive(CloudEvent, Debug, PartialEq)]
enum Mixed<'a, T: Clone + ::std::fmt::Debug> {
    Batch(Batch<T, 2>),
    Note(Note<'a>),
}

/// A tuple struct.
#[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
#[cloudevent(type = "com.contoso.tuple", source = "/tuples/{0}/{1}")]
struct Pair(u8, #[cloudevent(extension = "second")] u8);

#[test]
fn shadowed_prelude() {
    let event = Shadowed {
        id: ::std::option::Option::Some("1".into()),
        subject: "s".into(),
        tenant: "contoso".into(),
        account: 9,
    };
    let bytes = json::to_vec(&event).unwrap();
    let back: Shadowed = json::decode(&bytes).unwrap();
    assert_eq!(back, event);
    assert_eq!(event.source(), "/shadowed/9");
}

#[test]
fn generics_and_where_clauses() {
    let batch: Batch<u32, 2> = Batch {
        number: 4,
        items: vec![1, 2],
        size: 2,
    };
    assert_eq!(<Batch<u32, 2>>::EVENT_TYPE, "com.contoso.batch");
    let bytes = json::to_vec(&batch).unwrap();
    assert_eq!(json::decode::<Batch<u32, 2>>(&bytes).unwrap(), batch);
    let event = json::from_slice(&bytes).unwrap();
    assert_eq!(event.source(), "/batches/4");
    assert_eq!(
        event.decode::<Mixed<'_, u32>>().unwrap(),
        Mixed::Batch(batch)
    );
}

#[test]
fn lifetimes_borrow_from_the_event() {
    let note = Note {
        title: "groceries",
        body: Cow::Borrowed("milk, eggs"),
    };
    let event = CloudEvent::from_typed(&note).unwrap();
    assert_eq!(event.subject(), ::std::option::Option::Some("groceries"));
    let back: Note<'_> = event.decode().unwrap();
    assert_eq!(back, note);
    // `title` has no escapes, so it borrows straight from the event's data.
    let title_ptr = back.title.as_ptr();
    let data = event.data().unwrap().as_json().unwrap().get();
    assert!(data.as_bytes().as_ptr_range().contains(&title_ptr));
    let mixed: Mixed<'_, u8> = event.decode().unwrap();
    assert_eq!(mixed, Mixed::Note(note));
    assert!(<Mixed<'_, u8> as FromEvent<'_>>::accepts_type(
        "com.contoso.note"
    ));
}

#[test]
fn tuple_struct() {
    let pair = Pair(3, 4);
    let event = CloudEvent::from_typed(&pair).unwrap();
    assert_eq!(event.source(), "/tuples/3/4");
    assert_eq!(
        event.extension("second").unwrap().as_integer(),
        ::std::option::Option::Some(4)
    );
    assert_eq!(event.decode::<Pair>().unwrap(), pair);
}
