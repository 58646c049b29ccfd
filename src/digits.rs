//! digits (to be ported)
