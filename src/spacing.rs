//! spacing (to be ported)
