//! Float tests: CPython 3.11 vector tables (`testdata/*.txt`, from `gen_vectors.py`)
//! plus hand-written cases for each quirk.

use super::super::spec::parse_format_spec;
use super::super::test_util::{f64_of, run_table, show, unhex};
use super::*;

fn fmt(x: f64, spec: &str) -> String {
    show(
        parse_format_spec(spec).and_then(|s| format_float(x, &s)),
        "float",
    )
}

/// Formats via the percent parser, as `fmt % x` would for one float conversion.
fn pct(fmt_s: &str, x: f64) -> String {
    use super::super::percent::{parse_percent_format, Count, PercentPiece};
    let pieces = match parse_percent_format(fmt_s) {
        Ok(p) => p,
        Err(e) => return show(Err(e), "float"),
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
                let w = width.map(|c| match c {
                    Count::Num(n) => n,
                    Count::Star => unreachable!(),
                });
                let pr = precision.map(|c| match c {
                    Count::Num(n) => n,
                    Count::Star => unreachable!(),
                });
                out.push_str(&percent_format_float(x, conv, &flags, pr, w));
            }
        }
    }
    out
}

#[test]
fn repr_table() {
    run_table(
        "float_repr.txt",
        include_str!("testdata/float_repr.txt"),
        |f| {
            let x = f64_of(f[0]);
            let got = float_repr(x);
            (got != f[1]).then(|| format!("{:?}: got {:?} want {:?}", x, got, f[1]))
        },
    );
}

#[test]
fn format_table() {
    run_table(
        "float_format.txt",
        include_str!("testdata/float_format.txt"),
        |f| {
            let x = f64_of(f[0]);
            let spec = unhex(f[1]);
            let got = fmt(x, &spec);
            (got != f[2])
                .then(|| format!("format({:?}, {:?}): got {:?} want {:?}", x, spec, got, f[2]))
        },
    );
}

#[test]
fn percent_table() {
    run_table(
        "percent_float.txt",
        include_str!("testdata/percent_float.txt"),
        |f| {
            let x = f64_of(f[0]);
            let got = pct(f[1], x);
            (got != f[2]).then(|| format!("{:?} % {:?}: got {:?} want {:?}", f[1], x, got, f[2]))
        },
    );
}

#[test]
fn round_table() {
    run_table(
        "float_round.txt",
        include_str!("testdata/float_round.txt"),
        |f| {
            let x = f64_of(f[0]);
            let n: i64 = f[1].parse().unwrap();
            let got = match float_round(x, n) {
                Ok(r) => format!("{:016x}", r.to_bits()),
                Err(e) => show(Err(e), "float"),
            };
            let want = f[2];
            let same = got == want
                || (want.len() == 16
                    && f64_of(want).is_nan()
                    && got.len() == 16
                    && f64_of(&got).is_nan());
            (!same).then(|| format!("round({:?}, {}): got {} want {}", x, n, got, want))
        },
    );
}

#[test]
fn parse_table() {
    run_table(
        "parse_float.txt",
        include_str!("testdata/parse_float.txt"),
        |f| {
            let s = unhex(f[0]);
            let got = match parse_float(&s) {
                Some(v) => format!("{:016x}", v.to_bits()),
                None => "!V".into(),
            };
            let want = if f[1].starts_with("!V:") { "!V" } else { f[1] };
            // NaN payloads differ between C and Rust; compare NaN-ness and sign only.
            let same = got == want
                || (want.len() == 16
                    && got.len() == 16
                    && f64_of(want).is_nan()
                    && f64_of(&got).is_nan()
                    && f64_of(want).is_sign_negative() == f64_of(&got).is_sign_negative());
            (!same).then(|| format!("float({:?}): got {} want {}", s, got, want))
        },
    );
}

#[test]
fn repr_quirks() {
    for (x, want) in [
        (1e16, "1e+16"),
        (1e15, "1000000000000000.0"),
        (1e-5, "1e-05"),
        (1e-4, "0.0001"),
        (1.5e300, "1.5e+300"),
        (123456789012345.67, "123456789012345.67"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-f64::NAN, "nan"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (100.0, "100.0"),
        (5e-324, "5e-324"),
        (2e16 + 8.0, "2.000000000000001e+16"),
        (2f64.powi(-24), "5.960464477539063e-08"),
        (-1846194983.0351562, "-1846194983.0351562"),
        (0.1 + 0.2, "0.30000000000000004"),
    ] {
        assert_eq!(float_repr(x), want, "{x:?}");
    }
}

#[test]
fn format_quirks() {
    let cases: &[(f64, &str, &str)] = &[
        (1.0, "", "1.0"),
        (1e16, "", "1e+16"),
        (1.5, ".3", "1.5"),
        (10.0, ".3", "10.0"),
        (100.0, ".3", "1e+02"),
        (1234.5, ".3", "1.23e+03"),
        (0.125, ".2f", "0.12"),
        (0.375, ".2f", "0.38"),
        (2.675, ".2f", "2.67"),
        (0.5, ".0f", "0"),
        (1.5, ".0f", "2"),
        (2.5, ".0f", "2"),
        (0.0625, ".3f", "0.062"),
        (1.5, "#.0f", "2."),
        (1.5, "#.0e", "2.e+00"),
        (1.5, "#.0%", "150.%"),
        (1.0, "#g", "1.00000"),
        (1.0, "#", "1.0"),
        (0.0, "#.0", "0.e+00"),
        (123.0, "#.0", "1.e+02"),
        (1.5, "%", "150.000000%"),
        (-0.0, "z", "0.0"),
        (-0.0001, "z.2f", "0.00"),
        (-0.0, "z.0e", "0e+00"),
        (-1.0, "z", "-1.0"),
        (f64::NAN, "+010,", "+000000nan"),
        (f64::NEG_INFINITY, "=+10", "-      inf"),
        (f64::INFINITY, "010", "0000000inf"),
        (f64::INFINITY, "E", "INF"),
        (f64::NAN, "F", "NAN"),
        (1234.5, "n", "1234.5"),
        (1234567.0, ",", "1,234,567.0"),
        (123456.0, "_", "123_456.0"),
        (1234.5678, "012,.2f", "0,001,234.57"),
        (1234.5678, "011,.2f", "0,001,234.57"),
        (-1234.5678, "*^+15,.1f", "***-1,234.6****"),
        (1.0, "\u{20ac}<6", "1.0\u{20ac}\u{20ac}\u{20ac}"),
        (
            0.1,
            ".60f",
            "0.100000000000000005551115123125782702118158340454101562500000",
        ),
    ];
    for &(x, spec, want) in cases {
        assert_eq!(fmt(x, spec), want, "format({x:?}, {spec:?})");
    }
    // format(1e300, '.0f') prints every digit.
    let big = fmt(1e300, ".0f");
    assert_eq!(big.len(), 301);
    assert!(big.starts_with("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"));
}

#[test]
fn format_errors() {
    assert_eq!(
        fmt(1.0, "x"),
        "!V:Unknown format code 'x' for object of type 'float'"
    );
    assert_eq!(
        fmt(1.0, "abc"),
        "!V:Invalid format specifier 'abc' for object of type 'float'"
    );
    assert_eq!(fmt(1.0, ".99999999999"), "!V:precision too big");
    assert_eq!(
        fmt(1.0, "99999999999999999999"),
        "!V:Too many decimal digits in format string"
    );
    assert_eq!(fmt(1.0, "."), "!V:Format specifier missing precision");
    assert_eq!(fmt(1.0, ",_"), "!V:Cannot specify both ',' and '_'.");
    assert_eq!(fmt(1.0, ",n"), "!V:Cannot specify ',' with 'n'.");
    assert_eq!(
        fmt(1.0, "\u{100}"),
        "!V:Unknown format code '\\x100' for object of type 'float'"
    );
    // The type check comes before the precision limit.
    assert_eq!(
        fmt(1.0, ".99999999999x"),
        "!V:Unknown format code 'x' for object of type 'float'"
    );
}

#[test]
fn percent_quirks() {
    assert_eq!(pct("%010f", f64::INFINITY), "0000000inf");
    assert_eq!(pct("%-010.2f|", -3.25159), "-3.25     |");
    assert_eq!(pct("%010.2f", -3.25159), "-000003.25");
    assert_eq!(pct("%+.3e", 12345.678), "+1.235e+04");
    assert_eq!(pct("% g", 0.0001), " 0.0001");
    assert_eq!(pct("%.0g", 123.0), "1e+02");
    assert_eq!(pct("%#.0f", 2.0), "2.");
    assert_eq!(pct("%.f", 2.5), "2");
    assert_eq!(pct("%G", 1e-10), "1E-10");
    assert_eq!(pct("%F", f64::NAN), "NAN");
    assert_eq!(pct("%+F", f64::NAN), "+NAN");
}

#[test]
fn round_quirks() {
    assert_eq!(float_round(2.675, 2).unwrap(), 2.67);
    assert_eq!(float_round(0.125, 2).unwrap(), 0.12);
    assert_eq!(float_round(0.375, 2).unwrap(), 0.38);
    assert_eq!(float_round(1234.5678, -2).unwrap(), 1200.0);
    assert_eq!(float_round(250.0, -2).unwrap(), 200.0);
    assert_eq!(float_round(350.0, -2).unwrap(), 400.0);
    assert_eq!(float_round(50.0, -2).unwrap(), 0.0);
    assert_eq!(float_round(50.000001, -2).unwrap(), 100.0);
    assert_eq!(float_round(999.0, -3).unwrap(), 1000.0);
    assert!(float_round(-0.4, 0).unwrap().is_sign_negative());
    assert!(float_round(-1.0, -5).unwrap().is_sign_negative());
    assert!(float_round(-1.0, -400).unwrap().is_sign_negative());
    assert_eq!(float_round(5e-324, 400).unwrap(), 5e-324);
    assert_eq!(float_round(5e-324, 323).unwrap(), 0.0);
    assert!(float_round(f64::NAN, 2).unwrap().is_nan());
    assert_eq!(float_round(f64::INFINITY, -2).unwrap(), f64::INFINITY);
    let e = float_round(1.7976931348623157e308, -308).unwrap_err();
    assert!(e.is_overflow());
    assert_eq!(e.message("float"), "rounded value too large to represent");
}

#[test]
fn parse_quirks() {
    assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
    assert_eq!(parse_float(".5"), Some(0.5));
    assert_eq!(parse_float("5."), Some(5.0));
    assert_eq!(parse_float("1e500"), Some(f64::INFINITY));
    assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
    assert_eq!(parse_float("\u{661}.\u{662}"), Some(1.2));
    let n = parse_float("-nan").unwrap();
    assert!(n.is_nan() && n.is_sign_negative());
    for bad in [
        "", " ", "1__0", "_1", "1_", "0x10", "1e", "inf_", "\x1c1", "1\0", ".", "in f",
    ] {
        assert_eq!(parse_float(bad), None, "{bad:?}");
    }
}

#[test]
fn huge_precision_is_padding() {
    let s = fmt(1.0, ".5000f");
    assert_eq!(s.len(), 5002);
    assert!(s[2..].bytes().all(|b| b == b'0'));
    let s = fmt(5e-324, ".1100e");
    assert!(s.ends_with("000e-324"));
    assert!(s.starts_with("4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625"));
}

/// Values printed by CPython 3.11's `float.hex` / `float.fromhex`.
#[test]
fn hex_round_trips() {
    for (x, h) in [
        (1.0, "0x1.0000000000000p+0"),
        (-2.5, "-0x1.4000000000000p+1"),
        (0.1, "0x1.999999999999ap-4"),
        (1e308, "0x1.1ccf385ebc8a0p+1023"),
        (5e-324, "0x0.0000000000001p-1022"),
        (1e-310, "0x0.012688b70e62bp-1022"),
        (-0.0, "-0x0.0p+0"),
    ] {
        assert_eq!(float_hex(x), h);
        assert_eq!(float_fromhex(h).unwrap().to_bits(), x.to_bits(), "{h}");
    }
    assert_eq!(float_fromhex("  -0X1P-3  "), Ok(-0.125));
    assert_eq!(float_fromhex("abc"), Ok(2748.0));
    assert_eq!(float_fromhex("0x3p-1076"), Ok(5e-324));
    assert_eq!(float_fromhex("0x1p-1075"), Ok(0.0));
    assert_eq!(
        float_fromhex("0x1.00000000000018p0"),
        Ok(1.0000000000000004)
    );
    assert_eq!(
        float_fromhex("0x1.000000000000080000001p0"),
        Ok(1.0000000000000002)
    );
    assert!(float_fromhex("0x1.fffffffffffff8p1023")
        .unwrap_err()
        .is_overflow());
    for bad in ["", "0x", "1p", "0x1.8p+", "0x1_0", " 0x1 p1", "0x.p1"] {
        assert!(!float_fromhex(bad).unwrap_err().is_overflow(), "{bad:?}");
    }
}
