//! Where a program's time goes, step by step, in the core alone (no binding):
//!
//!     cargo run --release --example profile -- FILE [STEP ...]
//!
//! Prints milliseconds for the masking, each step's fast path on the text as the program
//! hands it on, and the unmasking; the best of `RUNS` runs (3). Never asserts a time.
use _core::{make_step, Options};
use std::time::Instant;

// (the extension's allocator, as the extension sets it up: see src/alloc.rs)
#[cfg(not(feature = "python"))]
#[global_allocator]
static GLOBAL: _core::alloc::MiMalloc = _core::alloc::MiMalloc;

fn main() {
    _core::alloc::keep_freed_memory();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("usage: profile FILE [STEP ...]");
    let text: Vec<char> = std::fs::read_to_string(path)
        .expect("readable UTF-8")
        .chars()
        .collect();
    let default = "unify_letters remove_tatweel digits remove_invisibles clean_zwnj compose_letters \
                   unify_spaces punctuation punctuation_spacing fix_zwnj";
    let names: Vec<String> = if args.len() > 1 {
        args[1..].to_vec()
    } else {
        default.split_whitespace().map(String::from).collect()
    };
    let steps: Vec<_> = names
        .iter()
        .map(|n| make_step(n, &Options::new()).expect("a step name"))
        .collect();
    let program = _core::pipeline::Program::new(steps);
    program.normalize(&['س', 'ل', 'ا', 'م']);
    let mut best: Vec<(String, f64)> = Vec::new();
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    for run in 0..runs {
        let mut times: Vec<(String, f64)> = Vec::new();
        let t = Instant::now();
        let m = program.mask(&text);
        times.push(("mask".into(), t.elapsed().as_secs_f64()));
        let mut cur = m.text;
        for (i, s) in program.steps.iter().enumerate() {
            let t = Instant::now();
            if let Some(out) = s.apply(&cur) {
                cur = out;
            }
            times.push((format!("{i}:{}", s.name()), t.elapsed().as_secs_f64()));
        }
        let t = Instant::now();
        let out = _core::protect::unmask(&cur, &program.unprotected(m.hidden), &m.ph);
        times.push(("unmask".into(), t.elapsed().as_secs_f64()));
        let t = Instant::now();
        let whole = program.normalize(&text);
        times.push(("whole normalize".into(), t.elapsed().as_secs_f64()));
        assert_eq!(out.len(), whole.len());
        if run == 0 {
            best = times;
        } else {
            for (b, t) in best.iter_mut().zip(times) {
                b.1 = b.1.min(t.1);
            }
        }
    }
    let mib = text.iter().collect::<String>().len() as f64 / (1 << 20) as f64;
    for (name, secs) in &best {
        println!("{name:>24} {:8.1} ms", secs * 1e3);
    }
    let whole = best.last().expect("timed").1;
    println!("{:>24} {:8.1} MiB/s", "whole", mib / whole);
}
