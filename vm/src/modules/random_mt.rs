//! Bit-exact reimplementation of CPython 3.11's `random` module core.
//!
//! CPython splits `random` in two layers:
//!
//! * the C type `_random.Random` (Modules/_randommodule.c), which owns an
//!   MT19937 Mersenne Twister and provides `seed()`, `random()` and
//!   `getrandbits()`;
//! * the pure-Python class `random.Random` (Lib/random.py), which builds every
//!   other method (`randrange`, `randint`, `choice`, `shuffle`, `sample`,
//!   `choices`, `uniform`, `gauss`, the variate functions, ...) on top of those
//!   two primitives, and which additionally keeps the `gauss_next` cache.
//!
//! [`MersenneTwister`] merges both layers into one Rust value.  For the same
//! seed it produces exactly the same stream of values as CPython 3.11 (the
//! integers bit for bit, the floats bit for bit as long as the platform libm
//! is the one CPython was linked against, which on Linux is glibc for both).
//! The test module `random_mt_tests.rs` checks this against output recorded
//! from a real CPython 3.11.7.
//!
//! The functions here work on already-converted Rust values (`BigInt`, `i64`,
//! `f64`, `usize` lengths and indices).  Python-level argument handling
//! (`operator.index()` conversions, sequence protocol, the choice of seed
//! path depending on the seed's type, converting an int argument of the
//! float distributions to `f64`) is left to the caller; each method's docs
//! say which Python expression it mirrors and what remains for the caller.
//! Errors that CPython raises from inside these algorithms are returned as
//! [`RandomError`] carrying the Python exception type and CPython's exact
//! message.

use std::collections::HashSet;
use std::fmt;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Degree of recurrence of MT19937 (number of 32-bit state words).
pub const N: usize = 624;
/// Middle word offset of MT19937.
const M: usize = 397;
/// Constant vector `a` of MT19937.
const MATRIX_A: u32 = 0x9908_b0df;
/// Most significant `w - r` bits.
const UPPER_MASK: u32 = 0x8000_0000;
/// Least significant `r` bits.
const LOWER_MASK: u32 = 0x7fff_ffff;

/// `random.NV_MAGICCONST` (`4 * exp(-0.5) / sqrt(2.0)`), as CPython computes it.
pub const NV_MAGICCONST: f64 = 1.7155277699214135;
/// `random.LOG4` (`log(4.0)`).
pub const LOG4: f64 = 1.3862943611198906;
/// `random.SG_MAGICCONST` (`1.0 + log(4.5)`).
pub const SG_MAGICCONST: f64 = 2.504077396776274;
/// `math.tau`, called `TWOPI` in random.py.
pub const TWOPI: f64 = std::f64::consts::TAU;

/// The Python exception class a [`RandomError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RandomErrorKind {
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `IndexError`
    IndexError,
    /// `OverflowError`
    OverflowError,
    /// `ZeroDivisionError`
    ZeroDivisionError,
}

impl RandomErrorKind {
    /// The Python name of the exception class, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            RandomErrorKind::ValueError => "ValueError",
            RandomErrorKind::TypeError => "TypeError",
            RandomErrorKind::IndexError => "IndexError",
            RandomErrorKind::OverflowError => "OverflowError",
            RandomErrorKind::ZeroDivisionError => "ZeroDivisionError",
        }
    }
}

/// An exception CPython's `random` would raise: the class and the exact
/// message (`str(exc)`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RandomError {
    /// Which Python exception class to raise.
    pub kind: RandomErrorKind,
    /// The message, identical to CPython 3.11's.
    pub message: String,
}

impl RandomError {
    fn new(kind: RandomErrorKind, message: impl Into<String>) -> Self {
        RandomError {
            kind,
            message: message.into(),
        }
    }
    fn value(message: impl Into<String>) -> Self {
        Self::new(RandomErrorKind::ValueError, message)
    }
}

impl fmt::Display for RandomError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for RandomError {}

/// Result type of the fallible methods of [`MersenneTwister`].
pub type RandomResult<T> = Result<T, RandomError>;

fn float_division_by_zero() -> RandomError {
    RandomError::new(RandomErrorKind::ZeroDivisionError, "float division by zero")
}

fn math_domain_error() -> RandomError {
    RandomError::value("math domain error")
}

/// Python's `a / b` for two floats.
fn py_div(a: f64, b: f64) -> RandomResult<f64> {
    if b == 0.0 {
        Err(float_division_by_zero())
    } else {
        Ok(a / b)
    }
}

/// Python's `math.log(x)` for a float `x`.
fn py_log(x: f64) -> RandomResult<f64> {
    if x.is_finite() && x <= 0.0 || x == f64::NEG_INFINITY {
        Err(math_domain_error())
    } else {
        Ok(x.ln())
    }
}

/// Python's `math.exp(x)` for a float `x`.
fn py_exp(x: f64) -> RandomResult<f64> {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        Err(RandomError::new(
            RandomErrorKind::OverflowError,
            "math range error",
        ))
    } else {
        Ok(r)
    }
}

/// Python's `math.acos(x)` for a float `x`.
fn py_acos(x: f64) -> RandomResult<f64> {
    if x.is_infinite() || x.abs() > 1.0 {
        Err(math_domain_error())
    } else {
        Ok(x.acos())
    }
}

/// Python's `x ** y` for two floats, for the cases that can produce a float
/// (a negative base with a fractional exponent, which Python turns into a
/// complex number, cannot occur in this module's callers).
fn py_pow(x: f64, y: f64) -> RandomResult<f64> {
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(RandomError::new(
            RandomErrorKind::ZeroDivisionError,
            "0.0 cannot be raised to a negative power",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(RandomError::new(
            RandomErrorKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}

/// Python's `x % y` for two floats with `y != 0`.
fn py_fmod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// MT19937 state plus the `gauss_next` cache of `random.Random`.
///
/// One value of this type corresponds to one `random.Random` instance of
/// CPython 3.11 (the module-level functions of `random` use a hidden shared
/// instance).  Cloning gives an independent generator in the same state,
/// like `copy.copy()` of a `Random` object.
#[derive(Clone)]
pub struct MersenneTwister {
    state: Box<[u32; N]>,
    index: usize,
    /// The second normal deviate cached by [`MersenneTwister::gauss`]
    /// (`self.gauss_next` in random.py).  Every `seed_*` method resets it to
    /// `None`, as `random.Random.seed()` does.
    pub gauss_next: Option<f64>,
}

impl fmt::Debug for MersenneTwister {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MersenneTwister")
            .field("index", &self.index)
            .field("gauss_next", &self.gauss_next)
            .finish_non_exhaustive()
    }
}

impl MersenneTwister {
    // ------------------------------------------------------------------
    // Construction and seeding
    // ------------------------------------------------------------------

    fn blank() -> Self {
        MersenneTwister {
            state: Box::new([0u32; N]),
            index: N + 1,
            gauss_next: None,
        }
    }

    /// The raw MT19937 state (`random.getstate()`'s 624 words and position).
    pub fn words(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// Restores a state taken with [`MersenneTwister::words`]
    /// (`random.setstate()`); false when `index` is out of range.
    pub fn set_words(&mut self, words: &[u32; N], index: usize) -> bool {
        if index > N {
            return false;
        }
        self.state.copy_from_slice(words);
        self.index = index;
        true
    }

    /// `random.Random(seed)` for an int `seed`.
    pub fn from_int_seed(seed: &BigInt) -> Self {
        let mut rng = Self::blank();
        rng.seed_from_int(seed);
        rng
    }

    /// `random.Random(seed)` for a seed that fits in a `u64` (same stream as
    /// [`MersenneTwister::from_int_seed`] with that value).
    pub fn from_u64_seed(seed: u64) -> Self {
        let mut rng = Self::blank();
        rng.seed_from_u64(seed);
        rng
    }

    /// `random.Random()` / `random.Random(None)`: seeded from OS entropy.
    pub fn from_entropy() -> Self {
        let mut rng = Self::blank();
        rng.seed_from_time_and_urandom();
        rng
    }

    /// MT19937's `init_genrand`: fills the state from one 32-bit value.
    /// Does not touch `gauss_next` (this is a C-level primitive).
    pub fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            let prev = mt[i - 1];
            mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// MT19937's `init_by_array`, which CPython uses for every seed.  `key`
    /// must not be empty (CPython always passes at least one word).
    /// Does not touch `gauss_next` (this is a C-level primitive).
    pub fn init_by_array(&mut self, key: &[u32]) {
        assert!(!key.is_empty(), "init_by_array needs at least one key word");
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let mut i: usize = 1;
        let mut j: usize = 0;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// `seed(a)` for an int `a` (including bools, which the caller converts
    /// to 0/1).  CPython seeds with `abs(a)` split into 32-bit words, least
    /// significant first; `0` becomes the one-word key `[0]`.  Resets
    /// `gauss_next`.
    pub fn seed_from_int(&mut self, seed: &BigInt) {
        let mut key = seed.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `seed(a)` for a non-negative int `a` that fits in a `u64`.
    /// Same result as [`MersenneTwister::seed_from_int`].  Resets `gauss_next`.
    pub fn seed_from_u64(&mut self, seed: u64) {
        let lo = seed as u32;
        let hi = (seed >> 32) as u32;
        if hi == 0 {
            self.init_by_array(&[lo]);
        } else {
            self.init_by_array(&[lo, hi]);
        }
        self.gauss_next = None;
    }

    /// `seed(a)` where `a` is neither None, an int, a str, bytes nor a
    /// bytearray (in 3.11 that means a float; other types are rejected by
    /// random.py with a `TypeError`, see [`SEED_TYPE_ERROR`]).  CPython seeds
    /// with `hash(a)` reinterpreted as an unsigned 64-bit integer (*not* its
    /// absolute value), so pass Python's `hash(a)` here.  Also the path taken
    /// for str/bytes seeds with a `version` other than 1 or 2, where `hash()`
    /// of a string depends on `PYTHONHASHSEED`.  Resets `gauss_next`.
    pub fn seed_from_hash(&mut self, hash: i64) {
        self.seed_from_u64(hash as u64);
    }

    /// `seed(a)` (version 2, the default) for `bytes`/`bytearray` `a`, and
    /// for a `str` after the caller encodes it with `str.encode()` (UTF-8,
    /// strict: a lone surrogate raises `UnicodeEncodeError` in the caller).
    /// CPython seeds with `int.from_bytes(a + sha512(a).digest())`.
    /// Resets `gauss_next`.
    pub fn seed_from_bytes(&mut self, data: &[u8]) {
        let mut buf = Vec::with_capacity(data.len() + 64);
        buf.extend_from_slice(data);
        buf.extend_from_slice(&sha512(data));
        let n = BigUint::from_bytes_be(&buf);
        self.seed_from_int(&BigInt::from_biguint(Sign::Plus, n));
    }

    /// `seed(a)` (version 2) for a `str` `a` that is valid UTF-8 (any Rust
    /// `&str`).  Resets `gauss_next`.
    pub fn seed_from_str(&mut self, s: &str) {
        self.seed_from_bytes(s.as_bytes());
    }

    /// `seed(a, version=1)` for a `str` (pass its code points) or `bytes`
    /// (pass the byte values; random.py decodes them as latin-1).  Note that
    /// version 1 does not apply to `bytearray`, which random.py seeds via
    /// `hash()` and so raises `TypeError: unhashable type` in the caller.
    /// Resets `gauss_next`.
    pub fn seed_v1_from_chars(&mut self, chars: &[u32]) {
        let mut x: u64 = match chars.first() {
            Some(&c) => (c as u64) << 7,
            None => 0,
        };
        for &c in chars {
            x = 1_000_003u64.wrapping_mul(x) ^ c as u64;
        }
        x ^= chars.len() as u64;
        self.seed_from_u64(x);
    }

    /// `seed(None)`: seeds from 624 words of `/dev/urandom`, like CPython;
    /// if that cannot be read, from the clock, the process id and the
    /// standard library's per-process random hash keys.  Resets `gauss_next`.
    pub fn seed_from_time_and_urandom(&mut self) {
        let mut bytes = [0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
            .is_ok();
        let key: Vec<u32> = if ok {
            bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect()
        } else {
            use std::hash::{BuildHasher, Hasher};
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u128(now);
            h.write_u32(std::process::id());
            h.write_usize(&bytes as *const _ as usize);
            let mixed = h.finish();
            vec![
                now as u32,
                (now >> 32) as u32,
                (now >> 64) as u32,
                std::process::id(),
                mixed as u32,
                (mixed >> 32) as u32,
            ]
        };
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    // ------------------------------------------------------------------
    // C-level primitives: genrand_uint32, random(), getrandbits()
    // ------------------------------------------------------------------

    fn regenerate(&mut self) {
        const MAG01: [u32; 2] = [0, MATRIX_A];
        let mt = &mut self.state;
        for kk in 0..N {
            let y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
            mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
        }
        self.index = 0;
    }

    /// The next raw tempered 32-bit output (`genrand_uint32`).
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.regenerate();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: a float in `[0.0, 1.0)` with 53 random bits, built from
    /// two outputs (`genrand_res53`).
    #[inline]
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`, as a `u64`.  Consumes exactly the
    /// outputs CPython would: none for `k == 0`, one for `k <= 32`, two
    /// otherwise.
    ///
    /// # Panics
    /// If `k > 64`.
    #[inline]
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => (self.next_u32() >> (32 - k)) as u64,
            33..=64 => {
                let lo = self.next_u32() as u64;
                let hi = self.next_u32() >> (64 - k);
                lo | ((hi as u64) << 32)
            }
            _ => panic!("getrandbits_u64: k = {k} > 64"),
        }
    }

    /// `getrandbits(k)` for `k <= 128`, as a `u128`.
    ///
    /// # Panics
    /// If `k > 128`.
    pub fn getrandbits_u128(&mut self, k: u32) -> u128 {
        if k <= 64 {
            return self.getrandbits_u64(k) as u128;
        }
        assert!(k <= 128, "getrandbits_u128: k = {k} > 128");
        let mut remaining = k;
        let mut out: u128 = 0;
        let mut shift = 0;
        while remaining > 0 {
            let mut r = self.next_u32();
            if remaining < 32 {
                r >>= 32 - remaining;
            }
            out |= (r as u128) << shift;
            shift += 32;
            remaining = remaining.saturating_sub(32);
        }
        out
    }

    /// `getrandbits(k)` for any `k` (Python 3.11: `k == 0` gives `0`).
    /// The value is built from `ceil(k / 32)` outputs, least significant
    /// word first; the last word keeps only its top `k % 32` bits when `k`
    /// is not a multiple of 32.  Allocates `k / 8` bytes: the caller bounds
    /// `k` (see [`MersenneTwister::py_getrandbits`]).
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.getrandbits_u64(k as u32));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut digits = Vec::with_capacity(words);
        let mut remaining = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if remaining < 32 {
                r >>= 32 - remaining as u32;
            }
            digits.push(r);
            remaining = remaining.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(digits))
    }

    /// `Random.getrandbits(k)` with CPython's argument checks: `k` must fit
    /// a C `int` (else `OverflowError: Python int too large to convert to C
    /// int`) and be non-negative (else `ValueError: number of bits must be
    /// non-negative`).  The caller has already applied `operator.index()`.
    pub fn py_getrandbits(&mut self, k: &BigInt) -> RandomResult<BigInt> {
        let k = check_c_int_bits(k)?;
        Ok(self.getrandbits(k))
    }

    /// `randbytes(n)` (3.11: `getrandbits(n * 8).to_bytes(n, 'little')`),
    /// including the errors of `getrandbits(n * 8)` for negative or too
    /// large `n`.  The caller has already applied `operator.index()`.
    pub fn randbytes(&mut self, n: &BigInt) -> RandomResult<Vec<u8>> {
        let bits = check_c_int_bits(&(n * 8u32))?;
        Ok(self.randbytes_exact((bits / 8) as usize))
    }

    /// `randbytes(n)` for a known-good `n` (no argument checks).
    pub fn randbytes_exact(&mut self, n: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(n);
        let mut remaining_bits = n as u64 * 8;
        while remaining_bits > 0 {
            let mut r = self.next_u32();
            if remaining_bits < 32 {
                r >>= 32 - remaining_bits as u32;
            }
            let take = (remaining_bits.min(32) / 8) as usize;
            out.extend_from_slice(&r.to_le_bytes()[..take]);
            remaining_bits = remaining_bits.saturating_sub(32);
        }
        out
    }

    // ------------------------------------------------------------------
    // _randbelow
    // ------------------------------------------------------------------

    /// `_randbelow(n)` (`_randbelow_with_getrandbits`): `k = n.bit_length()`,
    /// then `getrandbits(k)` until the value is `< n`.  Defined for `n > 0`;
    /// for `n <= 0` this returns `0` without consuming anything (CPython 3.11
    /// would loop forever for `n == 0`: callers never pass it).
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        if let Some(small) = n.to_u128() {
            return BigInt::from(self.randbelow_u128(small));
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// [`MersenneTwister::randbelow`] for a `u64` bound (returns `0` for `n == 0`).
    #[inline]
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// [`MersenneTwister::randbelow`] for a `u128` bound (returns `0` for `n == 0`).
    pub fn randbelow_u128(&mut self, n: u128) -> u128 {
        if let Ok(small) = u64::try_from(n) {
            return self.randbelow_u64(small) as u128;
        }
        let k = 128 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u128(k);
            if r < n {
                return r;
            }
        }
    }

    // ------------------------------------------------------------------
    // Integer methods of random.Random
    // ------------------------------------------------------------------

    /// `randrange(start, stop=None, step=1)` for ints (after the caller's
    /// `operator.index()` conversions; the 3.11 float-argument deprecation
    /// path is not covered).  `step: None` means the argument was omitted;
    /// an explicit `step` of 1 behaves the same (CPython checks `step is
    /// _ONE`, and small ints are cached).  Errors, as in 3.11:
    ///
    /// * `stop` is None and `step` is not 1: `TypeError: Missing a non-None stop argument`
    /// * `stop` is None and `start <= 0`: `ValueError: empty range for randrange()`
    /// * step 1 and `stop <= start`: `ValueError: empty range for randrange() (start, stop, width)`
    /// * step 0: `ValueError: zero step for randrange()`
    /// * other empty ranges: `ValueError: empty range for randrange()`
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: Option<&BigInt>,
    ) -> RandomResult<BigInt> {
        let stop = match stop {
            None => {
                if step.is_some_and(|s| !s.is_one()) {
                    return Err(missing_stop());
                }
                if start.is_positive() {
                    return Ok(self.randbelow(start));
                }
                return Err(RandomError::value("empty range for randrange()"));
            }
            Some(stop) => stop,
        };
        let width = stop - start;
        let step = match step {
            Some(s) if !s.is_one() => s,
            _ => {
                if width.is_positive() {
                    return Ok(start + self.randbelow(&width));
                }
                return Err(empty_range_with_width(start, stop, &width));
            }
        };
        let n = if step.is_positive() {
            (&width + step - 1u32).div_floor(step)
        } else if step.is_negative() {
            (&width + step + 1u32).div_floor(step)
        } else {
            return Err(RandomError::value("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(RandomError::value("empty range for randrange()"));
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// `randint(a, b)`, i.e. `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> RandomResult<BigInt> {
        let stop = b + 1u32;
        self.randrange(a, Some(&stop), None)
    }

    /// [`MersenneTwister::randrange`] for `i64` arguments, without any
    /// `BigInt` arithmetic; same values, same state changes, same errors.
    pub fn randrange_i64(
        &mut self,
        start: i64,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> RandomResult<i64> {
        let r = self.randrange_i128(start as i128, stop.map(i128::from), step.map(i128::from))?;
        Ok(r as i64)
    }

    /// [`MersenneTwister::randint`] for `i64` arguments (`randint(i64::MIN,
    /// i64::MAX)` works; the result always lies in `[a, b]`).
    pub fn randint_i64(&mut self, a: i64, b: i64) -> RandomResult<i64> {
        let r = self.randrange_i128(a as i128, Some(b as i128 + 1), None)?;
        Ok(r as i64)
    }

    /// randrange over i128 values whose magnitudes stay below 2**65, so
    /// that every intermediate value fits.
    fn randrange_i128(
        &mut self,
        start: i128,
        stop: Option<i128>,
        step: Option<i128>,
    ) -> RandomResult<i128> {
        let stop = match stop {
            None => {
                if step.is_some_and(|s| s != 1) {
                    return Err(missing_stop());
                }
                if start > 0 {
                    return Ok(self.randbelow_u128(start as u128) as i128);
                }
                return Err(RandomError::value("empty range for randrange()"));
            }
            Some(stop) => stop,
        };
        let width = stop - start;
        let step = match step {
            Some(s) if s != 1 => s,
            _ => {
                if width > 0 {
                    return Ok(start + self.randbelow_u128(width as u128) as i128);
                }
                return Err(RandomError::value(format!(
                    "empty range for randrange() ({start}, {stop}, {width})"
                )));
            }
        };
        let n = if step > 0 {
            Integer::div_floor(&(width + step - 1), &step)
        } else if step < 0 {
            Integer::div_floor(&(width + step + 1), &step)
        } else {
            return Err(RandomError::value("zero step for randrange()"));
        };
        if n <= 0 {
            return Err(RandomError::value("empty range for randrange()"));
        }
        Ok(start + step * self.randbelow_u128(n as u128) as i128)
    }

    // ------------------------------------------------------------------
    // Sequence methods of random.Random, expressed with indices
    // ------------------------------------------------------------------

    /// `choice(seq)` for a sequence of length `len`: returns the index to
    /// pick (`_randbelow(len)`), or `IndexError: Cannot choose from an empty
    /// sequence`.
    pub fn choice_index(&mut self, len: usize) -> RandomResult<usize> {
        if len == 0 {
            return Err(RandomError::new(
                RandomErrorKind::IndexError,
                "Cannot choose from an empty sequence",
            ));
        }
        Ok(self.randbelow_u64(len as u64) as usize)
    }

    /// `shuffle(x)` for a slice: for `i` from `len - 1` down to `1`, swap
    /// `x[i]` with `x[_randbelow(i + 1)]`.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            x.swap(i, j);
        }
    }

    /// The swaps `shuffle(x)` performs on a sequence of length `len`, in
    /// order, as `(i, j)` pairs meaning `x[i], x[j] = x[j], x[i]` (for
    /// sequences that are not a plain slice).
    pub fn shuffle_swaps(&mut self, len: usize) -> Vec<(usize, usize)> {
        (1..len)
            .rev()
            .map(|i| (i, self.randbelow_u64(i as u64 + 1) as usize))
            .collect()
    }

    /// `sample(population, k)` for a population of length `n` (no
    /// `counts`): the indices of the chosen elements, in selection order.
    /// Uses random.py's two strategies (a pool when `n <= setsize`, a set of
    /// already-chosen indices otherwise) with the same `setsize` rule, so
    /// the state advances exactly as in CPython.  `ValueError: Sample larger
    /// than population or is negative` unless `0 <= k <= n` (a `k` that does
    /// not fit `i64` is out of range, so the caller raises the same error).
    ///
    /// Left to the caller: the `TypeError` for non-sequences, and the
    /// `counts=` form, which random.py implements as `sample(range(total),
    /// k)` (this function with `n = total`) followed by a `bisect` of each
    /// result in the cumulative counts.
    pub fn sample_indices(&mut self, n: usize, k: i64) -> RandomResult<Vec<usize>> {
        if k < 0 || k as u64 > n as u64 {
            return Err(RandomError::value(
                "Sample larger than population or is negative",
            ));
        }
        let k = k as usize;
        let mut setsize: u128 = 21;
        if k > 5 {
            let x = (k as u128 * 3) as f64;
            let e = (x.ln() / LOG4).ceil();
            setsize += 4u128.saturating_pow(e as u32);
        }
        let mut result = Vec::with_capacity(k);
        if n as u128 <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_u64((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_u64(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow_u64(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `choices(population, k=k)` without weights, for a population of
    /// length `n`: each index is `floor(random() * float(n))`.  A negative
    /// `k` gives an empty list, like `itertools.repeat(None, k)`.
    ///
    /// For an empty population with `k > 0`, CPython draws one `random()`
    /// and then fails on `population[0]` with the sequence's own
    /// `IndexError`; this function draws that one value too and returns
    /// `[0]`, so a caller that indexes the population with each returned
    /// index raises the right error with the right state.
    pub fn choices_indices(&mut self, n: usize, k: i64) -> Vec<usize> {
        if k <= 0 {
            return Vec::new();
        }
        let nf = n as f64;
        if n == 0 {
            let _ = self.random();
            return vec![0];
        }
        (0..k)
            .map(|_| (self.random() * nf).floor() as usize)
            .collect()
    }

    /// `choices(population, weights=None, cum_weights=cum_weights, k=k)`,
    /// and the weighted form once the caller has accumulated the weights
    /// (`list(itertools.accumulate(weights))`).  Returns the chosen indices:
    /// `bisect(cum_weights, random() * total, 0, n - 1)` each.
    ///
    /// The values must be the Python cumulative weights converted to `f64`
    /// (exact for float weights, and for int weights whose running sums stay
    /// below 2**53).  Errors: `Total of weights must be greater than zero`,
    /// `Total of weights must be finite` (both `ValueError`).  Left to the
    /// caller: the length check against the population (`ValueError: The
    /// number of weights does not match the population`), the `TypeError`s
    /// for passing both `weights` and `cum_weights` or a positional `k`, and
    /// the `IndexError` of `cum_weights[-1]` for an empty list.
    pub fn choices_cum_weights_indices(
        &mut self,
        cum_weights: &[f64],
        k: i64,
    ) -> RandomResult<Vec<usize>> {
        let total = match cum_weights.last() {
            Some(&t) => t + 0.0,
            None => {
                return Err(RandomError::new(
                    RandomErrorKind::IndexError,
                    "list index out of range",
                ))
            }
        };
        if total <= 0.0 {
            return Err(RandomError::value(
                "Total of weights must be greater than zero",
            ));
        }
        if !total.is_finite() {
            return Err(RandomError::value("Total of weights must be finite"));
        }
        let hi = cum_weights.len() - 1;
        let mut out = Vec::with_capacity(k.max(0) as usize);
        for _ in 0..k.max(0) {
            let x = self.random() * total;
            // bisect.bisect_right(cum_weights, x, 0, hi)
            let (mut lo, mut hi) = (0usize, hi);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if x < cum_weights[mid] {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(lo);
        }
        Ok(out)
    }

    // ------------------------------------------------------------------
    // Real-valued distributions
    // ------------------------------------------------------------------
    //
    // All of these take the arguments as floats.  random.py also accepts
    // ints, and for ints the arithmetic happens partly in exact int math
    // (e.g. `b - a` in `uniform`) before meeting a float; callers that want
    // bit-exact results for huge ints must do those steps themselves.  For
    // ints below 2**53 converting to f64 first is exact.

    /// `uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)` (`mode: None` is random.py's default).
    /// A zero `high - low` with a mode returns `low`, as random.py does when
    /// it catches the `ZeroDivisionError`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(mode) => {
                let span = high - low;
                if span == 0.0 {
                    return low;
                }
                (mode - low) / span
            }
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        // u * c >= 0 for every non-NaN input; NaN propagates as in Python.
        low + (high - low) * (u * c).sqrt()
    }

    /// `gauss(mu, sigma)`: Box-Muller, with the second deviate cached in
    /// [`MersenneTwister::gauss_next`].
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`;
    /// `OverflowError: math range error` if that overflows.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> RandomResult<f64> {
        let x = self.normalvariate(mu, sigma);
        py_exp(x)
    }

    /// `expovariate(lambd)`: `-log(1.0 - random()) / lambd`.  A zero
    /// `lambd` raises `ZeroDivisionError: float division by zero` after the
    /// `random()` call, as in CPython.
    pub fn expovariate(&mut self, lambd: f64) -> RandomResult<f64> {
        let x = -(1.0 - self.random()).ln();
        py_div(x, lambd)
    }

    /// `vonmisesvariate(mu, kappa)`.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> RandomResult<f64> {
        if kappa <= 1e-6 {
            return Ok(TWOPI * self.random());
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (std::f64::consts::PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        let theta = if u3 > 0.5 {
            py_fmod(mu + py_acos(f)?, TWOPI)
        } else {
            py_fmod(mu - py_acos(f)?, TWOPI)
        };
        Ok(theta)
    }

    /// `gammavariate(alpha, beta)`; `ValueError: gammavariate: alpha and
    /// beta must be > 0.0` unless both are positive.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> RandomResult<f64> {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(RandomError::value(
                "gammavariate: alpha and beta must be > 0.0",
            ));
        }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - LOG4;
            let ccc = alpha + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * py_exp(v)?;
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= py_log(z)? {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            loop {
                let u = self.random();
                let b = (std::f64::consts::E + alpha) / std::f64::consts::E;
                let p = b * u;
                let x = if p <= 1.0 {
                    py_pow(p, 1.0 / alpha)?
                } else {
                    -py_log((b - p) / alpha)?
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= py_pow(x, alpha - 1.0)? {
                        return Ok(x * beta);
                    }
                } else if u1 <= py_exp(-x)? {
                    return Ok(x * beta);
                }
            }
        }
    }

    /// `betavariate(alpha, beta)`: two `gammavariate` calls (the second only
    /// if the first is non-zero), so a bad `beta` is reported only after the
    /// first draw, as in CPython.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> RandomResult<f64> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            let g = self.gammavariate(beta, 1.0)?;
            return py_div(y, y + g);
        }
        Ok(0.0)
    }

    /// `paretovariate(alpha)`: `(1.0 - random()) ** (-1.0 / alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> RandomResult<f64> {
        let u = 1.0 - self.random();
        py_pow(u, py_div(-1.0, alpha)?)
    }

    /// `weibullvariate(alpha, beta)`: `alpha * (-log(1.0 - random())) ** (1.0 / beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> RandomResult<f64> {
        let u = 1.0 - self.random();
        let base = -u.ln();
        Ok(alpha * py_pow(base, py_div(1.0, beta)?)?)
    }
}

/// The `TypeError` message random.py 3.11 raises from `seed()` for a seed
/// that is not None, an int, a float, a str, bytes or a bytearray.
pub const SEED_TYPE_ERROR: &str =
    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.";

fn missing_stop() -> RandomError {
    RandomError::new(
        RandomErrorKind::TypeError,
        "Missing a non-None stop argument",
    )
}

fn empty_range_with_width(start: &BigInt, stop: &BigInt, width: &BigInt) -> RandomError {
    RandomError::value(format!(
        "empty range for randrange() ({start}, {stop}, {width})"
    ))
}

/// CPython's conversion of `getrandbits`' argument to a C `int`, then the
/// non-negativity check.
fn check_c_int_bits(k: &BigInt) -> RandomResult<u64> {
    match k.to_i32() {
        None => Err(RandomError::new(
            RandomErrorKind::OverflowError,
            "Python int too large to convert to C int",
        )),
        Some(k) if k < 0 => Err(RandomError::value("number of bits must be non-negative")),
        Some(k) => Ok(k as u64),
    }
}

// ----------------------------------------------------------------------
// SHA-512 (FIPS 180-4), needed by version-2 seeding of str/bytes.
// ----------------------------------------------------------------------

/// Round constants: the first 64 bits of the fractional parts of the cube
/// roots of the first 80 primes.
#[rustfmt::skip]
const SHA512_K: [u64; 80] = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
];

/// Initial hash value: the first 64 bits of the fractional parts of the
/// square roots of the first 8 primes.
#[rustfmt::skip]
const SHA512_H0: [u64; 8] = [
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
];

fn sha512_block(h: &mut [u64; 8], block: &[u8]) {
    let mut w = [0u64; 80];
    for (t, chunk) in block.chunks_exact(8).enumerate() {
        w[t] = u64::from_be_bytes(chunk.try_into().unwrap());
    }
    for t in 16..80 {
        let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
        let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    for t in 0..80 {
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(SHA512_K[t])
            .wrapping_add(w[t]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *x = x.wrapping_add(y);
    }
}

/// SHA-512 digest of `data` (what `hashlib.sha512(data).digest()` returns).
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h = SHA512_H0;
    let mut chunks = data.chunks_exact(128);
    for block in &mut chunks {
        sha512_block(&mut h, block);
    }
    let rest = chunks.remainder();
    let mut tail = Vec::with_capacity(256);
    tail.extend_from_slice(rest);
    tail.push(0x80);
    while tail.len() % 128 != 112 {
        tail.push(0);
    }
    let bit_len = (data.len() as u128) * 8;
    tail.extend_from_slice(&bit_len.to_be_bytes());
    for block in tail.chunks_exact(128) {
        sha512_block(&mut h, block);
    }
    let mut out = [0u8; 64];
    for (i, word) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&word.to_be_bytes());
    }
    out
}

#[cfg(test)]
#[path = "random_mt_tests.rs"]
mod tests;
