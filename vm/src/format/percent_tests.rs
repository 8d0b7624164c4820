//! printf-style parser and layout tests (expected values from CPython 3.11).

use super::*;

fn flags(s: &str) -> PercentFlags {
    let mut f = PercentFlags::default();
    for c in s.chars() {
        match c {
            '-' => f.left = true,
            '+' => f.plus = true,
            ' ' => f.space = true,
            '#' => f.alternate = true,
            '0' => f.zero = true,
            _ => unreachable!(),
        }
    }
    f
}

fn conv<'a>(
    key: Option<&'a str>,
    fl: &str,
    width: Option<Count>,
    precision: Option<Count>,
    c: char,
    index: usize,
) -> PercentPiece<'a> {
    PercentPiece::Conv {
        key,
        flags: flags(fl),
        width,
        precision,
        conv: c,
        index,
    }
}

fn lit(s: &str) -> PercentPiece<'_> {
    PercentPiece::Literal(s.into())
}

fn perr(s: &str) -> String {
    parse_percent_format(s).unwrap_err().message("T")
}

#[test]
fn pieces() {
    use Count::*;
    assert_eq!(parse_percent_format("").unwrap(), vec![]);
    assert_eq!(parse_percent_format("abc").unwrap(), vec![lit("abc")]);
    assert_eq!(parse_percent_format("a%%b%%").unwrap(), vec![lit("a%b%")]);
    assert_eq!(
        parse_percent_format("x=%5.2f, %-#010x%s").unwrap(),
        vec![
            lit("x="),
            conv(None, "", Some(Num(5)), Some(Num(2)), 'f', 6),
            lit(", "),
            conv(None, "-#0", Some(Num(10)), None, 'x', 15),
            conv(None, "", None, None, 's', 17),
        ]
    );
    assert_eq!(
        parse_percent_format("%(a(b)c)s").unwrap(),
        vec![conv(Some("a(b)c"), "", None, None, 's', 8)]
    );
    assert_eq!(
        parse_percent_format("%*.*d").unwrap(),
        vec![conv(None, "", Some(Star), Some(Star), 'd', 4)]
    );
    assert_eq!(
        parse_percent_format("%.f").unwrap(),
        vec![conv(None, "", None, Some(Num(0)), 'f', 2)]
    );
    assert_eq!(parse_percent_format("%ld%hi%Lf").unwrap().len(), 3);
    assert_eq!(
        parse_percent_format("é%d").unwrap(),
        vec![lit("é"), conv(None, "", None, None, 'd', 2)]
    );
    assert_eq!(
        parse_percent_format("%+ 0-#d").unwrap(),
        vec![conv(None, "+ 0-#", None, None, 'd', 6)]
    );
}

#[test]
fn errors() {
    assert_eq!(perr("%"), "incomplete format");
    assert_eq!(perr("abc%"), "incomplete format");
    assert_eq!(perr("%5"), "incomplete format");
    assert_eq!(perr("%-"), "incomplete format");
    assert_eq!(perr("%."), "incomplete format");
    assert_eq!(perr("%l"), "incomplete format");
    assert_eq!(perr("%(a)"), "incomplete format");
    assert_eq!(perr("%(a"), "incomplete format key");
    assert_eq!(perr("%(a(b)"), "incomplete format key");
    assert_eq!(
        perr("%y"),
        "unsupported format character 'y' (0x79) at index 1"
    );
    assert_eq!(
        perr("abc%y"),
        "unsupported format character 'y' (0x79) at index 4"
    );
    assert_eq!(
        perr("%5%"),
        "unsupported format character '%' (0x25) at index 2"
    );
    assert_eq!(
        perr("%lld"),
        "unsupported format character 'l' (0x6c) at index 2"
    );
    assert_eq!(
        perr("%\u{100}"),
        "unsupported format character '?' (0x100) at index 1"
    );
    assert_eq!(
        perr("%\x05"),
        "unsupported format character '?' (0x5) at index 1"
    );
    assert_eq!(
        perr("é%y"),
        "unsupported format character 'y' (0x79) at index 2"
    );
    assert_eq!(perr("%.99999999999d"), "precision too big");
    assert!(parse_percent_format("%.2147483647d").is_ok());
    assert_eq!(perr("%.2147483648d"), "precision too big");
    assert_eq!(perr("%99999999999999999999d"), "width too big");
    assert!(parse_percent_format("%9223372036854775807d").is_ok());
}

#[test]
fn streaming_error_context() {
    let mut it = PercentParser::new("%d and %*.*");
    assert!(matches!(
        it.next(),
        Some(Ok(PercentPiece::Conv { conv: 'd', .. }))
    ));
    assert_eq!(it.next(), Some(Ok(lit(" and "))));
    let e = it.next().unwrap().unwrap_err();
    assert_eq!(e.error.message("T"), "incomplete format");
    assert!(e.width_star && e.precision_star && !e.key_started && e.key.is_none());
    assert_eq!(it.next(), None);

    let e = PercentParser::new("%(k)*").next().unwrap().unwrap_err();
    assert!(e.key_started && e.width_star && !e.precision_star);
    assert_eq!(e.key.as_deref(), Some("k"));

    let e = PercentParser::new("%(k").next().unwrap().unwrap_err();
    assert!(e.key_started && e.key.is_none());
    assert_eq!(e.error.message("T"), "incomplete format key");

    // Unknown types are yielded, not errors, in the streaming parser.
    let p = PercentParser::new("%y").next().unwrap().unwrap();
    assert_eq!(p, conv(None, "", None, None, 'y', 1));
}

#[test]
fn layout() {
    let f = flags;
    assert_eq!(pad_percent("ab".into(), &f(""), Some(5)), "   ab");
    assert_eq!(pad_percent("ab".into(), &f("-"), Some(5)), "ab   ");
    assert_eq!(pad_percent("ab".into(), &f("0"), Some(5)), "   ab");
    assert_eq!(pad_percent("abcdef".into(), &f(""), Some(5)), "abcdef");
    assert_eq!(pad_percent("é".into(), &f(""), Some(3)), "  é");
    assert_eq!(
        percent_format_str("héllo", &f(""), Some(2), Some(4)),
        "  hé"
    );
    assert_eq!(percent_format_str("héllo", &f("-"), Some(0), Some(2)), "  ");
    assert_eq!(percent_format_str("hi", &f(""), Some(9), None), "hi");
    // Numeric layout (as used by %d/%x/%f).
    assert_eq!(
        percent_output("0x1f", 'x', &f("#0"), Some(10), true),
        "0x0000001f"
    );
    assert_eq!(
        percent_output("0x1f", 'x', &f("+#"), Some(10), true),
        "     +0x1f"
    );
    assert_eq!(
        percent_output("0x1f", 'x', &f("-#"), Some(10), true),
        "0x1f      "
    );
    assert_eq!(
        percent_output("-0x1f", 'x', &f("#0"), Some(10), true),
        "-0x000001f"
    );
    assert_eq!(
        percent_output("-0X1F", 'X', &f("#0-"), Some(10), true),
        "-0X1F     "
    );
    assert_eq!(percent_output("12", 'd', &f(" 0"), Some(5), true), " 0012");
    assert_eq!(percent_output("0x1f", 'x', &f("#0"), Some(1), true), "0x1f");
}

#[test]
fn known() {
    for c in "sracdiuoxXeEfFgG".chars() {
        assert!(is_known_conv(c));
    }
    for c in "%ybnlh".chars() {
        assert!(!is_known_conv(c));
    }
    assert_eq!(
        unsupported_format_char('y', 3).message("T"),
        "unsupported format character 'y' (0x79) at index 3"
    );
}

/// The argument tuple `gen_vectors.py` formats against (`PCT_ARGS`).
const PCT_ARGS: [i64; 12] = [7, -3, 255, 0, 1234567, -42, 65, 12, 3, 99999, -1, 2];

/// `fmt % args` for a tuple of ints, written the way the interpreter is expected to
/// drive this module (argument fetches in CPython's order).
fn emulate(fmt: &str, args: &[i64]) -> String {
    use super::super::float::percent_format_float;
    use super::super::int::percent_format_int;
    use num_bigint::BigInt;
    let idx = std::cell::Cell::new(0);
    let next = || -> Result<i64, String> {
        let i = idx.get();
        if i < args.len() {
            idx.set(i + 1);
            Ok(args[i])
        } else {
            Err("!T:not enough arguments for format string".into())
        }
    };
    let show = |e: FormatError| match e.kind() {
        super::super::error::ErrorKind::ValueError => format!("!V:{}", e.message("int")),
        super::super::error::ErrorKind::OverflowError => format!("!O:{}", e.message("int")),
    };
    let mut out = String::new();
    let r: Result<(), String> = (|| {
        for piece in PercentParser::new(fmt) {
            let piece = match piece {
                Ok(p) => p,
                Err(e) => {
                    assert!(!e.key_started);
                    if e.width_star {
                        next()?;
                    }
                    if e.precision_star {
                        next()?;
                    }
                    return Err(show(e.error));
                }
            };
            let (mut flags, width, precision, conv, index) = match piece {
                PercentPiece::Literal(s) => {
                    out.push_str(&s);
                    continue;
                }
                PercentPiece::Conv {
                    flags,
                    width,
                    precision,
                    conv,
                    index,
                    ..
                } => (flags, width, precision, conv, index),
            };
            let width = match width {
                Some(Count::Star) => {
                    let v = next()?;
                    if v < 0 {
                        flags.left = true;
                    }
                    Some(v.unsigned_abs() as usize)
                }
                Some(Count::Num(n)) => Some(n),
                None => None,
            };
            let precision = match precision {
                Some(Count::Star) => Some(next()?.max(0) as usize),
                Some(Count::Num(n)) => Some(n),
                None => None,
            };
            let v = next()?;
            let s = match conv {
                's' | 'r' | 'a' => percent_format_str(&v.to_string(), &flags, precision, width),
                'c' => {
                    if !(0..=0x10ffff).contains(&v) {
                        return Err("!O:%c arg not in range(0x110000)".into());
                    }
                    pad_percent(char::from_u32(v as u32).unwrap().to_string(), &flags, width)
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                    percent_format_int(&BigInt::from(v), conv, &flags, precision, width)
                        .map_err(show)?
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    percent_format_float(v as f64, conv, &flags, precision, width)
                }
                _ => return Err(show(unsupported_format_char(conv, index))),
            };
            out.push_str(&s);
        }
        if idx.get() < args.len() {
            return Err("!T:not all arguments converted during string formatting".into());
        }
        Ok(())
    })();
    match r {
        Ok(()) => out,
        Err(e) => e,
    }
}

#[test]
fn fuzz_table() {
    use super::super::test_util::{run_table, unhex};
    run_table(
        "percent_fuzz.txt",
        include_str!("testdata/percent_fuzz.txt"),
        |f| {
            let fmt = unhex(f[0]);
            let n: usize = f[1].parse().unwrap();
            let want = unhex(f[2]);
            let got = emulate(&fmt, &PCT_ARGS[..n]);
            (got != want).then(|| {
                format!(
                    "{:?} % {:?}: got {:?} want {:?}",
                    fmt,
                    &PCT_ARGS[..n],
                    got,
                    want
                )
            })
        },
    );
}
