//! Generator tests: reproducibility and the shape of what it emits.

use super::*;
use crate::render;

#[test]
fn same_seed_same_program() {
    let cfg = Config::default();
    let a = render::program(&generate(7, 3, &cfg).program);
    let b = render::program(&generate(7, 3, &cfg).program);
    assert_eq!(a, b);
    let c = render::program(&generate(7, 4, &cfg).program);
    assert_ne!(a, c);
}

#[test]
fn programs_are_ascii_and_end_with_the_checksum() {
    let cfg = Config::from_extras("all").unwrap();
    for i in 0..200 {
        let text = render::program(&generate(1, i, &cfg).program);
        assert!(text.is_ascii(), "program {i} is not ASCII");
        assert!(
            text.trim_end().ends_with("print('checksum', _ck)"),
            "program {i} does not end with the checksum"
        );
        assert!(!text.contains("id("), "program {i} calls id()");
        assert!(!text.contains("hash("), "program {i} calls hash()");
    }
}

#[test]
fn extras_are_parsed() {
    let c = Config::from_extras("classes, math").unwrap();
    assert!(c.classes && c.math && !c.generators);
    assert!(Config::from_extras("bogus").is_err());
}
