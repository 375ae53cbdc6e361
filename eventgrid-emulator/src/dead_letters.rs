//! A subscription's dead letters, oldest first, kept up to a configured number
//! ([`Config::dead_letter_limit`](crate::config::Config::dead_letter_limit)): past it the
//! oldest is dropped and counted, so memory follows the limit and not the emulator's history.
//! Each one has a number, in the order they came, that names it in the durable store.

use std::collections::VecDeque;

/// The dead letters of one namespace or webhook subscription.
#[derive(Debug)]
pub(crate) struct DeadLetterList<T> {
    items: VecDeque<(u64, T)>,
    next: u64,
    limit: usize,
    dropped: u64,
}

/// What [`DeadLetterList::push`] did: the new one's number, and the number of the one it
/// pushed out, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pushed {
    pub(crate) number: u64,
    pub(crate) dropped: Option<u64>,
}

impl<T> DeadLetterList<T> {
    pub(crate) fn new(limit: usize) -> Self {
        DeadLetterList {
            items: VecDeque::new(),
            next: 0,
            limit,
            dropped: 0,
        }
    }

    /// Puts back one read from the durable store (in number order); returns the number of
    /// one it pushed out, when the limit is now lower than when they were written.
    pub(crate) fn restore(&mut self, number: u64, item: T) -> Option<u64> {
        self.next = self.next.max(number + 1);
        self.items.push_back((number, item));
        if self.items.len() > self.limit {
            self.dropped += 1;
            return self.items.pop_front().map(|(oldest, _)| oldest);
        }
        None
    }

    /// Adds one, dropping the oldest when the list is full.
    pub(crate) fn push(&mut self, item: T) -> Pushed {
        let number = self.next;
        self.next += 1;
        self.items.push_back((number, item));
        let mut dropped = None;
        if self.items.len() > self.limit
            && let Some((oldest, _)) = self.items.pop_front()
        {
            self.dropped += 1;
            dropped = Some(oldest);
        }
        Pushed { number, dropped }
    }

    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    /// How many were dropped to keep the list within its limit.
    pub(crate) fn dropped(&self) -> u64 {
        self.dropped
    }

    /// Oldest first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> {
        self.items.iter().map(|(_, item)| item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oldest_goes_when_the_list_is_full() {
        let mut list = DeadLetterList::new(2);
        assert_eq!(
            list.push('a'),
            Pushed {
                number: 0,
                dropped: None
            }
        );
        list.push('b');
        assert_eq!(
            list.push('c'),
            Pushed {
                number: 2,
                dropped: Some(0)
            }
        );
        assert_eq!(list.iter().collect::<String>(), "bc");
        assert_eq!((list.len(), list.dropped()), (2, 1));
    }

    #[test]
    fn numbers_go_on_after_a_restore() {
        let mut list = DeadLetterList::new(2);
        let dropped: Vec<Option<u64>> = [(4, 'x'), (7, 'y'), (9, 'z')]
            .into_iter()
            .map(|(number, item)| list.restore(number, item))
            .collect();
        assert_eq!(dropped, [None, None, Some(4)]);
        assert_eq!(list.iter().collect::<String>(), "yz");
        assert_eq!(list.push('w').number, 10);
    }
}
