//! The ZWNJ steps (to be ported)
