//! The Python binding, `normalizer._core`: thin wrappers; the work is in the core and runs
//! with the GIL released.

use crate::edit::Edit;
use crate::pipeline::Program;
use crate::protect::Masked;
use crate::step::{make_step, Options, Value};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyInt, PyList, PyString};

/// The extension's allocator (see `crate::alloc`).
#[global_allocator]
static ALLOCATOR: crate::alloc::MiMalloc = crate::alloc::MiMalloc;

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn string(c: &[char]) -> String {
    c.iter().collect()
}

/// Where a lone surrogate of a Python `str` (an undecodable byte kept by `surrogateescape`)
/// goes while the core works on it: U+D800..DFFF to U+10F800..FFFF (private use), which no
/// step changes; it comes back out as the same surrogate.
const SURROGATE_BASE: u32 = 0x10F800;

fn is_stand_in(c: char) -> bool {
    c as u32 >= SURROGATE_BASE
}

/// The error of a text (or texts given together) holding both lone surrogates and their
/// stand-ins, which could not be told apart after.
const MIXED_SURROGATES: &str =
    "cannot normalize a text holding both lone surrogates and characters U+10F800..U+10FFFF";

/// A Python `str` as the core reads it: its characters, and whether it held lone surrogates
/// (then its characters in U+10F800..FFFF stand for them).
struct Text {
    chars: Vec<char>,
    surrogates: bool,
}

impl<'a, 'py> FromPyObject<'a, 'py> for Text {
    type Error = PyErr;

    /// The characters of a `str`, copied from CPython's own representation as UCS-4 (no
    /// UTF-8 is made); a lone surrogate becomes its stand-in.
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let s = obj.cast::<PyString>()?;
        // SAFETY: `s` is a str (checked above); the buffer holds `n` code points, as
        // PyUnicode_GetLength tells, and PyUnicode_AsUCS4 writes at most that many.
        let units: Vec<u32> = unsafe {
            let n = ffi::PyUnicode_GetLength(s.as_ptr());
            if n < 0 {
                return Err(PyErr::fetch(obj.py()));
            }
            let mut buf: Vec<u32> = Vec::with_capacity(n as usize);
            if n > 0 {
                if ffi::PyUnicode_AsUCS4(s.as_ptr(), buf.as_mut_ptr(), n, 0).is_null() {
                    return Err(PyErr::fetch(obj.py()));
                }
                buf.set_len(n as usize);
            }
            buf
        };
        if !units.iter().any(|&u| (0xD800..0xE000).contains(&u)) {
            // (the usual text: every unit a char already, taken as it is)
            let mut units = std::mem::ManuallyDrop::new(units);
            let (ptr, len, cap) = (units.as_mut_ptr(), units.len(), units.capacity());
            // SAFETY: a str's code points are at most U+10FFFF and these are no surrogates,
            // so each is a valid `char`, which has the layout of a `u32`; the buffer is
            // handed over whole (pointer, length, capacity) and `units` is not dropped.
            let chars = unsafe { Vec::from_raw_parts(ptr as *mut char, len, cap) };
            return Ok(Text {
                chars,
                surrogates: false,
            });
        }
        let chars: Vec<char> = units
            .iter()
            .map(|&u| {
                char::from_u32(u).unwrap_or_else(|| {
                    char::from_u32(SURROGATE_BASE + (u - 0xD800)).expect("a private-use character")
                })
            })
            .collect();
        let surrogates = true;
        if units.iter().any(|&u| u >= SURROGATE_BASE) {
            return Err(PyValueError::new_err(MIXED_SURROGATES));
        }
        Ok(Text { chars, surrogates })
    }
}

/// Characters back to a Python `str` (decoded from UCS-4 by CPython), with the stand-ins of
/// lone surrogates (where `surrogates`) turned back into them.
fn py_str<'py>(py: Python<'py>, c: &[char], surrogates: bool) -> PyResult<Bound<'py, PyAny>> {
    let stood_in: Vec<u32>;
    let units: &[u32] = if surrogates {
        stood_in = c
            .iter()
            .map(|&x| {
                if is_stand_in(x) {
                    x as u32 - SURROGATE_BASE + 0xD800
                } else {
                    x as u32
                }
            })
            .collect();
        &stood_in
    } else {
        // SAFETY: a `char` has the size and alignment of a `u32`, and every char is one
        unsafe { std::slice::from_raw_parts(c.as_ptr() as *const u32, c.len()) }
    };
    // native byte order, given explicitly (so that a BOM in the text is kept as a character)
    let mut order: std::os::raw::c_int = if cfg!(target_endian = "little") { -1 } else { 1 };
    let errors: &[u8] = if surrogates {
        b"surrogatepass\0"
    } else {
        b"strict\0"
    };
    // SAFETY: `units` holds `4 * units.len()` bytes in native order; `errors` is
    // NUL-terminated; `order` lives through the call. The result is a new reference or NULL
    // with an exception set.
    unsafe {
        let obj = ffi::PyUnicode_DecodeUTF32(
            units.as_ptr() as *const std::os::raw::c_char,
            (units.len() * 4) as ffi::Py_ssize_t,
            errors.as_ptr() as *const std::os::raw::c_char,
            &mut order,
        );
        Bound::from_owned_ptr_or_err(py, obj)
    }
}

/// `chars` as UTF-8.
fn utf8(chars: &[char]) -> String {
    let mut buf = String::with_capacity(chars.len() * 2);
    buf.extend(chars.iter());
    buf
}

/// Whether texts given together hold lone surrogates; an error where one holds them and
/// another their stand-ins (U+10F800..U+10FFFF), which could not be told apart after.
fn check_parts(parts: &[&Text]) -> PyResult<bool> {
    let surrogates = parts.iter().any(|t| t.surrogates);
    if surrogates
        && parts
            .iter()
            .any(|t| !t.surrogates && t.chars.iter().any(|&c| is_stand_in(c)))
    {
        return Err(PyValueError::new_err(MIXED_SURROGATES));
    }
    Ok(surrogates)
}

impl PyProgram {
    /// `text` normalized between `before` and `after` (see `in_context`).
    fn cut(&self, before: &Text, text: &Text, after: &Text) -> Vec<char> {
        let whole = [&before.chars[..], &text.chars[..], &after.chars[..]].concat();
        let (a, b) = (before.chars.len(), before.chars.len() + text.chars.len());
        // (enough lines to take all of both: `after` may end in a line with no break)
        let k = 1 + before
            .chars
            .iter()
            .chain(&after.chars)
            .filter(|&&c| c == '\n')
            .count();
        self.inner.in_context(&whole, a, b, k)
    }
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

type PyEdit<'py> = (usize, usize, Bound<'py, PyAny>, &'static str);

fn py_edits<'py>(py: Python<'py>, edits: Vec<Edit>, surrogates: bool) -> PyResult<Vec<PyEdit<'py>>> {
    edits
        .into_iter()
        .map(|e| {
            let r: Vec<char> = e.repl.chars().collect();
            Ok((e.start, e.end, py_str(py, &r, surrogates)?, e.rule))
        })
        .collect()
}

fn py_strs<'py>(py: Python<'py>, v: &[Vec<char>], surrogates: bool) -> PyResult<Vec<Bound<'py, PyAny>>> {
    v.iter().map(|h| py_str(py, h, surrogates)).collect()
}

/// The edits one step makes of `text` (no protected spans): for tests and tools.
#[pyfunction]
#[pyo3(signature = (name, options, text))]
fn step_edits<'py>(
    py: Python<'py>,
    name: &str,
    options: Option<&Bound<'_, PyDict>>,
    text: Text,
) -> PyResult<Vec<PyEdit<'py>>> {
    let step = make_step(name, &self::options(options)?).map_err(PyValueError::new_err)?;
    let edits = py.detach(|| step.edits(&text.chars));
    py_edits(py, edits, text.surrogates)
}

/// One step's fast path on `text` (no protected spans).
#[pyfunction]
#[pyo3(signature = (name, options, text))]
fn step_apply<'py>(
    py: Python<'py>,
    name: &str,
    options: Option<&Bound<'_, PyDict>>,
    text: Text,
) -> PyResult<Bound<'py, PyAny>> {
    let step = make_step(name, &self::options(options)?).map_err(PyValueError::new_err)?;
    let out = py.detach(|| step.apply(&text.chars));
    py_str(py, out.as_deref().unwrap_or(&text.chars), text.surrogates)
}

/// The names of the steps the core implements.
#[pyfunction]
fn step_names() -> Vec<&'static str> {
    crate::step::step_names()
}

/// A masked text as Python gets it: `(masked, hidden, placeholders)`.
fn py_masked<'py>(py: Python<'py>, m: &Masked, surrogates: bool) -> PyResult<PyMasked<'py>> {
    Ok((
        py_str(py, &m.text, surrogates)?,
        py_strs(py, &m.hidden, surrogates)?,
        string(&m.ph),
    ))
}

type PyMasked<'py> = (Bound<'py, PyAny>, Vec<Bound<'py, PyAny>>, String);

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

/// The conventions of `fix_zwnj` (`conventions::CONVENTIONS`), as dicts: name (the option),
/// values (the first the default), doc, default_from, examples (value, text, output). For
/// docs/ZWNJ.md, the step's options and the tests.
#[pyfunction]
fn zwnj_conventions(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyDict>>> {
    let mut out = Vec::new();
    for c in crate::zwnj::conventions::CONVENTIONS {
        let d = PyDict::new(py);
        d.set_item("name", c.name)?;
        d.set_item("values", c.values.to_vec())?;
        d.set_item("doc", c.doc)?;
        d.set_item("default_from", c.default_from)?;
        d.set_item("examples", c.examples.to_vec())?;
        out.push(d);
    }
    Ok(out)
}

/// Hide the protected spans: `(masked, hidden, placeholders)`.
#[pyfunction]
#[pyo3(signature = (text, foreign=true, other=true))]
fn mask<'py>(py: Python<'py>, text: Text, foreign: bool, other: bool) -> PyResult<PyMasked<'py>> {
    let m = py.detach(|| crate::protect::mask(&text.chars, foreign, other));
    py_masked(py, &m, text.surrogates)
}

/// Put the hidden strings back into the placeholder runs, in order.
#[pyfunction]
fn unmask<'py>(py: Python<'py>, text: Text, hidden: Vec<Text>, ph: &str) -> PyResult<Bound<'py, PyAny>> {
    let surrogates = text.surrogates || hidden.iter().any(|h| h.surrogates);
    let h: Vec<Vec<char>> = hidden.into_iter().map(|h| h.chars).collect();
    let p = chars(ph);
    let out = py.detach(|| crate::protect::unmask(&text.chars, &h, &p));
    py_str(py, &out, surrogates)
}

/// The protected spans of `text` (URLs, e-mails, mentions, Latin words).
#[pyfunction]
fn find(py: Python<'_>, text: Text) -> Vec<(usize, usize)> {
    py.detach(|| crate::protect::find(&text.chars))
}

/// The spans of the whole lines a pipeline leaves as written.
#[pyfunction]
#[pyo3(signature = (text, foreign=true, other=true))]
fn lines(py: Python<'_>, text: Text, foreign: bool, other: bool) -> Vec<(usize, usize)> {
    py.detach(|| crate::protect::lines(&text.chars, foreign, other))
}

/// The spans of the lines with no Arabic-script letter or mark.
#[pyfunction]
fn foreign_lines(py: Python<'_>, text: Text) -> Vec<(usize, usize)> {
    py.detach(|| crate::protect::foreign_lines(&text.chars))
}

/// The spans of the lines written in another Arabic-script language.
#[pyfunction]
fn other_language_lines(py: Python<'_>, text: Text) -> Vec<(usize, usize)> {
    py.detach(|| crate::protect::other_language_lines(&text.chars))
}

/// Is `line` written in another Arabic-script language (Urdu, Kurdish, Pashto, ...)?
#[pyfunction]
fn is_other_language(line: Text) -> bool {
    crate::protect::is_other_language(&line.chars)
}

/// The core's character tables by name, each as a string of its characters (for tools and
/// tests; the tables live in `src/chars.rs`).
#[pyfunction]
fn tables() -> Vec<(&'static str, String)> {
    use crate::chars as c;
    let ranges = |r: &[(char, char)]| -> String { r.iter().flat_map(|&(a, b)| a..=b).collect() };
    let within = |f: fn(char) -> bool, r: &[(char, char)]| -> String {
        r.iter().flat_map(|&(a, b)| a..=b).filter(|&x| f(x)).collect()
    };
    vec![
        ("ZWNJ", c::ZWNJ.to_string()),
        ("TATWEEL", c::TATWEEL.to_string()),
        ("PERSIAN_DIGITS", c::PERSIAN_DIGITS.iter().collect()),
        ("ARABIC_DIGITS", c::ARABIC_DIGITS.iter().collect()),
        ("LATIN_DIGITS", c::LATIN_DIGITS.iter().collect()),
        ("ARABIC_LETTERS", ranges(c::ARABIC_LETTER_RANGES)),
        (
            "ARABIC_SCRIPT_LETTERS",
            within(c::is_arabic_script_letter, c::ARABIC_SCRIPT_BLOCKS),
        ),
        (
            "ARABIC_SCRIPT_TEXT",
            within(c::is_arabic_script_text, c::ARABIC_SCRIPT_BLOCKS),
        ),
        ("NON_JOINING", c::NON_JOINING.iter().collect()),
        ("DIACRITICS", c::DIACRITICS.iter().collect()),
        ("LETTER_MARKS", c::LETTER_MARKS.iter().collect()),
        ("SPACES", c::SPACES.iter().collect()),
        ("BOM", c::BOM.to_string()),
        ("SOFT_HYPHEN", c::SOFT_HYPHEN.to_string()),
        ("ZWSP", c::ZWSP.to_string()),
        ("WORD_JOINER", c::WORD_JOINER.to_string()),
        ("BIDI_MARKS", c::BIDI_MARKS.iter().collect()),
    ]
}

/// A compiled sequence of steps.
#[pyclass(name = "Program", module = "normalizer._core", frozen)]
struct PyProgram {
    inner: Program,
}

impl PyProgram {
    fn step(&self, i: usize) -> PyResult<&dyn crate::step::Step> {
        self.inner
            .steps
            .get(i)
            .map(|s| s.as_ref())
            .ok_or_else(|| PyValueError::new_err("no such step"))
    }
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
    fn normalize<'py>(&self, py: Python<'py>, text: Text) -> PyResult<Bound<'py, PyAny>> {
        let out = py.detach(|| self.inner.normalize(&text.chars));
        py_str(py, &out, text.surrogates)
    }

    /// `text`, a piece of a larger text cut at line breaks, normalized with the lines around
    /// it: `before` and `after`, whole lines each (at most the `context_lines` the steps read
    /// beside it), are normalized with it and cut off again; where the steps changed the
    /// number of line breaks, `text` is normalized alone.
    fn in_context<'py>(
        &self,
        py: Python<'py>,
        before: Text,
        text: Text,
        after: Text,
    ) -> PyResult<Bound<'py, PyAny>> {
        let surrogates = check_parts(&[&before, &text, &after])?;
        let out = py.detach(|| self.cut(&before, &text, &after));
        py_str(py, &out, surrogates)
    }

    /// [`in_context`](Self::in_context) encoded as UTF-8 (where the CLI writes UTF-8: the
    /// encoding is done here, the GIL released); None for a text holding lone surrogates,
    /// which UTF-8 cannot hold (the caller takes the `str` and says where they are).
    fn in_context_utf8<'py>(
        &self,
        py: Python<'py>,
        before: Text,
        text: Text,
        after: Text,
    ) -> PyResult<Option<Bound<'py, PyBytes>>> {
        if check_parts(&[&before, &text, &after])? {
            return Ok(None);
        }
        let out = py.detach(|| utf8(&self.cut(&before, &text, &after)));
        Ok(Some(PyBytes::new(py, out.as_bytes())))
    }

    /// [`in_context_utf8`](Self::in_context_utf8) of UTF-8 bytes, decoded here, the GIL
    /// released (the CLI's blocks, read as bytes); None where `text` is not UTF-8 (the caller
    /// decodes it and says where). `before` and `after` are only read, so a byte in them that
    /// is no UTF-8 is read as U+FFFD (their own block says where it is).
    fn in_context_bytes<'py>(
        &self,
        py: Python<'py>,
        before: &[u8],
        text: &[u8],
        after: &[u8],
    ) -> Option<Bound<'py, PyBytes>> {
        let out = py.detach(|| {
            let text = std::str::from_utf8(text).ok()?;
            // (room for as many chars as bytes: collected from `chars()` alone, a vector
            // grows from a quarter of that, copied at each step)
            let decode = |s: &str| {
                let mut v = Vec::with_capacity(s.len());
                v.extend(s.chars());
                v
            };
            let lossy = |b: &[u8]| decode(&String::from_utf8_lossy(b));
            let parts = [lossy(before), decode(text), lossy(after)];
            let [before, text, after] = parts.map(|chars| Text {
                chars,
                surrogates: false,
            });
            Some(utf8(&self.cut(&before, &text, &after)))
        })?;
        Some(PyBytes::new(py, out.as_bytes()))
    }

    /// Step `i`'s edits of `text`.
    fn step_edits<'py>(&self, py: Python<'py>, i: usize, text: Text) -> PyResult<Vec<PyEdit<'py>>> {
        self.step(i)?;
        let edits = py.detach(|| self.inner.step_edits(i, &text.chars));
        py_edits(py, edits, text.surrogates)
    }

    /// Step `i`'s fast path on `text` (no protected spans).
    fn apply_step<'py>(&self, py: Python<'py>, i: usize, text: Text) -> PyResult<Bound<'py, PyAny>> {
        self.step(i)?;
        let out = py.detach(|| self.inner.apply_step(i, &text.chars));
        py_str(py, out.as_deref().unwrap_or(&text.chars), text.surrogates)
    }

    /// `text` normalized on up to `threads` threads (cut at line breaks, each part with the
    /// lines around it that the steps read: the same text as `normalize`).
    fn normalize_parallel<'py>(
        &self,
        py: Python<'py>,
        text: Text,
        threads: usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        let out = py.detach(|| self.inner.normalize_parallel(&text.chars, threads));
        py_str(py, &out, text.surrogates)
    }

    /// Many texts normalized whole, on up to `threads` threads, the GIL released.
    #[pyo3(signature = (texts, threads=1))]
    fn normalize_many<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<Text>,
        threads: usize,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let flags: Vec<bool> = texts.iter().map(|t| t.surrogates).collect();
        let t: Vec<Vec<char>> = texts.into_iter().map(|t| t.chars).collect();
        let out = py.detach(|| self.inner.normalize_many(&t, threads));
        out.iter().zip(flags).map(|(o, f)| py_str(py, o, f)).collect()
    }

    /// `(text, starts, ends, ordered)`: `text` normalized, and its alignment as two arrays of
    /// 8-byte integers (native order), the first character of `text` at `base`.
    #[pyo3(signature = (text, base=0))]
    fn aligned<'py>(&self, py: Python<'py>, text: Text, base: usize) -> PyResult<PyAligned<'py>> {
        let (out, al, ordered) = py.detach(|| self.inner.aligned(&text.chars, base));
        let bytes = |v: &[usize]| -> Vec<u8> { v.iter().flat_map(|x| (*x as i64).to_ne_bytes()).collect() };
        Ok((
            py_str(py, &out, text.surrogates)?,
            PyBytes::new(py, &bytes(&al.starts)),
            PyBytes::new(py, &bytes(&al.ends)),
            ordered,
        ))
    }

    /// `(steps, hidden, placeholders, output)`: for each step, its edits of the masked text
    /// and the text it saw (empty where it made none); the masked text's hidden strings (as
    /// they were) and its placeholders; and the masked output.
    fn trace<'py>(&self, py: Python<'py>, text: Text) -> PyResult<PyTrace<'py>> {
        let sur = text.surrogates;
        let (steps, m) = py.detach(|| self.inner.trace(&text.chars));
        let steps = steps
            .into_iter()
            .map(|s| Ok((py_edits(py, s.edits, sur)?, py_str(py, &s.seen, sur)?)))
            .collect::<PyResult<Vec<_>>>()?;
        Ok((
            steps,
            py_strs(py, &m.hidden, sur)?,
            string(&m.ph),
            py_str(py, &m.text, sur)?,
        ))
    }

    /// Hide the protected spans as this program does: `(masked, hidden, placeholders)`.
    fn mask<'py>(&self, py: Python<'py>, text: Text) -> PyResult<PyMasked<'py>> {
        let m = py.detach(|| self.inner.mask(&text.chars));
        py_masked(py, &m, text.surrogates)
    }

    /// Step `i`'s cheap test: might it change `text`? (Never false where it would.)
    fn needs(&self, py: Python<'_>, i: usize, text: Text) -> PyResult<bool> {
        let s = self.step(i)?;
        Ok(py.detach(|| s.needs(&text.chars)))
    }

    /// The characters step `i` maps, where it is a character map (else `None`).
    fn char_map_keys(&self, i: usize) -> PyResult<Option<String>> {
        Ok(self.step(i)?.char_map().map(|m| {
            let mut k: Vec<char> = m.iter().map(|(c, _)| c).collect();
            k.sort_unstable();
            k.into_iter().collect()
        }))
    }

    /// For each step, whether it leaves protected spans alone (all but lowercase).
    #[getter]
    fn respects_protection(&self) -> Vec<bool> {
        self.inner.steps.iter().map(|s| s.respects_protection()).collect()
    }

    /// For each step, whether it works on the hidden strings too (lowercase; digits for the
    /// digits that are no Latin writing).
    #[getter]
    fn works_hidden(&self) -> Vec<bool> {
        self.inner.steps.iter().map(|s| s.works_hidden()).collect()
    }

    /// Step `i`'s work on one hidden string (a protected span or line, as written).
    fn apply_hidden<'py>(&self, py: Python<'py>, i: usize, text: Text) -> PyResult<Bound<'py, PyAny>> {
        let s = self.step(i)?;
        let out = py.detach(|| s.apply_hidden(&text.chars));
        py_str(py, out.as_deref().unwrap_or(&text.chars), text.surrogates)
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

type PyAligned<'py> = (Bound<'py, PyAny>, Bound<'py, PyBytes>, Bound<'py, PyBytes>, bool);

/// Each step's edits and the text it saw; the hidden strings, placeholders and masked output.
type PyTrace<'py> = (
    Vec<(Vec<PyEdit<'py>>, Bound<'py, PyAny>)>,
    Vec<Bound<'py, PyAny>>,
    String,
    Bound<'py, PyAny>,
);

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

/// One alignment composed through `edits` on `text` (for tests): `(starts, ends, ordered)`.
#[pyfunction]
fn _compose(
    starts: Vec<usize>,
    ends: Vec<usize>,
    text: &str,
    edits: Vec<(usize, usize, String)>,
) -> (Vec<usize>, Vec<usize>, bool) {
    let al = crate::align::Alignment { starts, ends };
    let edits: Vec<Edit> = edits.into_iter().map(|(s, e, r)| Edit::new(s, e, r)).collect();
    let (out, ordered) = crate::align::compose(&al, &chars(text), &edits);
    (out.starts, out.ends, ordered)
}

/// Does `line` show its writer's habit of typing spaces for joiners (a prefix or a suffix
/// standing alone beside a letter), as fix_zwnj reads a line? (For tests.)
#[pyfunction]
fn _zwnj_shows_habit(line: &str) -> bool {
    use crate::zwnj::rules::{LETTER_END, LETTER_START, PREFIX_ALONE, SUFFIX_ALONE};
    let an = crate::zwnj::analyzer::analyzer(true);
    let toks: Vec<&str> = line.split(' ').collect();
    toks.windows(2).any(|w| {
        let (s, e) = (an.start_flag(w[0]), an.end_flag(w[1]));
        (s & PREFIX_ALONE != 0 && e & LETTER_START != 0) || (e & SUFFIX_ALONE != 0 && s & LETTER_END != 0)
    })
}

/// fix_zwnj's writer's-habit window: `(lines on each side, lines that must show the habit)`.
#[pyfunction]
fn _zwnj_habit() -> (usize, usize) {
    (crate::zwnj::rules::HABIT_WINDOW, crate::zwnj::rules::HABIT_LINES)
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    crate::alloc::keep_freed_memory();
    m.add_function(wrap_pyfunction!(step_edits, m)?)?;
    m.add_function(wrap_pyfunction!(step_apply, m)?)?;
    m.add_function(wrap_pyfunction!(step_names, m)?)?;
    m.add_function(wrap_pyfunction!(zwnj_rules, m)?)?;
    m.add_function(wrap_pyfunction!(zwnj_conventions, m)?)?;
    m.add_function(wrap_pyfunction!(mask, m)?)?;
    m.add_function(wrap_pyfunction!(unmask, m)?)?;
    m.add_function(wrap_pyfunction!(tables, m)?)?;
    m.add_function(wrap_pyfunction!(find, m)?)?;
    m.add_function(wrap_pyfunction!(lines, m)?)?;
    m.add_function(wrap_pyfunction!(foreign_lines, m)?)?;
    m.add_function(wrap_pyfunction!(other_language_lines, m)?)?;
    m.add_function(wrap_pyfunction!(is_other_language, m)?)?;
    m.add_function(wrap_pyfunction!(_opcodes, m)?)?;
    m.add_function(wrap_pyfunction!(_compose, m)?)?;
    m.add_function(wrap_pyfunction!(_zwnj_shows_habit, m)?)?;
    m.add_function(wrap_pyfunction!(_zwnj_habit, m)?)?;
    m.add_class::<PyProgram>()?;
    Ok(())
}
