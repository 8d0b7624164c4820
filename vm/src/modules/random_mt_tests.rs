//! Tests for `random_mt`: every value is compared with output recorded from
//! CPython 3.11.7 (on Linux/glibc).
//!
//! [`EXPECTED`] is a trace produced by the Python script quoted in the
//! comment at the end of this file.  Each line is
//! `seed-label|case|payload;next`, where the generator is freshly seeded
//! from `seed-label`, `case` is run, `payload` is what it returned (ints in
//! decimal, floats as the 16 hex digits of their IEEE bits, bytes in hex,
//! errors as `E(ExceptionName)message`), and `next` is the bits of one more
//! `random()` call, which checks that the state advanced exactly as in
//! CPython (also after an error).  [`run_case`] and [`run_err_case`] redo the
//! same calls with the Rust API and must print the same line.

use super::*;
use num_bigint::BigInt;
use num_traits::{One, ToPrimitive};
use std::fmt::Display;

fn fb(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn ints<T: Display>(xs: impl IntoIterator<Item = T>) -> String {
    xs.into_iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

fn floats(xs: impl IntoIterator<Item = f64>) -> String {
    xs.into_iter().map(fb).collect::<Vec<_>>().join(",")
}

fn big(s: &str) -> BigInt {
    s.parse().unwrap()
}

fn pow2(k: u32) -> BigInt {
    BigInt::one() << k
}

fn pow10(k: u32) -> BigInt {
    num_traits::pow(BigInt::from(10), k as usize)
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn err(e: RandomError) -> String {
    format!("E({}){}", e.kind.name(), e.message)
}

fn same_state(a: &MersenneTwister, b: &MersenneTwister) -> bool {
    a.state == b.state
        && a.index == b.index
        && a.gauss_next.map(f64::to_bits) == b.gauss_next.map(f64::to_bits)
}

/// Seeds `rng` the way the generator script's `seed()` does for `label`.
fn seed(rng: &mut MersenneTwister, label: &str) {
    let (kind, val) = label.split_once(':').unwrap();
    match kind {
        "int" => {
            let n = big(val);
            rng.seed_from_int(&n);
            if let Some(small) = n.to_u64() {
                let mut other = MersenneTwister::from_u64_seed(small);
                other.gauss_next = rng.gauss_next;
                assert!(
                    same_state(rng, &other),
                    "seed_from_u64({small}) differs from seed_from_int"
                );
            }
        }
        "str" => rng.seed_from_str(val),
        "bytes" => rng.seed_from_bytes(&unhex(val)),
        "v1str" => rng.seed_v1_from_chars(&val.chars().map(|c| c as u32).collect::<Vec<_>>()),
        "v1bytes" => {
            rng.seed_v1_from_chars(&unhex(val).iter().map(|&b| b as u32).collect::<Vec<_>>())
        }
        "hash" => {
            let (h, _float_repr) = val.split_once(':').unwrap();
            rng.seed_from_hash(h.parse().unwrap());
        }
        _ => panic!("unknown seed label {label}"),
    }
}

/// `randrange` through the BigInt API, cross-checked against the i64 API
/// (same value, same resulting state) when the arguments fit.
fn rr(
    rng: &mut MersenneTwister,
    start: &BigInt,
    stop: Option<&BigInt>,
    step: Option<&BigInt>,
) -> RandomResult<BigInt> {
    let small = (
        start.to_i64(),
        stop.map(|s| s.to_i64()),
        step.map(|s| s.to_i64()),
    );
    let mut twin = rng.clone();
    let r = rng.randrange(start, stop, step);
    if let (Some(a), Some(b), Some(c)) = (
        small.0,
        small.1.map_or(Some(None), |x| x.map(Some)),
        small.2.map_or(Some(None), |x| x.map(Some)),
    ) {
        let r2 = twin.randrange_i64(a, b, c);
        assert_eq!(
            r.clone(),
            r2.map(BigInt::from),
            "randrange_i64({a}, {b:?}, {c:?})"
        );
        assert!(same_state(rng, &twin), "randrange_i64 state");
    }
    r
}

/// `randint` through the BigInt API, cross-checked against the i64 API.
fn ri(rng: &mut MersenneTwister, a: &BigInt, b: &BigInt) -> RandomResult<BigInt> {
    let mut twin = rng.clone();
    let r = rng.randint(a, b);
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        let r2 = twin.randint_i64(x, y);
        assert_eq!(r.clone(), r2.map(BigInt::from), "randint_i64({x}, {y})");
        assert!(same_state(rng, &twin), "randint_i64 state");
    }
    r
}

fn rr_ok(rng: &mut MersenneTwister, start: i128, stop: Option<i128>, step: Option<i128>) -> BigInt {
    let stop = stop.map(BigInt::from);
    let step = step.map(BigInt::from);
    rr(rng, &BigInt::from(start), stop.as_ref(), step.as_ref()).unwrap()
}

fn ri_ok(rng: &mut MersenneTwister, a: &BigInt, b: &BigInt) -> BigInt {
    ri(rng, a, b).unwrap()
}

const BITS: [u64; 15] = [
    0, 1, 31, 32, 33, 63, 64, 65, 96, 100, 127, 128, 129, 1000, 7,
];

fn below_list() -> Vec<BigInt> {
    let mut v: Vec<BigInt> = [
        1u64,
        2,
        3,
        5,
        1 << 31,
        1 << 32,
        (1 << 32) + 1,
        1 << 63,
        u64::MAX,
    ]
    .iter()
    .map(|&x| BigInt::from(x))
    .collect();
    v.push(pow2(64));
    v.push(pow2(64) + 1);
    v.push(pow2(100) + 7);
    v.push(pow2(128));
    v.push(pow10(40));
    v
}

/// The Rust counterpart of the generator's `case()`.
fn run_case(rng: &mut MersenneTwister, name: &str, label: &str) -> String {
    match name {
        "random" => floats((0..10).map(|_| rng.random())),
        "getrandbits" => ints(BITS.iter().map(|&k| {
            if k <= 128 {
                let mut twin = rng.clone();
                let a = rng.getrandbits(k);
                let b = twin.getrandbits_u128(k as u32);
                assert_eq!(a, BigInt::from(b), "getrandbits_u128({k})");
                assert!(same_state(rng, &twin));
                a
            } else {
                rng.getrandbits(k)
            }
        })),
        "randbelow" => ints(below_list().iter().map(|n| {
            let mut twin = rng.clone();
            let a = rng.randbelow(n);
            if let Some(small) = n.to_u128() {
                assert_eq!(a, BigInt::from(twin.randbelow_u128(small)));
                assert!(same_state(rng, &twin));
            }
            a
        })),
        "randint16" => ints((0..20).map(|_| ri_ok(rng, &BigInt::from(1), &BigInt::from(6)))),
        "randrange_big" => {
            ints((0..5).map(|_| rr(rng, &BigInt::from(0), Some(&pow10(30)), None).unwrap()))
        }
        "randrange_step" => ints((0..10).map(|_| rr_ok(rng, 10, Some(100), Some(7)))),
        "randrange_misc" => {
            let mut out: Vec<BigInt> = (0..5)
                .map(|_| rr_ok(rng, 100, Some(-50), Some(-3)))
                .collect();
            let (a, b, c) = (-pow10(20), pow10(25), BigInt::from(12345));
            out.extend((0..3).map(|_| rr(rng, &a, Some(&b), Some(&c)).unwrap()));
            out.extend((0..5).map(|_| rr_ok(rng, 7, None, None)));
            out.extend((0..5).map(|_| rr_ok(rng, -5, Some(5), None)));
            out.extend((0..2).map(|_| rr(rng, &BigInt::from(0), Some(&pow2(64)), None).unwrap()));
            out.extend((0..2).map(|_| rr(rng, &(pow2(64) + 1), None, None).unwrap()));
            out.push(rr_ok(rng, 5, None, Some(1)));
            out.push(rr_ok(rng, 10, Some(11), None));
            out.push(rr_ok(
                rng,
                i64::MIN as i128,
                Some(i64::MAX as i128),
                Some((1i128 << 62) + 3),
            ));
            ints(out)
        }
        "randint_wide" => {
            let mut out: Vec<BigInt> = (0..5)
                .map(|_| ri_ok(rng, &BigInt::from(i64::MIN), &BigInt::from(i64::MAX)))
                .collect();
            out.extend((0..3).map(|_| ri_ok(rng, &BigInt::from(0), &pow2(64))));
            out.extend((0..5).map(|_| ri_ok(rng, &BigInt::from(-3), &BigInt::from(3))));
            out.extend((0..3).map(|_| ri_ok(rng, &BigInt::from(0), &BigInt::from(u32::MAX))));
            out.extend((0..3).map(|_| ri_ok(rng, &pow10(40), &(pow10(40) + 5))));
            out.push(ri_ok(rng, &BigInt::from(7), &BigInt::from(7)));
            ints(out)
        }
        "choice" => ints((0..10).map(|_| rng.choice_index(50).unwrap())),
        "shuffle20" | "shuffle100" => {
            let n = if name == "shuffle20" { 20 } else { 100 };
            let mut twin = rng.clone();
            let mut x: Vec<usize> = (0..n).collect();
            rng.shuffle(&mut x);
            let mut y: Vec<usize> = (0..n).collect();
            for (i, j) in twin.shuffle_swaps(n) {
                y.swap(i, j);
            }
            assert_eq!(x, y, "shuffle_swaps");
            assert!(same_state(rng, &twin));
            ints(x)
        }
        "uniform" => {
            let mut out: Vec<f64> = (0..5).map(|_| rng.uniform(-3.5, 7.25)).collect();
            out.extend((0..2).map(|_| rng.uniform(0.0, 1e10)));
            out.push(rng.uniform(5.0, 5.0));
            floats(out)
        }
        "gauss" => {
            let mut out: Vec<f64> = (0..10).map(|_| rng.gauss(0.0, 1.0)).collect();
            out.extend((0..5).map(|_| rng.gauss(5.0, 2.0)));
            floats(out)
        }
        "gauss_reseed" => {
            let mut out = vec![rng.gauss(0.0, 1.0)];
            assert!(rng.gauss_next.is_some());
            seed(rng, label);
            assert!(rng.gauss_next.is_none());
            out.push(rng.gauss(0.0, 1.0));
            out.push(rng.gauss(0.0, 1.0));
            floats(out)
        }
        "sample" => {
            let cases: [(usize, i64); 12] = [
                (100, 10),
                (1_000_000, 5),
                (30, 30),
                (20, 6),
                (1000, 500),
                (10, 0),
                (21, 3),
                (22, 3),
                (5, 5),
                (85, 6),
                (86, 6),
                (1 << 40, 7),
            ];
            cases
                .iter()
                .map(|&(n, k)| ints(rng.sample_indices(n, k).unwrap()))
                .collect::<Vec<_>>()
                .join("/")
        }
        "choices" => [
            ints(rng.choices_indices(10, 10)),
            ints(rng.choices_indices(3, 5)),
            ints(rng.choices_indices(7, 0)),
            ints(rng.choices_indices(7, -3)),
        ]
        .join("/"),
        "choices_w" => [
            ints(
                rng.choices_cum_weights_indices(&[1.0, 3.0, 6.0, 10.5, 11.0], 10)
                    .unwrap(),
            ),
            ints(
                rng.choices_cum_weights_indices(&[0.1, 0.5, 0.5, 2.0], 8)
                    .unwrap(),
            ),
            ints(rng.choices_cum_weights_indices(&[3.0], 3).unwrap()),
        ]
        .join("/"),
        "expo" => {
            let mut out: Vec<f64> = (0..5).map(|_| rng.expovariate(1.5).unwrap()).collect();
            out.extend((0..2).map(|_| rng.expovariate(-2.0).unwrap()));
            floats(out)
        }
        "normal" => {
            let mut out: Vec<f64> = (0..5).map(|_| rng.normalvariate(0.0, 1.0)).collect();
            out.extend((0..3).map(|_| rng.normalvariate(10.0, 3.0)));
            floats(out)
        }
        "lognorm" => floats((0..3).map(|_| rng.lognormvariate(0.0, 0.5).unwrap())),
        "triangular" => {
            let mut out: Vec<f64> = (0..3).map(|_| rng.triangular(0.0, 1.0, None)).collect();
            out.extend((0..3).map(|_| rng.triangular(0.0, 10.0, Some(2.0))));
            out.extend((0..2).map(|_| rng.triangular(5.0, 1.0, Some(4.0))));
            out.push(rng.triangular(2.0, 2.0, Some(2.0)));
            out.push(rng.triangular(2.0, 2.0, None));
            out.extend((0..2).map(|_| rng.triangular(0.0, 1.0, Some(-1.0))));
            out.extend((0..2).map(|_| rng.triangular(0.0, 1.0, Some(3.0))));
            floats(out)
        }
        "vonmises" => {
            let mut out: Vec<f64> = (0..5)
                .map(|_| rng.vonmisesvariate(1.0, 4.0).unwrap())
                .collect();
            out.extend((0..2).map(|_| rng.vonmisesvariate(0.5, 0.0).unwrap()));
            out.push(rng.vonmisesvariate(-3.0, 1e-7).unwrap());
            out.extend((0..3).map(|_| rng.vonmisesvariate(2.0, 0.5).unwrap()));
            out.extend((0..2).map(|_| rng.vonmisesvariate(0.0, 100.0).unwrap()));
            out.extend((0..2).map(|_| rng.vonmisesvariate(-10.0, 2.0).unwrap()));
            floats(out)
        }
        "gamma" => {
            let mut out = Vec::new();
            for (a, b, n) in [
                (0.5, 2.0, 3),
                (1.0, 3.0, 3),
                (2.5, 1.5, 3),
                (0.1, 1.0, 3),
                (50.0, 1.0, 2),
            ] {
                out.extend((0..n).map(|_| rng.gammavariate(a, b).unwrap()));
            }
            floats(out)
        }
        "beta" => {
            let mut out: Vec<f64> = (0..3).map(|_| rng.betavariate(2.0, 3.0).unwrap()).collect();
            out.extend((0..3).map(|_| rng.betavariate(0.5, 0.5).unwrap()));
            floats(out)
        }
        "pareto" => {
            let mut out: Vec<f64> = (0..3).map(|_| rng.paretovariate(2.0).unwrap()).collect();
            out.extend((0..2).map(|_| rng.paretovariate(0.5).unwrap()));
            floats(out)
        }
        "weibull" => {
            let mut out: Vec<f64> = (0..3)
                .map(|_| rng.weibullvariate(1.5, 2.0).unwrap())
                .collect();
            out.extend((0..2).map(|_| rng.weibullvariate(1.0, 0.5).unwrap()));
            floats(out)
        }
        "randbytes" => [0i64, 1, 5, 16, 7, 2, 3]
            .iter()
            .map(|&n| {
                let mut twin = rng.clone();
                let a = rng.randbytes(&BigInt::from(n)).unwrap();
                assert_eq!(a, twin.randbytes_exact(n as usize));
                assert!(same_state(rng, &twin));
                hex(&a)
            })
            .collect::<Vec<_>>()
            .join(","),
        _ => panic!("unknown case {name}"),
    }
}

/// The Rust counterpart of the generator's `errcase()`.
fn run_err_case(rng: &mut MersenneTwister, name: &str) -> String {
    let i = |v: i64| BigInt::from(v);
    let float_ok = |r: RandomResult<f64>| match r {
        Ok(v) => format!("ok:{}", fb(v)),
        Err(e) => err(e),
    };
    let int_ok = |r: RandomResult<BigInt>| match r {
        Ok(v) => format!("ok:{v}"),
        Err(e) => err(e),
    };
    match name {
        "randrange_0" => int_ok(rr(rng, &i(0), None, None)),
        "randrange_neg" => int_ok(rr(rng, &i(-5), None, None)),
        "randrange_00" => int_ok(rr(rng, &i(0), Some(&i(0)), None)),
        "randrange_52" => int_ok(rr(rng, &i(5), Some(&i(2)), None)),
        "randrange_big_empty" => int_ok(rr(rng, &pow10(30), Some(&-pow10(30)), None)),
        "randrange_stopnone_step" => int_ok(rr(rng, &i(5), None, Some(&i(2)))),
        "randrange_zero_step" => int_ok(rr(rng, &i(5), Some(&i(10)), Some(&i(0)))),
        "randrange_empty_step" => int_ok(rr(rng, &i(5), Some(&i(1)), Some(&i(2)))),
        "randrange_empty_negstep" => int_ok(rr(rng, &i(1), Some(&i(5)), Some(&i(-1)))),
        "randint_54" => int_ok(ri(rng, &i(5), &i(4))),
        "randint_big" => int_ok(ri(rng, &pow10(30), &i(5))),
        "choice_empty" => int_ok(rng.choice_index(0).map(BigInt::from)),
        "sample_big" => int_ok(rng.sample_indices(3, 4).map(|v| BigInt::from(v.len()))),
        "sample_neg" => int_ok(rng.sample_indices(3, -1).map(|v| BigInt::from(v.len()))),
        "expo0" => float_ok(rng.expovariate(0.0)),
        "pareto0" => float_ok(rng.paretovariate(0.0)),
        "pareto_overflow" => float_ok(rng.paretovariate(1e-300)),
        "weibull0" => float_ok(rng.weibullvariate(1.0, 0.0)),
        "gamma0" => float_ok(rng.gammavariate(0.0, 1.0)),
        "gamma_negbeta" => float_ok(rng.gammavariate(1.0, -1.0)),
        "beta_negbeta" => float_ok(rng.betavariate(1.0, -1.0)),
        "lognorm_big" => float_ok(rng.lognormvariate(0.0, 1e6)),
        "getrandbits_neg" => int_ok(rng.py_getrandbits(&i(-1))),
        "getrandbits_huge" => int_ok(rng.py_getrandbits(&pow2(31))),
        "getrandbits_hugeneg" => int_ok(rng.py_getrandbits(&-pow2(40))),
        "randbytes_neg" => int_ok(rng.randbytes(&i(-1)).map(|v| BigInt::from(v.len()))),
        "randbytes_huge" => int_ok(rng.randbytes(&pow2(28)).map(|v| BigInt::from(v.len()))),
        "choices_zero_total" => int_ok(
            rng.choices_cum_weights_indices(&[0.0, 0.0, 0.0], 1)
                .map(|v| BigInt::from(v.len())),
        ),
        "choices_inf" => int_ok(
            rng.choices_cum_weights_indices(&[1.0, f64::INFINITY, f64::INFINITY], 1)
                .map(|v| BigInt::from(v.len())),
        ),
        "choices_nan" => int_ok(
            rng.choices_cum_weights_indices(&[1.0, 2.0, f64::NAN], 1)
                .map(|v| BigInt::from(v.len())),
        ),
        "choices_empty" => {
            // The caller indexes the (empty) population with each index.
            let population: Vec<u8> = Vec::new();
            let idx = rng.choices_indices(population.len(), 2);
            match idx.iter().map(|&j| population.get(j)).find(|x| x.is_none()) {
                Some(_) => "E(IndexError)list index out of range".to_string(),
                None => "ok:?".to_string(),
            }
        }
        "triangular_zero" => float_ok(Ok(rng.triangular(1.0, 1.0, Some(1.0)))),
        _ => panic!("unknown error case {name}"),
    }
}

#[test]
fn matches_cpython_trace() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in EXPECTED.lines().filter(|l| !l.is_empty()) {
        let mut parts = line.splitn(3, '|');
        let (label, case, expected) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        let mut rng = MersenneTwister::from_u64_seed(999);
        rng.gauss_next = Some(123.0); // must be reset by seeding
        seed(&mut rng, label);
        assert!(rng.gauss_next.is_none());
        let payload = match case.strip_prefix("err:") {
            Some(name) => run_err_case(&mut rng, name),
            None => run_case(&mut rng, case, label),
        };
        let got = format!("{};{}", payload, fb(rng.random()));
        if got != expected {
            failures.push(format!(
                "{label}|{case}\n  expected {expected}\n  got      {got}"
            ));
        }
        count += 1;
    }
    assert!(count > 300, "trace too short: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} trace lines differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn reference_mt19937_output() {
    // mt19937ar.c's published check: init_by_array({0x123, 0x234, 0x345, 0x456}).
    let mut rng = MersenneTwister::from_u64_seed(0);
    rng.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
    let got: Vec<u32> = (0..5).map(|_| rng.next_u32()).collect();
    assert_eq!(
        got,
        [1067595299, 955945823, 477289528, 4107218783, 4228976476]
    );
    // CPython's int seed with those words, least significant first.
    let seed = (BigInt::from(0x456) << 96)
        | (BigInt::from(0x345) << 64)
        | (BigInt::from(0x234) << 32)
        | BigInt::from(0x123);
    let mut rng = MersenneTwister::from_int_seed(&seed);
    assert_eq!(rng.next_u32(), 1067595299);
}

#[test]
fn negative_and_zero_seeds() {
    let a = MersenneTwister::from_int_seed(&BigInt::from(-12345));
    let b = MersenneTwister::from_int_seed(&BigInt::from(12345));
    assert!(same_state(&a, &b));
    let z = MersenneTwister::from_int_seed(&BigInt::from(0));
    let mut k = MersenneTwister::from_u64_seed(1);
    k.init_by_array(&[0]);
    assert!(same_state(&z, &k));
}

#[test]
fn entropy_seeding() {
    let mut a = MersenneTwister::from_entropy();
    let mut b = MersenneTwister::from_entropy();
    assert!(!same_state(&a, &b));
    let _ = a.gauss(0.0, 1.0);
    assert!(a.gauss_next.is_some());
    a.seed_from_time_and_urandom();
    assert!(a.gauss_next.is_none());
    let x: Vec<u32> = (0..4).map(|_| a.next_u32()).collect();
    let y: Vec<u32> = (0..4).map(|_| b.next_u32()).collect();
    assert_ne!(x, y);
}

#[test]
fn constants_match_their_formulas() {
    assert_eq!(
        NV_MAGICCONST.to_bits(),
        (4.0 * std::hint::black_box(-0.5f64).exp() / 2.0f64.sqrt()).to_bits()
    );
    assert_eq!(LOG4.to_bits(), std::hint::black_box(4.0f64).ln().to_bits());
    assert_eq!(
        SG_MAGICCONST.to_bits(),
        (1.0 + std::hint::black_box(4.5f64).ln()).to_bits()
    );
    assert_eq!(TWOPI.to_bits(), 0x401921fb54442d18); // math.tau
}

#[test]
fn sha512_vectors() {
    // hashlib.sha512(...).hexdigest() from CPython; inputs are
    // bytes((i * 7 + 3) & 255 for i in range(n)), and b"abc" for n == 3.
    let cases: [(usize, &str); 9] = [
        (0, "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"),
        (3, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
        (111, "68cffa6d0d76f309c9ce0d35280939f8e25990c43b7b086ccdf709be35b07d4ddba599541ff2b1c19d34ea49aeafb9659adb7ac3c0b078bb30a22d57fc6687ef"),
        (112, "d0865c524d1dddf7c23b799c413f5adcd7caefd3f66a9b49750ec81066012c25a8bcf94ddea6dc525691673097ca40e0101e897fc97218cfdb0704084e2bef4b"),
        (127, "e0b6a20f1c0c88970a9340152cd5a1c1ecf3d3b8de55102741879438079473540133b812706e5dbec322c8c9523b6fc8c6d16ee626e87ad5fe3d2916afedc369"),
        (128, "99b16f17aa0b969a5b8f08f367719d516e330ccd2660b6f0688ec031dbc783de50a1cd185a2568dba75070a2403d17d4741d163578515dfd2ff756ddfe4d47b1"),
        (129, "a1556e29185778aa5991e34b8884c840d589f0fbb4b8ed590e51e9ac4eb03a008125000db2671f8fe7f485b59a77b518670078ecb41a54b4cd02a7f1d2ca4c6d"),
        (200, "cca3c0276046ef9f2897bdfc3ec330f77f4959914b1462bd581b232ddb3e9aa98acf5f5a2b21c7f49d2e43721daa61a2b5cee6af6052dfeb766e66ddb0d1719c"),
        (1000, "00e36fccf193e59697a92b5ab24666ce6326d7fa16bf10832d0991ddc591112e9dfa6a636950ed9c4d67344a760654c2ff7785e1d60094d651038735b5dccabd"),
    ];
    for (n, want) in cases {
        let data: Vec<u8> = if n == 3 {
            b"abc".to_vec()
        } else {
            (0..n).map(|i| ((i * 7 + 3) & 255) as u8).collect()
        };
        assert_eq!(hex(&sha512(&data)), want, "sha512 of {n} bytes");
    }
}

#[test]
fn randbelow_non_positive_returns_zero_without_consuming() {
    let mut a = MersenneTwister::from_u64_seed(5);
    let b = a.clone();
    assert_eq!(a.randbelow(&BigInt::from(0)), BigInt::from(0));
    assert_eq!(a.randbelow(&BigInt::from(-3)), BigInt::from(0));
    assert_eq!(a.randbelow_u64(0), 0);
    assert!(same_state(&a, &b));
}

#[test]
fn error_display() {
    let mut rng = MersenneTwister::from_u64_seed(0);
    let e = rng.randrange_i64(0, Some(0), None).unwrap_err();
    assert_eq!(e.kind, RandomErrorKind::ValueError);
    assert_eq!(
        e.to_string(),
        "ValueError: empty range for randrange() (0, 0, 0)"
    );
    let e = rng.randint_i64(i64::MAX, i64::MIN).unwrap_err();
    assert_eq!(
        e.message,
        format!(
            "empty range for randrange() ({}, {}, {})",
            i64::MAX,
            i64::MIN as i128 + 1,
            i64::MIN as i128 + 1 - i64::MAX as i128
        )
    );
}

/// Trace recorded from CPython 3.11.7 by the script below (see the module docs).
const EXPECTED: &str = r#"
int:0|random|3feb0580f98a7dbe,3fe84129978f9c1a,3fdaeaa51052e978,3fd092178fb945a6,3fe05c5ccdf19707,3fd9ea70df588b3c,3fe914e0c751c4f5,3fd36979c7be0dec,3fde809082dd48fc,3fe2ab10cf910f7d;3fed0f42c0dfaf73
int:0|getrandbits|0,1,827307999,3255389356,3823568514,2388085504187641652,9431353882395063546,25916460452930765285,24030909564466307751366559289,741421056615969155796233731463,85868019637980189329932318000082575224,257186845270767705783834514279190982938,425525257071037834576683824675453064228,5603040304480362626759625643538820175874680921156047938642393641894007903150271331193331788692104319839710833096469395501100796765148380152258812919280534925605979377217888071132079464669648629379627956084964818717403885922715161069428096235516544253182440340684387291409818166565730939833476597490026,33;3fafe31c33859360
int:0|randbelow|0,1,0,2,2087043557,2046968324,3900315155,2569146471088859254,2577854692418029171,2710959347947821323,13463019583275830764,846472415262827351765792998428,120388950466732086747834186432780326999,2352375765497117197982971147839960400981;3feeee707a35c8c4
int:0|randint16|4,4,1,3,5,4,4,3,4,3,5,2,5,2,3,2,1,5,3,5;3fef72fa86d218ac
int:0|randrange_big|198441737587687207744109680147,139109141237965358711594976883,949374075050023004062815166826,229933275692058304150478939550,137051391329841579273486718169;3fecc3488366e29c
int:0|randrange_step|52,94,52,10,38,66,59,52,94,38;3feef837b1e80908
int:0|randrange_misc|28,-44,22,94,52,7175806786966443915160490,8507263870415079910503140,3167125780616384781435320,4,1,2,1,6,-4,4,-1,3,4,2710959347947821323,13463019583275830764,6526298081964035572,8799277236024914180,4,10,-9223372036854775808;3fe9c2c9b7ac820f
int:0|randint_wide|-1465195632138975614,6084712057446794809,-431710025170174585,86457306059627737,-3502159106106506455,12617276543794194196,10326739782786242647,8009056699280396679,1,2,-2,1,0,2239196826,3934166345,3608164305,10000000000000000000000000000000000000005,10000000000000000000000000000000000000005,10000000000000000000000000000000000000005,7;3fe394a931f96c79
int:0|choice|24,48,26,2,16,32,31,25,19,30;3fd6ea47ecaac432
int:0|shuffle20|10,18,16,14,0,17,11,2,3,9,5,7,4,19,6,15,8,1,13,12;3fd3d97530ca446e
int:0|shuffle100|23,8,11,7,48,13,1,91,94,54,16,63,52,41,80,2,47,87,78,66,19,6,24,10,59,30,22,29,83,37,93,81,43,99,86,28,34,88,44,14,84,70,4,20,15,21,31,76,57,67,73,50,69,25,98,46,96,0,72,35,58,92,3,95,56,90,26,40,55,89,75,71,60,42,9,82,39,18,77,68,32,79,12,85,36,17,64,27,74,45,61,38,51,62,65,33,5,53,97,49;3fb6febab5b81b48
int:0|uniform|40164f654f5218f8,4012978fe3a8f9c2,3ff0569b9bded374,bfe6eec15b7c29a4,3ffff072d2f28bc4,41ee2b8177d021f0,41fd32e2c6259049,4014000000000000;3fde809082dd48fc
int:0|gauss|3fee22885827c580,bff6586248600484,bfe5c03883a3b23f,3fd7b6549852df0c,bff042f70eddd104,bfb27675333fa7f0,3fc6efe91633a8da,bfea985d61aa3ebc,bff4f1d129d98508,3fc8d15041e14ea3,401bf22ce68b901d,400da5f696faf8ae,401154a5e14f00b3,4020952afa5e9d06,400f0ec99ad9cd21;3fed1ca42e21585c
int:0|gauss_reseed|3fee22885827c580,3fee22885827c580,bff6586248600484;3fdaeaa51052e978
int:0|sample|49,97,53,5,33,65,62,51,38,61/375441,611720,934973,952225,229053/16,4,9,28,24,3,19,8,17,23,26,27,25,2,10,7,22,1,5,6,11,21,14,13,20,29,0,18,15,12/12,0,15,10,7,11/333,720,891,64,195,939,581,227,244,822,145,990,556,458,93,82,327,896,520,955,501,111,308,564,298,723,127,560,340,834,944,553,208,818,617,972,601,294,455,985,610,817,394,324,589,247,297,188,193,841,191,33,627,672,266,487,70,91,695,775,133,897,153,39,862,984,919,716,849,968,699,400,857,722,537,282,534,831,241,869,220,916,941,603,845,429,593,281,461,504,676,656,717,812,365,84,332,947,118,498,963,645,343,865,194,248,16,749,277,119,926,225,380,813,174,971,436,835,63,103,801,149,875,714,224,46,836,587,649,547,616,696,75,27,973,650,951,620,850,980,122,928,960,379,853,901,37,935,22,199,189,735,126,490,215,744,819,62,917,23,557,435,635,880,945,71,226,73,662,977,358,446,184,842,515,478,40,959,873,932,858,204,882,367,892,481,583,173,876,688,967,785,59,692,162,165,350,542,256,120,611,452,681,179,13,482,697,419,582,981,318,664,905,397,673,879,157,574,707,12,468,759,80,938,756,874,839,287,138,245,493,360,624,962,689,816,604,648,837,135,732,317,786,424,666,934,1,608,196,715,342,163,770,228,652,986,387,727,765,993,940,32,411,718,740,428,678,726,47,169,456,65,265,736,161,457,540,900,782,618,0,936,506,999,319,824,51,425,192,561,762,85,994,15,737,694,427,323,3,218,14,2,691,541,626,100,995,121,622,788,203,309,286,186,102,969,406,642,83,851,912,463,854,262,136,669,533,755,660,355,117,158,285,19,43,41,210,742,571,322,375,848,665,793,907,469,445,381,550,182,212,384,899,975,9,141,154,997,341,345,376,95,346,761,36,42,276,167,937,597,296,369,404,710,132,300,674,489,747,49,315,183,535,72,810,412,336,306,739,978,101,721,492,485,640,351,982,846,677,509,883,38,615,776,159,170,578,709,89,67,86,202,833,826,957,8,704,403,569,531,629,459,500,222,433,708,377,888,267,594,441,751,764,623,728,28,538,462,206,806,600,407,909,871,657,221,878,107,588,654,743,370,643,552,499,151,415,575,808,507,330,510,563,950,877,898,348,325,329,636,544,263,595,388,301,814,590,860,823,523,230,781,690,307,706,913,338,164,152,444,335,235,495,190,258,693,911,271,257,17//18,2,16/19,2,13/1,2,3,4,0/49,77,75,29,2,0/23,38,64,72,32,42/1082613597969,579218788833,843566250923,845292674723,356749684920,524532848849,738003975736;3fac6e0a7c4777f0
int:0|choices|8,7,4,2,5,4,7,3,4,5/2,1,0,2,1//;3fd0084bbfe5e826
int:0|choices_w|3,3,2,1,2,2,3,2,2,3/3,3,3,3,3,3,3,3/0,0,0;3fe75ac81c4b8322
int:0|expo|3ff3d8b2a4327487,3fee439b4f6e34b1,3fd748a48d84331c,3fc991c943d1977c,3fde8c22949c680c,bfd09c54579480b6,bfe881352b8c6c69;3fd36979c7be0dec
int:0|normal|bfc788fe6e2f434f,3fa0a46196bf10fd,3fe65ccbe5021434,bfb8ab9026ba02b8,3ff69dba582e5ddd,40159bbe1b4bdbb5,4025a028a02c4538,401988992ede8527;3fecc3488366e29c
int:0|lognorm|3fed30752d775413,3ff0431cc21032bf,3ff6b1183bab583d;3fde809082dd48fc
int:0|triangular|3fe71331c770ebc0,3fe4de23d1336868,3fdd5932fdfe3eb1,400266d81c92cc56,400dfa2e6cfba8d0,4008cd808b3e3874,4004e2c0d810cb6e,400f219b2872c6f7,4000000000000000,4000000000000000,3fe2482e13d5af7e,3f733e187ce22500,3fed6cb138103ab6,3ff817ba6b605040;3fe3c9adc7329696
int:0|vonmises|3ff620fb28c50064,3fe456a74531e77d,3ff74a0cf7e0b266,3ff7efa4dfb681f2,3ffb33f74ab212e8,4018b3394c5d0fb7,40145cec44113eaa,4016ac84ee88234b,400541eda4e8094b,3fd07c13d7965514,4007b4698b95f1c4,40191fb90919e626,3f2787773f3b9464,4006c75a4c20ac5c,4002cce7152b96d8;3feef616f891ea0c
int:0|gamma|3fdfbc5b3869604e,3fe77344b8098503,3ffb8e5e1478958d,3fff134b38b25252,40050399215bf32f,401ca5761ebfa7bd,400e4854a89c76da,401a63a4facf23f0,4001580980904ce7,3fe067133da8a7ed,3faf819a4d133df2,3fa077afbdc77c73,40440fdeaf5036e7,404a28cc28db9e27;3feeee707a35c8c4
int:0|beta|3fe57bedf7550709,3fd1c7739c2064db,3fdf571644ed563d,3fe9916e98c0f848,3fea4228de7502c4,3fe787a9588fe9d0;3fe18ef1d7a9fa75
int:0|pareto|400448402d6a675e,400042c286967511,3ff504f6ac92b983,3ffd220fb6c5c277,4010bf2aa0022e51;3fd9ea70df588b3c
int:0|weibull|40005e55475eb8e4,3ffc95e2d9433256,3ff1bab861fab059,3fb6fc2efbbbf33c,3fe06725ab056cb4;3fd9ea70df588b3c
int:0|randbytes|,d8,be6f9f62c2,8206e7e35594aa6b342f5d0a3a5e4842,fab428f7e6e282,657c,c3a967;3fed622cf7229c18
int:1|random|3fc132d8f91b7584,3feb1e2d5b3584f8,3fe870d778409f13,3fd0530d08f17f5c,3fdfb5355e16737a,3fdcc4762bc72882,3fe4d9d98184b9da,3fe93d38c0d6fe64,3fb8072e8f9c8590,3f9d071ef2583660;3feabe96758f2a0a
int:1|getrandbits|0,0,1222356005,3639700191,7740669488,2352596571770045649,9139164268605729673,8291646586825371460,62489102131455210082773421083,38651986488652303581816265005,73631500594632230579407985774622174438,716651591181291629148837487805795958,585809717319144870654077967428585921112,7250717364531770990520863990056872554342552474523650858547111633869272372033278384301426861199632495980202184030793827109686245997626033561049642505983703339070247056998529028582406991749035369532088236459569005040528300219215964949033009634647979141325536173966028201961365334674278650556713068931377,28;3fe859af11d6a24a
int:1|randbelow|0,0,1,0,2127877499,3268308804,901749037,522918558215449730,15417145005318368486,14151560559444937093,8215943604655495768,863700066524783102192789570210,246994841215757181135921896563944918751,2499612323242364185816461369149638937876;3fe5a8be44e00822
int:1|randint16|2,5,1,3,1,4,4,4,6,4,2,1,4,1,4,4,5,1,6,4;3fd10b8f55c5b6c6
int:1|randrange_big|99436813185968347955962756036,590209488520255358040687302011,300173589674248222863405272091,747340801974485348169054204850,871676646108158023498549479813;3fdc81394a2171ea
int:1|randrange_step|24,73,94,94,17,38,17,59,94,59;3fde39441d367660
int:1|randrange_misc|76,-8,-44,88,52,9444169352504485719034955,3139937792482070342436710,338722239879752959892780,6,3,3,4,6,-5,2,-1,-2,4,564285706793587091,12663392048017480143,9733044862419154823,10198459125620116756,2,10,-4611686018427387901;3fe859af11d6a24a
int:1|randint_wide|4865782901354085936,-7048155917072976836,-931725450029404348,-7491968275375482579,4928188522590161285,8215943604655495768,14791085845388908798,17437166598339548353,-1,-3,-3,-3,2,2325348894,1001090105,92297589,10000000000000000000000000000000000000004,10000000000000000000000000000000000000005,10000000000000000000000000000000000000000,7;3fe423a8b3f85d4c
int:1|choice|8,36,48,4,16,7,31,48,28,30;3fe4d9d98184b9da
int:1|shuffle20|11,5,17,19,9,0,16,1,15,6,10,13,14,12,7,3,8,2,18,4;3fe6444349c81394
int:1|shuffle100|53,37,65,51,4,20,38,9,10,81,44,36,84,50,96,90,66,16,80,33,24,52,91,99,64,5,58,76,39,79,23,94,30,73,25,47,31,45,19,87,42,68,95,21,7,67,46,82,11,6,41,86,88,70,18,78,71,59,43,61,22,14,35,93,56,28,98,54,27,89,1,69,74,2,85,40,13,75,29,34,92,0,77,55,49,3,62,12,26,48,83,60,57,63,15,32,8,97,72,17;3fc5947f78092b4c
int:1|uniform|c00071d638a18d0c,4016708cf28feaae,4012d7a18996d5c2,bfe84199efedf370,3ffd36ff6cdc5658,41f0beae4b7e32b7,41f8461327f3a45f,4014000000000000;3fb8072e8f9c8590
int:1|gauss|3ff49c679da02301,3ff730ede0eb242a,3fb0fb6231f18bcc,bfe877243f2933ff,bff1798a9f070808,3fa00b13ea0e6e54,bff05a88da855aa2,bff6fd40df4a52b6,3fc9830e0a5973b7,3fc1126b469014e0,40185f2ac5b206fc,4009606000f299ea,40140a4035cbddde,40137b68ac041c56,3fffd03fb2c6efca;3fcd481499755d4c
int:1|gauss_reseed|3ff49c679da02301,3ff49c679da02301,3ff730ede0eb242a;3fe870d778409f13
int:1|sample|17,72,97,8,32,15,63,57,60,83/398055,827036,220153,98418,511554/0,28,26,12,13,19,29,22,14,8,7,18,3,10,23,15,21,16,20,25,6,17,9,5,27,4,1,11,2,24/11,7,18,14,9,16/22,426,857,938,569,944,657,102,190,644,741,880,303,123,760,340,917,738,728,512,958,432,519,849,932,686,194,310,290,601,903,511,866,963,517,402,603,873,35,491,248,761,816,413,424,680,177,375,561,969,719,794,690,755,383,88,449,679,520,110,797,167,533,860,964,379,501,750,30,480,44,315,720,868,629,607,592,403,662,174,172,514,232,12,789,204,552,988,951,237,414,526,352,867,591,361,470,275,675,911,623,746,5,392,802,877,840,758,524,828,132,531,796,574,210,436,57,492,373,583,567,914,516,423,496,832,365,955,354,1,551,553,638,805,627,339,469,614,28,823,235,650,181,563,598,185,93,817,564,957,836,261,33,689,72,85,17,463,14,772,773,287,255,902,112,850,639,189,907,297,71,171,163,848,540,919,672,279,663,981,301,465,949,329,508,485,116,24,319,395,351,431,192,264,111,259,747,522,214,620,442,21,230,18,406,149,36,736,164,456,721,518,694,884,557,225,645,711,528,461,228,536,664,31,404,691,589,328,901,646,786,60,946,305,128,217,48,313,845,78,317,766,162,998,578,258,133,8,886,38,604,222,912,471,175,927,637,521,975,387,205,355,101,885,587,947,443,605,198,504,106,681,399,987,894,968,843,333,626,411,288,887,160,739,335,576,138,347,439,218,272,734,98,388,560,831,703,547,875,545,240,66,41,86,136,173,170,869,710,274,984,862,788,826,376,346,348,813,298,699,618,500,713,593,851,729,893,40,416,74,389,150,765,349,117,925,970,740,985,584,856,229,579,83,273,881,302,577,702,665,468,283,940,46,653,916,628,841,853,876,858,936,807,245,600,808,165,118,780,890,247,757,105,445,921,555,819,659,804,488,322,992,212,325,906,27,10,783,610,327,460,400,320,408,64,65,324,466,114,256,220,624,930,364,265,187,554,617,314,203,252,369,656,838,91,458,92,712,983,727,905,42,715,191,966,972,251,342,103,785,94,250,784,20,249,744,670,708,979,76,999,613,830,367,505,597,157,571,513,652,661,742,953,183,153,144,611,312,109,908,300,129,211,145,32,323,792,182,306,733,161,49,253,754,749,457,440,635,943,464,11,405,684,745,806,497,812,756,19,776,871,997,296,70,726,732,506,889,872,141//12,18,20/5,19,2/1,3,0,2,4/64,83,56,81,28,30/40,63,61,28,52,43/483812669184,811222359386,450469096010,654174208518,660104505820,362373324284,1021070140894;3fe306c808570337
int:1|choices|1,8,7,2,4,4,6,7,0,0/2,1,2,0,1//;3fe716db1f3511f8
int:1|choices_w|1,3,3,1,2,2,3,3,1,0/3,3,3,0,3,3,1,3/0,0,0;3fe1534040096d04
int:1|expo|3fb8a02c3ba30d40,3ff40e147da3beb0,3feec888c74ad75b,3fc920a875f9209f,3fdd2fbefbdcffa0,bfd319e763251eaf,bfe0dec19d597d33;3fe93d38c0d6fe64
int:1|normal|3fe37047444afcb9,bf8d223af9eb3710,3ff3b1cbc75774e3,3ff03f692e2bace4,bfd58882a3316ad4,402b4e0d53adc231,401de77b7dc42e01,4022bb6153cb23ae;3fcdd5b61587fd28
int:1|lognorm|3ff5adac046d2220,3fefc5f076472e82,3ffd9ba1818c804b;3fb8072e8f9c8590
int:1|triangular|3fd096a739699cfd,3fe7296b2d99ee7c,3fe5009cb8e8898e,40023df5d24de994,400d2c5130b880f0,400ae8d22dc1bb04,40085b96bacffa1e,4004bcf766962f6c,4000000000000000,4000000000000000,3fdb51f492201ffc,bfb0ab4023006d50,3ff83218517d5c5b,3fb4594020f206d9;3fdc81394a2171ea
int:1|vonmises|3ff1b5840171e9e6,3fe942d07669c8c5,3fcc81fc7e77f884,3fef49da905adc8f,40189899ae3d5b74,401222601a6d91da,3ff6ff68679f1e1e,4017c1daba80b5eb,401678455be75602,3fe781875d5dd04e,3ff8d4ec2b42a918,4018fccfe04ad3c9,4018fab9953daf7b,3fff79374ac31790,400caa779d4d10ec;3feb84ae952f80f6
int:1|gamma|3fa9e9dd0e0f4eac,3ffa2a87ee6fe858,3fe6050f4f6e4872,40094e226c063bcc,4012a7b0dcf43929,3fd2ec786ee5eed3,3fe47f24acfa0828,400a343988a936c6,3fc60d206ebbcaa3,3fac1ab72cccaf39,3cd28c721a773299,3f6971762ea27f5d,4047cfdc4c1e9c6c,4048391ff2424376;3fcc60647c381e88
int:1|beta|3fbe5c2780d2705e,3fd54b0174ffdc96,3fe0175ee6f68685,3feffae4a0bf3cb1,3feef30e5c8be42c,3f71efd36e71fd58;3fcdd5b61587fd28
int:1|pareto|3ff1326dced3fcce,40047b4068bd3957,400075bacd947317,3ffcd5372862a1fb,400f6c70d6f0ad30;3fdcc4762bc72882
int:1|weibull|3fe23bada81b1ce7,4000744a0b824e7a,3ffcd4658357578f,3fb6328d9e4f0f58,3fddf2ab92b74704;3fdcc4762bc72882
int:1|randbytes|,22,4a58b791d8,303e61cdc4bb86c3d1c427103c344c41,89eb2f1ed5d47e,cec2,d81173;3fde39441d367660
int:42|random|3fe4762f307200c5,3f999c6b5eeb2060,3fd19a1491f589dc,3fcc922b623b8c1c,3fe7912c1468f47e,3fe5a785aef6719a,3fec8cbc2a2e7490,3fb6419f92e55088,3fdb00c460411746,3f9e83298bfe34a0;3fcbfc5443b8faa0
int:42|getrandbits|0,1,239081663,107420369,3184935163,2058755736454904720,13585496030504862185,30929646287488622503,6888003658752285216336109904,2518083635803577543239042153,85981746675021656560511099373161834842,67660945350846038872867170685615466052,185433977588038429421599058870231961521,4927672692637026625979640044332654997016425390536096539980744757504578294297208263897288169357695237941228961069558452974033260273608884753683647127921925813081268535566740122658291667503019409815281455509279190260430883380215892769305502772289586398116941944027813998151087773859793064899794611129312,68;3fbff49b7f23c3a8
int:42|randbelow|0,0,2,2,1051802512,958682846,3163119785,586287033698423193,1728372192399379054,10052396067678980236,12878398801393446596,487687330337485309488618186870,34780355639312979015160389762850482787,4031493425724942688807470005759896644221;3fe351b9410ede8e
int:42|randint16|6,1,1,6,3,2,2,2,6,1,6,6,5,1,5,4,1,1,1,2;3fcdc7d50815ef6c
int:42|randrange_big|873491343714207852616756591005,176140902141063639299770569303,925123444424254823561077285033,719941466287131323558231662928,81588941661909768552652673433;3fcbfc5443b8faa0
int:42|randrange_step|80,17,10,87,38,31,31,24,87,17;3fe5a785aef6719a
int:42|randrange_misc|-20,79,97,-41,49,1872531123839642413122320,9815418109321020745069985,7945723531672207164206555,0,4,3,0,0,-4,-2,-2,3,4,10353144037217341363,7738774760351418614,10870033277113031978,16035760590688802187,1,10,6;3fd1c8a4e13e6c08
int:42|randint_wide|-7169676182496904803,-4149976519821344517,836864915349561680,-1440288104464612247,-7494999844455396754,10353144037217341363,7738774760351418614,10870033277113031978,3,3,-3,3,3,1815115025,1193448329,3279182318,10000000000000000000000000000000000000000,10000000000000000000000000000000000000000,10000000000000000000000000000000000000003,7;3fd6f984a6c7ab20
int:42|choice|40,7,1,47,17,15,14,8,47,6;3fe5a785aef6719a
int:42|shuffle20|19,5,14,4,9,13,15,18,6,12,17,10,1,11,2,16,7,8,0,3;3fe1f5b834cb9c18
int:42|shuffle100|42,41,91,9,65,50,1,70,15,78,73,10,55,56,72,45,48,92,76,37,30,21,32,96,80,49,83,26,87,33,8,47,59,63,74,44,98,52,85,12,36,23,39,40,18,66,61,60,7,34,99,46,2,51,16,38,58,68,22,62,24,5,6,67,82,19,79,43,90,20,0,95,57,93,53,89,25,71,84,77,64,29,27,88,97,4,54,75,11,69,86,13,17,28,31,35,94,3,14,81;3fcb017c5e9c349c
int:42|uniform|400afd9ed2326212,c009d95cfb8740c8,bfe163d16f783b00,bff19b95b3fffbba,4011ab133b6d0889,41f935825ba3aa72,42009e3e62e8633c,4014000000000000;3fdb00c460411746
int:42|gauss|bfc2718d4a9a8111,bfc621b486646b7c,bfbc7f3240f58c66,3fe676a692b3f6c1,bfc054d01919a25b,bff7f528da925fa4,3fd544b428e86dfb,bfd11c0ea7c8fcfb,bfcbc54d5a7e4fab,3fbdaaa018fbee85,4015dbbeea7797eb,401d4ef7db4f5c3a,401940caa4107acf,4014e2519648c197,400c2fd5affffa96;3fcc3765f72ff5d0
int:42|gauss_reseed|bfc2718d4a9a8111,bfc2718d4a9a8111,bfc621b486646b7c;3fd19a1491f589dc
int:42|sample|81,14,3,94,35,31,28,17,13,86/776646,935518,571858,91161,619176/13,1,0,2,6,7,16,19,27,17,25,20,29,24,14,9,4,12,21,26,22,5,18,28,15,10,11,3,8,23/11,19,8,1,14,17/127,996,944,387,80,565,300,849,643,633,906,882,370,591,196,721,71,46,677,233,791,296,81,875,238,887,103,389,284,464,650,854,373,166,379,363,214,686,273,718,959,699,663,73,623,969,175,546,746,250,167,473,388,276,655,704,570,224,701,332,863,786,794,57,234,841,32,824,323,410,274,67,216,580,897,735,322,217,671,511,405,905,658,469,146,271,142,252,762,574,551,269,764,598,438,597,408,987,942,141,521,505,93,773,48,881,112,156,642,163,811,696,432,610,65,394,390,886,479,541,257,566,11,888,738,117,698,549,768,961,787,656,348,114,993,445,161,970,3,739,736,908,512,780,182,519,108,640,305,654,968,955,203,892,382,856,165,552,797,543,0,613,331,500,19,866,371,826,314,245,59,246,926,995,87,749,497,70,778,545,784,128,131,675,486,562,169,914,540,621,433,927,842,896,747,706,205,730,319,903,687,665,845,448,529,462,123,253,230,885,346,21,602,567,235,869,225,7,72,724,646,60,935,69,933,338,781,526,243,285,685,823,219,807,135,740,584,590,484,248,761,416,194,96,99,674,441,362,809,420,478,951,55,689,669,661,100,62,412,347,111,254,985,757,872,459,143,974,187,770,948,255,77,453,563,743,51,667,553,15,95,242,170,758,871,492,218,930,821,168,947,2,399,812,465,292,751,569,981,498,158,859,303,222,829,593,555,742,321,58,723,989,488,514,840,939,690,520,82,190,822,609,776,240,413,122,583,912,592,608,40,634,83,429,904,578,535,931,267,209,691,244,804,919,134,307,468,662,74,9,916,636,576,102,75,550,713,518,657,765,357,679,950,378,291,684,796,556,309,626,880,8,938,306,106,137,270,118,109,878,159,278,288,215,351,208,848,517,836,879,52,94,703,283,45,861,341,133,268,843,452,564,437,910,954,834,727,152,558,36,648,994,151,440,130,42,315,967,745,366,616,728,105,752,573,716,958,960,966,181,422,25,183,340,421,976,870,890,110,391,39,481,227,204,471,358,312,980,228,24,197,800,336,802,983,952,359,899,409,339,28,622,744,855,641,559,860,444,353,659,446,523,538,884,873,260,605,795,1,201,372,753,820,774,530,999,850,316,418,949,206,356,587,606,790,98,579,620,986,525//5,19,18/9,12,17/0,2,1,4,3/74,77,41,59,56,80/27,65,60,21,84,10/737099112524,495254480485,437255858166,52172488011,537069398416,1047903025956,162214426537;3fdd2589db50c672
int:42|choices|6,0,2,2,7,6,8,0,4,0/0,1,0,0,1//;3fe170291dad969a
int:42|choices_w|3,0,2,1,3,3,3,0,2,0/1,3,0,1,3,3,1,3/0,0,0;3fe657286db0c1d4
int:42|expo|3fe5c2e3a5d0ee4f,3f914a89138ed25b,3fcb71fc219a5528,3fc58dd454f54ae1,3fec7331b1a87263,bfe21117b7850dd4,bff1d17c6c52bed1;3fb6419f92e55088
int:42|normal|3fcf66da833dc5a5,bfdfcc4cc31ff71e,3ff4139a6995f6a2,bfc1abeb5bb2c9fd,bfef39eb9048cec5,402763eac94890de,4019fcfe98b327e5,402e6d9b6c12ed60;3fd5c6aa1a39149c
int:42|lognorm|3ff2168ae96450c6,3fe8f6028ea16ad9,3ffdf6ab4d01b4da;3fec8cbc2a2e7490
int:42|triangular|3fe269a9b3e65bb8,3fbca0b936116990,3fd7bbac7405ab9f,4000ef6d69a6ac7c,4015a24188090da0,4013a84614afce1b,4001198b87115196,4011a423a11bffc5,4000000000000000,4000000000000000,bfd00177e1762b40,3f75fe8b33b3db00,3fd20eb992196c95,3fe8b707a37aa9fb;3fe4cbda72ce2822
int:42|vonmises|3fd0230f2ff41520,3ff2e97f20e92a58,3fe3b09d6a8af72e,3fe0188429b20b56,3fcd0c4c0d4804e0,400d9ea639a84c24,401457dc5cb9239e,3fa4e80d25798db8,401834c3479fc1ac,3ff47ddad974745f,4011aa282896ec3d,3fbe225430917064,401856118f490ea8,4001d05b3d3049b0,40056d9fda1bbe28;3fd75969114d1d96
int:42|gamma|3ff256f2b4edd496,3fcb2498b91da7cc,4005d83dc85974f8,3ffa4e64261eb434,3fb73b6d4569536d,3fe7af4f3cb25d14,400e52b3d69235d6,3ffde417e83fd5fd,40106a28d55c82bd,3f7dac73bce9128d,3b6d2441caaddff6,3fa4360d3cbfcfaf,4045170891c4c084,40475a1da88e88a1;3fb8c2678b7cc250
int:42|beta|3fc8d2b8d86cf260,3fdfb78fbe22397a,3fae6c04abfc2758,3fb1ad22196fc274,3fb0f19cf5690224,3f87f5adda8e7b7d;3fe9d3feac2c7e45
int:42|pareto|3ffaa53d04657ed4,3ff034340d3dcec3,3ff2ca9af57040b4,3ffa842ec40ef75b,402ccc7be784c2f7;3fe5a785aef6719a
int:42|weibull|3ff83d51b7b22d20,3fce8e8f0d4a6eb6,3feb38c267e47868,3fb0552eb5b57bcf,3ffc749c58ecfaab;3fe5a785aef6719a
int:42|randbytes|,a3,7f31801c06,fb40d6bd57526846903bb13ede562439,e9c1b8236089bc,3d1a,2d3cad;3fe7b38cd7919785
int:12345|random|3fdaa9e665dc8a18,3f84d392d1f6f840,3fea68177b361de3,3fd31cea56d752c4,3fd7940e9f744b88,3fc8c9e52452ec40,3fe21cbd29beb2a9,3fc4b22fc5f811c8,3fbfcff45bf93c70,3fdbb53a5216b65a;3fe1fc8c06824494
int:12345|getrandbits|0,0,1573429661,43676229,7817590892,2754466438516799719,6795996055430912186,3572421395562983696,12810229181596903494318942533,544628201610046148185631562937,29663019341343887950604732779235560284,120766681988740084266463840643667782156,371348139110445626962480890810891455866,6226923027154163489541669614422458551103166279644607294685619730961561963041774502805507325329940008596620169140317179004759215534924474104683079737674717541638969984054219916464107566840440882255561662532922980527206855714227206257301101836942137996271082815449174403774301560139014608147816177477266,22;3fd2573e90cbc676
int:12345|randbelow|0,0,1,2,831769172,1873586768,1602297017,7986264551321101233,10368517950970186588,3446018582270436793,3072727624150280346,481536256063312290986469207873,8003854802968693085073491728764910816,1175544408183842886033877161403903718;3fee166f0ea7d567
int:12345|randint16|4,6,1,3,3,2,3,5,4,2,3,1,4,3,5,6,2,5,5,2;3fd6b6b44de7ba6a
int:12345|randrange_big|332256083118531044858259323495,408951041752918591462038694213,351213395122185593765149799508,726866382407180275482685104164,899627971956288251644834997689;3feea8777aee7563
int:12345|randrange_step|52,87,10,94,38,45,31,38,73,52;3fc4b22fc5f811c8
int:12345|randrange_misc|22,-38,100,43,31,3915327487157280083618960,2376490695560493275144285,8029733680895603716260275,5,1,4,4,1,0,-4,3,1,4,3072727624150280346,13262602880556838721,15441221205979428565,433889838281859804,2,10,4611686018427387913;3f6c4cd806d55d00
int:12345|randint_wide|4292285838037326215,6551146165133617474,-5650950641291792112,-1176378139645449915,-5777353454584339015,3072727624150280346,13262602880556838721,15441221205979428565,-1,-3,0,-1,-3,3197732170,14837456,3739915678,10000000000000000000000000000000000000004,10000000000000000000000000000000000000001,10000000000000000000000000000000000000002,7;3fe4e19c35a87b33
int:12345|choice|26,46,0,19,23,12,17,36,27,10;3fd7e04728fe7fa2
int:12345|shuffle20|16,18,3,8,19,10,7,14,12,1,5,2,15,17,4,6,11,9,0,13;3fe0fe4d5fea209a
int:12345|shuffle100|63,19,83,87,88,28,8,76,46,59,39,90,29,60,84,30,12,25,54,17,62,35,27,56,81,5,97,4,98,40,50,16,79,13,31,7,48,2,73,96,86,14,69,51,36,75,99,65,77,6,92,82,37,49,10,42,57,0,85,89,44,32,61,66,68,58,3,41,43,94,9,26,18,21,64,74,52,67,11,45,23,70,78,22,80,71,33,91,15,95,20,55,72,34,24,47,38,1,93,53;3fdec509c4f98c02
int:12345|uniform|3fef513663816640,c00b201d95aee113,40157bdf8d90b82a,bfd28928da754648,3fdd779d32222bf8,41dcdb981c9cd8f8,41f515dfe1749e28,4014000000000000;3fbfcff45bf93c70
int:12345|gauss|bfbfb168b045dd55,3fb24f75c2f9bf44,3fd8891ef1f8b55d,bfe7fff9d613608a,bfdc704dbdf6e1f3,3fdee573a6aa2023,bfe164d5966a9a25,bfcea1fa68f1bfa4,3fe8366cd0a41d2e,3fe7fd9535f7573e,400ed709595de86a,40121df9e87fdc00,4009d9407c064208,40118aa518447cfe,401761372dab6842;3fef5104d2f10a35
int:12345|gauss_reseed|bfbfb168b045dd55,bfbfb168b045dd55,3fb24f75c2f9bf44;3fea68177b361de3
int:12345|sample|53,93,1,38,47,24,34,72,55,20/391185,130303,916638,453966,273772/17,20,5,19,29,27,11,2,16,13,18,21,24,4,6,23,1,3,25,14,0,7,10,9,26,12,15,8,22,28/9,3,13,18,5,11/384,238,983,536,610,726,935,844,337,826,41,237,122,894,511,221,754,821,774,568,685,190,263,602,444,530,938,132,42,168,308,885,852,9,153,234,358,552,350,160,395,331,13,50,62,728,455,80,397,818,942,183,807,11,790,729,376,220,694,524,779,124,492,636,63,14,641,503,333,945,624,430,563,206,373,787,678,715,987,569,965,81,506,970,913,343,236,208,167,166,295,919,550,92,532,712,3,150,903,673,507,189,855,622,817,871,98,270,517,768,415,67,809,769,471,426,186,249,188,27,381,338,180,404,182,875,585,696,843,974,254,423,525,708,427,332,123,69,659,968,761,199,643,936,584,926,767,138,543,998,878,581,299,128,551,522,710,789,687,895,60,266,795,437,45,372,950,529,548,587,110,644,777,862,159,380,725,650,36,281,764,454,702,377,411,314,459,625,892,319,997,504,491,51,271,456,30,224,353,139,2,692,640,85,31,113,616,192,406,502,883,279,357,213,307,742,322,951,77,631,969,816,989,429,194,164,83,146,313,988,340,434,205,934,908,116,526,32,349,401,327,827,247,102,496,152,592,211,265,583,545,367,162,290,38,93,96,540,212,562,516,900,419,996,15,905,155,976,544,931,732,911,468,424,450,25,824,923,28,782,362,690,553,738,608,17,326,481,448,46,713,320,398,305,846,388,578,637,58,750,112,497,121,893,629,178,34,52,316,984,537,872,860,985,480,839,433,225,227,991,910,392,944,556,757,482,184,786,566,588,564,655,219,163,466,766,858,74,71,574,125,743,805,580,241,218,284,230,509,379,457,413,575,255,461,739,111,870,803,867,717,943,244,409,505,84,431,476,794,335,646,833,311,890,579,127,175,223,394,268,897,877,5,528,282,24,490,886,854,309,721,407,375,949,660,256,235,94,912,257,573,617,16,154,576,136,336,654,131,771,992,292,29,215,439,402,815,823,647,286,514,289,907,662,488,494,747,432,48,100,921,272,783,422,760,848,677,399,973,441,603,7,469,825,664,364,666,276,147,396,981,810,330,323,440,40,719,251,727,880,355,565,651,140,383,706,135,510,462,946,477,638,915,737,483,652,520,348,932,302,964,425,759,99,765,978,47,861,577,64,898,762,756,680,829,0,571,172,133,300//7,17,8/19,18,9/2,4,1,0,3/75,56,83,40,30,32/12,21,37,7,64,16/465007949305,562008476819,789956801159,172001251554,313157605760,98642472026,43548264312;3fa25250093686c0
int:12345|choices|4,0,8,2,3,1,5,1,1,4/1,0,1,1,2//;3fb75f0cd0fe4d58
int:12345|choices_w|2,0,3,2,2,1,3,1,1,2/3,1,3,3,3,1,3,3/0,0,0;3fc850fb6d64a3cc
int:12345|expo|3fd6fe67278d8308,3f7be9281fa5eea8,3ff29ab1422f8e50,3fce4547002bf5cf,3fd39b28124d8be1,bfbb8d5c23608154,bfdab61ac7eaa542;3fc4b22fc5f811c8
int:12345|normal|bfc27f51bb5d74e0,3fe9745f21a1b1d9,bfd1eae1ad2bbf16,3fc14a498b3609a7,bff22feaf3c5aee0,4024c61f004dd155,4024d964bd85ef99,402c61671673fde2;3fe0203d10aa9215
int:12345|lognorm|3fedc4f6b4870a69,3ff7d0a52989b655,3febd1ebe29b0e45;3fe21cbd29beb2a9
int:12345|triangular|3fdd35d1974c7816,3fb24120c355aedb,3fe68a343379e9b4,40041349fe4db416,400722537981e0d4,3fff7d23a4898d25,400a41b4a28f0b71,4010c87d91cd9e98,4000000000000000,4000000000000000,3fb06b293520b5b0,bfd23e000ede3310,3ff49ccaa24b2c0a,3ff0826fee3f9d43;3feea8777aee7563
int:12345|vonmises|3ff60d73fb7f868b,3fe7f2f6897e88a8,3fd9d14e3748b700,3fe3419755a9a488,3ff92f2832415314,3fe25b1397960686,4018988d47bb1414,4004b72326bb1d8c,40093d706083b880,3ff9befb25c9c10c,4005cf51347ce5ea,3fce0712318ea051,4019046e27a01113,400f512c8d13b40c,40110278a0f608a0;3fcbb25a9bcb8a08
int:12345|gamma|3fdf246666b71e95,3ffe8b6af1f66858,3fd85a218600a745,4004089415effbf2,3fe0ee56e49aac6d,3fd97a2ba0a32f30,400a3689722eace4,3ffb9235626d8cb0,4006406b8ea56f5c,3dcfbb5ec3b647b1,3f2a95cf3dfe1777,3e3f6353460de892,40459bfdb42a02e5,40519455c954fe82;3fe7d330a9a97330
int:12345|beta|3fda52063afc6d8e,3fe4d0a954c14167,3fda595d19ebb791,3fdbec150db747c3,3fd5157c62510bb8,3fefff297d4d58db;3febdd52b0a7bd07
int:12345|pareto|3ff4f2b5311bb8f2,3ff014fc959f26a3,4003228c2995fd2c,400043658941ec65,40040e11eb44ad88;3fc8c9e52452ec40
int:12345|weibull|3ff19e5de5fd3458,3fc3694591093ca8,3fffb226de7eda0a,3fc01b653f4264d1,3fcb072bbcc70b0f;3fc8c9e52452ec40
int:12345|randbytes|,6a,3a4391bb02,6cf8f6d1cdbb40d3e77887cd42a9734c,ba58eada3a505e,89ee,ca9331;3fd14bb104872f4a
int:4294967301|random|3fc4218067c49768,3fd21442cf1e9172,3fe357affb575f81,3f8dbe785ae59e00,3fe416bcbcaf6e4c,3fe8e22117cf64cf,3fedb9efab4d81ff,3fe5364167e5578a,3fdfbac375d7ae96,3fd6af1a077d8728;3fe823c99bb8d271
int:4294967301|getrandbits|0,0,1042594645,1213270837,8117169770,133955154467086437,11580414858807844413,32790999940374172447,52518208025703901248688717130,454002206932947740139638350472,138539916333585685076555987720617387293,229770853497337552896602586573401654643,641278030703934188980444949517533659172,5417388844251144223295490363695327161288149462915522904461761653618546417574019330762571010665415800753560135471884249481985266033275993619857013814055475914942475420374826862037523577262429108256732147413011176192889042874096954104275398421112620896302417770909289326203866536968697389351236462383737,31;3fe15c070db88558
int:4294967301|randbelow|0,1,1,4,62377729,4183155336,3136672473,5806704216529864051,12455902926783096962,12599797130852411388,9272330235779111126,34083652042620988579964023839,8293036662859631915348631689720146173,2113041264376428993382802994080467917058;3fc405ed373765b8
int:4294967301|randint16|2,4,3,5,1,3,6,2,6,4,6,3,2,3,6,6,6,2,5,2;3fd9cb1f9ba4f75a
int:4294967301|randrange_big|397291478589492929780197982173,302197163309032499203104722118,862362639278262006154008306656,198280680148911926554054300281,667110027537176935131578026922;3feda57dd41182aa
int:4294967301|randrange_step|24,59,38,73,10,45,80,24,94,80;3fef2abc51fbac37
int:4294967301|randrange_misc|70,7,46,-14,100,2420110777331426986273685,5176161898745625526886735,4609575933963382999592120,5,5,6,6,6,-2,3,-3,1,2,2464411367086672810,17090015596999695768,11637121967261882205,16059338340927955919,3,10,4611686018427387913;3f96a82acbccac80
int:4294967301|randint_wide|-267552225364868909,5797155785632160870,3376425093997635580,48958198924335318,-7124707441152926523,5579639906858056482,15921994008409978318,16790168167953459706,1,-3,0,3,-2,1569628518,819237596,4133488245,10000000000000000000000000000000000000005,10000000000000000000000000000000000000003,10000000000000000000000000000000000000001,7;3fc026923cbbef10
int:4294967301|choice|10,31,18,38,0,22,40,10,49,42;3fef2abc51fbac37
int:4294967301|shuffle20|16,13,8,4,1,6,18,17,3,19,7,14,12,2,10,11,0,9,15,5;3fea31e2471cf861
int:4294967301|shuffle100|35,74,81,59,85,57,39,90,60,46,44,83,32,61,30,52,93,87,42,26,19,5,3,50,16,43,72,56,69,11,78,89,6,82,67,48,75,33,18,22,73,66,8,7,49,27,41,4,98,9,71,37,0,28,10,12,13,23,15,54,65,95,34,68,92,29,76,70,88,96,55,38,97,24,47,14,2,91,53,17,79,58,51,99,64,25,86,40,31,94,63,84,21,80,45,1,77,36,62,20;3fe970cdfe1a0104
int:4294967301|uniform|bffcf2fb748fd48c,bfdda631cd776478,4007fba8f37ad0aa,c00ac040722edb9e,4009fd1b3b17786c,41fcf7ce76202ae8,42014d90dc6d90e3,4014000000000000;3fdfbac375d7ae96
int:4294967301|gauss|3fdcb1631cdf23d7,3fe5c5c110863b35,bfc158afce7225d1,bfbab86e40fc36b6,bff345b8661982e3,bff3f4df989bfda0,3ff5482c82bafabb,bfe45fbd5aefe54c,bfeded60b94ff236,3f996f17ac9b5b4f,40146722c9500f6b,3ff54e26a8c8a560,400e8004c6295d36,401f0494346949fc,40190f2f012c809a;3fc93b893f7ba58c
int:4294967301|gauss_reseed|3fdcb1631cdf23d7,3fdcb1631cdf23d7,3fe5c5c110863b35;3fe357affb575f81
int:4294967301|sample|20,62,36,77,1,45,80,21,99,84/519856,765789,371654,981774,791012/29,26,7,10,23,21,24,6,16,5,12,14,4,13,0,18,28,1,20,3,9,17,8,25,27,19,22,15,2,11/19,7,17,0,14,13/249,374,214,195,160,461,931,15,605,620,153,554,935,768,985,69,662,437,151,120,129,814,746,706,42,760,945,392,355,904,289,531,238,804,876,549,818,777,567,202,939,535,109,806,438,911,373,692,419,449,254,516,581,96,172,621,879,448,267,592,850,813,865,521,654,529,523,547,702,28,350,980,411,349,587,158,837,816,622,920,650,364,586,102,439,748,167,539,574,381,222,354,978,538,104,651,860,105,4,33,974,363,632,8,830,490,585,596,846,569,635,975,427,609,171,277,897,570,245,327,495,882,891,721,134,866,380,560,602,643,263,951,842,9,962,53,604,342,435,773,281,655,571,493,640,428,122,541,320,207,723,812,515,763,37,819,533,894,396,152,247,572,913,553,259,10,413,722,963,710,966,39,326,27,859,45,463,292,312,732,126,496,565,330,877,424,849,108,927,921,268,166,598,300,652,97,220,398,532,778,142,307,729,758,506,243,764,412,25,824,455,337,627,130,157,196,162,489,173,290,180,20,681,775,641,313,29,301,197,646,86,454,792,383,942,348,995,697,907,984,979,659,184,73,801,986,476,500,174,244,983,938,258,630,680,636,644,726,417,471,35,871,629,110,433,416,809,185,498,372,507,990,870,431,107,767,703,92,216,115,987,305,30,584,884,415,754,900,867,810,276,947,443,996,271,956,407,588,293,208,302,414,668,997,369,562,397,741,265,527,447,384,618,631,451,270,47,964,731,425,690,953,701,458,279,284,191,223,135,929,215,95,58,472,769,600,916,566,240,861,273,308,611,740,787,297,377,288,422,423,121,182,780,497,932,145,835,941,232,114,89,483,802,19,747,660,106,125,382,283,648,615,393,744,579,287,673,17,410,568,575,338,482,198,960,347,638,940,519,256,298,551,12,608,84,65,855,851,75,524,936,149,251,595,473,144,52,165,328,805,689,695,378,634,445,840,905,252,952,23,60,800,352,972,359,164,678,409,13,183,910,831,528,672,133,36,901,607,603,235,159,589,827,739,400,573,797,189,782,617,470,765,228,798,118,749,543,926,512,948,344,993,736,229,390,85,707,457,637,136,429,55,3,324,727,653,843,955,828,826,332,633,783,623,80,31,230,992,807,79,14,750,155,981,54,709,510,148,999,303//7,9,20/18,6,2/1,2,0,4,3/52,30,23,8,53,15/50,16,77,22,26,3/757627203652,883911672903,1007358247594,884517500303,302975203101,766886590278,972048401533;3fe7da5c4c2915f2
int:4294967301|choices|1,2,6,0,6,7,9,6,4,3/2,2,0,2,2//;3fec4e34febb6de2
int:4294967301|choices_w|1,2,3,0,3,3,3,3,2,2/3,3,3,3,3,3,1,3/0,0,0;3fe87f7343caa3a2
int:4294967301|expo|3fbd33f99d6561f4,3fcc53db90838c5f,3fe3c9529677819f,3f83f9897d13d325,3fe5153525fedab9,bfe80d7e3dc812bc,bff527983726fd3e;3fe5364167e5578a
int:4294967301|normal|bfea38d903ea41cb,3fc7465bac4d79d3,3fef8a5ac7a25921,bf86ffae933755d1,4002cbac6240f598,401c42618d3ce43c,401b76a5a78cd4ec,401cfebe5aa961f0;3fe3f853938ffe69
int:4294967301|lognorm|3fe53e259b19fd4f,3ff185d9d9f689a8,3ffa30d84aac2224;3fedb9efab4d81ff
int:4294967301|triangular|3fd1f26cd6d1d894,3fd80d7e147e1bb4,3fe1c4e1630d642e,3fe13f17bb31f40f,40122c1da10cceaa,401720bef1082185,3ffec62b2d345bd0,4008173e10640ef7,4000000000000000,4000000000000000,3fd3246e58033c08,3fd8fe358a6cc19e,3fef18c7659948d0,3ff6c5ba7841c051;3fe993347f2a3e49
int:4294967301|vonmises|3ff202d0376b3abe,3ff02ea3857e9fbe,3ff7b9ba6a40fb34,3ff7e33a977584b2,3ffb673346f2448a,40051dfd737005f5,401748c5cf94eb4c,4017069e56d32d60,4001da0dea73ef91,3ff0c625d90af45d,400b651e504bb442,3fa4f3acaeef7c7e,4018dfc826b37175,400464b1c3bd3318,3ff8954dfc9d8a48;3fe977de22ea8d5e
int:4294967301|gamma|3fb1c05fbe67cc02,3ff0636c1ca11aeb,400c84755e01f1cc,40006efcb42ac5a2,3ff501a2798e86c6,4010d8da259968fa,4015a101541816ba,400e28dfe50d75a4,401fdd0b92f34a96,3fb967b01e75c7e9,3f301b9234b6c933,3fe32254b2da6aee,404599950d1ee5af,40502af0fe78e70a;3fdb81fdc40c9982
int:4294967301|beta|3fc625ec3123a3c2,3fde768b06b769d8,3fe496db79cdd55f,3fe8012f303e5265,3fedd7881a9817bf,3feff290cacb8c0d;3fd763a859ad678e
int:4294967301|pareto|3ff16ddd33f79400,3ff2e38a270727c2,3ff970b4b600b897,3ff0799e7f4648b0,401cdec720cacea1;3fe8e22117cf64cf
int:4294967301|weibull|3fe3db0208e28ce1,3feba7e3ccfea311,3ff71d0d6e52f205,3f2c0dd59fa1c253,3fef40c093ef701c;3fe8e22117cf64cf
int:4294967301|randbytes|,28,ab76497c48,6a2ed2e3dd7fbd9a65e0d7d501cfb703,3d9ee55ae5b5a0,db2b,0811c7;3fee7b267fb73df5
int:1267650600228229401496703205376|random|3fe846ed805268b6,3fcce11e215004a4,3fef5cb802159ee2,3fc0ad4c0b771698,3fea8d6124b3cacc,3fe7f460675f214a,3fd7fee19b0da90a,3fef5a811485d28a,3fe61d94adcdbde5,3fc01ebb4cee3e04;3fe13dc8129ca8ec
int:1267650600228229401496703205376|getrandbits|0,1,172824260,969030735,4647307849,1201700283649341604,15306337871979440573,32255628414360400640,77627585909267911298917303934,194181864542092120458857325195,162533215066463459236199438299273879644,172626849771964538246509201739292549647,63413812545952671015573133373441971232,8359234035253650855282809576031007277309270547206394401929914824964199283540611244092924379420095910696002410343540908797819127294247224732995201526271537347386744830057721903263559115600209569338738693890819754843008903990541880967758364844852734489746270394080883299600298679425804689642709651595932,16;3feabe7fa55efbf8
int:1267650600228229401496703205376|randbelow|0,0,0,4,559585301,3620229775,1936685377,6336063387124048399,9358120277604637903,11679830938554602528,8770760567162211929,593514310429037372832129710892,201731993058763290587397516026124285128,9380502418469774766854243184981242064707;3faa194d5cc64fc0
int:1267650600228229401496703205376|randint16|1,2,1,5,2,6,2,6,3,4,2,6,4,2,5,6,6,3,6,5;3fc8950a1a217184
int:1267650600228229401496703205376|randrange_big|97103624483852547665086082069,881832314501477294104966971409,236083910937796586486005204606,960715774624538038335288681832,867967051288712886729158049951;3fd5fb8e050008e6
int:1267650600228229401496703205376|randrange_step|94,17,31,17,66,24,87,24,87,45;3fd86d4857d6a044
int:1267650600228229401496703205376|randrange_misc|-44,85,58,85,1,6533584832207052924403955,7926591222619662028632875,9554169467842660672497980,2,5,4,1,5,-4,-3,2,0,0,9061110399008497986,10984836392029181829,10935913256707093019,17408404009655250755,4,10,4611686018427387913;3fb7618452c97f58
int:1267650600228229401496703205376|randint_wide|-7738822944285561835,3525374474980729483,2456458901699826720,-452611469692563879,-1477214477799949524,8448639353060724462,8293729582785013420,7480716034664496670,-1,0,1,1,-1,1635285657,1531222344,3803672809,10000000000000000000000000000000000000005,10000000000000000000000000000000000000004,10000000000000000000000000000000000000005,7;3fe43b8477eba891
int:1267650600228229401496703205376|choice|48,5,14,5,33,8,45,11,47,23;3fd86d4857d6a044
int:1267650600228229401496703205376|shuffle20|3,0,10,9,8,15,1,18,12,6,5,14,17,13,11,4,16,19,7,2;3fc7da87279b8004
int:1267650600228229401496703205376|shuffle100|78,13,31,38,99,30,59,14,63,71,20,4,75,44,76,67,41,27,72,69,39,11,15,51,85,82,18,42,3,50,56,1,32,26,86,0,34,61,46,95,74,55,36,2,17,92,96,65,77,33,35,54,70,9,25,21,73,8,49,45,7,37,5,87,6,79,52,81,90,58,19,29,62,53,40,93,60,23,12,24,64,80,43,84,83,68,89,57,88,94,48,47,22,91,16,66,98,28,10,97;3fe2654168013387
int:1267650600228229401496703205376|uniform|40129f4f246ebcb4,bff1317f833c79c4,401c249742cd0d80,c000cb90e84bfcd2,4015adfa89519882,41fbe306a339e354,41ebef4147d7329d,4014000000000000;3fe61d94adcdbde5
int:1267650600228229401496703205376|gauss|3fa3e88b71ca9e12,bfe6d988171db359,3fe0c69b71a49f0e,bfb0e5525543b6b3,3fe98bd76afd0610,bff7516ce0baa355,bfff97852917e45e,3fff9e767106ff2e,bfc804448739c193,bfdef5906c1dc74a,3fc4aa1c83ebe660,400e5fbe79e88c32,400d7348c42ff51d,401bec6e36c50199,40108edc4134c510;3fd7da28a28d5bd8
int:1267650600228229401496703205376|gauss_reseed|3fa3e88b71ca9e12,3fa3e88b71ca9e12,bfe6d988171db359;3fef5cb802159ee2
int:1267650600228229401496703205376|sample|97,10,28,66,16,91,22,95,47,48/137034,724682,472823,132055,847422/17,20,28,10,27,16,6,25,3,5,15,11,26,13,19,21,9,24,2,12,29,7,23,22,4,8,14,18,0,1/14,2,3,4,10,6/158,902,313,933,407,564,533,372,389,172,365,280,906,39,715,589,699,923,339,647,812,305,666,664,854,175,740,598,925,554,4,260,709,423,910,526,24,309,0,101,523,580,81,759,936,66,493,853,370,625,590,178,525,377,959,192,498,738,999,938,817,306,926,329,26,739,547,505,803,122,422,790,593,774,16,500,14,588,1,747,406,145,461,871,491,881,930,137,684,712,465,227,815,509,408,764,200,154,469,441,985,522,726,710,8,147,842,439,528,610,7,405,409,838,801,887,786,492,513,836,82,914,875,516,623,553,530,964,495,240,531,678,93,508,879,177,19,344,765,215,975,734,537,611,316,249,863,997,335,559,751,794,276,364,848,110,810,816,42,511,79,809,380,799,583,307,222,624,163,645,400,958,155,939,209,476,384,167,680,641,614,379,436,859,518,382,989,311,632,223,452,428,878,181,21,957,793,752,29,102,246,162,220,33,640,870,723,430,187,540,295,706,741,34,114,346,92,795,833,597,796,820,746,218,882,338,532,115,342,328,456,419,698,341,899,176,922,831,381,38,929,542,113,646,857,661,444,210,118,768,290,278,271,638,961,486,104,965,696,644,917,152,275,977,467,212,143,298,410,356,913,238,353,716,75,360,71,576,566,629,193,501,569,802,485,99,487,418,901,617,369,608,781,367,22,960,506,719,658,729,166,56,201,214,775,490,683,529,693,766,67,242,151,264,733,301,556,677,279,55,679,140,996,908,266,835,87,20,730,782,686,912,841,483,197,721,50,776,416,761,865,127,928,561,701,120,728,97,575,88,941,856,15,414,40,604,53,897,568,592,951,59,296,189,132,558,385,459,876,226,534,25,146,85,600,431,3,171,106,991,497,903,771,440,512,565,320,421,800,915,270,403,909,471,133,445,743,830,170,895,136,791,904,252,117,310,620,931,691,665,572,798,654,695,995,180,714,427,524,763,660,129,756,35,788,708,676,390,304,208,473,827,630,213,261,77,359,217,978,549,621,811,86,770,282,415,777,956,648,634,692,273,627,804,396,303,312,62,877,78,507,234,455,315,149,247,578,626,89,697,517,124,519,755,57,832,642,125,286,392,942,613,585,257,619,462,605,425,758,737,135,778,69,520,345,503,586,314,550,919//18,1,3/14,20,16/4,1,3,2,0/36,72,52,31,32,69/69,58,65,10,16,82/306957233388,195595361790,306869888289,848321138366,408781034781,353476806850,1024412124927;3fdbb45e8fdf05a0
int:1267650600228229401496703205376|choices|7,2,9,1,8,7,3,9,6,1/1,2,1,1,1//;3fc7da87279b8004
int:1267650600228229401496703205376|choices_w|3,1,4,1,3,3,2,4,3,1/3,3,3,3,3,1,3,3/0,0,0;3fe25241ddd4fe62
int:1267650600228229401496703205376|expo|3fee538254cd681d,3fc5d1b0d45b6af0,4004e1e140111713,3fb7d2f2d2ea9b8c,3ff2e2be2aea8f69,bfe61714a0c22c67,bfce12bfe5721f6d;3fef5a811485d28a
int:1267650600228229401496703205376|normal|3fe2562e3e049500,4002002354710ab5,3fd8018d619db7db,3ff7cfe41e5165ef,bfe1709a30dd8fab,4025af43ec4f9523,4021bdb00d4c9c46,401a21669a35e2f4;3feace689655b414
int:1267650600228229401496703205376|lognorm|3ff54eefaf548e75,4008a47f24dd4a92,3ff34cf402133d26;3fe13dc8129ca8ec
int:1267650600228229401496703205376|triangular|3fe4e249397b9c02,3fd57eed6ac16807,3fecce32b9cdc6a1,3ff9d3edc28abda6,40193cfd84b64a65,40160f8e4810fa72,400de8fc40567d78,3ff7e0bc6de99d54,4000000000000000,4000000000000000,3fa443250301dc90,3fe66e2d8a8d89dc,3ff03ddda6d4acc4,3ff3bd110e5edcf2;3fe442e308629001
int:1267650600228229401496703205376|vonmises|4000f3f9b1345674,3ff1a7e2ab14c51e,3ffe25010f4a09ee,3fe00086a4938768,3fe5822bcab8aea0,400deebb9e2486fb,40150db91ae94731,400cc7705d5d87cb,40068f3a46438610,3fe25a28e084e7ac,4011c66776c00c22,40184d760b02ac4a,4019089fd7033bfb,3ffd97767654fc50,400c6e9c660959b0;3feab17af0afd7f4
int:1267650600228229401496703205376|gamma|3ff9d11606a46c15,40186d7457f39e40,3ff56c989d85f220,400292e00fa5569c,4022a5042cf2c5b5,3ff432cab5f28b32,400e710838a925c4,3ffcb6ff96ff0bba,40098652ac785017,3f807afc1cbe87ce,3f763ff46e274a79,3f7f859ca28d0b51,4045a0d319959955,40487f353ebbd9ce;3fe6e1a92f1e9a92
int:1267650600228229401496703205376|beta|3fd8e1587c3490f3,3fd0758acd023e65,3fdf9596c928ce74,3fe7c41150261242,3fd102036549da3f,3fd283f5793db194;3fe2c97f5c742d92
int:1267650600228229401496703205376|pareto|400048d32bbd8d0f,3ff22e9b0f452589,401c55270e5f7ece,3ff52723a5ae2e2f,4041407eba8451bf;3fe7f460675f214a
int:1267650600228229401496703205376|weibull|3ffc9d64796197e0,3fe8458eab9df6df,4007beb5e58f9b00,3f93f4411ea2a6a9,400914104a546ccd;3fe7f460675f214a
int:1267650600228229401496703205376|randbytes|,c2,882d9a1439,494a001511c0e5faa4b8678515985a21,bd6971b7096bd4,f22c,03a3bf;3feaf90a517fee19
int:-7|random|3fd4b9ad0f953a6e,3fc34f0696513270,3fe4d474883171ff,3fb28b2f3a47e100,3fe125f2046063a0,3fd767727ca98cc2,3fadb208fa389760,3fe03ce9dcdbd9d7,3fa332a1858028d0,3fdbc0d9d3586aa4;3fb1e20b87b382e0
int:-7|getrandbits|0,0,2035525362,647892279,5990721294,668106803327565776,9885278224986867748,25192513957973780497,40203201012103533148042232949,482178416708290964366581724620,15434019716860397540600881831557813403,281363197836518236685790949408030944974,416246650643335129985688386485146981071,1020126318156778874097473709723410348759762482335109854058139441188635575062455089039995089251857735399600204365855272290814940689851132808970228721214481859407511902895099473836974217740517172644680632559819424965274882905456671872233065740316448241899156887830606087667837531113701474753756771874485,70;3fe6c99c84404bc0
int:-7|randbelow|0,0,1,0,311111475,404285457,2503055453,691672907343361484,7999350999753991002,1288605153985647771,10165027665383847897,282484344939487577851388091830,199249421930134134061424214152593608105,5800651502347939467342819508217661481628;3feb7892d8885efa
int:-7|randint16|3,2,4,6,1,1,5,1,3,5,1,5,2,1,1,4,4,1,2,1;3fe1a22dd9b2b528
int:-7|randrange_big|487320478161116480663150048312,742026323667635606410750824491,277887688554896545928674083957,509725926018754320960493015256,641012325617808238136512351119;3fdb2b5288790eec
int:-7|randrange_step|45,24,52,80,10,17,66,17,45,73;3fadb208fa389760
int:-7|randrange_misc|40,73,25,-23,91,7929576623163126835515995,8509003586049185249418185,7494264187430427130588685,1,0,0,3,3,-4,-2,-4,3,1,17477362246067780643,7317463276519295733,4078239883182463692,15835947990754891582,2,10,-4611686018427387901;3fe14d4c7c789e87
int:-7|randint_wide|8261657684473197624,2784249659845191438,-8531699129511414324,-1509457273540090022,8258772313671944433,10801332806156616911,18008728104892228252,5342348423785332397,-2,1,-3,1,-1,2929179284,806899909,3058492450,10000000000000000000000000000000000000004,10000000000000000000000000000000000000000,10000000000000000000000000000000000000004,7;3fdfc5414d71758a
int:-7|choice|20,9,25,41,3,4,34,6,23,37;3fadb208fa389760
int:-7|shuffle20|17,15,11,18,7,6,19,3,14,0,9,5,16,8,13,2,1,12,4,10;3fb738f7d1a22dd8
int:-7|shuffle100|33,25,99,84,78,81,21,93,82,1,22,0,61,73,24,49,26,44,76,79,47,2,51,38,14,48,10,32,16,94,65,69,42,59,88,98,66,91,57,29,20,87,34,60,31,13,63,3,56,86,45,62,58,23,92,40,36,67,71,80,43,52,35,39,75,18,96,37,17,5,90,95,97,77,28,15,72,89,54,70,85,30,8,53,55,11,4,27,64,7,74,46,12,68,9,6,83,50,19,41;3fb19a72dae10418
int:-7|uniform|bf933fb987bcbe00,bffe0dcf2602e43a,400bfaf92e04e25e,c005c53e226bda6a,400215fa6bc30bbe,41eb3ef66a240702,41c148f77fdf9fed,4014000000000000;3fa332a1858028d0
int:-7|gauss|bfd06057b7a4b411,3fe05da59e8cdf2b,bfccf0b818bf4a85,bfd42a14be7a8b63,bfedc2b58203e26d,bfcb4d7a6c2c7070,3ff1ca69e1330b24,3fdb25382241c676,3ff0970e845bcdb5,3fcfdc0b699a772b,4017287cfb70f5ad,40157b8c8b4cef5a,3ffaaf9da4963582,401ad78dd1e5bc23,40180d137f82766c;3fe413eed654fd23
int:-7|gauss_reseed|bfd06057b7a4b411,bfd06057b7a4b411,3fe05da59e8cdf2b;3fe4d474883171ff
int:-7|sample|41,19,50,83,6,9,68,12,46,74/60816,953893,532084,225127,39317/2,13,28,29,7,26,17,27,1,18,3,25,21,12,23,19,0,8,24,4,6,11,15,10,16,9,20,22,5,14/3,17,2,1,6,7/696,544,437,795,321,476,599,945,464,370,306,254,813,184,715,798,249,83,588,307,537,506,896,351,746,459,294,623,74,120,524,428,168,775,350,155,955,500,431,40,684,79,782,571,586,808,977,837,995,348,711,358,608,508,593,816,467,70,860,95,276,485,713,680,66,62,748,718,317,662,591,697,841,456,291,733,395,908,959,355,23,472,363,172,625,119,505,60,223,786,973,132,756,253,407,400,892,946,82,170,974,411,562,284,140,838,440,884,563,285,723,425,367,699,389,236,154,84,180,883,237,674,238,12,496,851,603,186,269,288,4,149,429,547,378,624,579,326,128,707,527,632,670,692,757,55,943,984,999,817,572,401,905,408,403,106,493,649,410,63,195,68,213,451,166,112,950,615,53,104,0,580,880,549,103,372,628,26,72,212,823,385,152,842,258,920,616,824,938,125,118,499,477,491,495,319,87,147,830,767,965,758,271,490,708,165,528,919,210,540,990,150,706,556,27,776,790,305,658,93,712,267,530,375,171,364,228,545,554,514,337,651,773,627,199,245,927,855,232,204,777,504,774,933,29,28,286,483,265,198,709,619,352,457,740,357,373,901,225,801,761,481,201,345,209,494,639,864,1,796,668,747,781,86,676,122,397,760,489,182,444,768,340,88,405,474,898,726,162,174,130,754,827,604,994,671,868,626,610,811,673,948,159,561,874,134,21,14,665,105,539,142,719,765,216,996,257,217,299,513,246,600,333,751,557,867,694,934,362,469,597,529,430,936,133,998,964,536,522,19,450,187,972,869,153,176,144,484,633,123,569,840,677,759,543,568,734,108,573,58,988,839,283,43,100,519,463,575,921,64,453,647,766,517,620,969,722,637,932,520,546,721,634,906,535,725,849,207,458,895,426,124,848,452,323,971,679,438,787,682,310,810,158,374,146,259,701,478,224,96,847,498,835,229,794,441,859,413,347,961,200,365,862,94,596,660,346,567,857,836,18,393,339,729,302,732,65,115,234,107,779,797,278,960,185,939,922,432,264,415,850,583,978,334,91,890,640,727,435,601,275,17,90,266,85,227,894,270,947,991,11,581,427,274,553,44,244,834,585,268,51,555,206,804,312,791,296,926,720,138,177,937,9,861,944,7,507,784,815,282//6,16,15/7,14,3/3,4,2,1,0/27,29,43,25,17,51/44,6,16,1,9,80/945990572464,120960222765,841131845481,100042924462,405700261209,589087118372,6209769436;3fd0d8f972e9c2f0
int:-7|choices|3,1,6,0,5,3,0,5,0,4/0,0,1,2,0//;3fcc93182a170b30
int:-7|choices_w|2,1,3,0,2,2,0,2,0,2/1,1,3,3,1,1,3,3/0,0,0;3fa7d9af63a065c0
int:-7|expo|3fd0b2339c679641,3fbbe83afb6bace9,3fe6740786e65b23,3fa9aa88ae6fdf65,3fe0603597ec42f3,bfcd22415b4d8139,bf9e976728ee12e8;3fe03ce9dcdbd9d7
int:-7|normal|bfd6c7336501919c,3fd1dda4efb96590,3fb8d7ed1ca691db,bff8a17ac5da5ef5,bff66a53bc02f046,401f06973f48229e,401e079a9e4748ce,402550c0fc8fcf94;3fef3d7b58e26346
int:-7|lognorm|3feac88bffc9d2b5,3ff26586dbec244f,3ff0cba603c76bcb;3fadb208fa389760
int:-7|triangular|3fd9c0bb0e7c237d,3fd193a03c1c38d5,3fe2a19e529a8e99,3ff34211c5f49eb4,400f40bb1c46e5f8,400702fb161a0aa6,401212c7e64ce60a,400b731d0ea7e7c2,4000000000000000,4000000000000000,bfd74a889e8eb0fc,bfd64e903de35668,3ff20e6b11dc04fb,3ff9331c5b047ec8;3fbfb17c3e518208
int:-7|vonmises|3ff46c858175711b,3fee2cf58704ad84,3fee8a97375fe5e8,3fe33a584cbcd633,3fe396ae472e4014,3ff67142fed1f2ec,400f89c9adefd059,4017d18ac36be16a,400b0203c0c1f73f,3ffe7dcf73959f14,3ffb493ebbaed771,40189d777be475fd,4018ab13d8aff501,4002a8426d901628,40018bf4eb228b20;3fd32f61e9fcc712
int:-7|gamma|3fd2d0b64f1f9c1e,3ff301751509e34b,3fe9c30a5f0ddc42,3fc6f18d5eb28e2e,4000fec0b66f9ee6,3fbd59b5994f083c,400a403cd1c738d6,3ff2f37e89e8a636,4000153482883f4e,3f2225c49c43d37f,3d336f5a64d2e349,3ed8fc3af2109a1f,40446b7fef0f9c52,404d0a1fe313ab2e;3fe29c77f248e9cd
int:-7|beta|3fcfbf20e28e7605,3fe6e89bf8781bd2,3fcf7516edc4847f,3fa6869478b47199,3fe7310e5c59b173,3fc6f7d33faf244a;3fc7220ac1a61dbc
int:-7|pareto|3ff3752ffddace7c,3ff15cf4e6f8b119,3ffb14c3cae28d48,3ff298b7c7ad123d,401291d30f87af94;3fd767727ca98cc2
int:-7|weibull|3fee06c748b8c812,3fe368f319d9c0bb,3ff89f3431de7008,3f7728c2aaf68026,3fe2db036a2080ce;3fd767727ca98cc2
int:-7|randbytes|,52,e44da7f226,0e27136550a4a3a6d07f5c0c332f8b12,24083fd2902f89,1818,c99d5d;3fe2a633083b6411
int:4294967295|random|3fe454d9227a7013,3fca0274a3720bf8,3fe36f8c1616ef77,3fd2a53dc4d30c46,3fd5c30407b15d96,3fd864354560fc68,3fe608c8bb7ed6e8,3fec180ac38e7d9d,3fd1e5e79ad736e8,3fecb7caa5fd2890;3fda44afc883a1d4
int:4294967295|getrandbits|0,1,1330512506,872737089,5219860393,2687095932494536148,6272406001566189819,25477097309321540351,69557162263005522842649773517,1137327023445047878542455433032,36916803867163433003450502946518344754,46909263462337825303833998905722406957,610291670361012800883777871699976318736,1775509808530319303611426025866711778195514926163037581341833040098033867647555940502841850929524687899091778965062350984286953284674011018689311271569444308845080047138072282509162771019972627989253010268338736011187277515870352273404672198052719925602214948434662927662385792178030802951344898694522,115;3fd22b4ccc03c428
int:4294967295|randint16|6,5,2,2,5,5,3,5,3,4,6,6,3,3,4,4,1,2,5,2;3feb7adde337658b
int:4294967296|random|3fbced31cb3df170,3fdabdb5477a4f26,3f91139c02ebd380,3fe39338e3811e8e,3fe9c7dc430ca10d,3fd5377abeb3e742,3fe1759ef3fa9935,3fdcea8c101cab24,3fc1acc2f1365e84,3fea30d0abc2f4cc;3fee9e0b01bb8e7c
int:4294967296|getrandbits|0,0,754435550,1794561286,4014597330,5642134589361596173,14861564313759884179,24562046198111290209,35796521465108383448567707530,1035969526151985883416691565736,85255017655146923765965619253850485549,129754451949153632772221428035023056326,395119148339039300576770784770419917139,238901188948390029479121551269848777892494720409599639318759721711711710112602452652620310453970699214335639843987148076478111722399484162371945754881932172337486455436805136235896904368371582819276891362879553022763836224819924608520848286050825279188959157591111559930337952441243787460383224168860,33;3fcc50ecc2a86934
int:4294967296|randint16|1,3,4,1,1,5,3,5,4,1,2,1,4,5,3,3,6,4,4,4;3fc4a0970e848a70
int:-18446744073709551616|random|3fef48e0d6f11dbe,3fd7c046a8bc68ee,3fdffa695fe066a8,3fe3fc64988eb5b4,3fe3eaa1460f8fc1,3fb8dedc79f6b428,3fdbebcdf2f9913a,3fe3543aa819b580,3fdc010b61c6d5dc,3fef27ea393466a5;3fcf68e905d42644
int:-18446744073709551616|getrandbits|0,1,1579399130,1593907883,395124210,5760546352216724745,11481094082758798643,20238856099717181528,47856335786977852866180364234,1206018030060932375567234064387,65603361828748855514426081881129331047,214719058627048565246162857115530892074,387902538311483353328133518576801235849,5306434353268444525728012463483658963898723537397992026816063052678805411836341422819741155322462056372607616924982640259212101812835863407767316697101366527582461106383744376473554967181185289745306618094070587920758764799332042701951174241515494100621595856068209655629998607808050061886334167456489,79;3fe900861ee57c3a
int:-18446744073709551616|randint16|6,3,1,4,5,2,5,5,1,4,3,5,1,4,2,3,2,3,4,2;3fedf057a93b2df9
int:100000000000000000000000000000000000000000000000000|random|3fea73ace564e1cb,3fe7bc31ef0972c1,3fdeaf1950fc6710,3fecdd0a07c79eef,3fedb61025d94285,3feeac43625c4131,3fdc8c5ac9fabd84,3fe8e1eca58a9678,3fe0c68f8603fb71,3fd1d9ad9cdba8b6;3fe9cf5c4b1c036b
int:100000000000000000000000000000000000000000000000000|getrandbits|0,1,748435835,3185676159,3260854399,8319318525798572596,17127331361387428827,36128468849518485858,61606128543190731876985826098,356834838620153465955097615914,73370795285981358058129942566376117990,134596781024855413499600985826276340704,191867607883283818264362947817058202350,6452863126656809465351235927959998270635294190823218469581759864055093769176292559813519582664708691463652261088259408644244220291843371994384195503956891434370291699570693601122536082988111683791879986121171240314693317368150534368252265719064966058063669215808216307650514479427868758710065802511484,104;3fe8787fb5fff9c8
int:100000000000000000000000000000000000000000000000000|randint16|3,6,4,1,4,5,4,2,4,5,5,3,5,4,6,3,4,2,4,5;3fca0c4c86a9c044
int:2147483648|random|3fd5aed4cb04bd74,3fe02977c383c171,3fec73e27792adfd,3fc4da7e1a2b8038,3fbcbecf03af7cd8,3fe628f9ec7deee4,3fd53cda979dd3a6,3fd604dfc609e306,3feaa30c7099b1f3,3fe6d15c41db9f9a;3fb5d65e536fd038
int:2147483648|getrandbits|0,0,810276696,2169224728,8068815990,1502652045292437323,2071320544698434461,12774407012922156784,27258250655678704389738162773,883401371259891540924779225335,85998173871927183807875199414741493383,116500240138323333421159964860191664280,297246202249674172680475979804192094065,262197099603029009489505610040951375087360477406072098070931064729578740386767143806901871543712746298188411467191761353944783063469215418748779925712328960373950855319439096634688580606932222856037266806099264204578577142234598198228954328181536906518280750759897715954349556164784826769152806027038,45;3fe60bd8e07ce0fc
int:2147483648|randint16|3,4,5,2,6,1,1,6,1,3,3,2,6,4,1,5,5,4,2,3;3fd5e948536209ba
int:19650218|random|3fcd78ac59f1f5a4,3fecb9adda183db0,3fc6a057ea528b14,3fd2d9e5dcc19092,3feb1ae3406b4839,3fc38be44de35ec4,3fd6b4be46caa322,3fcdf691fcdcd968,3fecc8432c159a93,3fef9bf4e6bc74db;3fe7520abc089f57
int:19650218|getrandbits|0,0,1334816054,3855445707,2249157688,2716739011319738709,15624986099350377087,21263684639659265633,18546300724413756483499653390,1190093951794991452469769115295,77951433397245214781746541357573158610,245188170622272465828943924268985122353,173370150832894732651461020614557014889,1165703930515328868113496848319867295628623130986453442447862682184005883282883837804941159381872018937593770458526153188892663257117568074646236247682541592659735208249153886189628194616958448485140733867444056643712482433043915599757847102170487684029087916990968357789747892566398159186132651340306,125;3fe42624d87c3c61
int:19650218|randint16|2,5,5,2,6,3,5,1,2,3,2,1,6,6,1,4,2,5,6,6;3fd9e666d8cb3a0e
int:-1|random|3fc132d8f91b7584,3feb1e2d5b3584f8,3fe870d778409f13,3fd0530d08f17f5c,3fdfb5355e16737a,3fdcc4762bc72882,3fe4d9d98184b9da,3fe93d38c0d6fe64,3fb8072e8f9c8590,3f9d071ef2583660;3feabe96758f2a0a
int:-1|getrandbits|0,0,1222356005,3639700191,7740669488,2352596571770045649,9139164268605729673,8291646586825371460,62489102131455210082773421083,38651986488652303581816265005,73631500594632230579407985774622174438,716651591181291629148837487805795958,585809717319144870654077967428585921112,7250717364531770990520863990056872554342552474523650858547111633869272372033278384301426861199632495980202184030793827109686245997626033561049642505983703339070247056998529028582406991749035369532088236459569005040528300219215964949033009634647979141325536173966028201961365334674278650556713068931377,28;3fe859af11d6a24a
int:-1|randint16|2,5,1,3,1,4,4,4,6,4,2,1,4,1,4,4,5,1,6,4;3fd10b8f55c5b6c6
str:|random|3feeba2b25d163e4,3fe30d9d60d3da22,3fd8d52f16ea3076,3fe7797eef02ec3e,3fcc44402db32d80,3fd5fafb06317e42,3fe3f21e5c07701d,3feefa4b3667d531,3fe42efffd4e44d3,3fd76644a6e48692;3fa8e6309d6c98d0
str:|getrandbits|0,1,975994014,2557274880,888572032,6766090808073785034,4073646942980870022,24782160893022754841,76697095422262714756498518769,422003612798268882984189119552,66366147688060261467937646536215810640,57316883118438420972261605106601386578,225671017740642022109194956955671597237,2747722561912924697209975093965504192681517923739383220030859595537887625526674527812434751522129129545856574345945437200327300031026360115856006834035756511046273897950984521913931423399106877734392897295077545496180555063710087865791742595923318270373333884428421216750246095398221442000772877152732,87;3fef31d37944316d
str:|randint16|4,5,2,4,6,2,3,5,1,5,6,3,3,1,4,4,3,2,2,5;3fd1040bab23cb8a
str:hello|random|3fd6a441bebd6e04,3fe538ec3b087282,3fe185fbb071334c,3fc0bfe275acc7c4,3faa2808ee827440,3fd7c737bd521dfc,3fece32ffe929a45,3fc484f7c2a69290,3fa946f8395ccc50,3fd0712ace7d56c2;3fc9c031289724a4
str:hello|getrandbits|0,0,1809244237,2848416207,7551623335,1206932226362364721,942383063978769535,25300341940745261333,12700897177963770702514978789,387923977367431966741106338093,64747579320395250003910159410070739043,59289317530054999898857207286586999890,672712922449723039889670730501791625815,8559005295499752518626196358285529064415161490717826553916335952964523081324375878676972457874504533803520365763669280797995594642303083255621707741911720998710252625855759188788124606866422670731487114109777950603822389475736147349165231329275761287380879841707194146917448761692987750523950485511658,49;3f9b06c0e5841aa0
str:hello|randint16|3,6,5,1,2,3,1,6,3,6,6,2,2,1,3,2,5,4,6,2;3fc64d5a8c2f3324
str:héllo wörld €😀|random|3fe8f4b5c0f038ab,3fe1172b670c6e3e,3fdc86beea8c7c7e,3fee228677fa8c21,3fc986751a4d4700,3fe2f1d55de57692,3fe4221c37ed02ba,3fe578058e878ad6,3fd9ca0cecc84872,3fdd6b5a239600f8;3fe9496b132ec038
str:héllo wörld €😀|getrandbits|0,1,503780733,2293848894,3273363355,8685783222439612359,3678572551935821937,10920854028234813485,53154260452655213200031146422,601959292695279011132145317255,29486949975308361563987056232075632429,124277015243042668794425840443516556770,497310311673511934763462172994804978101,5766450904423047532324605291105752052509303279619318494462815579829667631437152572105285664772917313019413200473023402944639012593412024642403414821927716868227113149005419217284468012460461420319809723843071258216756199853015421161192815517652699506681731234151217944466776463133696514181657870280278,13;3fe6b4a823667eb6
str:héllo wörld €😀|randint16|2,5,4,3,2,6,5,4,6,6,6,4,5,4,4,2,1,1,3,1;3fe5bcf86d1ee2d8
bytes:|random|3feeba2b25d163e4,3fe30d9d60d3da22,3fd8d52f16ea3076,3fe7797eef02ec3e,3fcc44402db32d80,3fd5fafb06317e42,3fe3f21e5c07701d,3feefa4b3667d531,3fe42efffd4e44d3,3fd76644a6e48692;3fa8e6309d6c98d0
bytes:|getrandbits|0,1,975994014,2557274880,888572032,6766090808073785034,4073646942980870022,24782160893022754841,76697095422262714756498518769,422003612798268882984189119552,66366147688060261467937646536215810640,57316883118438420972261605106601386578,225671017740642022109194956955671597237,2747722561912924697209975093965504192681517923739383220030859595537887625526674527812434751522129129545856574345945437200327300031026360115856006834035756511046273897950984521913931423399106877734392897295077545496180555063710087865791742595923318270373333884428421216750246095398221442000772877152732,87;3fef31d37944316d
bytes:|randint16|4,5,2,4,6,2,3,5,1,5,6,3,3,1,4,4,3,2,2,5;3fd1040bab23cb8a
bytes:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7|random|3febf0d18bb95295,3fcd1ee009c14eb8,3fc345c6df8e6aa8,3fe41120936df891,3fdf5c7ad6125276,3fb3413163224b18,3fe285b5c6843067,3fc22d74cd5ae5f4,3fea4e0f27ac0570,3fcd42d634dff194;3fba6caa0531bef8
bytes:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7|getrandbits|0,1,1999262376,977125399,2618616734,5783891084260584101,9039264638146847813,1387444537752440523,11251366656660073073372671541,310415109374760284324203749185,8582121896062788120233981624908192124,201999632255830889287027956145758179461,243395103046216985989577040828836715530,5217656365272870093130389547722515402998525553687894671806765560806096319534478517785665301764701480650179469420035428488973609608037769115912292126303920014971055230859474725321575637663346830887524632885718543054860900092513897955397284599505378136926153752894740338378371528588835038623303603027716,35;3fecd5601f775237
bytes:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7|randint16|2,5,2,6,4,1,1,5,6,2,2,3,1,2,1,3,1,5,2,1;3fe6e386209d77d8
bytes:000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000|random|3fe08030e6d76084,3fdf6d9a8571cdc6,3fee6bf57ec3d706,3fc1ddf9b3b63c70,3fb9174d3affd4f0,3fdd8e711e8e358a,3fdb78151bba5b70,3fb349c47eb13a48,3fe55bb20c8e8a73,3fdeb2df0c44d136;3febcd326b967348
bytes:000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000|getrandbits|0,1,1525420186,2109106717,7217985781,1287459648725959102,1807998649257674532,26965800249976596381,5969394226985303444079793276,565625699261867076443043385938,37770419961057710601928998722947655408,19755313834991845792450110288331675202,391963891815236923394987518447794752651,5748690298292928885096932753978559173868162456508396041081430504010784158855225216798191883948570818943592389907450291734025868040870677215461620860392891401405866167852214107422535311172761328419518916457196249160536468427436972781650962493832823688406266930859711506573196800980767061618017176892054,118;3fe0bc49fdc855bc
bytes:000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000|randint16|5,6,4,6,6,2,2,1,4,4,4,1,6,2,4,5,2,2,6,1;3fadb978782ee320
v1str:|random|3feb0580f98a7dbe,3fe84129978f9c1a,3fdaeaa51052e978,3fd092178fb945a6,3fe05c5ccdf19707,3fd9ea70df588b3c,3fe914e0c751c4f5,3fd36979c7be0dec,3fde809082dd48fc,3fe2ab10cf910f7d;3fed0f42c0dfaf73
v1str:|getrandbits|0,1,827307999,3255389356,3823568514,2388085504187641652,9431353882395063546,25916460452930765285,24030909564466307751366559289,741421056615969155796233731463,85868019637980189329932318000082575224,257186845270767705783834514279190982938,425525257071037834576683824675453064228,5603040304480362626759625643538820175874680921156047938642393641894007903150271331193331788692104319839710833096469395501100796765148380152258812919280534925605979377217888071132079464669648629379627956084964818717403885922715161069428096235516544253182440340684387291409818166565730939833476597490026,33;3fafe31c33859360
v1str:|randint16|4,4,1,3,5,4,4,3,4,3,5,2,5,2,3,2,1,5,3,5;3fef72fa86d218ac
v1str:abc|random|3fb8ad42c2e08a50,3fe248bfe014df53,3fecd559ae25df68,3fe698b23dbb0786,3fe4a0db908a4e04,3fdffe3b870e3ae2,3fe013e0070de0a9,3f893692ce7025c0,3f7c323a5e2cc080,3fc8e9c6b994dd58;3fe67b2e4e1e1ed1
v1str:abc|getrandbits|0,0,193079629,2454060804,4382512368,6512988946555197959,11891434318880432553,27668126003688079660,975387360501886021296652321,252257334878006149354854819304,107953360068882403377628750391322465680,114719743718758566325682203891824541172,527629159435010606974616635932749648824,2283070565251057746198329000630871812527051653886504625835960299554895236599589300646236774104690206569370479205175333062410805590360361308866150720166814287395457864607854711569858100498237778972167571013546656710087030062666425613999126313665503508769540609586300864169190370071370745947214018816927,104;3fd75c1993ecf66e
v1str:abc|randint16|1,1,5,1,5,6,4,6,2,4,5,1,1,2,2,5,6,5,6,1;3fec1b49bc1be43d
v1str:é€😀 x|random|3fb8be9a2cb19588,3fd1770b24995ab4,3fe746636283f5e7,3fc0397e501b854c,3fe25e2ad32ce034,3fe7a94263f9f215,3fda899e4fa540a2,3fc1a5230fb0da24,3fc87e11ca35f0dc,3fc645b3e29330c4;3fa54789526714c0
v1str:é€😀 x|getrandbits|0,0,851858999,1172057224,6764058296,1169104463042804215,10588339375428883681,32086479500954045734,10921766585255676441665108287,209017295385337157357686071887,23425493592300708278747167531455417462,16611655673908450977359813955306648352,318757805261142373315280341748789474998,9148370411593058210883353745562664272682750074061133532961867519475460568478393328937529556721730225330122503440471143374311815941129524482113674981910942847904255337406341952085915123965223707113368887152762171201363048658872766293279734870333019664617510910002170852379976685748229740026528606133552,7;3fecd4ce88940d53
v1str:é€😀 x|randint16|1,4,3,5,6,6,2,1,5,6,4,2,2,6,2,2,1,3,2,6;3fce0efccb6d791c
v1bytes:78797a|random|3fdcdfcbd4879dd2,3fa5659ddf1de3f0,3fe92a27d1b5f1da,3feed63175f4e82e,3fe73f99e8270d33,3fe17c311f57f753,3feece86ff1d6f14,3feef80966ac6cb4,3fd278083483ae5a,3f8ca376cb142e80;3fe8000d23baa399
v1bytes:78797a|getrandbits|0,0,1215946030,179490529,6383177716,8888071367891383958,13401814557227879306,28526232036329082048,76675266076066022978416293866,44708246391583018930866433341,89983317354761254077771537281692479149,75407110220021156117095518487440842583,563581994400225593960578390764894118038,8432882437205325522445415565530611774250914797582405591028754388189805784585285701201066654566993739524255753083843630420273585235328192831919353628113188629650180539243065937198358443760785349609655098556001681165092571295838547186972772737228461638694392310337450536255982247149930554792371101052581,74;3fe7843e6e261cc6
v1bytes:78797a|randint16|4,5,1,4,4,4,6,1,5,6,3,5,1,5,2,6,2,5,3,6;3fe9a112d63becba
v1bytes:ff00|random|3fe0c93a211f9161,3fc6b556a4428f4c,3fc6002cd51e45f8,3fa2c1ce0d6e8e50,3fcc8c1ca97ef468,3fd1d8767e0f129e,3fdd8b451afd38ce,3fc584ed3cd168dc,3fd35f3f1cea3c30,3fe9a1853f720fe6;3fc3a52aadc02ed4
v1bytes:ff00|getrandbits|0,1,603073569,761965908,1143534822,337896971314683777,4114101327804119420,23590375963392689852,13319767395749198095396443251,999413563249008185345685491136,158474111898331530755351012522550622655,99669049520964468174101370765277595754,311908947323312777197523010659386786429,5083883965024431601455020148912027005343390981125981141177900656979537817896678370940998487448871682866593595679054897905516317042335271632278482629246564970552245339944213598530703856016175980714167421818479273310213408976511813145027374324715543976429054170711785254831731876328032018317892864254208,80;3fe736b7766eba13
v1bytes:ff00|randint16|5,3,2,3,2,3,1,2,2,5,3,4,3,2,3,5,2,1,2,1;3fd2bee3e5509012
hash:1152921504606846977:1.5|random|3fe1a80c674aba1a,3fd063d44129e0e2,3fe2aab9f9cbbe85,3fe1a9f208ca00ac,3feab7e75883e029,3fd79cd28e60d8be,3fdaf3d5c5474234,3fe16ce237e4b050,3fb6af0d0a76c748,3fea222ffc9495c8;3fee1e0f72e8a643
hash:1152921504606846977:1.5|getrandbits|0,1,1767326550,1099911448,4919663683,5091257971228254583,15402093856375712533,25252609076103744106,43143019263615492650706097943,1055873668761789589430551188496,93285719552590264969940569190000063030,86538280778559676440978940729369313385,227811674843681514025861398197085785729,4485738409250828985915520365720116932891439906704105450262873272447253603335649120008766915394933703470658429589433755912717676187978392310723852339302911286349014082642182464522595522661711686928937358107324129891694502121848491470249358551485120305106008322433261557310914713847308263975835306056708,93;3fe79c5110600f1c
hash:1152921504606846977:1.5|randint16|5,3,2,5,4,5,2,2,3,4,6,5,1,3,2,6,5,3,2,3;3fe84f39d3abf93c
hash:-1152921504606846977:-1.5|random|3fe6b943c9c3f231,3f49ea742497c800,3fef1edf987f152c,3fe20b4e36c0e169,3fe0e77987ab120b,3fb66d1a50bd7088,3fdc04fa06d044c0,3fc470925ca113b8,3fa1afe8782510d0,3fc726c45743a954;3fe195f8c6ade6eb
hash:-1152921504606846977:-1.5|getrandbits|0,1,947799595,3396863,5407079608,5200875654169840440,9744606706758343251,20062720875613684455,12651582025138641375411300383,227960205958723363527225064371,85974312731168747584159345914584667501,1403876810968634578694801436886005162,384639542132887881913599484630794139449,3612254074546730899270842059840419372544508378540663410479173008690865976807291668606911848109265337183597581026013864378224111372112980736284257450505260225657613175740320556444314051907168320721500106970178946099048821542715827562253827178753053775044915048484443516297063553723257857080175507205242,121;3fea8080fcebb5d2
hash:-1152921504606846977:-1.5|randint16|6,4,1,3,1,5,6,5,1,5,4,2,1,2,4,5,6,5,5,5;3f70e607141cee00
hash:1152921504606846976:0.5|random|3fd1e336efff4236,3fe9520731c5001e,3fe23c59f08497d2,3fc130af730d86fc,3fa197f2a58e9fb0,3fce5fbad7a40f14,3feeb445925d4753,3fb08b12b13dbf88,3fd03daca3df4874,3fd61a6177f57f38;3feb3742dde203f4
hash:1152921504606846976:0.5|getrandbits|0,0,2146706290,3398449556,6194988968,1238682849488794771,633874239553302517,4377346695403044574,5119888958621380865853369492,434489217804415950159096970353,98632404349688190671158629849879275268,24983741809784759148638671359028583645,147347132661119666770147900576967767544,5088870598007132779865855374956572068456950643800325475343509511459888988026719035796452989007722417022530881924549248089775998911988416487417224189951302561146999055484320814372420309150702848230955731454883511042589479631003518283699556522174159014420836263653987245765049698893498619269366688220995,50;3fea8cc8314579e3
hash:1152921504606846976:0.5|randint16|3,4,5,2,2,2,1,5,2,4,5,1,5,3,4,3,4,5,4,1;3fac8a6bddfab640
hash:-2:-1.0|random|3fc0cb013be2b120,3fd37613fdd521b8,3fbaa6c8ba75b690,3fe6c5c1e86c6d2b,3fdd1be46fa9709e,3fb7fbc5a87ebf68,3fb1c884b1dde340,3fedf839e613a2a3,3fe896d392af1a7e,3fd7e58090bf7f78;3fecd9d112f5812b
hash:-2:-1.0|getrandbits|0,0,1595246851,1306021862,3131324215,6563723399308096688,8390084760534993627,1728192181420561400,74201218511432476096402588862,449302870458766884722868529387,22781318990829530099341889281226436380,172112597467306122193087273501392974528,69159782354971183582948187234379813000,4932827518325223424244167508593818853871491011131232602180070020291294642831286948668461820836219576518784266965034606371288699133097631424764850160984408979909116061053039512468892917852394779133579686788539958281098644435406621349111817953052094855972966475297390860932595425976495487616653677891082,38;3fe1ff343eeb87f6
hash:-2:-1.0|randint16|2,6,3,6,1,6,1,4,1,3,1,5,5,6,3,1,6,2,6,4;3f8057a9817bae00
hash:1224995262755759164:1e+300|random|3fd0bb03504c5e90,3fb158f45670f798,3fdaab20593be774,3fe365277e6cce63,3fe8820f73b79184,3fd58221e9866bbc,3fe67cb933bbdef2,3fe2c8cbdd1d8c97,3fdfc5232b37d62c,3fdc4d9364def2c0;3feb188234168972
hash:1224995262755759164:1e+300|getrandbits|0,0,80079130,291042395,3012017404,5590266735203511975,14127927900660537566,6199354098230518051,46507824904163352086694971795,586467773157343796509687358946,78391007248039761583968825456340129827,173656218253670665314301241798386641168,507533078596811385506465447483714252567,4433987161979633238016198425021051855305305202338490276413712565182806314161765237016543527438395249588804612324744585106467715290858821762827328081303786051024665056877999600223441867614277075746540078739294588506881547293869530900330512375031956417321358023920254537863733834252228532833520302845488,97;3fc35475cbf87988
hash:1224995262755759164:1e+300|randint16|3,1,1,6,4,2,5,5,3,2,6,5,3,4,4,4,5,1,4,5;3fb4242c2ec53220
hash:8:1.8446744073709552e+19|random|3fcd04b295ed34fc,3feecb1ef58060d9,3fc02b9c63170178,3fe68ddc382cd442,3fb5ceb3a4610498,3fcfac256cfaf000,3feff8dc6a068356,3fcacd8aa6694f20,3fe48a2fac1f0551,3fdd627293e6330e;3fdd001f2b1fb2ec
hash:8:1.8446744073709552e+19|getrandbits|0,0,795453426,4133025703,1612199532,6500788751171590054,1571390824258015408,23011224571030807762,16590189529773970330363552604,556997254126892426245841416745,84216940714398739973820381416516903401,282611743899418073733667490610399432877,419970698367287241139438372551579289744,5552160866499562600453821237566904696788545752115248241215221503891226381100308336743736828026306731093060523542745313296794814472155084513200203004468094645397852186138898105934455596102511168184311678034313575130628840696677401758301837783428055483353082401256792667055001284260532991644137424823920,115;3fca9d00894df940
hash:8:1.8446744073709552e+19|randint16|2,3,4,2,2,6,1,1,2,2,5,2,4,6,1,4,4,4,4,4;3fe2570a14c4d829
hash:0:-0.0|random|3feb0580f98a7dbe,3fe84129978f9c1a,3fdaeaa51052e978,3fd092178fb945a6,3fe05c5ccdf19707,3fd9ea70df588b3c,3fe914e0c751c4f5,3fd36979c7be0dec,3fde809082dd48fc,3fe2ab10cf910f7d;3fed0f42c0dfaf73
hash:0:-0.0|getrandbits|0,1,827307999,3255389356,3823568514,2388085504187641652,9431353882395063546,25916460452930765285,24030909564466307751366559289,741421056615969155796233731463,85868019637980189329932318000082575224,257186845270767705783834514279190982938,425525257071037834576683824675453064228,5603040304480362626759625643538820175874680921156047938642393641894007903150271331193331788692104319839710833096469395501100796765148380152258812919280534925605979377217888071132079464669648629379627956084964818717403885922715161069428096235516544253182440340684387291409818166565730939833476597490026,33;3fafe31c33859360
hash:0:-0.0|randint16|4,4,1,3,5,4,4,3,4,3,5,2,5,2,3,2,1,5,3,5;3fef72fa86d218ac
hash:3:3.0|random|3fce759ff97b7508,3fe16a5368858d8d,3fd7ad586f53dade,3fe353501de56e4a,3fe405e69652cae3,3fb0c67fd3611240,3f8af7d1e8a85280,3feacc8bf5e07e71,3fd09941946801c6,3fcdfe8e93116240;3fefdc528ede5c0e
hash:3:3.0|getrandbits|0,0,1272686665,2337446730,560161641,5570179227971181557,11542502259579130526,19655538196184479997,66351136442809669153579792933,281322142738341546636706028632,80011189871474661062659954878449067047,162094597650934581920895143271284425653,51252113140258306594624972934085254274,4600836067889050982912704021999716057655320958125246229008884875682884587065046043813893191890634663132982505143009153974890676962972090322066546546378187454066038071636214688038471701302400190627242694144531495094483886667721800508522146785839462675380352415596940734910020011831537607642942020139647,50;3fe74cced734216d
hash:3:3.0|randint16|2,5,5,2,3,5,4,6,5,1,5,1,4,3,5,2,2,6,4,5;3feac44ace32d283
int:0|err:randrange_0|E(ValueError)empty range for randrange();3feb0580f98a7dbe
int:0|err:randrange_neg|E(ValueError)empty range for randrange();3feb0580f98a7dbe
int:0|err:randrange_00|E(ValueError)empty range for randrange() (0, 0, 0);3feb0580f98a7dbe
int:0|err:randrange_52|E(ValueError)empty range for randrange() (5, 2, -3);3feb0580f98a7dbe
int:0|err:randrange_big_empty|E(ValueError)empty range for randrange() (1000000000000000000000000000000, -1000000000000000000000000000000, -2000000000000000000000000000000);3feb0580f98a7dbe
int:0|err:randrange_stopnone_step|E(TypeError)Missing a non-None stop argument;3feb0580f98a7dbe
int:0|err:randrange_zero_step|E(ValueError)zero step for randrange();3feb0580f98a7dbe
int:0|err:randrange_empty_step|E(ValueError)empty range for randrange();3feb0580f98a7dbe
int:0|err:randrange_empty_negstep|E(ValueError)empty range for randrange();3feb0580f98a7dbe
int:0|err:randint_54|E(ValueError)empty range for randrange() (5, 5, 0);3feb0580f98a7dbe
int:0|err:randint_big|E(ValueError)empty range for randrange() (1000000000000000000000000000000, 6, -999999999999999999999999999994);3feb0580f98a7dbe
int:0|err:choice_empty|E(IndexError)Cannot choose from an empty sequence;3feb0580f98a7dbe
int:0|err:sample_big|E(ValueError)Sample larger than population or is negative;3feb0580f98a7dbe
int:0|err:sample_neg|E(ValueError)Sample larger than population or is negative;3feb0580f98a7dbe
int:0|err:expo0|E(ZeroDivisionError)float division by zero;3fe84129978f9c1a
int:0|err:pareto0|E(ZeroDivisionError)float division by zero;3fe84129978f9c1a
int:0|err:pareto_overflow|E(OverflowError)(34, 'Numerical result out of range');3fe84129978f9c1a
int:0|err:weibull0|E(ZeroDivisionError)float division by zero;3fe84129978f9c1a
int:0|err:gamma0|E(ValueError)gammavariate: alpha and beta must be > 0.0;3feb0580f98a7dbe
int:0|err:gamma_negbeta|E(ValueError)gammavariate: alpha and beta must be > 0.0;3feb0580f98a7dbe
int:0|err:beta_negbeta|E(ValueError)gammavariate: alpha and beta must be > 0.0;3fe84129978f9c1a
int:0|err:lognorm_big|ok:0000000000000000;3fe05c5ccdf19707
int:0|err:getrandbits_neg|E(ValueError)number of bits must be non-negative;3feb0580f98a7dbe
int:0|err:getrandbits_huge|E(OverflowError)Python int too large to convert to C int;3feb0580f98a7dbe
int:0|err:getrandbits_hugeneg|E(OverflowError)Python int too large to convert to C int;3feb0580f98a7dbe
int:0|err:randbytes_neg|E(ValueError)number of bits must be non-negative;3feb0580f98a7dbe
int:0|err:randbytes_huge|E(OverflowError)Python int too large to convert to C int;3feb0580f98a7dbe
int:0|err:choices_zero_total|E(ValueError)Total of weights must be greater than zero;3feb0580f98a7dbe
int:0|err:choices_inf|E(ValueError)Total of weights must be finite;3feb0580f98a7dbe
int:0|err:choices_nan|E(ValueError)Total of weights must be finite;3feb0580f98a7dbe
int:0|err:choices_empty|E(IndexError)list index out of range;3fe84129978f9c1a
int:0|err:triangular_zero|ok:3ff0000000000000;3fe84129978f9c1a
int:1|err:randrange_0|E(ValueError)empty range for randrange();3fc132d8f91b7584
int:1|err:randrange_neg|E(ValueError)empty range for randrange();3fc132d8f91b7584
int:1|err:randrange_00|E(ValueError)empty range for randrange() (0, 0, 0);3fc132d8f91b7584
int:1|err:randrange_52|E(ValueError)empty range for randrange() (5, 2, -3);3fc132d8f91b7584
int:1|err:randrange_big_empty|E(ValueError)empty range for randrange() (1000000000000000000000000000000, -1000000000000000000000000000000, -2000000000000000000000000000000);3fc132d8f91b7584
int:1|err:randrange_stopnone_step|E(TypeError)Missing a non-None stop argument;3fc132d8f91b7584
int:1|err:randrange_zero_step|E(ValueError)zero step for randrange();3fc132d8f91b7584
int:1|err:randrange_empty_step|E(ValueError)empty range for randrange();3fc132d8f91b7584
int:1|err:randrange_empty_negstep|E(ValueError)empty range for randrange();3fc132d8f91b7584
int:1|err:randint_54|E(ValueError)empty range for randrange() (5, 5, 0);3fc132d8f91b7584
int:1|err:randint_big|E(ValueError)empty range for randrange() (1000000000000000000000000000000, 6, -999999999999999999999999999994);3fc132d8f91b7584
int:1|err:choice_empty|E(IndexError)Cannot choose from an empty sequence;3fc132d8f91b7584
int:1|err:sample_big|E(ValueError)Sample larger than population or is negative;3fc132d8f91b7584
int:1|err:sample_neg|E(ValueError)Sample larger than population or is negative;3fc132d8f91b7584
int:1|err:expo0|E(ZeroDivisionError)float division by zero;3feb1e2d5b3584f8
int:1|err:pareto0|E(ZeroDivisionError)float division by zero;3feb1e2d5b3584f8
int:1|err:pareto_overflow|E(OverflowError)(34, 'Numerical result out of range');3feb1e2d5b3584f8
int:1|err:weibull0|E(ZeroDivisionError)float division by zero;3feb1e2d5b3584f8
int:1|err:gamma0|E(ValueError)gammavariate: alpha and beta must be > 0.0;3fc132d8f91b7584
int:1|err:gamma_negbeta|E(ValueError)gammavariate: alpha and beta must be > 0.0;3fc132d8f91b7584
int:1|err:beta_negbeta|E(ValueError)gammavariate: alpha and beta must be > 0.0;3feb1e2d5b3584f8
int:1|err:lognorm_big|E(OverflowError)math range error;3fdfb5355e16737a
int:1|err:getrandbits_neg|E(ValueError)number of bits must be non-negative;3fc132d8f91b7584
int:1|err:getrandbits_huge|E(OverflowError)Python int too large to convert to C int;3fc132d8f91b7584
int:1|err:getrandbits_hugeneg|E(OverflowError)Python int too large to convert to C int;3fc132d8f91b7584
int:1|err:randbytes_neg|E(ValueError)number of bits must be non-negative;3fc132d8f91b7584
int:1|err:randbytes_huge|E(OverflowError)Python int too large to convert to C int;3fc132d8f91b7584
int:1|err:choices_zero_total|E(ValueError)Total of weights must be greater than zero;3fc132d8f91b7584
int:1|err:choices_inf|E(ValueError)Total of weights must be finite;3fc132d8f91b7584
int:1|err:choices_nan|E(ValueError)Total of weights must be finite;3fc132d8f91b7584
int:1|err:choices_empty|E(IndexError)list index out of range;3feb1e2d5b3584f8
int:1|err:triangular_zero|ok:3ff0000000000000;3feb1e2d5b3584f8
"#;

// The generator script (run with CPython 3.11; its stdout is EXPECTED):
//
// # Generates the EXPECTED trace used by random_mt_tests.rs.  Run with CPython 3.11.
// import random, struct, sys
//
// assert sys.version_info[:2] == (3, 11), sys.version
//
// def fb(x):  # float -> bits as 16 hex digits
//     return struct.pack('>d', x).hex()
//
// def ints(xs):
//     return ','.join(str(x) for x in xs)
//
// def floats(xs):
//     return ','.join(fb(x) for x in xs)
//
// def seed(r, label):
//     kind, _, val = label.partition(':')
//     if kind == 'int':
//         r.seed(int(val))
//     elif kind == 'str':
//         r.seed(val)
//     elif kind == 'bytes':
//         r.seed(bytes.fromhex(val))
//     elif kind == 'v1str':
//         r.seed(val, version=1)
//     elif kind == 'v1bytes':
//         r.seed(bytes.fromhex(val), version=1)
//     elif kind == 'hash':
//         h, _, f = val.partition(':')
//         assert hash(float(f)) == int(h)
//         r.seed(float(f))
//     else:
//         raise ValueError(label)
//
// BITS = [0, 1, 31, 32, 33, 63, 64, 65, 96, 100, 127, 128, 129, 1000, 7]
// BELOW = [1, 2, 3, 5, 2**31, 2**32, 2**32 + 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1,
//          2**100 + 7, 2**128, 10**40]
//
// def case(r, name, s):
//     R = r.random
//     if name == 'random':
//         return floats(R() for _ in range(10))
//     if name == 'getrandbits':
//         return ints(r.getrandbits(k) for k in BITS)
//     if name == 'randbelow':
//         return ints(r._randbelow(n) for n in BELOW)
//     if name == 'randint16':
//         return ints(r.randint(1, 6) for _ in range(20))
//     if name == 'randrange_big':
//         return ints(r.randrange(0, 10**30) for _ in range(5))
//     if name == 'randrange_step':
//         return ints(r.randrange(10, 100, 7) for _ in range(10))
//     if name == 'randrange_misc':
//         out = [r.randrange(100, -50, -3) for _ in range(5)]
//         out += [r.randrange(-10**20, 10**25, 12345) for _ in range(3)]
//         out += [r.randrange(7) for _ in range(5)]
//         out += [r.randrange(-5, 5) for _ in range(5)]
//         out += [r.randrange(0, 2**64) for _ in range(2)]
//         out += [r.randrange(2**64 + 1) for _ in range(2)]
//         out += [r.randrange(5, None, 1), r.randrange(10, 11), r.randrange(-2**63, 2**63 - 1, 2**62 + 3)]
//         return ints(out)
//     if name == 'randint_wide':
//         out = [r.randint(-2**63, 2**63 - 1) for _ in range(5)]
//         out += [r.randint(0, 2**64) for _ in range(3)]
//         out += [r.randint(-3, 3) for _ in range(5)]
//         out += [r.randint(0, 2**32 - 1) for _ in range(3)]
//         out += [r.randint(10**40, 10**40 + 5) for _ in range(3)]
//         out += [r.randint(7, 7)]
//         return ints(out)
//     if name == 'choice':
//         pop = range(50)
//         return ints(r.choice(pop) for _ in range(10))
//     if name == 'shuffle20':
//         x = list(range(20)); r.shuffle(x); return ints(x)
//     if name == 'shuffle100':
//         x = list(range(100)); r.shuffle(x); return ints(x)
//     if name == 'uniform':
//         out = [r.uniform(-3.5, 7.25) for _ in range(5)]
//         out += [r.uniform(0.0, 1e10) for _ in range(2)]
//         out += [r.uniform(5.0, 5.0)]
//         return floats(out)
//     if name == 'gauss':
//         out = [r.gauss() for _ in range(10)] + [r.gauss(5.0, 2.0) for _ in range(5)]
//         return floats(out)
//     if name == 'gauss_reseed':
//         out = [r.gauss()]
//         seed(r, s)
//         out += [r.gauss(), r.gauss()]
//         return floats(out)
//     if name == 'sample':
//         parts = []
//         for n, k in [(100, 10), (10**6, 5), (30, 30), (20, 6), (1000, 500), (10, 0),
//                      (21, 3), (22, 3), (5, 5), (85, 6), (86, 6), (2**40, 7)]:
//             parts.append(ints(r.sample(range(n), k)))
//         return '/'.join(parts)
//     if name == 'choices':
//         parts = [ints(r.choices(range(10), k=10)), ints(r.choices(range(3), k=5)),
//                  ints(r.choices(range(7), k=0)), ints(r.choices(range(7), k=-3))]
//         return '/'.join(parts)
//     if name == 'choices_w':
//         parts = [ints(r.choices(range(5), weights=[1, 2, 3, 4.5, 0.5], k=10)),
//                  ints(r.choices(range(4), cum_weights=[0.1, 0.5, 0.5, 2.0], k=8)),
//                  ints(r.choices(range(1), cum_weights=[3.0], k=3))]
//         return '/'.join(parts)
//     if name == 'expo':
//         return floats([r.expovariate(1.5) for _ in range(5)] + [r.expovariate(-2.0) for _ in range(2)])
//     if name == 'normal':
//         return floats([r.normalvariate(0.0, 1.0) for _ in range(5)] + [r.normalvariate(10.0, 3.0) for _ in range(3)])
//     if name == 'lognorm':
//         return floats(r.lognormvariate(0.0, 0.5) for _ in range(3))
//     if name == 'triangular':
//         out = [r.triangular() for _ in range(3)]
//         out += [r.triangular(0.0, 10.0, 2.0) for _ in range(3)]
//         out += [r.triangular(5.0, 1.0, 4.0) for _ in range(2)]
//         out += [r.triangular(2.0, 2.0, 2.0), r.triangular(2.0, 2.0)]
//         out += [r.triangular(0.0, 1.0, -1.0) for _ in range(2)]
//         out += [r.triangular(0.0, 1.0, 3.0) for _ in range(2)]
//         return floats(out)
//     if name == 'vonmises':
//         out = [r.vonmisesvariate(1.0, 4.0) for _ in range(5)]
//         out += [r.vonmisesvariate(0.5, 0.0) for _ in range(2)]
//         out += [r.vonmisesvariate(-3.0, 1e-7)]
//         out += [r.vonmisesvariate(2.0, 0.5) for _ in range(3)]
//         out += [r.vonmisesvariate(0.0, 100.0) for _ in range(2)]
//         out += [r.vonmisesvariate(-10.0, 2.0) for _ in range(2)]
//         return floats(out)
//     if name == 'gamma':
//         out = []
//         for a, b, n in [(0.5, 2.0, 3), (1.0, 3.0, 3), (2.5, 1.5, 3), (0.1, 1.0, 3), (50.0, 1.0, 2)]:
//             out += [r.gammavariate(a, b) for _ in range(n)]
//         return floats(out)
//     if name == 'beta':
//         return floats([r.betavariate(2.0, 3.0) for _ in range(3)] + [r.betavariate(0.5, 0.5) for _ in range(3)])
//     if name == 'pareto':
//         return floats([r.paretovariate(2.0) for _ in range(3)] + [r.paretovariate(0.5) for _ in range(2)])
//     if name == 'weibull':
//         return floats([r.weibullvariate(1.5, 2.0) for _ in range(3)] + [r.weibullvariate(1.0, 0.5) for _ in range(2)])
//     if name == 'randbytes':
//         return ','.join(r.randbytes(n).hex() for n in [0, 1, 5, 16, 7, 2, 3])
//     raise ValueError(name)
//
// FULL = ['random', 'getrandbits', 'randbelow', 'randint16', 'randrange_big', 'randrange_step',
//         'randrange_misc', 'randint_wide', 'choice', 'shuffle20', 'shuffle100', 'uniform',
//         'gauss', 'gauss_reseed', 'sample', 'choices', 'choices_w', 'expo', 'normal', 'lognorm',
//         'triangular', 'vonmises', 'gamma', 'beta', 'pareto', 'weibull', 'randbytes']
// SHORT = ['random', 'getrandbits', 'randint16']
//
// FULL_SEEDS = ['int:%d' % s for s in [0, 1, 42, 12345, 2**32 + 5, 2**100, -7]]
// SHORT_SEEDS = ['int:%d' % s for s in [2**32 - 1, 2**32, -2**64, 10**50, 2**31, 19650218, -1]]
// SHORT_SEEDS += ['str:', 'str:hello', 'str:h\u00e9llo w\u00f6rld \u20ac\U0001f600',
//                 'bytes:', 'bytes:' + bytes(range(200)).hex(), 'bytes:' + (b'\x00' * 111).hex(),
//                 'v1str:', 'v1str:abc', 'v1str:\u00e9\u20ac\U0001f600 x', 'v1bytes:78797a',
//                 'v1bytes:ff00']
// SHORT_SEEDS += ['hash:%d:%r' % (hash(f), f) for f in [1.5, -1.5, 0.5, -1.0, 1e300, 2.0**64, -0.0, 3.0]]
//
// def errcase(r, name):
//     table = {
//         'randrange_0': lambda: r.randrange(0),
//         'randrange_neg': lambda: r.randrange(-5),
//         'randrange_00': lambda: r.randrange(0, 0),
//         'randrange_52': lambda: r.randrange(5, 2),
//         'randrange_big_empty': lambda: r.randrange(10**30, -10**30),
//         'randrange_stopnone_step': lambda: r.randrange(5, None, 2),
//         'randrange_zero_step': lambda: r.randrange(5, 10, 0),
//         'randrange_empty_step': lambda: r.randrange(5, 1, 2),
//         'randrange_empty_negstep': lambda: r.randrange(1, 5, -1),
//         'randint_54': lambda: r.randint(5, 4),
//         'randint_big': lambda: r.randint(10**30, 5),
//         'choice_empty': lambda: r.choice([]),
//         'sample_big': lambda: r.sample(range(3), 4),
//         'sample_neg': lambda: r.sample(range(3), -1),
//         'expo0': lambda: r.expovariate(0.0),
//         'pareto0': lambda: r.paretovariate(0.0),
//         'pareto_overflow': lambda: r.paretovariate(1e-300),
//         'weibull0': lambda: r.weibullvariate(1.0, 0.0),
//         'gamma0': lambda: r.gammavariate(0.0, 1.0),
//         'gamma_negbeta': lambda: r.gammavariate(1.0, -1.0),
//         'beta_negbeta': lambda: r.betavariate(1.0, -1.0),
//         'lognorm_big': lambda: r.lognormvariate(0.0, 1e6),
//         'getrandbits_neg': lambda: r.getrandbits(-1),
//         'getrandbits_huge': lambda: r.getrandbits(2**31),
//         'getrandbits_hugeneg': lambda: r.getrandbits(-2**40),
//         'randbytes_neg': lambda: r.randbytes(-1),
//         'randbytes_huge': lambda: r.randbytes(2**28),
//         'choices_zero_total': lambda: r.choices(range(3), cum_weights=[0.0, 0.0, 0.0]),
//         'choices_inf': lambda: r.choices(range(3), cum_weights=[1.0, float('inf'), float('inf')]),
//         'choices_nan': lambda: r.choices(range(3), cum_weights=[1.0, 2.0, float('nan')]),
//         'choices_empty': lambda: r.choices([], k=2),
//         'triangular_zero': lambda: r.triangular(1.0, 1.0, 1.0),
//     }
//     try:
//         v = table[name]()
//         if isinstance(v, float):
//             res = 'ok:' + fb(v)
//         else:
//             res = 'ok:' + repr(v)
//     except Exception as e:
//         res = 'E(%s)%s' % (type(e).__name__, e)
//     return res
//
// ERRS = ['randrange_0', 'randrange_neg', 'randrange_00', 'randrange_52', 'randrange_big_empty',
//         'randrange_stopnone_step', 'randrange_zero_step', 'randrange_empty_step',
//         'randrange_empty_negstep', 'randint_54', 'randint_big', 'choice_empty', 'sample_big',
//         'sample_neg', 'expo0', 'pareto0', 'pareto_overflow', 'weibull0', 'gamma0',
//         'gamma_negbeta', 'beta_negbeta', 'lognorm_big', 'getrandbits_neg', 'getrandbits_huge',
//         'getrandbits_hugeneg', 'randbytes_neg', 'randbytes_huge', 'choices_zero_total',
//         'choices_inf', 'choices_nan', 'choices_empty', 'triangular_zero']
//
// r = random.Random()
// lines = []
// for s in FULL_SEEDS + SHORT_SEEDS:
//     for c in (FULL if s in FULL_SEEDS else SHORT):
//         seed(r, s)
//         payload = case(r, c, s)
//         lines.append('%s|%s|%s;%s' % (s, c, payload, fb(r.random())))
// for s in ['int:0', 'int:1']:
//     for e in ERRS:
//         seed(r, s)
//         res = errcase(r, e)
//         lines.append('%s|err:%s|%s;%s' % (s, e, res, fb(r.random())))
// for l in lines:
//     assert '"#' not in l and '\n' not in l
// print('\n'.join(lines))
