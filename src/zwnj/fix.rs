//! `fix_zwnj`: the plan of a text (its tokens, each with its glued repair, and the runs of
//! tokens the spaced repair joins) and its edits (`FixZwnj` in `normalizer/steps/zwnj.py`).

use super::analyzer::{Analyzer, Meta, TokenInfo};
use super::conventions::Conventions;
use super::rules::*;
use super::text::{among, clen, cut};
use crate::edit::{apply_edits, Edit};
use crate::step::{Options, Step};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::rc::Rc;

/// The infos of a text's tokens that the repair changes or may give their ‑ای reading, by
/// token index (sorted).
struct Infos(Vec<(usize, Rc<TokenInfo>)>);

impl Infos {
    fn get(&self, i: usize) -> Option<&TokenInfo> {
        self.0
            .binary_search_by_key(&i, |e| e.0)
            .ok()
            .map(|k| &*self.0[k].1)
    }

    fn alt(&self, i: usize) -> Option<&String> {
        self.get(i).and_then(|t| t.alt.as_ref())
    }
}

/// A text cut into tokens at spaces and line breaks in one pass (a line break a token of its
/// own), their UTF-8 held in one buffer without the spaces and breaks.
struct Tokens {
    buf: String,
    /// Each token's bytes in `buf` (`None`: a line break).
    spans: Vec<Option<(u32, u32)>>,
    /// Where each token starts in the text, in chars.
    at: Vec<usize>,
    /// Each line's first token.
    line_tok: Vec<usize>,
}

impl Tokens {
    fn of(text: &[char]) -> Tokens {
        let mut buf = String::with_capacity(text.len() * 2);
        let mut spans = Vec::with_capacity(text.len() / 5 + 2);
        let mut at = Vec::with_capacity(text.len() / 5 + 2);
        let mut line_tok = vec![0];
        let (mut tok_byte, mut tok_at) = (0u32, 0usize);
        for (i, &c) in text.iter().enumerate() {
            match c {
                ' ' => {
                    spans.push(Some((tok_byte, buf.len() as u32)));
                    at.push(tok_at);
                    (tok_byte, tok_at) = (buf.len() as u32, i + 1);
                }
                '\n' => {
                    spans.push(Some((tok_byte, buf.len() as u32)));
                    at.push(tok_at);
                    spans.push(None);
                    at.push(i);
                    line_tok.push(spans.len());
                    (tok_byte, tok_at) = (buf.len() as u32, i + 1);
                }
                _ => buf.push(c),
            }
        }
        spans.push(Some((tok_byte, buf.len() as u32)));
        at.push(tok_at);
        Tokens {
            buf,
            spans,
            at,
            line_tok,
        }
    }

    fn strs(&self) -> Vec<&str> {
        self.spans
            .iter()
            .map(|s| s.map_or("\n", |(a, b)| &self.buf[a as usize..b as usize]))
            .collect()
    }
}

/// How many lines are planned at once (see `FixZwnj::raw_edits`): enough that the lines
/// around a block, planned with it, add little; few enough that the plan's arrays stay in
/// cache.
const BLOCK_LINES: usize = 128;

/// A run of tokens `(first, last, joined)` that the spaced repair writes as one.
type Run = (usize, usize, String, &'static str);

/// `fix_zwnj`: restore missing joiners with the lexicon: dropped (استانها, میتواند,
/// بهرهگیری) or typed as a space (استان ها, می تواند, بهره گیری).
///
/// Repairs the verbal prefixes می and نمی before verb forms (not میدان, میلیون, میز); the
/// suffixes ‑ها ‑های ‑هایی ‑هایشان ..., ‑تر ‑ترین after a known noun or adjective, clitics
/// after a vowel (خانه‌ام, اجتماعی‌اش) and ‑ای after silent heh (هسته‌ای); perfects
/// (رفته‌اند); compounds from the lexicon, inflected too (سرمایه‌داران), and productive ones
/// (‑گیری ‑سازی ‑پذیر ‑مند ‑محور ...) after a known word; بی‌ before a known word; the ezafe
/// ی typed apart after a silent heh (خانه ی -> خانه‌ی). After a non-joining letter the
/// parts are written solid: داروها, بندرها.
///
/// A space is turned into a joiner only before a suffix that is never a word of its own,
/// after می/نمی/بی, before the part of a known compound that is no word (بین المللی), or,
/// for other compounds, on a line that shows its writer types spaces for joiners, or among
/// such lines (`context_lines`); never after a non-joining letter (مورد نظر), across a
/// function word or in a reduplication (کم کم), nor a participle in a verb phrase (انجام
/// شده است). Compounds of three parts or more that the lexicon tags as common words, and
/// Latin acronyms spelled letter by letter, are joined wherever they are written apart.
///
/// Options: `glued` and `spaced` switch the two repairs, `compounds` the compounds;
/// `solid=true` writes the parts it joins with no joiner between them (for search);
/// `disable` lists rules (the names of `rules::RULES`) to switch off.
/// `words` (a list) extends the lexicon: a word with a joiner is a compound repaired to
/// from its glued and spaced spellings on any line, one without is right as written;
/// `keep` (a list): tokens that are never changed nor joined (see `zwnj::user`).
///
/// `disable`: an edit named after a disabled rule is left out, so the text it covers stays
/// as written; the rest of the plan is unchanged (the other edits are the same, and a line's
/// evidence still counts the suffixes a disabled `spaced-suffix` would join). A glued word
/// is one edit, named after its repair (`joined-parts`: a word typed with joiners, named so
/// whatever its parts' repairs). A spaced run is one edit, named after the decision that
/// started it: the pair that opened it (`spaced-suffix` for استان ها), or `multi-compound`
/// or `acronym`. Disabling that rule leaves the whole run as written, with the joins that
/// grew it and the glued repairs of its tokens; disabling a rule that only grew a run (می
/// before بی بی ام) leaves the run joined.
pub struct FixZwnj {
    glued: bool,
    spaced: bool,
    solid: bool,
    /// The rules switched off (names from `RULES`), usually none.
    disabled: Vec<&'static str>,
    /// How many lines on each side of a line are read for its writer's habit (`context`;
    /// [`HABIT_WINDOW`] unless set; 0 reads each line alone).
    window: usize,
    /// The conventions the repair writes (see [`Conventions`]).
    conv: Conventions,
    an: &'static Analyzer,
}

impl FixZwnj {
    /// An error where `disable` names no rule (the message lists the rules).
    pub fn new(options: &Options) -> Result<Self, String> {
        let conventions = Conventions::new(options)?;
        Ok(FixZwnj {
            glued: options.bool("glued", true),
            spaced: options.bool("spaced", true),
            solid: options.bool("solid", false),
            disabled: {
                let mut d = disabled_rules(&options.list("disable"))?;
                d.extend(conventions.disabled());
                d
            },
            window: usize::try_from(options.int("context", HABIT_WINDOW as i64))
                .map_err(|_| "fix_zwnj: context must be 0 or more lines".to_string())?,
            an: super::user::analyzer_for(
                // (`compounds=zwnj|keep`; a switch before, true or false)
                match options.str("compounds", "") {
                    "keep" => false,
                    "zwnj" => true,
                    _ => options.bool("compounds", true),
                },
                conventions.apart(),
                &options.list("words"),
                &options.list("keep"),
            ),
            conv: conventions,
        })
    }

    /// The edits before `solid` (Python's `_edits`): planned in blocks of [`BLOCK_LINES`]
    /// lines, each with the `window` lines around it (`context`, [`HABIT_WINDOW`] unless set).
    ///
    /// A line's repair reads nothing of the text but the line and, for the evidence of
    /// spaces typed for joiners, which of the lines within `window` of it show them
    /// (whether a line shows them reads the line alone); no run of joined tokens crosses a
    /// line break. So a block planned with those lines around it is repaired as in the
    /// whole text, and the plan's arrays (a few of them per token) stay small: planned as
    /// a whole, a text of 3.6 MiB touched some 35 MiB of fresh pages per call.
    fn raw_edits(&self, text: &[char]) -> Vec<Edit> {
        let t = Tokens::of(text);
        let toks = t.strs();
        let lines = t.line_tok.len();
        let w = self.window;
        if lines <= BLOCK_LINES + 2 * w {
            return self.plan_edits(&toks, &t.at);
        }
        let mut out = Vec::new();
        for a in (0..lines).step_by(BLOCK_LINES) {
            let b = (a + BLOCK_LINES).min(lines);
            let (ea, eb) = (a.saturating_sub(w), (b + w).min(lines));
            // (the block's lines, with the ones around it, without the break after the last)
            let (lo_t, hi_t) = (
                t.line_tok[ea],
                if eb < lines {
                    t.line_tok[eb] - 1
                } else {
                    toks.len()
                },
            );
            let (lo_c, hi_c) = (
                t.at[t.line_tok[a]],
                if b < lines {
                    t.at[t.line_tok[b]]
                } else {
                    text.len() + 1
                },
            );
            for e in self.plan_edits(&toks[lo_t..hi_t], &t.at[lo_t..hi_t]) {
                if (lo_c..hi_c).contains(&e.start) {
                    out.push(e);
                }
            }
        }
        out
    }

    /// The edits of the tokens `toks` (a line break a token of its own between lines, as
    /// Python's `text.replace("\n", " \n ").split(" ")` gives them), planned as a whole so
    /// that a line is decided with the lines around it; `at[m]` is where `toks[m]` starts in
    /// the text (in chars).
    fn plan_edits(&self, toks: &[&str], at: &[usize]) -> Vec<Edit> {
        let (meta, extras) = self.an.tokens(toks);
        let infos = Infos(extras);
        let mut fixed: Vec<Cow<str>> = toks.iter().map(|t| Cow::Borrowed(*t)).collect();
        if self.glued {
            for (i, info) in &infos.0 {
                if meta[*i].changed {
                    fixed[*i] = Cow::Borrowed(info.fixed.as_str());
                }
            }
        }
        let mut runs = self.runs(toks, &mut fixed, &infos, &meta);
        let lens = |m: usize| meta[m].chars as usize;
        let n = toks.len();
        runs.push((n, n, String::new(), "")); // a sentinel
        let mut out = Vec::new();
        let mut r = 0;
        for m in 0..n {
            if !self.glued || (!meta[m].changed && !meta[m].alt) || fixed[m] == toks[m] {
                continue;
            }
            while runs[r].1 < m {
                let (k, j, ref joined, rule) = runs[r];
                out.push(Edit::ruled(at[k], at[j] + lens(j), joined.clone(), rule));
                r += 1;
            }
            if runs[r].0 <= m {
                continue; // inside a run
            }
            // (a token given its ‑ای reading by the token after it: «خانهای که»)
            let info = infos.get(m).expect("a changed token has its info");
            let rule = if *fixed[m] != *info.fixed {
                "ai-reading"
            } else {
                info.rule
            };
            out.push(Edit::ruled(at[m], at[m] + lens(m), fixed[m].to_string(), rule));
        }
        for (k, j, joined, rule) in &runs[r..runs.len() - 1] {
            out.push(Edit::ruled(at[*k], at[*j] + lens(*j), joined.clone(), rule));
        }
        out
    }

    fn runs<'a>(
        &self,
        toks0: &[&'a str],
        fixed: &mut [Cow<'a, str>],
        infos: &Infos,
        meta: &[Meta],
    ) -> Vec<Run>
    where
        Self: 'a,
    {
        let an = self.an;
        let glued = self.glued;
        let n = toks0.len();
        // Gap k lies between toks[k] and toks[k + 1]. The gaps that may join hold a strong
        // part on either side or, on a line that shows spaces typed for joiners, parts of a
        // known compound on both; join_spaced decides. The search starts from the few
        // special tokens.
        let mut special: Vec<usize> = (0..n).filter(|&i| meta[i].special).collect();
        if glued {
            for &i in &special {
                if let Some(alt) = infos.alt(i) {
                    // (the next word as repaired: میپراند is a verb)
                    if an.no_complement_at(fixed, i + 1) {
                        // «خانهای که», «نامهای نوشتند»: an ezafe needs a noun or an
                        // adjective after it (a line's end is no sign: text may be wrapped)
                        fixed[i] = Cow::Owned(alt.clone());
                    }
                }
            }
        }
        if !self.spaced {
            return Vec::new();
        }
        let changed: Vec<usize> = if glued {
            // (only the tokens with an info can differ)
            infos
                .0
                .iter()
                .map(|e| e.0)
                .filter(|&i| fixed[i] != toks0[i])
                .collect()
        } else {
            Vec::new()
        };
        // the infos of the tokens the spaced repair reads
        // (those of the tokens the glued repair changed; the others' are `infos`)
        let mut cur_meta: Vec<Meta> = Vec::new();
        let toks: Vec<&str> = if !changed.is_empty() {
            // the spaced repair reads the words as the glued repair wrote them, as a second
            // pass would read them: «سی هفتهای می علی» is «سی هفته‌ای می علی» to it
            cur_meta = meta.to_vec();
            for &i in &changed {
                cur_meta[i] = Meta::of(&an.token(&fixed[i]));
            }
            let mut now: Vec<usize> = changed.iter().copied().filter(|&i| cur_meta[i].special).collect();
            now.extend(
                special
                    .iter()
                    .copied()
                    .filter(|i| changed.binary_search(i).is_err()),
            );
            now.sort_unstable();
            now.dedup();
            special = now;
            fixed.iter().map(|c| c.as_ref()).collect()
        } else {
            toks0.to_vec()
        };
        if special.is_empty() {
            return Vec::new();
        }
        let metas: &[Meta] = if cur_meta.is_empty() { meta } else { &cur_meta };
        let sflag = |i: usize| metas[i].start;
        let eflag = |i: usize| metas[i].end;
        let mut multi = an.multi_runs(&toks, &special);
        // flags: a strong part opens the gap after it (a start) or before it (an end); a
        // prefix or suffix standing alone beside a letter shows the line's spaces
        let mut cands: Vec<usize> = Vec::new();
        let mut shown: Vec<usize> = Vec::new();
        for &i in &special {
            let sf = sflag(i);
            let ef = eflag(i);
            if sf & 2 != 0 {
                cands.push(i);
            }
            if ef & 2 != 0 && i > 0 {
                cands.push(i - 1);
            }
            if sf & PREFIX_ALONE != 0 && i + 1 < n && eflag(i + 1) & LETTER_START != 0 {
                shown.push(i);
            }
        }
        for &i in &special {
            if eflag(i) & SUFFIX_ALONE != 0 && i > 0 && sflag(i - 1) & LETTER_END != 0 {
                shown.push(i - 1);
            }
        }
        let mut evidence = vec![false; n]; // gap k lies on a line with evidence
        if !shown.is_empty() {
            let breaks: Vec<usize> = (0..n).filter(|&i| toks[i] == "\n").collect();
            let mut lines: Vec<usize> = shown
                .iter()
                .map(|&k| breaks.partition_point(|&b| b < k + 1))
                .collect();
            lines.sort_unstable();
            lines.dedup();
            if lines.len() >= HABIT_LINES {
                lines = habit_lines(&lines, breaks.len() + 1, self.window);
            }
            let mut spans: Vec<(usize, usize)> = Vec::new(); // runs of consecutive lines
            for b in lines {
                match spans.last_mut() {
                    Some(s) if s.1 + 1 == b => s.1 = b,
                    _ => spans.push((b, b)),
                }
            }
            for (top, bottom) in spans {
                let a = if top > 0 { breaks[top - 1] + 1 } else { 0 };
                let done = if bottom < breaks.len() { breaks[bottom] } else { n };
                evidence[a..done].fill(true);
                // parts of a known compound on both sides of a gap of these lines
                cands.extend((a..done).filter(|&k| k + 1 < n && sflag(k) & eflag(k + 1) & 1 != 0));
            }
        }
        cands.retain(|&k| k + 1 != n);
        // writes[k]: the words around gap k write joiners and show no spaces typed for them
        // (read only where a join that such words keep apart comes up: most plans have none)
        shown.sort_unstable();
        let writes: OnceCell<Vec<bool>> = OnceCell::new();
        let mut undecided: Vec<(usize, String)> = Vec::new(); // a run's first token -> its ‑ای reading
        let nonempty = |g: usize| !toks[g].is_empty();

        // a multi-part compound takes the words beside it as a pair would (بی بی سی ها); the
        // pairs then join none of its tokens
        for m in 0..multi.len() {
            // (between the run before, as it grew, and the next, as it stands)
            let lo = if m > 0 { multi[m - 1].1 as isize + 1 } else { 0 };
            let hi = if m + 1 < multi.len() { multi[m + 1].0 } else { n };
            let (k, j, cur, rule) = std::mem::take(&mut multi[m]);
            multi[m] = self.grow(
                &toks,
                &evidence,
                (k, j, cur, rule),
                lo,
                hi,
                &mut undecided,
                &nonempty,
            );
        }
        let mut stops: Vec<usize> = multi.iter().map(|r| r.0).collect();
        stops.push(n);
        if !multi.is_empty() {
            let mut taken = vec![false; n + 1];
            for &(k, j, _, _) in &multi {
                for t in taken.iter_mut().take(j + 1).skip(k) {
                    *t = true;
                }
            }
            cands.retain(|&k| !taken[k] && !taken[k + 1]);
        }
        cands.sort_unstable();
        cands.dedup();
        let mut runs: Vec<Run> = Vec::new();
        let mut i = 0; // tokens before i are done
        for &k in &cands {
            if k < i {
                continue; // joined into the previous run
            }
            let Some((first, adj, rule)) = an.join_spaced(toks[k], toks[k + 1], evidence[k]) else {
                continue;
            };
            if among(rule, KEPT_BY_JOINER_WRITERS) && writes.get_or_init(|| writes_joiners(toks0, &shown))[k]
            {
                continue;
            }
            if adj && !an.adjective_follows(&toks, k + 2) {
                continue;
            }
            // (any gap back to the previous run, as the right side grows)
            let hi = stops[stops.partition_point(|&s| s < k)];
            let run = self.grow(
                &toks,
                &evidence,
                (k, k + 1, first.to_string(), rule),
                i as isize,
                hi,
                &mut undecided,
                &nonempty,
            );
            i = run.1 + 1;
            runs.push(run);
        }
        if !multi.is_empty() {
            runs.extend(multi);
            runs.sort();
        }
        let mut later: Vec<(usize, String)> = Vec::new(); // fixed[i] to write when toks is done
        if glued {
            // an ezafe before a run is read by the run as joined, as the next pass reads it:
            // «منظرهای می روبیدند» is «منظرهای می‌روبیدند», a verb after it (‑ای, see above)
            let mut ends_at: rustc_hash::FxHashMap<usize, usize> = Default::default();
            for (m, r) in runs.iter().enumerate() {
                ends_at.insert(r.1, m);
            }
            for idx in 0..runs.len() {
                let k = runs[idx].0;
                if !an.no_complement_at(&[runs[idx].2.as_str()], 0) {
                    continue;
                }
                if k == 0 {
                    continue;
                }
                let i = k - 1;
                if let Some(&m) = ends_at.get(&i) {
                    // a run before this one (مند های نمی شناسند)
                    let k0 = runs[m].0;
                    if let Some((_, alt)) = undecided.iter().rev().find(|(u, _)| *u == k0) {
                        runs[m] = (k0, i, alt.clone(), runs[m].3);
                    }
                } else if let Some(alt) = infos.alt(i) {
                    later.push((i, alt.clone()));
                }
            }
        }
        for (i, alt) in later {
            fixed[i] = Cow::Owned(alt);
        }
        runs
    }

    /// The run toks[k..=j], joined as `cur`, grown as a second pass over the joined form
    /// would grow it: over the gaps before it back to `lo` (برف پاک کن, where پاک کن joins
    /// first), and the tokens after it up to `hi`, on each side again while the other side
    /// grew (می بی بی ام: بی‌بی‌ام is a verb's form to می).
    #[allow(clippy::too_many_arguments)]
    fn grow(
        &self,
        toks: &[&str],
        evidence: &[bool],
        run: Run,
        lo: isize,
        hi: usize,
        undecided: &mut Vec<(usize, String)>,
        nonempty: &dyn Fn(usize) -> bool,
    ) -> Run {
        let an = self.an;
        let (mut k, mut j, mut cur, rule) = run;
        let left = |g: isize| g >= lo && g >= 0 && nonempty(g as usize);
        let mut grew = true;
        while grew {
            grew = false;
            while j + 1 < hi && nonempty(j + 1) && j - k < LONGEST_RUN {
                match an.join_spaced(&cur, toks[j + 1], evidence[j]) {
                    Some((m, adj, _)) if !adj || an.adjective_follows(toks, j + 2) => {
                        cur = m.to_string();
                        j += 1;
                        grew = true;
                    }
                    _ => break,
                }
            }
            while left(k as isize - 1) && j - k < LONGEST_RUN {
                match an.join_spaced(toks[k - 1], &cur, evidence[k - 1]) {
                    Some((m, adj, _)) if !adj || an.adjective_follows(toks, j + 1) => {
                        cur = m.to_string();
                        k -= 1;
                        grew = true;
                    }
                    _ => break,
                }
            }
        }
        if self.glued {
            let r = an.token(&cur);
            let mut out = r.fixed.clone();
            if let Some(alt) = &r.alt {
                if an.no_complement_at(toks, j + 1) {
                    out = alt.clone(); // آمار های نوشتند: read as the glued آمارهای would be
                } else {
                    undecided.push((k, alt.clone())); // (unless a run after it makes a verb)
                }
            }
            cur = out;
        }
        (k, j, cur, rule)
    }
}

/// For each gap, whether the words around it (within [`JOINER_WINDOW`] tokens on its line)
/// write joiners, a token with a joiner, and show no spaces typed for them (none of `shown`,
/// the tokens that show them, sorted): a writer who types joiners meant the spaces there.
/// (Read near the gap, not on the whole line, so that a long line read in pieces is read as
/// a whole.)
fn writes_joiners(toks: &[&str], shown: &[usize]) -> Vec<bool> {
    let n = toks.len();
    // counts over toks[..i]: tokens with a joiner, and tokens that show the habit
    let (mut zw, mut sh) = (vec![0usize; n + 1], vec![0usize; n + 1]);
    let mut line_start = vec![0usize; n];
    let mut start = 0;
    for i in 0..n {
        if toks[i] == "\n" {
            start = i + 1;
        }
        line_start[i] = start;
        zw[i + 1] = zw[i] + usize::from(toks[i].contains(ZWNJ));
        sh[i + 1] = sh[i] + usize::from(shown.binary_search(&i).is_ok());
    }
    let mut out = vec![false; n];
    let mut end = n; // the end of gap k's line
    for k in (0..n).rev() {
        if toks[k] == "\n" {
            end = k;
            continue;
        }
        let lo = line_start[k].max(k.saturating_sub(JOINER_WINDOW));
        let hi = end.min(k + 1 + JOINER_WINDOW);
        out[k] = zw[hi] > zw[lo] && sh[hi] == sh[lo];
    }
    out
}

/// The sorted line numbers that count as showing spaces typed for joiners: `lines`
/// (sorted, each showing them), and the lines of the `count` with `HABIT_LINES` of them
/// within `w` lines.
fn habit_lines(lines: &[usize], count: usize, w: usize) -> Vec<usize> {
    let mut marks = vec![0usize; count + 2 * w];
    for &b in lines {
        marks[b + w] = 1;
    }
    let mut acc = vec![0usize; marks.len() + 1];
    for (i, m) in marks.iter().enumerate() {
        acc[i + 1] = acc[i] + m;
    }
    (0..count)
        .filter(|&c| marks[c + w] == 1 || acc[c + 2 * w + 1] - acc[c] >= HABIT_LINES)
        .collect()
}

/// The rule that writes the future's auxiliary apart from the past stem glued to it.
const FUTURE_RULE: &str = "future-apart";

/// `edits` (sorted, of `text`) with each word the edits leave that is an auxiliary of
/// [`FUTURE_AUX`] + a past stem the lexicon lists written as two words: خواهدگشت -> خواهد
/// گشت (not خواهندگان: گان is no past stem).
fn split_futures(text: &[char], mut edits: Vec<Edit>, an: &Analyzer) -> Vec<Edit> {
    use super::text::is_core;
    let n = text.len();
    let mut more = Vec::new();
    let mut i = 0;
    while i < n {
        if !is_core(text[i]) {
            i += 1;
            continue;
        }
        let s = i;
        while i < n && is_core(text[i]) {
            i += 1;
        }
        let e = i;
        let k = if e - s >= 6 && matches!((text[s], text[s + 1]), ('خ', 'و') | ('ن', 'خ')) {
            edits.partition_point(|x| x.end <= s)
        } else {
            continue;
        };
        if edits.get(k).is_some_and(|x| x.start < e) {
            continue; // (the word is edited)
        }
        let w: String = text[s..e].iter().collect();
        if !an.user.is_empty() && an.user.kept(&w) {
            continue;
        }
        if s > 0 && text[s - 1] == ' ' {
            let mut p = s - 1;
            while p > 0 && is_core(text[p - 1]) {
                p -= 1;
            }
            let prev: String = text[p..s - 1].iter().collect();
            if among(&prev, &["می", "نمی"]) {
                // نمی خواهدنهاد stays whole: the spaced repair read it whole, and a second
                // pass would join نمی خواهد once it was split
                continue;
            }
        }
        let Some((aux, rest)) = FUTURE_AUX.iter().find_map(|a| w.strip_prefix(a).map(|r| (*a, r))) else {
            continue;
        };
        if clen(rest) >= 2 && (rest.ends_with('د') || rest.ends_with('ت')) && an.lex.is_stem(rest) {
            more.push(Edit::ruled(s, e, format!("{aux} {rest}"), FUTURE_RULE));
        }
    }
    if !more.is_empty() {
        edits.extend(more);
        edits.sort_by_key(|x| x.start);
    }
    edits
}

/// The rule that reads a glued می word after a subject pronoun as the verb.
const SUBJECT_RULE: &str = "mi-after-subject";

/// `edits` (sorted, of `text`) with a joiner after می or نمی in each word the edits leave
/// that follows a subject pronoun of [`SUBJECT_ENDINGS`] and one space, where the rest of the
/// word is a verb stem the lexicon lists + the pronoun's ending: تو میدانی -> تو می‌دانی
/// (میدانی is also a word, of the square, so the glued repair alone leaves it).
fn verbs_after_subjects(text: &[char], mut edits: Vec<Edit>, an: &Analyzer) -> Vec<Edit> {
    use super::text::is_core;
    let n = text.len();
    let word_end = |mut i: usize| {
        while i < n && is_core(text[i]) {
            i += 1;
        }
        i
    };
    let mut more = Vec::new();
    let mut i = 0;
    while i < n {
        if !is_core(text[i]) {
            i += 1;
            continue;
        }
        let (s, e) = (i, word_end(i));
        i = e;
        if e - s > 5 || text.get(e) != Some(&' ') || e + 1 >= n || text[e + 1] != 'م' && text[e + 1] != 'ن'
        {
            continue;
        }
        let w: String = text[s..e].iter().collect();
        let Some(&(_, ending)) = SUBJECT_ENDINGS.iter().find(|(p, _)| *p == w) else {
            continue;
        };
        let (s2, e2) = (e + 1, word_end(e + 1));
        let k = edits.partition_point(|x| x.end <= s);
        if edits.get(k).is_some_and(|x| x.start < e2) {
            continue; // the pronoun or the word is edited
        }
        let x: String = text[s2..e2].iter().collect();
        if x.contains(ZWNJ) || (!an.user.is_empty() && an.user.kept(&x)) {
            continue; // (a user's `keep` word stays as written)
        }
        let Some((prefix, rest)) = ["نمی", "می"]
            .iter()
            .find_map(|p| x.strip_prefix(p).map(|r| (*p, r)))
        else {
            continue;
        };
        if !rest.ends_with(ending) {
            continue;
        }
        let stem = cut(rest, ending);
        if clen(stem) >= 2 && an.lex.is_stem(stem) {
            more.push(Edit::ruled(s2, e2, format!("{prefix}{ZWNJ}{rest}"), SUBJECT_RULE));
        }
    }
    if !more.is_empty() {
        edits.extend(more);
        edits.sort_by_key(|x| x.start);
    }
    edits
}

/// The rule that writes a preverb typed apart solid with the verb after it.
const PREVERB_RULE: &str = "preverb-mi";

/// `edits` (sorted, of `text`) with the space removed after each preverb of
/// [`PREVERBS_APART`] that stands alone (not after a word of [`PREVERB_NOT_AFTER`]) before
/// a word that starts with می‌ or نمی‌ (as written, or as an edit writes it) and is a form
/// of a compound verb of the preverb ([`Analyzer::preverb_verb`]): بر می دارد -> برمی‌دارد, در بر می‌گیرد kept.
fn join_preverbs(text: &[char], mut edits: Vec<Edit>, an: &Analyzer) -> Vec<Edit> {
    use super::text::is_core;
    let n = text.len();
    let word_end = |mut i: usize| {
        while i < n && is_core(text[i]) {
            i += 1;
        }
        i
    };
    let mut more = Vec::new();
    let mut i = 0;
    while i < n {
        if !is_core(text[i]) {
            i += 1;
            continue;
        }
        let (s, e) = (i, word_end(i));
        i = e;
        if !(2..=3).contains(&(e - s))
            || !matches!(text[s], 'ب' | 'د' | 'ف' | 'و')
            || text.get(e) != Some(&' ')
            || !matches!(text.get(e + 1), Some('م' | 'ن'))
        {
            continue; // (checked before a word is read: most words are none of these)
        }
        let pv: String = text[s..e].iter().collect();
        if !among(&pv, PREVERBS_APART) {
            continue;
        }
        if s >= 2 && text[s - 1] == ' ' {
            let mut p = s - 1;
            while p > 0 && is_core(text[p - 1]) {
                p -= 1;
            }
            let prev: String = text[p..s - 1].iter().collect();
            if among(&prev, PREVERB_NOT_AFTER) {
                continue; // در بر می‌گیرد: بر is a preposition's complement
            }
        }
        let s2 = e + 1;
        if s2 >= n || !is_core(text[s2]) {
            continue;
        }
        // the first edit that ends after the preverb starts
        let k = edits.partition_point(|x| x.end <= s);
        let next: String = match edits.get(k) {
            Some(x) if x.start < e => continue, // the preverb itself is edited
            Some(x) if x.start == s2 => x.repl.clone(),
            Some(x) if x.start < word_end(s2) => continue,
            _ => text[s2..word_end(s2)].iter().collect(),
        };
        let Some(rest) = next
            .strip_prefix("می\u{200c}")
            .or_else(|| next.strip_prefix("نمی\u{200c}"))
        else {
            continue;
        };
        if !an.user.is_empty() && (an.user.kept(&pv) || an.user.kept(&next)) {
            continue; // (a user's `keep` word joins no neighbour)
        }
        let verb: String = rest
            .chars()
            .take_while(|&c| is_core(c) && c != '\u{200c}')
            .collect();
        if an.preverb_verb(&pv, &verb) {
            more.push(Edit::ruled(e, e + 1, "", PREVERB_RULE));
        }
    }
    if !more.is_empty() {
        edits.extend(more);
        edits.sort_by_key(|x| x.start);
    }
    edits
}

impl Step for FixZwnj {
    fn name(&self) -> &'static str {
        "fix_zwnj"
    }

    fn edits(&self, text: &[char]) -> Vec<Edit> {
        let mut edits = self.raw_edits(text);
        if self.glued && !self.disabled.contains(&FUTURE_RULE) {
            edits = split_futures(text, edits, self.an);
        }
        if self.glued && !self.disabled.contains(&SUBJECT_RULE) {
            edits = verbs_after_subjects(text, edits, self.an);
        }
        if !self.disabled.contains(&PREVERB_RULE) {
            edits = join_preverbs(text, edits, self.an);
        }
        if !self.disabled.is_empty() {
            edits.retain(|e| !self.disabled.contains(&e.rule));
        }
        let edits = self.conv.apply(text, edits, self.an);
        if !self.solid {
            return edits;
        }
        // the same edits with no joiner in what they write; those left writing what was there are dropped
        edits
            .into_iter()
            .filter_map(|mut e| {
                e.repl = e.repl.replace(ZWNJ, "");
                (!e.repl.chars().eq(text[e.start..e.end].iter().copied())).then_some(e)
            })
            .collect()
    }

    /// A text with no Arabic letter, mark or joiner has no word to repair or join: one scan.
    fn needs(&self, text: &[char]) -> bool {
        text.iter().any(|&c| super::text::is_core(c))
    }

    fn apply(&self, text: &[char]) -> Option<Vec<char>> {
        if !self.needs(text) {
            return None;
        }
        let e = self.edits(text);
        (!e.is_empty()).then(|| apply_edits(text, &e))
    }

    fn context_lines(&self) -> usize {
        // the spaced repair takes a writer's habit from the lines around a line
        if self.spaced {
            self.window
        } else {
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::step::Value;
    use crate::zwnj::rules::is_rule;

    fn step(opts: &[(&str, bool)]) -> FixZwnj {
        let mut o = Options::new();
        for (k, v) in opts {
            o = o.with(k, Value::Bool(*v));
        }
        FixZwnj::new(&o).unwrap()
    }

    /// The text after the step and its edits' rules, checking that its fast path and its
    /// edits agree.
    fn run(st: &FixZwnj, s: &str) -> (String, Vec<&'static str>) {
        let (out, e) = crate::testing::run_with_edits(st, s);
        (out, e.iter().map(|e| e.rule).collect())
    }

    #[test]
    fn preverbs_typed_apart_rows() {
        // (text, output): a preverb joins a verb it makes a compound with, written with or
        // without its joiner; after در or از, before no verb, as باز, or with two spaces, not
        let st = step(&[]);
        let z = "\u{200c}";
        let rows: &[(&str, String)] = &[
            ("او بر می\u{200c}دارد", format!("او برمی{z}دارد")),
            ("بر میدارم.", format!("برمی{z}دارم.")),
            ("بر نمی گشتم", format!("برنمی{z}گشتم")),
            ("«بر می\u{200c}داشت»", format!("«برمی{z}داشت»")),
            ("در بر می\u{200c}گیرد", format!("در بر می{z}گیرد")),
            ("از بر می\u{200c}کند", format!("از بر می{z}کند")),
            ("باز می\u{200c}گردد", format!("باز می{z}گردد")),
            ("در می\u{200c}زند", format!("در می{z}زند")),
            ("بر میز نشست", "بر میز نشست".to_string()),
            ("بر  می\u{200c}دارد", format!("بر  می{z}دارد")),
            ("ابر می\u{200c}بارد", format!("ابر می{z}بارد")),
        ];
        for (text, want) in rows {
            assert_eq!(&run(&st, text).0, want, "{text}");
        }
        // preverb=keep leaves the space
        let keep = FixZwnj::new(&Options::new().with("preverb", Value::Str("keep".into()))).unwrap();
        assert_eq!(run(&keep, "بر می دارد").0, format!("بر می{z}دارد"));
    }

    /// `PROBE="a|b" cargo test probe -- --ignored --nocapture`: each text, its repair and the
    /// rules of its edits.
    #[test]
    #[ignore]
    fn probe() {
        let st = step(&[]);
        for s in std::env::var("PROBE").unwrap_or_default().split('|') {
            let (out, rules) = run(&st, s);
            println!("{s:?} -> {:?} {rules:?}", out.replace(ZWNJ, "+"));
        }
    }

    /// `ZWNJ_BENCH=file cargo test --profile fast bench -- --ignored --nocapture`: MiB/s of
    /// the step on a file, warm (after one call).
    #[test]
    #[ignore]
    fn bench() {
        let Ok(path) = std::env::var("ZWNJ_BENCH") else {
            return;
        };
        let text = std::fs::read_to_string(path).unwrap();
        let t: Vec<char> = text.chars().collect();
        let st = step(&[]);
        // ZWNJ_WARM=0: no warm-up call (the first run then builds the lexicon too); the
        // warm-up is on a short text, so that the first run reads a novel text
        if std::env::var("ZWNJ_WARM").map_or(true, |w| w != "0") {
            st.apply(&"کتابها را میخواند".chars().collect::<Vec<_>>());
        }
        let mib = text.len() as f64 / (1 << 20) as f64;
        let runs: usize = std::env::var("ZWNJ_RUNS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(4);
        for i in 0..runs {
            let now = std::time::Instant::now();
            st.apply(&t);
            println!("run {i}: {:.1} MiB/s", mib / now.elapsed().as_secs_f64());
        }
    }

    #[test]
    fn rows_that_change() {
        let z = "\u{200c}";
        let st = step(&[]);
        for (inp, out) in [
            (
                "استانها میتوانند بهرهگیری کنند",
                format!("استان{z}ها می{z}توانند بهره{z}گیری کنند"),
            ),
            ("استان ها می تواند", format!("استان{z}ها می{z}تواند")),
            ("بی بی سی", format!("بی{z}بی{z}سی")),
            ("برمیگردد", format!("برمی{z}گردد")),
            ("خانهای که", format!("خانه{z}ای که")),
            ("«سی ان ان»", format!("«سی{z}ان{z}ان»")),
            ("کتابها،\nخانه ی ما", format!("کتاب{z}ها،\nخانه{z}ی ما")),
        ] {
            assert_eq!(run(&st, inp).0, out, "{inp:?}");
        }
        // the options
        assert_eq!(
            run(&step(&[("spaced", false)]), "استان ها کتابها").0,
            format!("استان ها کتاب{z}ها")
        );
        assert_eq!(
            run(&step(&[("glued", false)]), "استان ها کتابها").0,
            format!("استان{z}ها کتابها")
        );
        assert_eq!(
            run(&step(&[("solid", true)]), "استان ها کتابها").0,
            "استانها کتابها"
        );
        assert_eq!(run(&step(&[("compounds", false)]), "بهره گیری").0, "بهره گیری");
    }

    #[test]
    fn rows_that_stay() {
        let st = step(&[]);
        for keep in [
            "Hello world 123",
            "https://example.com/a?b=1 and user@example.com",
            "۱۲۳ ۴۵۶ 3.14",
            "کتاب\u{200c}ها و می\u{200c}رود",
            "آنها همچنین دانشگاه بیشتر",
            "داروها در میدان",
            "مورد نظر",
            "انجام شده است",
            "",
            "\n\n",
        ] {
            let (out, rules) = run(&st, keep);
            assert_eq!(out, keep);
            assert!(rules.is_empty());
        }
    }

    #[test]
    fn golden_edits_carry_named_rules() {
        let st = step(&[]);
        for f in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden")).unwrap() {
            let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
            let t: Vec<char> = text.chars().collect();
            for e in st.edits(&t) {
                assert!(is_rule(e.rule), "unnamed rule {:?} for {:?}", e.rule, e.repl);
            }
        }
    }

    #[test]
    fn habit_lines_take_the_lines_between() {
        // lines 0 and 3 show the habit: lines 1 and 2 have both within two lines
        assert_eq!(habit_lines(&[0, 3], 6, HABIT_WINDOW), vec![0, 1, 2, 3]);
        assert_eq!(habit_lines(&[0, 5], 6, HABIT_WINDOW), vec![0, 5]);
        assert_eq!(habit_lines(&[0, 3], 6, 0), vec![0, 3]);
        assert_eq!(habit_lines(&[0, 2], 6, 1), vec![0, 1, 2]);
    }

    proptest::proptest! {
        #[test]
        fn text_without_arabic_letters_is_unchanged(s in "[a-zA-Z0-9 .,!?\n()«»\u{200c}]{0,40}") {
            proptest::prop_assert_eq!(run(&step(&[]), &s).0, s);
        }

        #[test]
        fn solid_adds_no_joiner_and_edits_are_ordered(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "کتاب", "ها", "های", "می", "تواند", "خانه", "ی", "ای", "بی", "شک", "استان",
                "بهره", "گیری", " ", " ", "\n", "\u{200c}", "،", "که",
            ]), 0..30)
        ) {
            let s: String = parts.concat();
            let t: Vec<char> = s.chars().collect();
            let e = step(&[]).edits(&t);
            for w in e.windows(2) {
                proptest::prop_assert!(w[0].end <= w[1].start);
            }
            let solid = run(&step(&[("solid", true)]), &s).0;
            let joiners = |x: &str| x.matches(ZWNJ).count();
            proptest::prop_assert!(joiners(&solid) <= joiners(&s));
        }
    }
}
