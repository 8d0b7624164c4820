//! `str.format` template parser tests (expected behaviour from CPython 3.11).

use super::*;

fn lit(s: &str) -> TemplatePiece<'_> {
    TemplatePiece::Literal(s.into())
}

fn field<'a>(name: &'a str, conversion: Option<char>, spec: &'a str) -> TemplatePiece<'a> {
    TemplatePiece::Field {
        name: parse_field_name(name).unwrap(),
        conversion,
        spec,
    }
}

fn terr(s: &str) -> String {
    parse_template(s).unwrap_err().message("T")
}

#[test]
fn pieces() {
    assert_eq!(parse_template("").unwrap(), vec![]);
    assert_eq!(parse_template("abc").unwrap(), vec![lit("abc")]);
    assert_eq!(parse_template("a{{b}}c").unwrap(), vec![lit("a{b}c")]);
    assert_eq!(parse_template("{{}}").unwrap(), vec![lit("{}")]);
    assert_eq!(
        parse_template("x{0}y{}z{name!r:>{w}.{p}}").unwrap(),
        vec![
            lit("x"),
            field("0", None, ""),
            lit("y"),
            field("", None, ""),
            lit("z"),
            field("name", Some('r'), ">{w}.{p}"),
        ]
    );
    assert_eq!(
        parse_template("{0[:]}").unwrap(),
        vec![field("0[:]", None, "")]
    );
    assert_eq!(
        parse_template("{0[}]}").unwrap(),
        vec![field("0[}]", None, "")]
    );
    assert_eq!(
        parse_template("{!s}").unwrap(),
        vec![field("", Some('s'), "")]
    );
    assert_eq!(
        parse_template("{0!}}").unwrap(),
        vec![field("0", Some('}'), "")]
    );
    assert_eq!(parse_template("{:}").unwrap(), vec![field("", None, "")]);
    assert_eq!(
        parse_template("{0:{{}}}").unwrap(),
        vec![field("0", None, "{{}}")]
    );
    assert_eq!(
        parse_template("{é:é}é").unwrap(),
        vec![field("é", None, "é"), lit("é")]
    );
    assert_eq!(parse_template("{0]}").unwrap(), vec![field("0]", None, "")]);
}

#[test]
fn errors() {
    assert_eq!(terr("}"), "Single '}' encountered in format string");
    assert_eq!(terr("a}b"), "Single '}' encountered in format string");
    assert_eq!(terr("{"), "Single '{' encountered in format string");
    assert_eq!(terr("abc{"), "Single '{' encountered in format string");
    assert_eq!(terr("{0"), "expected '}' before end of string");
    assert_eq!(terr("{0[}"), "expected '}' before end of string");
    assert_eq!(
        terr("{0!"),
        "end of string while looking for conversion specifier"
    );
    assert_eq!(terr("{0!r"), "unmatched '{' in format spec");
    assert_eq!(terr("{0!}"), "unmatched '{' in format spec");
    assert_eq!(terr("{0:"), "unmatched '{' in format spec");
    assert_eq!(terr("{0:{}"), "unmatched '{' in format spec");
    assert_eq!(terr("{0!rr}"), "expected ':' after conversion specifier");
    assert_eq!(terr("{0{}"), "unexpected '{' in field name");
    assert_eq!(
        terr("{99999999999999999999}"),
        "Too many decimal digits in format string"
    );
}

#[test]
fn streaming_order() {
    // The field before a syntax error is yielded first (CPython renders it first); the
    // literal text just before the error is dropped with it.
    let mut it = TemplateParser::new("a{0} }");
    assert_eq!(it.next(), Some(Ok(lit("a"))));
    assert_eq!(it.next(), Some(Ok(field("0", None, ""))));
    assert_eq!(
        it.next(),
        Some(Err(FormatError::value(
            "Single '}' encountered in format string"
        )))
    );
    assert_eq!(it.next(), None);
}

#[test]
fn field_names() {
    let n = parse_field_name("0.a[1][k].b").unwrap();
    assert_eq!(n.first, FieldFirst::Index(0));
    assert_eq!(
        n.rest,
        vec![
            FieldAccessor::Attr("a"),
            FieldAccessor::Index(1),
            FieldAccessor::Key("k"),
            FieldAccessor::Attr("b"),
        ]
    );
    assert_eq!(n.rest_error, None);
    assert_eq!(parse_field_name("").unwrap().first, FieldFirst::Auto);
    assert_eq!(
        parse_field_name(" 0").unwrap().first,
        FieldFirst::Name(" 0")
    );
    assert_eq!(
        parse_field_name("\u{661}").unwrap().first,
        FieldFirst::Index(1)
    );
    assert_eq!(
        parse_field_name("[-1]").unwrap().rest,
        vec![FieldAccessor::Key("-1")]
    );
    assert_eq!(
        parse_field_name("x[ 1]").unwrap().rest,
        vec![FieldAccessor::Key(" 1")]
    );
    let e = |s: &str| {
        parse_field_name(s)
            .unwrap()
            .rest_error
            .unwrap()
            .message("T")
    };
    assert_eq!(e("0."), "Empty attribute in format string");
    assert_eq!(e("0.a."), "Empty attribute in format string");
    assert_eq!(e("0[]"), "Empty attribute in format string");
    assert_eq!(e("0.a[x"), "Missing ']' in format string");
    assert_eq!(
        e("0[0]x"),
        "Only '.' or '[' may follow ']' in format field specifier"
    );
    assert_eq!(
        e("0[99999999999999999999]"),
        "Too many decimal digits in format string"
    );
    // Accessors before the error are kept, to be applied first.
    let n = parse_field_name("0.a.").unwrap();
    assert_eq!(n.rest, vec![FieldAccessor::Attr("a")]);
}

#[test]
fn auto_numbering() {
    let mut a = AutoNumber::new();
    assert_eq!(a.resolve(&FieldFirst::Auto).unwrap(), FieldKey::Index(0));
    assert_eq!(
        a.resolve(&FieldFirst::Name("x")).unwrap(),
        FieldKey::Name("x")
    );
    assert_eq!(a.resolve(&FieldFirst::Auto).unwrap(), FieldKey::Index(1));
    assert_eq!(
        a.resolve(&FieldFirst::Index(0)).unwrap_err().message("T"),
        "cannot switch from automatic field numbering to manual field specification"
    );
    let mut a = AutoNumber::new();
    assert_eq!(
        a.resolve(&FieldFirst::Index(3)).unwrap(),
        FieldKey::Index(3)
    );
    assert_eq!(
        a.resolve(&FieldFirst::Auto).unwrap_err().message("T"),
        "cannot switch from manual field specification to automatic field numbering"
    );
}

#[test]
fn conversions() {
    assert_eq!(
        unknown_conversion('x').message("T"),
        "Unknown conversion specifier x"
    );
    assert_eq!(
        unknown_conversion('}').message("T"),
        "Unknown conversion specifier }"
    );
    assert_eq!(
        unknown_conversion(' ').message("T"),
        "Unknown conversion specifier \\x20"
    );
    assert_eq!(
        unknown_conversion('\u{e9}').message("T"),
        "Unknown conversion specifier \\xe9"
    );
}

#[test]
fn fuzz_table() {
    use super::super::test_util::{run_table, unhex};
    run_table(
        "template_fuzz.txt",
        include_str!("testdata/template_fuzz.txt"),
        |f| {
            let t = unhex(f[0]);
            let want = unhex(f[1]);
            let expected: Result<Vec<TemplatePiece>, String> = match want.strip_prefix("!V:") {
                Some(m) => Err(m.to_string()),
                None if want.is_empty() => Ok(vec![]),
                None => Ok(want
                    .split('\x1f')
                    .map(|p| match p.strip_prefix('L') {
                        Some(l) => lit(l),
                        None => {
                            let parts: Vec<&str> = p[1..].split('\x1e').collect();
                            TemplatePiece::Field {
                                name: parse_field_name(parts[0]).unwrap(),
                                conversion: parts[1].chars().next(),
                                spec: parts[2],
                            }
                        }
                    })
                    .collect()),
            };
            let got = parse_template(&t).map_err(|e| e.message("str"));
            (got != expected).then(|| format!("{:?}: got {:?} want {:?}", t, got, expected))
        },
    );
}
