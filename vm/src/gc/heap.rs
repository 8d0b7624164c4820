//! The GC heap: one reserved arena carved into 256 KiB blocks.
//!
//! Small objects (up to `MAX_SMALL` bytes) live in size-classed blocks; each block holds
//! cells of one size. Larger objects take a span of whole blocks (the large-object
//! space). The collector is non-moving: an object's address never changes.
//!
//! Invariants:
//! - Every cell starts with an `ObjHeader`. A cell whose kind is `Kind::Free` holds no
//!   object; its `class` field is the free-list link. Fresh memory is zero-filled, which
//!   reads as `Kind::Free`.
//! - An allocated object's body is zero-filled before it is handed out, so that a
//!   half-built object traces as `EMPTY` values and null pointers.
//! - `find_object` maps any address inside an allocated cell (interior pointers
//!   included) to the start of its object, and anything else to `None`. The conservative
//!   stack scan relies on it.
//! - The heap never collects by itself: `should_collect` tells the VM, which knows the
//!   roots, when to run `gc::collect`.

use crate::object::header::{Kind, ObjHeader};
use std::ptr;

/// Size of one block. Blocks are aligned to it inside the arena.
pub const BLOCK_SIZE: usize = 256 * 1024;
/// Largest object served from a size class; bigger ones get whole blocks.
pub const MAX_SMALL: usize = 64 * 1024;
/// Virtual address space reserved up front (committed lazily, a block at a time).
const ARENA_RESERVE: usize = 64 << 30;
/// The smallest reservation tried when the address space is limited (`ulimit -v`,
/// valgrind): the arena halves from ARENA_RESERVE down to this.
const ARENA_RESERVE_MIN: usize = 1 << 30;
/// Collections never run before this much has been allocated since the last one.
const MIN_TRIGGER: usize = 8 << 20;
/// A collection runs when the heap has grown by this factor since the last one.
const GROWTH_FACTOR: f64 = 1.0;
/// Empty blocks kept committed for reuse; beyond this they are returned to the OS.
const KEEP_FREE_BLOCKS: usize = 16;
/// Byte written over freed cells in stress mode.
pub const POISON: u8 = 0xDB;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum BlockState {
    /// Not holding anything (may or may not be committed).
    Unused,
    /// Cells of one size class.
    Small { class: u8 },
    /// First block of a large object spanning `blocks` blocks.
    LargeHead { blocks: u32 },
    /// A later block of a large object whose head block is `head`.
    LargeTail { head: u32 },
}

#[derive(Clone, Copy)]
struct BlockMeta {
    state: BlockState,
    /// Cells in this block (small blocks only).
    cells: u32,
    /// Whether the block's pages are currently committed read-write.
    committed: bool,
}

#[derive(Default, Clone, Copy)]
struct SizeClassState {
    /// Head of the free list (cells linked through `ObjHeader::class`).
    free: usize,
    /// Bump region in the block most recently taken for this class.
    bump: usize,
    bump_end: usize,
}

/// Numbers that `--gc-stats`, `--jit-stats` and the bench harness read.
#[derive(Default, Clone, Debug)]
pub struct GcStats {
    pub collections: u64,
    pub bytes_allocated: u64,
    pub objects_allocated: u64,
    pub peak_heap_bytes: usize,
    pub live_bytes_after_last: usize,
    pub gc_nanos: u64,
    pub objects_freed: u64,
}

impl GcStats {
    /// The one-line report of `--gc-stats` (also read by the benchmark harness):
    /// `gc: key=value ...`, with the process's peak resident set size.
    pub fn report(&self) -> String {
        format!(
            "gc: collections={} allocated_bytes={} objects={} freed={} peak_heap_bytes={} live_after_last={} gc_ms={:.3} peak_rss_kb={}",
            self.collections,
            self.bytes_allocated,
            self.objects_allocated,
            self.objects_freed,
            self.peak_heap_bytes,
            self.live_bytes_after_last,
            self.gc_nanos as f64 / 1e6,
            peak_rss_kb()
        )
    }
}

/// The process's peak resident set size in KiB (`getrusage`), 0 if unavailable.
pub fn peak_rss_kb() -> u64 {
    // SAFETY: getrusage writes into the zeroed struct we own.
    unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_SELF, &mut ru) == 0 {
            ru.ru_maxrss as u64
        } else {
            0
        }
    }
}

pub struct Heap {
    base: usize,
    /// The whole mapping `reserve_arena` made (unaligned start, length), unmapped on drop.
    mapping: (usize, usize),
    blocks: Vec<BlockMeta>,
    free_blocks: Vec<u32>,
    class_sizes: Vec<usize>,
    class_of_16: Vec<u8>,
    classes: Vec<SizeClassState>,
    /// Bytes handed out since the last collection (cells and large spans).
    since_gc: usize,
    /// Collect when `since_gc` passes this.
    trigger: usize,
    /// Bytes in allocated cells and spans, as of the last sweep plus allocations since.
    heap_bytes: usize,
    /// Bytes owned by objects outside the arena (big-int limbs, code vectors).
    external_bytes: usize,
    /// Collect every N allocations when non-zero (`TERN_GC_STRESS`).
    pub stress_every: u64,
    stress_countdown: u64,
    pub stats: GcStats,
    /// Set while a collection runs; allocation then is a bug.
    pub collecting: bool,
    /// Poison freed cells and verify the heap after each collection.
    pub verify: bool,
}

fn build_size_classes() -> Vec<usize> {
    let mut sizes: Vec<usize> = (1..=16).map(|i| i * 16).collect();
    let mut base = 256;
    while base < MAX_SMALL {
        for quarter in 1..=4 {
            sizes.push(base + base / 4 * quarter);
        }
        base *= 2;
    }
    sizes.retain(|&s| s <= MAX_SMALL);
    if *sizes.last().unwrap() != MAX_SMALL {
        sizes.push(MAX_SMALL);
    }
    sizes
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        let mapping = reserve_arena();
        let base = mapping.0.next_multiple_of(BLOCK_SIZE);
        let class_sizes = build_size_classes();
        let mut class_of_16 = vec![0u8; MAX_SMALL / 16 + 1];
        let mut c = 0;
        for (i, slot) in class_of_16.iter_mut().enumerate() {
            let size = i * 16;
            while class_sizes[c] < size {
                c += 1;
            }
            *slot = c as u8;
        }
        let nclasses = class_sizes.len();
        Heap {
            base,
            mapping,
            blocks: Vec::new(),
            free_blocks: Vec::new(),
            class_sizes,
            class_of_16,
            classes: vec![SizeClassState::default(); nclasses],
            since_gc: 0,
            trigger: MIN_TRIGGER,
            heap_bytes: 0,
            external_bytes: 0,
            stress_every: 0,
            stress_countdown: 0,
            stats: GcStats::default(),
            collecting: false,
            verify: false,
        }
    }

    /// Turns on stress mode: a collection every `n` allocations, poisoning and
    /// verification.
    pub fn set_stress(&mut self, n: u64) {
        self.stress_every = n;
        self.stress_countdown = n;
        self.verify = n > 0;
    }

    /// True when the VM should collect before the next allocation.
    #[inline]
    pub fn should_collect(&mut self) -> bool {
        if self.stress_every != 0 {
            self.stress_countdown -= 1;
            if self.stress_countdown == 0 {
                self.stress_countdown = self.stress_every;
                return true;
            }
            return false;
        }
        self.since_gc >= self.trigger
    }

    /// Bytes currently attributed to the heap, external bytes included.
    pub fn heap_bytes(&self) -> usize {
        self.heap_bytes + self.external_bytes
    }

    /// Records bytes allocated outside the arena on behalf of an object, so that they
    /// count toward the collection trigger.
    #[inline]
    pub fn note_external_alloc(&mut self, bytes: usize) {
        self.external_bytes += bytes;
        self.since_gc += bytes;
        self.stats.bytes_allocated += bytes as u64;
    }

    /// Records that external bytes were released (by a finaliser).
    #[inline]
    pub fn note_external_free(&mut self, bytes: usize) {
        self.external_bytes = self.external_bytes.saturating_sub(bytes);
    }

    /// Allocates a zero-filled object of `size` bytes (header included) and writes its
    /// header. Never collects.
    #[inline]
    pub fn alloc(
        &mut self,
        size: usize,
        kind: Kind,
        class: *mut crate::object::TypeObj,
    ) -> *mut ObjHeader {
        debug_assert!(!self.collecting, "allocation during a collection");
        debug_assert!(size >= std::mem::size_of::<ObjHeader>());
        let (cell, cell_size) = if size <= MAX_SMALL {
            let c = self.class_of_16[size.div_ceil(16)] as usize;
            (self.alloc_small(c), self.class_sizes[c])
        } else {
            let blocks = size.div_ceil(BLOCK_SIZE);
            (self.alloc_large(blocks), blocks * BLOCK_SIZE)
        };
        self.since_gc += cell_size;
        self.heap_bytes += cell_size;
        self.stats.bytes_allocated += cell_size as u64;
        self.stats.objects_allocated += 1;
        if self.heap_bytes() > self.stats.peak_heap_bytes {
            self.stats.peak_heap_bytes = self.heap_bytes();
        }
        let obj = cell as *mut ObjHeader;
        // SAFETY: `cell` is a free cell of at least `size` bytes inside a committed block;
        // nothing else refers to it. Zeroing the body first keeps the object traceable.
        unsafe {
            zero_cell(cell, size);
            (*obj).class = class;
            (*obj).kind = kind;
        }
        obj
    }

    fn alloc_small(&mut self, c: usize) -> usize {
        let st = &mut self.classes[c];
        if st.free != 0 {
            let cell = st.free;
            // SAFETY: free-list cells are free cells in committed blocks; their `class`
            // field holds the next link.
            st.free = unsafe { (*(cell as *mut ObjHeader)).class as usize };
            return cell;
        }
        let size = self.class_sizes[c];
        if st.bump + size <= st.bump_end && st.bump != 0 {
            let cell = st.bump;
            st.bump += size;
            return cell;
        }
        let b = self.take_blocks(1);
        let cells = BLOCK_SIZE / size;
        self.blocks[b].state = BlockState::Small { class: c as u8 };
        self.blocks[b].cells = cells as u32;
        let start = self.block_addr(b);
        let st = &mut self.classes[c];
        st.bump = start + size;
        st.bump_end = start + cells * size;
        start
    }

    fn alloc_large(&mut self, nblocks: usize) -> usize {
        let b = self.take_blocks(nblocks);
        self.blocks[b].state = BlockState::LargeHead {
            blocks: nblocks as u32,
        };
        for i in 1..nblocks {
            self.blocks[b + i].state = BlockState::LargeTail { head: b as u32 };
        }
        self.block_addr(b)
    }

    /// Finds `n` contiguous unused blocks, committing them, and returns the first index.
    fn take_blocks(&mut self, n: usize) -> usize {
        let b = if n == 1 {
            match self.free_blocks.pop() {
                Some(b) => b as usize,
                None => self.grow(1),
            }
        } else {
            self.find_free_run(n).unwrap_or_else(|| self.grow(n))
        };
        for i in b..b + n {
            if !self.blocks[i].committed {
                commit(self.block_addr(i), BLOCK_SIZE);
                self.blocks[i].committed = true;
            }
        }
        b
    }

    fn find_free_run(&mut self, n: usize) -> Option<usize> {
        if self.free_blocks.len() < n {
            return None;
        }
        self.free_blocks.sort_unstable();
        let fb = &self.free_blocks;
        let mut run_start = 0;
        for i in 1..=fb.len() {
            if i == fb.len() || fb[i] != fb[i - 1] + 1 {
                if i - run_start >= n {
                    let first = fb[run_start] as usize;
                    self.free_blocks.drain(run_start..run_start + n);
                    return Some(first);
                }
                run_start = i;
            }
        }
        None
    }

    fn grow(&mut self, n: usize) -> usize {
        let first = self.blocks.len();
        let capacity = self.mapping.1 - BLOCK_SIZE;
        if (first + n) * BLOCK_SIZE > capacity {
            eprintln!(
                "tern: out of memory (GC arena of {} GiB exhausted)",
                capacity >> 30
            );
            std::process::exit(1);
        }
        for _ in 0..n {
            self.blocks.push(BlockMeta {
                state: BlockState::Unused,
                cells: 0,
                committed: false,
            });
        }
        first
    }

    #[inline]
    fn block_addr(&self, b: usize) -> usize {
        self.base + b * BLOCK_SIZE
    }

    /// Maps an address to the object containing it, if it is inside an allocated cell.
    #[inline]
    pub fn find_object(&self, addr: usize) -> Option<*mut ObjHeader> {
        if addr < self.base {
            return None;
        }
        let b = (addr - self.base) / BLOCK_SIZE;
        let meta = self.blocks.get(b)?;
        let start = match meta.state {
            BlockState::Unused => return None,
            BlockState::Small { class } => {
                let size = self.class_sizes[class as usize];
                let off = addr - self.block_addr(b);
                let idx = off / size;
                if idx >= meta.cells as usize {
                    return None;
                }
                self.block_addr(b) + idx * size
            }
            BlockState::LargeHead { .. } => self.block_addr(b),
            BlockState::LargeTail { head } => self.block_addr(head as usize),
        };
        let obj = start as *mut ObjHeader;
        // SAFETY: `start` is the first byte of a cell in a committed block; every cell
        // begins with a header (zero-filled cells read as Kind::Free).
        if unsafe { (*obj).kind } == Kind::Free {
            return None;
        }
        Some(obj)
    }

    /// Calls `f` on every allocated object.
    pub fn for_each_object(&self, mut f: impl FnMut(*mut ObjHeader)) {
        for b in 0..self.blocks.len() {
            match self.blocks[b].state {
                BlockState::Small { class } => {
                    let size = self.class_sizes[class as usize];
                    let start = self.block_addr(b);
                    for i in 0..self.blocks[b].cells as usize {
                        let obj = (start + i * size) as *mut ObjHeader;
                        // SAFETY: see find_object.
                        if unsafe { (*obj).kind } != Kind::Free {
                            f(obj);
                        }
                    }
                }
                BlockState::LargeHead { .. } => f(self.block_addr(b) as *mut ObjHeader),
                _ => {}
            }
        }
    }

    /// Frees every object (running finalisers), for a Vm being dropped: with no marks
    /// set (they are cleared after every collection), a sweep frees everything.
    pub fn free_all(&mut self, finalize: impl FnMut(*mut ObjHeader)) {
        if !self.collecting {
            self.sweep(finalize);
        }
    }

    /// Frees every unmarked object (after calling `finalize` on it), clears the marks
    /// of the survivors, rebuilds the free lists and sets the next trigger.
    pub fn sweep(&mut self, mut finalize: impl FnMut(*mut ObjHeader)) {
        for st in self.classes.iter_mut() {
            *st = SizeClassState::default();
        }
        let mut live = 0usize;
        let mut freed = 0u64;
        let mut emptied: Vec<u32> = Vec::new();
        for b in 0..self.blocks.len() {
            match self.blocks[b].state {
                BlockState::Small { class } => {
                    let c = class as usize;
                    let size = self.class_sizes[c];
                    let start = self.block_addr(b);
                    let cells = self.blocks[b].cells as usize;
                    let mut free_head = self.classes[c].free;
                    let mut live_here = 0;
                    // Link free cells so that allocation proceeds in address order.
                    for i in (0..cells).rev() {
                        let obj = (start + i * size) as *mut ObjHeader;
                        // SAFETY: every cell of a small block is inside committed memory
                        // and starts with a header.
                        unsafe {
                            if (*obj).kind != Kind::Free {
                                if (*obj).mark != 0 {
                                    (*obj).mark = 0;
                                    live_here += 1;
                                    continue;
                                }
                                if needs_finalizer((*obj).kind) {
                                    finalize(obj);
                                }
                                freed += 1;
                                self.free_cell(obj, size);
                            }
                            (*obj).class = free_head as *mut _;
                            free_head = obj as usize;
                        }
                    }
                    if live_here == 0 {
                        // The whole block is empty: give it back. Its cells were linked
                        // only into `free_head`, which is dropped here.
                        emptied.push(b as u32);
                        self.blocks[b].state = BlockState::Unused;
                        continue;
                    }
                    self.classes[c].free = free_head;
                    live += live_here * size;
                }
                BlockState::LargeHead { blocks } => {
                    let obj = self.block_addr(b) as *mut ObjHeader;
                    // SAFETY: the head block of a large span starts with its header.
                    unsafe {
                        if (*obj).mark != 0 {
                            (*obj).mark = 0;
                            live += blocks as usize * BLOCK_SIZE;
                        } else {
                            finalize(obj);
                            freed += 1;
                            for i in b..b + blocks as usize {
                                self.blocks[i].state = BlockState::Unused;
                                emptied.push(i as u32);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        for b in emptied {
            self.release_block(b as usize);
        }
        self.heap_bytes = live;
        self.stats.live_bytes_after_last = live + self.external_bytes;
        self.stats.objects_freed += freed;
        self.since_gc = 0;
        let grown = ((live + self.external_bytes) as f64 * GROWTH_FACTOR) as usize;
        self.trigger = grown.max(MIN_TRIGGER);
    }

    fn release_block(&mut self, b: usize) {
        // Keep enough committed blocks for the next cycle's allocations (up to the
        // trigger), so that a steady allocation rate does not fault pages back in.
        let keep = KEEP_FREE_BLOCKS + self.trigger / BLOCK_SIZE;
        if self.free_blocks.len() >= keep && self.blocks[b].committed {
            decommit(self.block_addr(b), BLOCK_SIZE);
            self.blocks[b].committed = false;
        } else if self.blocks[b].committed {
            // SAFETY: a committed block that no longer holds objects; zeroing makes every
            // cell read as Kind::Free again.
            unsafe { ptr::write_bytes(self.block_addr(b) as *mut u8, 0, BLOCK_SIZE) };
        }
        self.free_blocks.push(b as u32);
    }

    /// Turns an object cell into a free cell (poisoned in verify mode).
    ///
    /// # Safety
    /// `obj` must be an unreachable object of cell size `size`.
    unsafe fn free_cell(&mut self, obj: *mut ObjHeader, size: usize) {
        let hdr = std::mem::size_of::<ObjHeader>();
        if self.verify {
            ptr::write_bytes((obj as *mut u8).add(hdr), POISON, size - hdr);
        }
        ptr::write_bytes(obj as *mut u8, 0, hdr);
    }

    /// Bytes of the cell that holds `obj` (for statistics and verification).
    pub fn cell_size(&self, obj: *mut ObjHeader) -> usize {
        let b = (obj as usize - self.base) / BLOCK_SIZE;
        match self.blocks[b].state {
            BlockState::Small { class } => self.class_sizes[class as usize],
            BlockState::LargeHead { blocks } => blocks as usize * BLOCK_SIZE,
            _ => 0,
        }
    }
}

/// True for the kinds whose objects own memory outside the heap (big-int limbs, code
/// tables, native state) and must be finalised when freed.
#[inline(always)]
fn needs_finalizer(kind: Kind) -> bool {
    matches!(kind, Kind::BigInt | Kind::Code | Kind::Native)
}

/// Zeroes the first `size` bytes of a fresh cell. Small objects (most of them) are
/// cleared with a few word stores instead of a call to `memset`.
///
/// # Safety
/// `cell` is 16-byte aligned and at least `size` rounded up to 16 bytes long.
#[inline(always)]
unsafe fn zero_cell(cell: usize, size: usize) {
    let p = cell as *mut [u64; 2];
    match size.div_ceil(16) {
        1 => *p = [0; 2],
        2 => *(p as *mut [u64; 4]) = [0; 4],
        3 => *(p as *mut [u64; 6]) = [0; 6],
        4 => *(p as *mut [u64; 8]) = [0; 8],
        _ => ptr::write_bytes(cell as *mut u8, 0, size),
    }
}

// ----- OS memory ------------------------------------------------------------------------

/// Reserves the arena, ARENA_RESERVE bytes plus one block of address space (so that a
/// block-aligned start fits), halving the size down to ARENA_RESERVE_MIN where the
/// address space is limited. Returns the mapping as (start, length).
fn reserve_arena() -> (usize, usize) {
    let mut bytes = ARENA_RESERVE;
    loop {
        if let Some(p) = map_reservation(bytes + BLOCK_SIZE) {
            return (p, bytes + BLOCK_SIZE);
        }
        if bytes <= ARENA_RESERVE_MIN {
            eprintln!("tern: cannot reserve the GC arena");
            std::process::exit(1);
        }
        bytes /= 2;
    }
}

/// An anonymous PROT_NONE mapping of `len` bytes, or None when the kernel refuses.
fn map_reservation(len: usize) -> Option<usize> {
    // SAFETY: a fresh anonymous PROT_NONE reservation; no memory is accessed until a
    // block is committed with `commit`.
    let p = unsafe {
        libc::mmap(
            ptr::null_mut(),
            len,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    (p != libc::MAP_FAILED).then_some(p as usize)
}

impl Drop for Heap {
    /// Gives the arena's address space back. Objects that own memory outside the arena
    /// must have been finalised first (`Vm`'s drop sweeps everything).
    fn drop(&mut self) {
        // SAFETY: `mapping` is exactly the region `reserve_arena` mapped; nothing
        // refers into it once the heap (and the Vm that owns it) is gone.
        unsafe {
            libc::munmap(self.mapping.0 as *mut _, self.mapping.1);
        }
    }
}

fn commit(addr: usize, bytes: usize) {
    // SAFETY: `addr..addr+bytes` lies inside the reserved arena.
    let rc = unsafe { libc::mprotect(addr as *mut _, bytes, libc::PROT_READ | libc::PROT_WRITE) };
    if rc != 0 {
        eprintln!("tern: out of memory (cannot commit GC block)");
        std::process::exit(1);
    }
}

fn decommit(addr: usize, bytes: usize) {
    // SAFETY: the block holds no objects; MADV_DONTNEED gives the pages back and they
    // read as zero when touched again. It stays mapped read-write.
    unsafe {
        libc::madvise(addr as *mut _, bytes, libc::MADV_DONTNEED);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_are_sorted_and_cover_everything() {
        let s = build_size_classes();
        assert!(s.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(*s.last().unwrap(), MAX_SMALL);
        assert!(s.len() < 256);
        let h = Heap::new();
        for size in (16..=MAX_SMALL).step_by(8) {
            let c = h.class_of_16[size.div_ceil(16)] as usize;
            assert!(h.class_sizes[c] >= size);
            assert!(c == 0 || h.class_sizes[c - 1] < size);
        }
    }
}
