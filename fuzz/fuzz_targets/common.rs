//! Shared by the fuzz targets: running a closure on a thread with a large native
//! stack, as `tern`'s `src/main.rs` runs the VM (deep but legal nesting must not be
//! reported as a stack overflow that the real binary would not have).

/// Native stack of the worker thread (the `tern` binary uses 1 GB; 256 MB is plenty
/// for inputs of libFuzzer's default maximum length).
const STACK_BYTES: usize = 256 << 20;

/// Runs `f` on a fresh thread with a large stack and waits for it. A panic inside `f`
/// has already aborted the process through libFuzzer's panic hook by the time
/// `join` returns, so the `expect` below only guards against a failed spawn.
pub fn on_big_stack<F: FnOnce() + Send + 'static>(f: F) {
    std::thread::Builder::new()
        .name("tern-fuzz".into())
        .stack_size(STACK_BYTES)
        .spawn(f)
        .expect("spawning the fuzz worker thread")
        .join()
        .expect("the fuzz worker thread panicked");
}
