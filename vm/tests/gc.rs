//! The collector's root rules, seen from outside: what keeps an object alive.
//!
//! To show that an object survives *because of* a given root, the test hides every
//! other reference to it: the address is kept only XOR-masked in a local, so the
//! conservative stack scan cannot see it. A control object held the same way but with
//! no root must be freed by the same collection.

use vm::gc::RootedVec;
use vm::object::{is_kind, Kind};
use vm::{Config, Value, Vm};

const MASK: u64 = 0x5a5a_5a5a_5a5a_5a5a;

fn masked(v: Value) -> u64 {
    std::hint::black_box(v.bits() ^ MASK)
}

fn unmask(m: u64) -> Value {
    Value::from_bits(m ^ MASK)
}

/// A list of `n` ints, returned only in masked form (no live Value left behind).
#[inline(never)]
fn make_hidden_list(vm: &mut Vm, n: i64) -> u64 {
    let items: Vec<Value> = (0..n).map(Value::small_int).collect();
    let l = vm.new_list(&items);
    masked(l)
}

/// Overwrites a chunk of the native stack so no stale copy of a Value survives there.
#[inline(never)]
fn scrub_stack() {
    let mut buf = [0u64; 4096];
    std::hint::black_box(&mut buf);
}

fn is_live_object(vm: &Vm, v: Value) -> bool {
    vm.heap.find_object(v.bits() as usize) == Some(v.header())
}

fn list_sum(v: Value) -> i64 {
    // SAFETY: the test checked that `v` is a live list.
    unsafe {
        vm::object::list::list_obj(v)
            .items()
            .iter()
            .map(|x| x.as_small_int())
            .sum()
    }
}

#[inline(never)]
fn push_unmasked(roots: &mut RootedVec, m: u64) {
    roots.push(unmask(m));
}

#[inline(never)]
fn check_rooted_list(vm: &Vm, roots: &RootedVec) {
    let l = roots[0];
    assert!(is_live_object(vm, l) && is_kind(l, Kind::List));
    assert_eq!(list_sum(l), (0..100).sum::<i64>());
}

#[test]
fn a_value_reachable_only_from_a_rooted_vec_survives() {
    let mut vm = Vm::new(Config {
        gc_stress: 0,
        ..Default::default()
    });
    vm.heap.verify = true;
    let rooted_m = make_hidden_list(&mut vm, 100);
    let control_m = make_hidden_list(&mut vm, 50);
    let mut roots = RootedVec::new();
    push_unmasked(&mut roots, rooted_m);
    scrub_stack();
    vm.collect();
    // The control object had no root: its cell is free now.
    assert!(
        !is_live_object(&vm, unmask(control_m)),
        "an unrooted object survived the collection"
    );
    // The rooted one is intact.
    check_rooted_list(&vm, &roots);
}

#[inline(never)]
fn collect_with_local(vm: &mut Vm, local: Value) -> i64 {
    // `local` lives in this frame (a register or a stack slot) and nowhere else.
    let keep = std::hint::black_box(local);
    vm.collect();
    assert!(is_live_object(vm, keep));
    list_sum(std::hint::black_box(keep))
}

#[test]
fn a_value_reachable_only_from_a_rust_local_survives_through_the_conservative_scan() {
    let mut vm = Vm::new(Config {
        gc_stress: 0,
        ..Default::default()
    });
    vm.heap.verify = true;
    let local_m = make_hidden_list(&mut vm, 64);
    let control_m = make_hidden_list(&mut vm, 32);
    scrub_stack();
    let sum = collect_with_local(&mut vm, unmask(local_m));
    assert_eq!(sum, (0..64).sum::<i64>());
    assert!(
        !is_live_object(&vm, unmask(control_m)),
        "an object with no reference survived"
    );
}

#[test]
fn interior_pointers_keep_their_object_alive() {
    let mut vm = Vm::new(Config::default());
    let m = make_hidden_list(&mut vm, 10);
    let l = unmask(m);
    // A pointer into the middle of the list's item payload, as compiled code holds.
    let items = unsafe { vm::object::list::list_obj(l).items().as_ptr().add(5) } as usize;
    let items = std::hint::black_box(items);
    scrub_stack();
    vm.collect();
    let back = unsafe { *(items as *const Value) };
    assert_eq!(back.as_small_int(), 5);
    assert!(vm.heap.find_object(items).is_some());
}

#[test]
fn cycles_are_collected() {
    let mut vm = Vm::new(Config::default());
    let src = "class Node:\n    pass\ndef make():\n    a = Node(); b = Node(); a.other = b; b.other = a\nfor i in range(20000):\n    make()\n";
    assert_eq!(vm.run_main_source(src, "<cycles>"), 0);
    vm.collect();
    let live_before = vm.heap.stats.live_bytes_after_last;
    let src2 = "for i in range(20000):\n    make()\n";
    let code = vm.compile_to_code(src2.as_bytes(), "<more>").unwrap();
    let d = vm.main_dict;
    vm.run_code_in_namespace(code, d, d, Value::EMPTY).unwrap();
    vm.collect();
    let live_after = vm.heap.stats.live_bytes_after_last;
    assert!(
        live_after < live_before + 64 * 1024,
        "cyclic garbage was retained: {live_before} -> {live_after}"
    );
}

#[test]
fn small_int_and_float_arithmetic_does_not_allocate() {
    let mut vm = Vm::new(Config::default());
    let src = "def work(n):\n    i = 0\n    acc = 0\n    f = 0.5\n    while i < n:\n        acc = (acc + i * 3 - 7) % 1000003\n        f = f * 1.0000001 + 0.25\n        i += 1\n    return acc, f\nwork(10)\n";
    assert_eq!(vm.run_main_source(src, "<alloc>"), 0);
    let name = vm.intern("work");
    let work = vm.dict_get_str(vm.main_dict, name).unwrap();
    let before = vm.heap.stats.objects_allocated;
    // Only the result tuple (and its boxed float? no: floats are immediate) allocates.
    let r = vm.call(work, &[Value::small_int(100_000)]).unwrap();
    let allocated = vm.heap.stats.objects_allocated - before;
    assert!(is_kind(r, Kind::Tuple));
    assert_eq!(
        allocated, 1,
        "the loop allocated {allocated} objects; only the result tuple may"
    );
}
