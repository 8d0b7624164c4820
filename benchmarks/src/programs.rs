//! Benchmark programs: finding them in `benchmarks/programs/`, reading the size header,
//! and the SHA-256 that freezes each program's version.
//!
//! The header is one line `# tern-bench: small=A,B default=C,D` (exactly the regular
//! expression `^# tern-bench: small=(\S+) default=(\S+)$`); the argument lists are
//! comma-separated. A program without a header runs with no arguments, that is with its
//! own defaults. A second header or a malformed one is an error, reported before any
//! run starts.
//!
//! Invariants: a [`Program`] was read successfully when it was loaded, and `sha256` is
//! the hash of exactly those bytes (so results name the version that ran, even if the
//! file is edited while the harness runs); `c_reference` is set only when that file
//! existed, and `c_sha256` hashes it.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The text that starts a size header line.
pub const HEADER_PREFIX: &str = "# tern-bench:";

/// Which argument list of the header to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Size {
    /// The tiny size for tests (`small=`).
    Small,
    /// The measuring size (`default=`).
    Default,
}

impl Size {
    /// The name used in the header and in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Size::Small => "small",
            Size::Default => "default",
        }
    }
}

/// The two argument lists of a header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sizes {
    /// `small=` arguments.
    pub small: Vec<String>,
    /// `default=` arguments.
    pub default: Vec<String>,
}

/// One benchmark program, read and hashed.
#[derive(Clone, Debug)]
pub struct Program {
    /// File stem: `fib` for `fib.py`.
    pub name: String,
    /// Absolute path of the `.py` file.
    pub path: PathBuf,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// The header's argument lists, `None` when the program has no header.
    pub sizes: Option<Sizes>,
    /// `reference/NAME.c`, when present.
    pub c_reference: Option<PathBuf>,
    /// SHA-256 of the C reference.
    pub c_sha256: Option<String>,
}

impl Program {
    /// Reads and hashes `path`; looks for `reference_dir/NAME.c`.
    pub fn load(path: &Path, reference_dir: Option<&Path>) -> Result<Program, String> {
        let bytes =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or_else(|| format!("{}: not a program file name", path.display()))?
            .to_string();
        let text = String::from_utf8_lossy(&bytes);
        let sizes = parse_header(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let mut c_reference = None;
        let mut c_sha256 = None;
        if let Some(dir) = reference_dir {
            let c = dir.join(format!("{name}.c"));
            if let Ok(src) = std::fs::read(&c) {
                c_sha256 = Some(sha256_hex(&src));
                c_reference = Some(c);
            }
        }
        Ok(Program {
            name,
            path,
            sha256: sha256_hex(&bytes),
            sizes,
            c_reference,
            c_sha256,
        })
    }

    /// The program's arguments at `size` (empty when it has no header).
    pub fn args(&self, size: Size) -> Vec<String> {
        match (&self.sizes, size) {
            (None, _) => Vec::new(),
            (Some(s), Size::Small) => s.small.clone(),
            (Some(s), Size::Default) => s.default.clone(),
        }
    }
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Finds the size header in a program's text. `Ok(None)`: no header.
pub fn parse_header(text: &str) -> Result<Option<Sizes>, String> {
    let mut found = None;
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line.strip_prefix(HEADER_PREFIX) else {
            continue;
        };
        if found.is_some() {
            return Err(format!("line {}: a second `{HEADER_PREFIX}` header", i + 1));
        }
        let sizes = parse_header_body(rest).map_err(|e| {
            format!(
                "line {}: {e} (expected `{HEADER_PREFIX} small=A,B default=C,D`)",
                i + 1
            )
        })?;
        found = Some(sizes);
    }
    Ok(found)
}

fn parse_header_body(rest: &str) -> Result<Sizes, String> {
    let rest = rest.strip_prefix(' ').ok_or("no space after the colon")?;
    let mut words = rest.split(' ');
    let small = words
        .next()
        .and_then(|w| w.strip_prefix("small="))
        .ok_or("no `small=`")?;
    let default = words
        .next()
        .and_then(|w| w.strip_prefix("default="))
        .ok_or("no `default=` after `small=`")?;
    if words.next().is_some() {
        return Err("unexpected text after `default=`".into());
    }
    Ok(Sizes {
        small: split_args(small)?,
        default: split_args(default)?,
    })
}

fn split_args(list: &str) -> Result<Vec<String>, String> {
    if list.is_empty() || list.chars().any(char::is_whitespace) {
        return Err(format!("bad argument list `{list}`"));
    }
    let args: Vec<String> = list.split(',').map(str::to_string).collect();
    if args.iter().any(String::is_empty) {
        return Err(format!("empty argument in `{list}`"));
    }
    Ok(args)
}

/// Every `*.py` in `dir`, sorted by name.
pub fn discover(dir: &Path, reference_dir: Option<&Path>) -> Result<Vec<Program>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py") && p.is_file())
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("no *.py programs in {}", dir.display()));
    }
    paths
        .iter()
        .map(|p| Program::load(p, reference_dir))
        .collect()
}

/// The programs the user asked for, in the order asked: each request is a name in
/// `dir` (`fib`) or a path to a `.py` file. No request means every program in `dir`.
pub fn select(
    dir: &Path,
    reference_dir: Option<&Path>,
    requests: &[String],
) -> Result<Vec<Program>, String> {
    if requests.is_empty() {
        return discover(dir, reference_dir);
    }
    let mut chosen: Vec<Program> = Vec::new();
    for request in requests {
        let as_path = Path::new(request);
        let program = if request.ends_with(".py") || request.contains('/') {
            if !as_path.is_file() {
                return Err(format!("no program file {request}"));
            }
            Program::load(as_path, reference_dir)?
        } else {
            let path = dir.join(format!("{request}.py"));
            if !path.is_file() {
                let known: Vec<String> = discover(dir, None)
                    .map(|ps| ps.into_iter().map(|p| p.name).collect())
                    .unwrap_or_default();
                return Err(format!(
                    "no program `{request}` in {} (programs: {})",
                    dir.display(),
                    known.join(", ")
                ));
            }
            Program::load(&path, reference_dir)?
        };
        if chosen.iter().any(|p| p.name == program.name) {
            if chosen.iter().any(|p| p.path == program.path) {
                continue;
            }
            return Err(format!(
                "two programs are named `{}`; results are keyed by name",
                program.name
            ));
        }
        chosen.push(program);
    }
    Ok(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_is_parsed() {
        let text = "\"\"\"doc\"\"\"\n# tern-bench: small=7,1 default=9,3\nimport sys\n";
        let sizes = parse_header(text).unwrap().unwrap();
        assert_eq!(sizes.small, ["7", "1"]);
        assert_eq!(sizes.default, ["9", "3"]);
    }

    #[test]
    fn missing_header_is_none() {
        assert_eq!(parse_header("print(1)\n").unwrap(), None);
    }

    #[test]
    fn bad_headers_are_errors() {
        for bad in [
            "# tern-bench: small=1 default=2 x",
            "# tern-bench: default=2 small=1",
            "# tern-bench:small=1 default=2",
            "# tern-bench: small=1,,2 default=2",
            "# tern-bench: small=1 default=2\n# tern-bench: small=1 default=2",
        ] {
            assert!(parse_header(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sha256_matches_known_vector() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
