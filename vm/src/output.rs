//! stdout and stderr as CPython sets them up: stdout is block-buffered when it is not a
//! terminal (line-buffered when it is); stderr is written through at once.
//!
//! Invariant: stdout is flushed at exit, before a traceback is printed, on
//! `flush=True` / `sys.stdout.flush()`, and whenever the buffer passes `BUF_SIZE`.

use std::io::Write;

const BUF_SIZE: usize = 8192;

pub struct Output {
    buf: Vec<u8>,
    stdout_is_tty: bool,
    /// Set when a write to stdout failed (a closed pipe): further output is dropped.
    broken: bool,
    /// Captured output instead of fd 1 (tests).
    capture: Option<Vec<u8>>,
}

impl Output {
    pub fn new() -> Output {
        // SAFETY: isatty only inspects the descriptor.
        let tty = unsafe { libc::isatty(1) } == 1;
        Output {
            buf: Vec::with_capacity(BUF_SIZE),
            stdout_is_tty: tty,
            broken: false,
            capture: None,
        }
    }

    /// Redirects stdout into memory (for tests).
    pub fn capture(&mut self) {
        self.capture = Some(Vec::new());
    }

    /// Takes what was captured so far.
    pub fn take_captured(&mut self) -> Vec<u8> {
        self.flush();
        self.capture
            .as_mut()
            .map(std::mem::take)
            .unwrap_or_default()
    }

    pub fn write_stdout(&mut self, s: &[u8]) {
        self.buf.extend_from_slice(s);
        if self.buf.len() >= BUF_SIZE || (self.stdout_is_tty && s.contains(&b'\n')) {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        if let Some(c) = &mut self.capture {
            c.extend_from_slice(&self.buf);
        } else if !self.broken {
            let mut out = std::io::stdout().lock();
            if out.write_all(&self.buf).and_then(|_| out.flush()).is_err() {
                self.broken = true;
            }
        }
        self.buf.clear();
    }

    /// Flushes stdout when it is a terminal (so interleaving with stderr looks right).
    pub fn flush_if_tty(&mut self) {
        if self.stdout_is_tty {
            self.flush();
        }
    }

    pub fn write_stderr(&mut self, s: &[u8]) {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(s);
        let _ = err.flush();
    }
}

impl Default for Output {
    fn default() -> Self {
        Output::new()
    }
}
