//! The allocator of the extension (and of `examples/profile.rs`, to time what it runs):
//! mimalloc, which keeps the memory a step frees for the next step's buffers. With the
//! system's malloc each step's output (four bytes a character) came from fresh pages that
//! the kernel zeroed and took back after: a quarter of the time of `default` on a 10 MiB
//! text. The binary that links this crate declares `#[global_allocator]` (a library must
//! not choose it for every program that uses it) and calls [`keep_freed_memory`] first.

pub use mimalloc::MiMalloc;

/// How long freed memory is kept before it goes back to the system. mimalloc's default,
/// 10 ms, is less than one step takes on a block of 1 MiB, so each step's output still came
/// from fresh pages.
pub const PURGE_DELAY_MS: std::os::raw::c_long = 1000;

/// `mi_option_purge_delay` in mimalloc.h's `mi_option_e` (the same in its v2 and v3).
const MI_OPTION_PURGE_DELAY: std::os::raw::c_int = 15;

extern "C" {
    /// mimalloc's option setter (`mi_option_set` in mimalloc.h), linked with the allocator.
    fn mi_option_set(option: std::os::raw::c_int, value: std::os::raw::c_long);
}

/// Set mimalloc's purge delay to [`PURGE_DELAY_MS`] (`MIMALLOC_VERBOSE=1` shows it).
pub fn keep_freed_memory() {
    // SAFETY: mimalloc's options may be set at any time; this one is a plain integer
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
}
