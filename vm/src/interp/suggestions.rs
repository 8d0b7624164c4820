//! "Did you mean: 'x'?" after an uncaught NameError or AttributeError, as CPython 3.11
//! prints it (`Python/suggestions.c`).
//!
//! Invariants:
//! - Only the printing of an uncaught exception asks for a suggestion: raising and
//!   catching these errors costs nothing extra beyond recording `name` (and `obj`).
//! - The distance is CPython's: a Levenshtein distance where a case change costs 1
//!   and any other edit 2, after trimming a common prefix and suffix. A candidate is
//!   accepted when no more than about a third of the characters change, and the
//!   first candidate with the smallest distance wins, so the order of candidates
//!   matters: `dir(obj)` (sorted) for an AttributeError; for a NameError the failing
//!   frame's local variable names, then its globals, then the builtins, each in
//!   insertion order.
//! - No suggestion is made from 750 or more candidates, or for names over 40 bytes
//!   once common affixes are trimmed.

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b`, or `max_cost + 1` once it is certain to
/// exceed `max_cost`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place: row[i] = cost(b[..j], a[..i + 1]).
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &code) in b.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (i, &ch) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, ch);
            diagonal = row[i];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough.
pub fn closest<'c>(name: &str, candidates: &[&'c str]) -> Option<&'c str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_names() {
        assert_eq!(closest("prnt", &["len", "print", "repr"]), Some("print"));
        assert_eq!(closest("Lenght", &["length", "width"]), Some("length"));
        assert_eq!(
            closest("apend", &["append", "extend", "pop"]),
            Some("append")
        );
    }

    #[test]
    fn far_names_and_the_name_itself_are_not_suggested() {
        assert_eq!(closest("zzz", &["print", "len"]), None);
        assert_eq!(closest("x", &["x"]), None);
    }

    #[test]
    fn the_first_of_equally_close_candidates_wins() {
        assert_eq!(closest("lin", &["len", "min"]), Some("len"));
        assert_eq!(closest("lin", &["min", "len"]), Some("min"));
    }

    #[test]
    fn too_many_candidates_give_no_suggestion() {
        let many: Vec<String> = (0..800).map(|i| format!("name{i}")).collect();
        let refs: Vec<&str> = many.iter().map(|s| s.as_str()).collect();
        assert_eq!(closest("name1x", &refs), None);
    }
}
