//! letters (to be ported)
