//! Int tests: CPython 3.11 vector tables (`testdata/*.txt`, from `gen_vectors.py`)
//! plus hand-written cases for each quirk (digit limits, float conversion, parsing).

use super::super::spec::parse_format_spec;
use super::super::test_util::{run_table, show, unhex};
use super::*;
use num_bigint::BigInt;
use num_traits::{Num, One, ToPrimitive};

fn big(s: &str) -> BigInt {
    s.parse().unwrap()
}

fn fmt(x: &BigInt, spec: &str) -> String {
    let big = show(
        parse_format_spec(spec).and_then(|s| format_int(x, &s)),
        "int",
    );
    // The i64 path must agree with the big-int path.
    if let Some(v) = x.to_i64() {
        let small = show(
            parse_format_spec(spec).and_then(|s| {
                let mut out = String::from("<");
                format_int_into(&mut out, IntRef::Small(v), &s)?;
                Ok(out[1..].to_string())
            }),
            "int",
        );
        assert_eq!(small, big, "format({x}, {spec:?}) via i64");
    }
    big
}

fn pct(fmt_s: &str, x: &BigInt) -> String {
    use super::super::percent::{parse_percent_format, Count, PercentPiece};
    let pieces = match parse_percent_format(fmt_s) {
        Ok(p) => p,
        Err(e) => return show(Err(e), "int"),
    };
    let mut out = String::new();
    for p in pieces {
        match p {
            PercentPiece::Literal(s) => out.push_str(&s),
            PercentPiece::Conv {
                flags,
                width,
                precision,
                conv,
                ..
            } => {
                let num = |c: Option<Count>| {
                    c.map(|c| match c {
                        Count::Num(n) => n,
                        Count::Star => unreachable!(),
                    })
                };
                let r = percent_format_int(x, conv, &flags, num(precision), num(width));
                if let (Some(v), Ok(want)) = (x.to_i64(), &r) {
                    // The i64 path must agree with the big-int path.
                    let mut got = String::new();
                    let f = &flags;
                    percent_format_int_into(
                        &mut got,
                        IntRef::Small(v),
                        conv,
                        f,
                        num(precision),
                        num(width),
                    )
                    .unwrap();
                    assert_eq!(&got, want, "{fmt_s:?} % {x} via i64");
                }
                match r {
                    Ok(s) => out.push_str(&s),
                    Err(e) => return show(Err(e), "int"),
                }
            }
        }
    }
    out
}

#[test]
fn format_table() {
    run_table(
        "int_format.txt",
        include_str!("testdata/int_format.txt"),
        |f| {
            let x = big(f[0]);
            let spec = unhex(f[1]);
            let got = fmt(&x, &spec);
            (got != f[2])
                .then(|| format!("format({}, {:?}): got {:?} want {:?}", x, spec, got, f[2]))
        },
    );
}

#[test]
fn percent_table() {
    run_table(
        "percent_int.txt",
        include_str!("testdata/percent_int.txt"),
        |f| {
            let x = big(f[0]);
            let got = pct(f[1], &x);
            (got != f[2]).then(|| format!("{:?} % {}: got {:?} want {:?}", f[1], x, got, f[2]))
        },
    );
}

#[test]
fn parse_table() {
    run_table(
        "parse_int.txt",
        include_str!("testdata/parse_int.txt"),
        |f| {
            let s = unhex(f[0]);
            let base: u32 = f[1].parse().unwrap();
            let got = match parse_int(&s, base) {
                Ok(v) => format!("{:x}", v),
                Err(e) => format!("!V:{}", e.message(base, &format!("{:?}", s))),
            };
            // CPython's repr differs from Rust's Debug for odd characters: compare the kind
            // of error and the prefix of the message.
            let ok = if let Some(w) = f[2].strip_prefix("!V:invalid literal") {
                got.starts_with("!V:invalid literal") && {
                    let b = w.split(':').next().unwrap();
                    got["!V:invalid literal".len()..].starts_with(b)
                }
            } else {
                got == f[2]
            };
            (!ok).then(|| format!("int({:?}, {}): got {:?} want {:?}", s, base, got, f[2]))
        },
    );
}

#[test]
fn format_quirks() {
    let cases: &[(&str, &str, &str)] = &[
        ("1234", "08,", "0,001,234"),
        ("1234", "09,", "0,001,234"),
        ("1234", "010,", "00,001,234"),
        ("1234", "0=10,", "00,001,234"),
        ("1234", "0^10,", "001,234000"),
        ("1234", "010_x", "0_0000_04d2"),
        ("12345678", "_x", "bc_614e"),
        ("12345678", "#_b", "0b1011_1100_0110_0001_0100_1110"),
        ("-12345678", "#015_X", "-0X00_00BC_614E"),
        ("-12345678", "#015,d", "-00,012,345,678"),
        ("5", "<05", "50000"),
        ("5", "x<05", "5xxxx"),
        ("5", "x<010", "5xxxxxxxxx"),
        ("1234", "05c", "0000\u{4d2}"),
        ("65", "^5c", "  A  "),
        ("12", "%", "1200.000000%"),
        ("12", ".2%", "1200.00%"),
        ("255", "#o", "0o377"),
        ("-255", "#X", "-0XFF"),
        ("0", "#b", "0b0"),
        ("1234", "n", "1234"),
        ("-0", "+", "+0"),
        ("7", " ", " 7"),
        ("9007199254740993", "f", "9007199254740992.000000"),
        ("9007199254740995", ".0f", "9007199254740996"),
    ];
    for &(x, spec, want) in cases {
        assert_eq!(fmt(&big(x), spec), want, "format({x}, {spec:?})");
    }
}

#[test]
fn format_errors() {
    let e = |x: &str, spec: &str| fmt(&big(x), spec);
    assert_eq!(
        e("1", ".2"),
        "!V:Precision not allowed in integer format specifier"
    );
    assert_eq!(
        e("1", "z"),
        "!V:Negative zero coercion (z) not allowed in integer format specifier"
    );
    assert_eq!(
        e("1", "+c"),
        "!V:Sign not allowed with integer format specifier 'c'"
    );
    assert_eq!(
        e("1", "#c"),
        "!V:Alternate form (#) not allowed with integer format specifier 'c'"
    );
    assert_eq!(e("-1", "c"), "!O:%c arg not in range(0x110000)");
    assert_eq!(
        e("1180591620717411303424", "c"),
        "!O:Python int too large to convert to C long"
    );
    assert_eq!(e("55296", "c"), "!SURROGATE");
    assert_eq!(e("1", ",c"), "!V:Cannot specify ',' with 'c'.");
    assert_eq!(e("1", ",x"), "!V:Cannot specify ',' with 'x'.");
    assert_eq!(e("1", "_n"), "!V:Cannot specify '_' with 'n'.");
    assert_eq!(
        e("1", "s"),
        "!V:Unknown format code 's' for object of type 'int'"
    );
    assert_eq!(
        e("1", "abc"),
        "!V:Invalid format specifier 'abc' for object of type 'int'"
    );
    let two_1024 = BigInt::one() << 1024usize;
    assert_eq!(fmt(&two_1024, "e"), "!O:int too large to convert to float");
}

#[test]
fn int_to_float() {
    let one = BigInt::one();
    let max = (&one << 1024usize) - (&one << 970usize); // 2**1024 - 2**970: rounds to 2**1024
    assert!(int_to_f64(&max).is_err());
    let below = &max - &one; // rounds down to DBL_MAX
    assert_eq!(int_to_f64(&below).unwrap(), f64::MAX);
    assert_eq!(
        int_to_f64(&-(&one << 1023usize)).unwrap(),
        -(2f64.powi(1023))
    );
    assert_eq!(
        int_to_f64(&big("9007199254740993")).unwrap(),
        9007199254740992.0
    );
    assert_eq!(
        int_to_f64(&big("9007199254740995")).unwrap(),
        9007199254740996.0
    );
    assert_eq!(
        int_to_f64(&big("18014398509481988")).unwrap(),
        18014398509481988.0
    );
    assert_eq!(
        int_to_f64(&big("18014398509481990")).unwrap(),
        18014398509481992.0
    );
    assert_eq!(
        int_to_f64(&big("18014398509481989")).unwrap(),
        18014398509481988.0
    );
}

/// Serializes the tests that change the process-wide digit limit.
static LIMIT_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn digit_limits() {
    let _g = LIMIT_LOCK.lock().unwrap();
    let msg = "!V:Exceeds the limit (4300 digits) for integer string conversion; \
               use sys.set_int_max_str_digits() to increase the limit";
    let ten = BigInt::from(10);
    let n4300 = num_traits::pow(ten.clone(), 4299); // 4300 digits
    let n4301 = &n4300 * &ten;
    assert_eq!(fmt(&n4300, "").len(), 4300);
    assert_eq!(fmt(&n4301, ""), msg);
    assert_eq!(fmt(&-&n4301, "d"), msg);
    assert_eq!(fmt(&n4301, "n"), msg);
    assert!(fmt(&n4301, "x").starts_with("1"));
    assert_eq!(pct("%d", &n4301), msg);
    assert_eq!(show(int_to_decimal_checked(&n4301), "int"), msg);
    let huge = num_traits::pow(ten.clone(), 100_000);
    assert_eq!(show(int_to_decimal_checked(&huge), "int"), msg);
    assert_eq!(int_to_decimal_checked(&-&n4300).unwrap().len(), 4301);

    assert!(parse_int(&"1".repeat(4300), 10).is_ok());
    assert_eq!(
        parse_int(&"1".repeat(4301), 10),
        Err(ParseIntError::TooManyDigits(4301))
    );
    assert_eq!(
        parse_int(&"0".repeat(5000), 0),
        Err(ParseIntError::TooManyDigits(5000))
    );
    // The limit is checked before the rest of the string.
    assert_eq!(
        parse_int(&("1".repeat(5000) + "x"), 10),
        Err(ParseIntError::TooManyDigits(5000))
    );
    assert_eq!(
        parse_int(&("1".repeat(5000) + "\0"), 10),
        Err(ParseIntError::TooManyDigits(5000))
    );
    assert!(parse_int(&"1".repeat(5000), 16).is_ok());
    assert!(parse_int(&"1".repeat(5000), 32).is_ok());
    assert_eq!(
        parse_int(&"1".repeat(5000), 36),
        Err(ParseIntError::TooManyDigits(5000))
    );
    assert_eq!(
        ParseIntError::TooManyDigits(5000).message(10, "''"),
        "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; \
         use sys.set_int_max_str_digits() to increase the limit"
    );

    set_int_max_str_digits(0);
    assert_eq!(fmt(&n4301, "").len(), 4301);
    assert!(parse_int(&"1".repeat(5000), 10).is_ok());
    set_int_max_str_digits(DEFAULT_MAX_STR_DIGITS);
}

#[test]
fn parse_quirks() {
    let ok = |s: &str, b: u32| parse_int(s, b).map(|v| v.to_string()).map_err(|_| ());
    assert_eq!(ok("0x_1f", 0), Ok("31".into()));
    assert_eq!(ok("0x_1f", 16), Ok("31".into()));
    assert_eq!(ok("0x__1f", 16), Err(()));
    assert_eq!(ok("010", 0), Err(()));
    assert_eq!(ok("000", 0), Ok("0".into()));
    assert_eq!(ok("0_0", 0), Ok("0".into()));
    assert_eq!(ok("0b1", 16), Ok("177".into()));
    assert_eq!(ok(" \u{a0}-\u{661}2 ", 10), Ok("-12".into()));
    assert_eq!(ok("\x1c12", 10), Err(()));
    assert_eq!(ok("12\0", 10), Err(()));
    assert_eq!(ok("Z", 36), Ok("35".into()));
    assert_eq!(ok("1", 37), Err(()));
    assert_eq!(
        ParseIntError::Invalid.message(0, "'010'"),
        "invalid literal for int() with base 0: '010'"
    );
    let v = parse_int(&format!("0x{}", "f".repeat(300)), 0).unwrap();
    assert_eq!(v, BigInt::from_str_radix(&"f".repeat(300), 16).unwrap());
}

#[test]
fn radix() {
    assert_eq!(int_to_str_radix(&big("-255"), 16), "-ff");
    assert_eq!(int_to_str_radix(&big("35"), 36), "z");
    assert_eq!(int_to_str_radix(&big("0"), 2), "0");
    let x = -num_traits::pow(BigInt::from(7), 1000); // under the digit limit in every base
    for b in 2..=36 {
        assert_eq!(
            parse_int(&int_to_str_radix(&x, b), b).unwrap(),
            x,
            "base {b}"
        );
    }
}
