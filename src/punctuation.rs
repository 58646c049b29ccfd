//! punctuation (to be ported)
