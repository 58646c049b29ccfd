//! The Python binding, `normalizer._core`: thin wrappers; the work is in the core and runs
//! with the GIL released.

use crate::edit::Edit;
use crate::pipeline::Program;
use crate::step::{make_step, Options, Value};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyInt, PyList, PyString};

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn string(c: &[char]) -> String {
    c.iter().collect()
}

fn options(d: Option<&Bound<'_, PyDict>>) -> PyResult<Options> {
    let mut o = Options::new();
    if let Some(d) = d {
        for (k, v) in d.iter() {
            let key: String = k.extract()?;
            let value = if v.is_instance_of::<PyBool>() {
                Value::Bool(v.extract()?)
            } else if v.is_instance_of::<PyInt>() {
                Value::Int(v.extract()?)
            } else if v.is_instance_of::<PyString>() {
                Value::Str(v.extract()?)
            } else if let Ok(list) = v.extract::<Vec<String>>() {
                Value::List(list)
            } else {
                return Err(PyTypeError::new_err(format!(
                    "option {key}: cannot pass {v} to the core"
                )));
            };
            o.0.insert(key, value);
        }
    }
    Ok(o)
}

type PyEdit = (usize, usize, String, &'static str);

/// Each step's edits and the text it saw; the hidden strings, placeholders and masked output.
type PyTrace = (Vec<(Vec<PyEdit>, String)>, Vec<String>, String, String);

fn py_edits(edits: Vec<Edit>) -> Vec<PyEdit> {
    edits
        .into_iter()
        .map(|e| (e.start, e.end, e.repl, e.rule))
        .collect()
}

/// The edits one step makes of `text` (no protected spans): for tests and tools.
#[pyfunction]
#[pyo3(signature = (name, options, text))]
fn step_edits(
    py: Python<'_>,
    name: &str,
    options: Option<&Bound<'_, PyDict>>,
    text: &str,
) -> PyResult<Vec<PyEdit>> {
    let step = make_step(name, &self::options(options)?).map_err(PyValueError::new_err)?;
    let t = chars(text);
    Ok(py.detach(|| py_edits(step.edits(&t))))
}

/// One step's fast path on `text` (no protected spans).
#[pyfunction]
#[pyo3(signature = (name, options, text))]
fn step_apply(
    py: Python<'_>,
    name: &str,
    options: Option<&Bound<'_, PyDict>>,
    text: &str,
) -> PyResult<String> {
    let step = make_step(name, &self::options(options)?).map_err(PyValueError::new_err)?;
    let t = chars(text);
    Ok(py.detach(|| step.apply(&t).map_or_else(|| text.to_string(), |o| string(&o))))
}

/// The names of the steps the core implements.
#[pyfunction]
fn step_names() -> Vec<&'static str> {
    crate::step::step_names()
}

/// The rules of `fix_zwnj` (the registry `rules::RULES`, in order; a name may have a glued
/// and a spaced row): dicts of name, kind (glued, spaced, run), doc, triggers, lists (the
/// word lists it names: name, role, words), examples (pairs: text, output) and counter
/// (texts left as they are). For docs/ZWNJ.md and the tests.
#[pyfunction]
fn zwnj_rules(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    let mut out = Vec::new();
    for r in crate::zwnj::rules::RULES {
        let d = PyDict::new(py);
        d.set_item("name", r.name)?;
        d.set_item("kind", r.kind.as_str())?;
        d.set_item("doc", r.doc)?;
        d.set_item("triggers", r.triggers)?;
        let mut lists = Vec::new();
        for l in r.lists {
            let ld = PyDict::new(py);
            ld.set_item("name", l.name)?;
            ld.set_item("role", l.role.as_str())?;
            ld.set_item("words", l.words.to_vec())?;
            lists.push(ld);
        }
        d.set_item("lists", lists)?;
        d.set_item("examples", r.examples.to_vec())?;
        d.set_item("counter", r.counter.to_vec())?;
        out.push(d);
    }
    Ok(out)
}

/// Hide the protected spans: `(masked, hidden, placeholders)`.
#[pyfunction]
#[pyo3(signature = (text, foreign=true, other=true))]
fn mask(py: Python<'_>, text: &str, foreign: bool, other: bool) -> (String, Vec<String>, String) {
    let t = chars(text);
    let m = py.detach(|| crate::protect::mask(&t, foreign, other));
    (
        string(&m.text),
        m.hidden.iter().map(|h| string(h)).collect(),
        string(&m.ph),
    )
}

/// Put the hidden strings back into the placeholder runs, in order.
#[pyfunction]
fn unmask(py: Python<'_>, text: &str, hidden: Vec<String>, ph: &str) -> String {
    let t = chars(text);
    let h: Vec<Vec<char>> = hidden.iter().map(|s| chars(s)).collect();
    let p = chars(ph);
    py.detach(|| string(&crate::protect::unmask(&t, &h, &p)))
}

/// The protected spans of `text` (URLs, e-mails, mentions, Latin words).
#[pyfunction]
fn find(py: Python<'_>, text: &str) -> Vec<(usize, usize)> {
    let t = chars(text);
    py.detach(|| crate::protect::find(&t))
}

/// The spans of the whole lines a pipeline leaves as written.
#[pyfunction]
#[pyo3(signature = (text, foreign=true, other=true))]
fn lines(py: Python<'_>, text: &str, foreign: bool, other: bool) -> Vec<(usize, usize)> {
    let t = chars(text);
    py.detach(|| crate::protect::lines(&t, foreign, other))
}

/// The spans of the lines with no Arabic-script letter or mark.
#[pyfunction]
fn foreign_lines(py: Python<'_>, text: &str) -> Vec<(usize, usize)> {
    let t = chars(text);
    py.detach(|| crate::protect::foreign_lines(&t))
}

/// The spans of the lines written in another Arabic-script language.
#[pyfunction]
fn other_language_lines(py: Python<'_>, text: &str) -> Vec<(usize, usize)> {
    let t = chars(text);
    py.detach(|| crate::protect::other_language_lines(&t))
}

/// Is `line` written in another Arabic-script language (Urdu, Kurdish, Pashto, ...)?
#[pyfunction]
fn is_other_language(line: &str) -> bool {
    crate::protect::is_other_language(&chars(line))
}

/// A compiled sequence of steps.
#[pyclass(name = "Program", module = "normalizer._core", frozen)]
struct PyProgram {
    inner: Program,
}

#[pymethods]
impl PyProgram {
    /// `steps`: a list of `(name, options)` pairs.
    #[new]
    fn new(steps: &Bound<'_, PyList>) -> PyResult<Self> {
        let mut out = Vec::new();
        for item in steps.iter() {
            let (name, opts): (String, Option<Bound<'_, PyDict>>) = item.extract()?;
            out.push(make_step(&name, &options(opts.as_ref())?).map_err(PyValueError::new_err)?);
        }
        Ok(PyProgram {
            inner: Program::new(out),
        })
    }

    /// `text` normalized whole.
    fn normalize(&self, py: Python<'_>, text: &str) -> String {
        let t = chars(text);
        py.detach(|| string(&self.inner.normalize(&t)))
    }

    /// Step `i`'s edits of `text`.
    fn step_edits(&self, py: Python<'_>, i: usize, text: &str) -> PyResult<Vec<PyEdit>> {
        if i >= self.inner.steps.len() {
            return Err(PyValueError::new_err("no such step"));
        }
        let t = chars(text);
        Ok(py.detach(|| py_edits(self.inner.step_edits(i, &t))))
    }

    /// Step `i`'s fast path on `text` (no protected spans).
    fn apply_step(&self, py: Python<'_>, i: usize, text: &str) -> PyResult<String> {
        if i >= self.inner.steps.len() {
            return Err(PyValueError::new_err("no such step"));
        }
        let t = chars(text);
        Ok(py.detach(|| {
            self.inner
                .apply_step(i, &t)
                .map_or_else(|| text.to_string(), |o| string(&o))
        }))
    }

    /// Many texts normalized whole, on up to `threads` threads, the GIL released.
    #[pyo3(signature = (texts, threads=1))]
    fn normalize_many(&self, py: Python<'_>, texts: Vec<String>, threads: usize) -> Vec<String> {
        let t: Vec<Vec<char>> = texts.iter().map(|s| chars(s)).collect();
        drop(texts);
        py.detach(|| {
            self.inner
                .normalize_many(&t, threads)
                .iter()
                .map(|o| string(o))
                .collect()
        })
    }

    /// `(text, starts, ends, ordered)`: `text` normalized, and its alignment as two arrays of
    /// 8-byte integers (native order), the first character of `text` at `base`.
    #[pyo3(signature = (text, base=0))]
    fn aligned<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        base: usize,
    ) -> (String, Bound<'py, PyBytes>, Bound<'py, PyBytes>, bool) {
        let t = chars(text);
        let (out, al, ordered) = py.detach(|| self.inner.aligned(&t, base));
        let bytes = |v: &[usize]| -> Vec<u8> { v.iter().flat_map(|x| (*x as i64).to_ne_bytes()).collect() };
        (
            string(&out),
            PyBytes::new(py, &bytes(&al.starts)),
            PyBytes::new(py, &bytes(&al.ends)),
            ordered,
        )
    }

    /// `(steps, hidden, placeholders, output)`: for each step, its edits of the masked text
    /// and the text it saw (empty where it made none); the masked text's hidden strings (as
    /// they were) and its placeholders; and the masked output.
    fn trace(&self, py: Python<'_>, text: &str) -> PyTrace {
        let t = chars(text);
        let (steps, m) = py.detach(|| self.inner.trace(&t));
        let steps = steps
            .into_iter()
            .map(|s| (py_edits(s.edits), string(&s.seen)))
            .collect();
        (
            steps,
            m.hidden.iter().map(|h| string(h)).collect(),
            string(&m.ph),
            string(&m.text),
        )
    }

    /// Hide the protected spans as this program does: `(masked, hidden, placeholders)`.
    fn mask(&self, py: Python<'_>, text: &str) -> (String, Vec<String>, String) {
        let t = chars(text);
        let m = py.detach(|| self.inner.mask(&t));
        (
            string(&m.text),
            m.hidden.iter().map(|h| string(h)).collect(),
            string(&m.ph),
        )
    }

    #[getter]
    fn context_lines(&self) -> usize {
        self.inner.context_lines()
    }

    #[getter]
    fn protect(&self) -> (bool, bool) {
        (self.inner.foreign, self.inner.other)
    }
}

/// difflib's opcodes (no junk) of turning `a` into `b`, as the alignments use them (for tests).
#[pyfunction]
fn _opcodes(a: &str, b: &str) -> Vec<(&'static str, usize, usize, usize, usize)> {
    use crate::align::Op;
    crate::align::opcodes(&chars(a), &chars(b))
        .into_iter()
        .map(|(op, i1, i2, j1, j2)| {
            let tag = match op {
                Op::Equal => "equal",
                Op::Replace => "replace",
                Op::Insert => "insert",
                Op::Delete => "delete",
            };
            (tag, i1, i2, j1, j2)
        })
        .collect()
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(step_edits, m)?)?;
    m.add_function(wrap_pyfunction!(step_apply, m)?)?;
    m.add_function(wrap_pyfunction!(step_names, m)?)?;
    m.add_function(wrap_pyfunction!(zwnj_rules, m)?)?;
    m.add_function(wrap_pyfunction!(mask, m)?)?;
    m.add_function(wrap_pyfunction!(unmask, m)?)?;
    m.add_function(wrap_pyfunction!(find, m)?)?;
    m.add_function(wrap_pyfunction!(lines, m)?)?;
    m.add_function(wrap_pyfunction!(foreign_lines, m)?)?;
    m.add_function(wrap_pyfunction!(other_language_lines, m)?)?;
    m.add_function(wrap_pyfunction!(is_other_language, m)?)?;
    m.add_function(wrap_pyfunction!(_opcodes, m)?)?;
    m.add_class::<PyProgram>()?;
    Ok(())
}
