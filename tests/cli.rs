//! The command line and bad input: every case ends with a clear message and the
//! expected exit status, never a Rust panic or a crash.

mod common;

use common::run_tern;
use std::path::Path;
use std::time::Duration;

fn tmpdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("tern-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run_file(name: &str, content: &[u8]) -> common::Outcome {
    let d = tmpdir(name);
    std::fs::write(d.join("prog.py"), content).unwrap();
    run_tern(&["prog.py"], &d, &[], Duration::from_secs(60))
}

fn stderr(o: &common::Outcome) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_no_crash(o: &common::Outcome) {
    let e = stderr(o);
    assert!(!e.contains("panicked"), "panic: {e}");
    assert!(o.status.is_some(), "killed by a signal: {e}");
    assert!(!o.timed_out, "timed out");
}

#[test]
fn random_bytes_are_a_clear_error() {
    // Deterministic "random" bytes (an LCG), including invalid UTF-8.
    let mut x: u64 = 12345;
    let bytes: Vec<u8> = (0..4096)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 56) as u8
        })
        .collect();
    let o = run_file("random", &bytes);
    assert_no_crash(&o);
    assert_eq!(o.status, Some(1));
    assert!(stderr(&o).contains("SyntaxError"), "{}", stderr(&o));
}

#[test]
fn random_ascii_is_a_clear_error() {
    let mut x: u64 = 99;
    let text: String = (0..4096)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (b' ' + ((x >> 56) as u8 % 95)) as char
        })
        .collect();
    let o = run_file("random-ascii", text.as_bytes());
    assert_no_crash(&o);
    assert_eq!(o.status, Some(1));
    assert!(stderr(&o).contains("prog.py:"), "{}", stderr(&o));
}

#[test]
fn empty_file_prints_nothing_and_succeeds() {
    let o = run_file("empty", b"");
    assert_no_crash(&o);
    assert_eq!(o.status, Some(0));
    assert!(o.stdout.is_empty() && o.stderr.is_empty());
}

#[test]
fn syntax_error_names_file_line_and_column() {
    let o = run_file("syntax", b"x = 1\ny = 2\nif x > :\n    pass\n");
    assert_no_crash(&o);
    assert_eq!(o.status, Some(1));
    let e = stderr(&o);
    assert!(e.starts_with("prog.py:3:"), "{e}");
    assert!(e.contains("SyntaxError"), "{e}");
}

#[test]
fn match_statement_is_named_as_unsupported() {
    let o = run_file(
        "match",
        b"x = 3\nmatch x:\n    case 3:\n        print('three')\n",
    );
    assert_no_crash(&o);
    assert_eq!(o.status, Some(1));
    let e = stderr(&o);
    assert!(e.starts_with("prog.py:2:1:"), "{e}");
    assert!(e.contains("'match' statement is not supported"), "{e}");
}

#[test]
fn infinite_recursion_is_a_recursion_error() {
    let o = run_file(
        "recursion",
        b"print('before')\ndef f(n):\n    return f(n + 1)\nf(0)\n",
    );
    assert_no_crash(&o);
    assert_eq!(o.status, Some(1));
    assert_eq!(o.stdout, b"before\n");
    let e = stderr(&o);
    assert!(e.starts_with("Traceback (most recent call last):"), "{e}");
    assert!(
        e.trim_end()
            .ends_with("RecursionError: maximum recursion depth exceeded"),
        "{e}"
    );
    assert!(e.contains("[Previous line repeated"), "{e}");
}

#[test]
fn recursion_limit_is_honoured() {
    let src = b"import sys\nsys.setrecursionlimit(5000)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(4000))\n";
    let o = run_file("reclimit", src);
    assert_no_crash(&o);
    assert_eq!(o.status, Some(0), "{}", stderr(&o));
    assert_eq!(o.stdout, b"4000\n");
}

#[test]
fn deep_native_recursion_does_not_overflow() {
    // Recursion through a native (`sorted` with a key) re-enters the interpreter on
    // the native stack; it must end as RecursionError, not a crash.
    let src = b"import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return sorted([1], key=lambda x: f(n + 1))\nf(0)\n";
    let o = run_file("native-recursion", src);
    assert_no_crash(&o);
    assert_eq!(o.status, Some(1));
    assert!(stderr(&o).contains("RecursionError"), "{}", stderr(&o));
}

#[test]
fn missing_file_matches_python() {
    let d = tmpdir("missing");
    let o = run_tern(&["nope.py"], &d, &[], Duration::from_secs(10));
    assert_eq!(o.status, Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("can't open file")
            && e.contains("nope.py")
            && e.contains("[Errno 2] No such file or directory"),
        "{e}"
    );
}

#[test]
fn deeply_nested_brackets_are_rejected() {
    let src = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    let o = run_file("nested", src.as_bytes());
    assert_no_crash(&o);
    assert_eq!(o.status, Some(1));
    assert!(
        stderr(&o).contains("too many nested parentheses"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn deeply_nested_operators_do_not_crash() {
    let src = format!("x = {}1\nprint(x)\n", "-".repeat(50_000));
    let o = run_file("unary", src.as_bytes());
    assert_no_crash(&o);
    let src = format!("x = {}\nprint(x)\n", vec!["1"; 20_000].join(" + "));
    let o = run_file("binary", src.as_bytes());
    assert_no_crash(&o);
}

#[test]
fn huge_program_compiles() {
    let mut src = String::new();
    for i in 0..50_000 {
        src.push_str(&format!("v{i} = {i} * 2\n"));
    }
    src.push_str("print(v49999)\n");
    let o = run_file("huge", src.as_bytes());
    assert_no_crash(&o);
    assert_eq!(o.status, Some(0), "{}", stderr(&o));
    assert_eq!(o.stdout, b"99998\n");
}

#[test]
fn dash_c_runs_code_and_sets_argv() {
    let o = run_tern(
        &["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"],
        Path::new("."),
        &[],
        Duration::from_secs(10),
    );
    assert_eq!(o.status, Some(0), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "['-c', 'a', 'b'] 42\n");
}

#[test]
fn program_arguments_reach_sys_argv() {
    let d = tmpdir("argv");
    std::fs::write(d.join("args.py"), "import sys\nprint(sys.argv)\n").unwrap();
    let o = run_tern(&["args.py", "1", "--two"], &d, &[], Duration::from_secs(10));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "['args.py', '1', '--two']\n"
    );
}

#[test]
fn version_and_help() {
    let o = run_tern(&["--version"], Path::new("."), &[], Duration::from_secs(10));
    assert_eq!(o.status, Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("tern "));
    let o = run_tern(&["--help"], Path::new("."), &[], Duration::from_secs(10));
    assert_eq!(o.status, Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("--dump-bytecode"));
}

#[test]
fn dump_bytecode_shows_code_and_feedback() {
    let src = b"def add(a, b):\n    return a + b\nfor i in range(100):\n    add(i, 1)\n";
    let d = tmpdir("dump");
    std::fs::write(d.join("prog.py"), src).unwrap();
    let o = run_tern(
        &["--dump-bytecode", "prog.py"],
        &d,
        &[],
        Duration::from_secs(10),
    );
    assert_eq!(o.status, Some(0));
    let e = stderr(&o);
    assert!(e.contains("code add"), "{e}");
    assert!(e.contains("feedback after the run"), "{e}");
    assert!(
        e.contains("BinaryOpInt"),
        "the add site should have specialised: {e}"
    );
    assert!(e.contains("seen int x int"), "{e}");
    assert!(e.contains("iterations 100"), "{e}");
}

#[test]
fn uncaught_exception_traceback_shows_frames_and_source() {
    let src = b"def a():\n    return 1 / 0\ndef b():\n    return a()\nprint('start')\nb()\n";
    let o = run_file("traceback", src);
    assert_eq!(o.status, Some(1));
    assert_eq!(o.stdout, b"start\n");
    let e = stderr(&o);
    // As in CPython, the main script's frames show its absolute path, and markers
    // point at the failing expression.
    let path = std::env::temp_dir()
        .join(format!("tern-cli-{}-traceback", std::process::id()))
        .join("prog.py");
    let p = path.display();
    let expected = format!("Traceback (most recent call last):\n  File \"{p}\", line 6, in <module>\n    b()\n  File \"{p}\", line 4, in b\n    return a()\n           ^^^\n  File \"{p}\", line 2, in a\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n");
    assert_eq!(e, expected);
}

#[test]
fn stdout_is_flushed_before_the_traceback_and_at_exit() {
    let o = run_file(
        "flush",
        b"for i in range(3):\n    print(i)\nraise ValueError('x')\n",
    );
    assert_eq!(o.stdout, b"0\n1\n2\n");
    assert!(stderr(&o).ends_with("ValueError: x\n"));
}
