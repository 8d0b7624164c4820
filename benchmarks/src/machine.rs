//! The machine and the Tern build a result was measured on: CPU model, core count,
//! kernel, memory, load, the Tern binary's version and the source tree's git revision,
//! and the date. Everything here is best effort: an unreadable file gives "unknown",
//! never an error, because a result without a CPU model is still a result.

use serde::{Deserialize, Serialize};
use std::path::Path;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

/// Where a result was measured.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Machine {
    /// `model name` from /proc/cpuinfo.
    pub cpu_model: String,
    /// CPUs this process may run on.
    pub cores: usize,
    /// Kernel release.
    pub kernel: String,
    /// `PRETTY_NAME` from /etc/os-release.
    pub os: String,
    /// Total memory in GiB.
    pub memory_gib: f64,
    /// 1-, 5- and 15-minute load averages when the harness started.
    pub load_start: Option<[f64; 3]>,
    /// The same when it finished.
    pub load_end: Option<[f64; 3]>,
}

/// The Tern that was measured.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TernInfo {
    /// Path of the binary.
    pub binary: String,
    /// `tern --version`.
    pub version: Option<String>,
    /// `git rev-parse HEAD` of the source tree holding the programs.
    pub git_revision: Option<String>,
    /// Whether tracked files differ from that revision.
    pub git_dirty: Option<bool>,
    /// SHA-256 of the binary that was measured.
    #[serde(default)]
    pub binary_sha256: Option<String>,
}

/// Reads the machine description.
pub fn machine() -> Machine {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu_model = cpuinfo
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k.trim() == "model name").then(|| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "unknown".into());
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|t| {
            t.lines().find_map(|l| {
                l.strip_prefix("PRETTY_NAME=")
                    .map(|v| v.trim_matches('"').to_string())
            })
        })
        .unwrap_or_else(|| "unknown".into());
    let memory_gib = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| {
            t.lines().find_map(|l| {
                let kib: f64 = l
                    .strip_prefix("MemTotal:")?
                    .trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse()
                    .ok()?;
                Some(kib / (1024.0 * 1024.0))
            })
        })
        .unwrap_or(0.0);
    Machine {
        cpu_model,
        cores: std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        kernel,
        os,
        memory_gib,
        load_start: load_average(),
        load_end: None,
    }
}

/// The three load averages from /proc/loadavg.
pub fn load_average() -> Option<[f64; 3]> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    let mut it = text.split_whitespace().map(|w| w.parse::<f64>().ok());
    Some([it.next()??, it.next()??, it.next()??])
}

/// Describes the Tern binary and the git tree at `repo` (read-only git commands).
pub fn tern_info(binary: &Path, repo: Option<&Path>) -> TernInfo {
    let version = command_output(binary, &["--version"]);
    let (git_revision, git_dirty) = match repo {
        Some(repo) => {
            let repo = repo.display().to_string();
            let rev = command_output(Path::new("git"), &["-C", &repo, "rev-parse", "HEAD"]);
            let dirty = rev.as_ref().and_then(|_| {
                command_output_allow_empty(
                    Path::new("git"),
                    &["-C", &repo, "status", "--porcelain", "--untracked-files=no"],
                )
                .map(|s| !s.is_empty())
            });
            (rev, dirty)
        }
        None => (None, None),
    };
    TernInfo {
        binary: binary.display().to_string(),
        version,
        git_revision,
        git_dirty,
        binary_sha256: sha256_file(binary),
    }
}

/// SHA-256 of a file, read in small pieces (the harness keeps its own memory small:
/// see `measure::rss_floor`).
pub fn sha256_file(path: &Path) -> Option<String> {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let mut file = std::fs::File::open(path).ok()?;
    let mut hasher = Sha256::new();
    let mut buf = [0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Some(
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}

/// Trimmed stdout (or stderr, when stdout is empty) of a command that exits 0 and
/// prints something.
pub fn command_output(exe: &Path, args: &[&str]) -> Option<String> {
    command_output_allow_empty(exe, args).filter(|s| !s.is_empty())
}

fn command_output_allow_empty(exe: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new(exe)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = if out.stdout.iter().all(u8::is_ascii_whitespace) {
        out.stderr
    } else {
        out.stdout
    };
    Some(String::from_utf8_lossy(&text).trim().to_string())
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn utc_now_iso() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    iso_from_unix(secs)
}

/// `YYYY-MM-DDTHH:MM:SSZ` for a Unix time (proleptic Gregorian, UTC).
pub fn iso_from_unix(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert_eq!(iso_from_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_from_unix(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso_from_unix(1_700_000_000), "2023-11-14T22:13:20Z");
    }

    #[test]
    fn machine_is_described() {
        let m = machine();
        assert!(m.cores >= 1);
        assert!(!m.kernel.is_empty());
    }
}
