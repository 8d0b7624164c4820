//! Format-spec parser tests (hand-written from CPython 3.11's behaviour).

use super::*;

fn p(s: &str) -> FormatSpec {
    parse_format_spec(s).unwrap()
}

fn err(s: &str) -> String {
    parse_format_spec(s).unwrap_err().message("T")
}

#[test]
fn fields() {
    assert_eq!(p(""), FormatSpec::default());
    let s = p("*^+z#012,.3f");
    assert_eq!(s.fill, '*');
    assert_eq!(s.align, Some(Align::Center));
    assert_eq!(s.sign, Some(Sign::Plus));
    assert!(s.no_neg_0 && s.alternate);
    // A fill was given, so the 0 is part of the width.
    assert!(!s.zero_pad);
    assert_eq!(s.width, Some(12));
    assert_eq!(s.grouping, Some(Grouping::Comma));
    assert_eq!(s.precision, Some(3));
    assert_eq!(s.ty, Some('f'));

    let s = p("010");
    assert!(s.zero_pad);
    assert_eq!(s.fill, '0');
    assert_eq!(s.align, None);
    assert_eq!(s.width, Some(10));
    assert_eq!(s.numeric_align(), Align::AfterSign);

    let s = p("<05");
    assert!(s.zero_pad);
    assert_eq!(s.numeric_align(), Align::Left);

    let s = p("0");
    assert!(s.zero_pad);
    assert_eq!(s.width, None);

    assert_eq!(p("-").sign, Some(Sign::Minus));
    assert_eq!(p(" ").sign, Some(Sign::Space));
    assert_eq!(p("<").align, Some(Align::Left));
    assert_eq!(p("<").fill, ' ');
    assert_eq!(p("<<").fill, '<');
    assert_eq!(p("=").align, Some(Align::AfterSign));
    assert_eq!(p("é>").fill, 'é');
    assert_eq!(p("x").ty, Some('x'));
    assert_eq!(p("_").grouping, Some(Grouping::Underscore));
    // Unicode decimal digits count in widths.
    assert_eq!(p("\u{661}\u{660}").width, Some(10));
    assert_eq!(p(".\u{661}").precision, Some(1));
}

#[test]
fn errors() {
    assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
    assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
    assert_eq!(err("."), "Format specifier missing precision");
    assert_eq!(err(".f"), "Format specifier missing precision");
    assert_eq!(
        err("abc"),
        "Invalid format specifier 'abc' for object of type 'T'"
    );
    assert_eq!(
        err("10.2ff"),
        "Invalid format specifier '10.2ff' for object of type 'T'"
    );
    assert_eq!(
        err("99999999999999999999"),
        "Too many decimal digits in format string"
    );
    assert_eq!(
        err(".99999999999999999999"),
        "Too many decimal digits in format string"
    );
    // The largest accepted width.
    assert_eq!(p("9223372036854775807").width, Some(isize::MAX as usize));
    assert_eq!(
        err("9223372036854775808"),
        "Too many decimal digits in format string"
    );
}

#[test]
fn grouping_check() {
    let g = |s: &str, d: Option<char>| p(s).check_grouping(d).map_err(|e| e.message("T"));
    assert!(g(",", None).is_ok());
    assert!(g(",", Some('d')).is_ok());
    assert_eq!(
        g(",", Some('s')).unwrap_err(),
        "Cannot specify ',' with 's'."
    );
    assert!(g("_x", Some('d')).is_ok());
    assert_eq!(
        g(",x", Some('d')).unwrap_err(),
        "Cannot specify ',' with 'x'."
    );
    assert_eq!(
        g(",c", Some('d')).unwrap_err(),
        "Cannot specify ',' with 'c'."
    );
    assert_eq!(
        g(",\u{100}", None).unwrap_err(),
        "Cannot specify ',' with '\\x100'."
    );
    assert_eq!(
        g("_ ", None).unwrap_err(),
        "Cannot specify '_' with '\\x20'."
    );
}
