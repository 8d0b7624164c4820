//! The `tern` command line: run a Python program like `python3 PROGRAM.py ARGS`.

use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;
use vm as _;

/// Tern: a Python 3.11 implementation with an LLVM JIT (interpreter only so far).
#[derive(Parser, Debug)]
#[command(name = "tern", version, about, trailing_var_arg = true)]
struct Cli {
    /// Program passed in as a string (like `python3 -c`).
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,

    /// Print the bytecode of every code object before running, and the recorded type
    /// feedback after.
    #[arg(long)]
    dump_bytecode: bool,

    /// Print collector statistics to stderr when the program ends.
    #[arg(long)]
    gc_stats: bool,

    /// The program to run, then its arguments (`sys.argv[1:]`).
    #[arg(value_name = "PROGRAM [ARGS]", allow_hyphen_values = true)]
    args: Vec<String>,
}

/// Native stack for the VM thread. Deep Python recursion does not use it (frames live
/// on the value stack), but natives calling back into Python do.
const VM_STACK_BYTES: usize = 1 << 30;

fn main() -> ExitCode {
    // `tern bench ...` is the benchmark harness (benchmarks/), not a program to run.
    if std::env::args_os().nth(1).is_some_and(|a| a == "bench") {
        let status = tern_bench::main_from_args(std::env::args_os().skip(2));
        return ExitCode::from(status.clamp(0, 255) as u8);
    }
    env_logger::init();
    let cli = Cli::parse();
    let status = std::thread::Builder::new()
        .name("tern-vm".into())
        .stack_size(VM_STACK_BYTES)
        .spawn(move || run(cli))
        .expect("spawning the VM thread")
        .join()
        .unwrap_or(70);
    ExitCode::from(status as u8)
}

/// A numeric environment variable (0 when unset or malformed).
fn env_number(name: &str) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn run(cli: Cli) -> i32 {
    let gc_stress = std::env::var("TERN_GC_STRESS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let extra_path: Vec<PathBuf> = std::env::var("PYTHONPATH")
        .map(|p| {
            p.split(':')
                .filter(|s| !s.is_empty())
                .map(PathBuf::from)
                .collect()
        })
        .unwrap_or_default();
    let (source, filename, argv, dir) = match (&cli.code, cli.args.first()) {
        (Some(code), _) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(cli.args.iter().cloned());
            (
                code.clone(),
                "<string>".to_string(),
                argv,
                PathBuf::from("."),
            )
        }
        (None, Some(path)) => {
            let src = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    let abs = std::fs::canonicalize(path)
                        .unwrap_or_else(|_| std::env::current_dir().unwrap_or_default().join(path));
                    let errno = e.raw_os_error().unwrap_or(0);
                    let reason = match e.kind() {
                        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                        _ => e.to_string(),
                    };
                    eprintln!(
                        "tern: can't open file '{}': [Errno {errno}] {reason}",
                        abs.display()
                    );
                    return 2;
                }
            };
            let text = match String::from_utf8(src) {
                Ok(t) => t,
                Err(e) => {
                    let pos = e.utf8_error().valid_up_to();
                    let byte = e.as_bytes()[pos];
                    eprintln!(
                        "{path}:1:1: SyntaxError: Non-UTF-8 code starting with '\\x{byte:02x}' in file {path} on line {}, but no encoding declared",
                        e.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() + 1
                    );
                    return 1;
                }
            };
            let dir = std::path::Path::new(path)
                .parent()
                .map(|p| p.to_path_buf())
                .unwrap_or_default();
            let dir = if dir.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                dir
            };
            (text, path.clone(), cli.args.clone(), dir)
        }
        (None, None) => {
            eprintln!(
                "tern: no program given (try `tern PROGRAM.py` or `tern -c CODE`; see --help)"
            );
            return 2;
        }
    };
    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    let config = vm::Config {
        argv,
        gc_stress,
        dump_bytecode: cli.dump_bytecode,
        extra_path: extra_path.clone(),
        step_limit: env_number("TERN_STEP_LIMIT"),
        heap_limit: env_number("TERN_HEAP_LIMIT") as usize,
    };
    let mut search = vec![dir];
    search.extend(extra_path);
    let mut vm = vm::Vm::new_with_path(config, search);
    let status = if cli.code.is_some() {
        vm.run_main_source(&source, &filename)
    } else {
        vm.run_main_file(&source, &filename)
    };
    if cli.gc_stats {
        eprintln!("{}", vm.heap.stats.report());
    }
    status
}
