//! align (to be ported)
