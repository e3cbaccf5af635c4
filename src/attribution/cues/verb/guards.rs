//! Where a reporting verb's word is no cue: a noun ("the report", "a radio
//! show", "the company's annual report"), a phrasal verb ("put off"), a
//! speech act denied ("did not say"), a hedge ("said to be"), a participle
//! after its noun ("the charges announced today also ...").

use crate::attribution::mentions::{is_cap, Ctx, BE, DETERMINERS};
use crate::attribution::tokens::Kind;
use crate::attribution::weak::{measures_figure, AUXILIARIES};
use crate::attribution::word_list::WordList;
use crate::lexicon::class;

/// Whether the word at `i` is no verb here, or a verb whose act is denied
/// or withheld (tested before anything else).
pub(super) fn not_a_verb(cx: &Ctx, i: usize) -> bool {
    let r = cx.r.clone();
    let w = cx.lw(i);
    let prev = if i > r.start { cx.lw(i - 1) } else { "" };
    // "Senators put off the vote": a phrasal verb, not a figure put at a
    // number.
    if w.starts_with("put")
        && matches!(
            cx.lw(i + 1),
            "off" | "on" | "up" | "out" | "down" | "in" | "forward" | "together" | "aside" | "back"
        )
    {
        return true;
    }
    // "Venezuela Arrests Alleged Plotters": in a title-case headline the
    // participle before a noun describes it.
    if w == "alleged"
        && is_cap(cx.doc.text(i))
        && i + 1 < r.end
        && is_cap(cx.doc.text(i + 1))
        && crate::attribution::title_case_line(cx.doc.src, cx.doc.toks[i].start)
    {
        return true;
    }
    // "14 people accused of plotting", "a man suspected of spying", "was
    // accused of lying": the passive names who is accused, not who
    // accuses (an active "accused Kyiv of" has its object first, "whom he
    // has accused of" its subject and auxiliary before), unless a "by"
    // names the accuser.
    if matches!(w, "accused" | "suspected") && cx.lw(i + 1) == "of" {
        let active = matches!(prev, "has" | "have" | "had")
            || prev.ends_with("ly")
            || crate::attribution::mentions::SUBJECT_PRONOUNS.contains(&prev);
        let by = (i + 2..(i + 16).min(r.end))
            .take_while(|&k| !cx.punct(k, ".") && !cx.punct(k, ";"))
            .any(|k| cx.lw(k) == "by");
        if !active && !by {
            return true;
        }
    }
    // "who now hosts a radio show": a show of radio or television is a
    // noun, not a verb.
    if matches!(w, "show" | "shows")
        && matches!(
            prev,
            "radio"
                | "tv"
                | "television"
                | "talk"
                | "chat"
                | "game"
                | "quiz"
                | "news"
                | "breakfast"
                | "morning"
                | "cookery"
                | "road"
                | "trade"
                | "fashion"
                | "air"
        )
    {
        return true;
    }
    // "more air defences", "air strikes": "air" is a verb only before
    // what is aired ("aired their concerns", "airs the interview").
    if matches!(w, "air" | "airs")
        && !(DETERMINERS.contains(&cx.lw(i + 1))
            || matches!(
                cx.lw(i + 1),
                "concerns" | "views" | "grievances" | "complaints" | "doubts" | "criticism"
            ))
    {
        return true;
    }
    if attributive_participle(cx, i) {
        return true;
    }
    // "officials briefed on the talks said", "people informed about the
    // plan": the participle right before what its hearers learnt about
    // modifies them; no one speaks through it ("briefed reporters on
    // Monday" keeps its hearers between; "told of his shock" is his telling,
    // and "told about 200 bankers" a number).
    if cx.doc.class(i) & class::CHANNEL != 0
        && w.ends_with("ed")
        && !BE.contains(&prev)
        && matches!(cx.lw(i + 1), "on" | "about" | "of")
    {
        return true;
    }
    // A speech act denied or withheld carries no content: "did not say",
    // "would not confirm", "declined comment".
    let mut k = i;
    while k > r.start && matches!(cx.lw(k - 1), "immediately" | "publicly" | "yet" | "to") {
        k -= 1;
    }
    if k > r.start
        && matches!(
            cx.lw(k - 1),
            "not" | "n't" | "never" | "declined" | "refused" | "without"
        )
    {
        return true;
    }
    false
}

/// Whether the `-ed` form at `i` modifies the noun after it ("hearings on
/// alleged interference", "investigators probing reported abuses"): after
/// a preposition no subject can stand, nor after an `-ing` verb for the
/// forms that modify nouns most ("being praised", "this morning quoted"
/// keep their verbs); and a word follows, not a clause's start. A
/// determiner before it is [`noun_use`]'s case.
fn attributive_participle(cx: &Ctx, i: usize) -> bool {
    let r = cx.r.clone();
    let w = cx.lw(i);
    if i == r.start || i + 1 >= r.end || !w.ends_with("ed") {
        return false;
    }
    let prev = cx.lw(i - 1);
    let after_verb = matches!(
        w,
        "alleged" | "reported" | "suspected" | "purported" | "rumoured" | "rumored"
    ) && prev.ends_with("ing")
        && !matches!(
            prev,
            "being" | "having" | "morning" | "evening" | "something" | "nothing" | "anything"
        )
        && cx.doc.toks[i - 1].kind == Kind::Word
        && !is_cap(cx.doc.text(i - 1));
    (super::super::PREPOSITIONS.contains(&prev) || after_verb)
        && cx.doc.toks[i + 1].kind == Kind::Word
        && !matches!(
            cx.lw(i + 1),
            "that" | "to" | "by" | "in" | "on" | "at" | "as" | "it" | "he" | "she" | "they" | "we"
        )
        && !DETERMINERS.contains(&cx.lw(i + 1))
}

/// Whether the verb at `i`, of classes `cls`, has no content to attribute
/// (tested once agents of passives are done).
pub(super) fn no_content(cx: &Ctx, i: usize, cls: u32) -> bool {
    let doc = cx.doc;
    let r = cx.r.clone();
    let w = cx.lw(i);
    if cls & (class::SPEECH | class::MEASURE) == 0 {
        return true;
    }
    // "the victims hail from Fouka": where they come from.
    if w.starts_with("hail") && cx.lw(i + 1) == "from" {
        return true;
    }
    // "The DOJ charges announced today also came as ...": a participle
    // after its noun, the sentence's verb still to come.
    if w.ends_with("ed") {
        let mut k = i + 1;
        while r.contains(&k) && matches!(cx.lw(k), "today" | "yesterday" | "earlier" | "recently") {
            k += 1;
        }
        if k > i + 1 && r.contains(&k) && (AUXILIARIES.contains(&cx.lw(k)) || cx.lw(k) == "also") {
            return true;
        }
    }
    if adds_to_something(cx, i) {
        return true;
    }
    // "the man said to be behind the attack", "two men believed to have
    // fled": a hedge, no one speaking.
    if matches!(w, "said" | "believed")
        && cx.lw(i + 1) == "to"
        && matches!(cx.lw(i + 2), "be" | "have")
    {
        return true;
    }
    // "Russian state hackers", "member states": "state" is a verb only
    // before what it states.
    if matches!(w, "state" | "states")
        && !(matches!(cx.lw(i + 1), "that" | ":" | "in")
            || cx.r.contains(&(i + 1)) && doc.toks[i + 1].kind == Kind::OpenQuote)
    {
        return true;
    }
    if cls & class::MEASURE != 0 && !measures_figure(cx, i) {
        return true;
    }
    false
}

/// "added 27 firms to the list", "the economy added 146,000 jobs",
/// "Cole added a second": adding something is an act, where the object is
/// an amount or goes "to" something (a determiner, an owner, a number or
/// a name after "to"). Speech where the words after the verb hold a verb
/// of their own before a comma ("added the company would cut jobs",
/// "added nine states backed the plan", "added the profit rose to 228
/// mln"), open with "that", or follow a quotation or a comma ('"...," he
/// added charitably').
fn adds_to_something(cx: &Ctx, i: usize) -> bool {
    if !matches!(cx.lw(i), "add" | "adds" | "added" | "adding") {
        return false;
    }
    let r = cx.r.clone();
    let doc = cx.doc;
    let next = i + 1;
    let inverted = (i.saturating_sub(3).max(r.start)..i).any(|k| !cx.word(k));
    if inverted
        || !r.contains(&next)
        || matches!(cx.lw(next), "that" | "in" | "on" | "later" | "to")
    {
        return false;
    }
    let number = |k: usize| {
        r.contains(&k)
            && (doc.toks[k].kind == Kind::Number
                || doc.class(k) & class::COUNT != 0
                || matches!(cx.lw(k), "second" | "third" | "fourth" | "fifth"))
    };
    let mut to_something = false;
    let mut j = next;
    while j < (i + 14).min(r.end) && (cx.word(j) || doc.toks[j].kind == Kind::Number) {
        let w = cx.lw(j);
        let verb = AUXILIARIES.contains(&w)
            || j > next && w.len() > 4 && w.ends_with("ed")
            || FINITE_AFTER_ADDED.contains(&w);
        if verb {
            return false;
        }
        if w == "to" && j > next && !to_something {
            let after = j + 1;
            to_something = r.contains(&after)
                && (DETERMINERS.contains(&cx.lw(after))
                    || matches!(cx.lw(after), "his" | "her" | "its" | "their" | "our" | "my")
                    || number(after)
                    || is_cap(doc.text(after)));
        }
        j += 1;
    }
    // An amount: "added 337,000 jobs", "added only 146,000", "added a third".
    let mut k = next;
    while matches!(
        cx.lw(k),
        "only"
            | "just"
            | "another"
            | "more"
            | "than"
            | "about"
            | "nearly"
            | "some"
            | "around"
            | "a"
            | "an"
    ) {
        k += 1;
    }
    to_something || number(k)
}

/// Irregular finite verbs that show the words after "added" are a clause
/// ("added the index rose").
const FINITE_AFTER_ADDED: WordList = WordList::new(&[
    "rose", "fell", "grew", "rises", "falls", "grows", "remains", "remain", "won", "lost", "went",
    "came", "took", "made", "gave", "saw", "knew", "thought", "said", "says", "told",
]);

/// Whether the word at `i` is a noun after all: after a determiner, or a
/// document noun after modifiers or a name in the object's place.
pub(super) fn noun_use(cx: &Ctx, i: usize, cls: u32) -> bool {
    let doc = cx.doc;
    let r = cx.r.clone();
    let prev = if i > r.start { cx.lw(i - 1) } else { "" };
    if DETERMINERS.contains(&prev) {
        return true; // a noun: "the report", "his claims"
    }
    // "The company's annual report", "its latest estimates": a word that
    // only modifies nouns between a determiner or an owner and a document
    // noun makes it a noun ("The daily said" keeps its verb).
    // "deny the Yonhap forecast, saying ...": a document noun after a
    // name and its article, in the object's place and with a comma after
    // it, is a noun ("The IMF forecast growth of 3 pct", "..., the IMF
    // forecast." keep their verb).
    if i >= r.start + 2
        && cls & class::DOCUMENT != 0
        && is_cap(doc.text(i - 1))
        && DETERMINERS.contains(&cx.lw(i - 2))
        && i >= r.start + 3
        && doc.toks[i - 3].kind == Kind::Word
        && i + 1 < r.end
        && matches!(doc.text(i + 1), "," | ";")
    {
        return true;
    }
    // A verb that needs its content ("figures show", "forecasts project")
    // and ends the sentence is a noun ("over the approval of the mining
    // project.", "a talk show."), unless the sentence has a comma, a
    // quotation or a dash before it that its subject may close content
    // at (", official figures show.", ", a survey has suggested.").
    let ends = i + 1 >= r.end || matches!(doc.text(i + 1), "." | "!" | "?");
    let closes_content = || {
        (r.start..i).any(|k| matches!(doc.text(k), "," | "”" | "\"" | "»" | "—" | "–" | "-" | ":"))
    };
    if cls & class::CONTENT_ONLY != 0 && ends && !closes_content() {
        return true;
    }
    // "the Dutch claims were part of a campaign", "its reports are
    // published monthly", "Local reports said": a verb's -s form right before a finite verb
    // (no subject of its own between them) is a plural noun; not in a
    // relative clause that the verb's content ends ("which Yukos claims
    // was sold"), and "says" never is one ("MOSCOW SAYS WILL RETALIATE").
    let relative = || {
        (i.saturating_sub(6).max(r.start)..i)
            .any(|k| matches!(cx.lw(k), "which" | "that" | "what" | "who" | "whom"))
    };
    if cx.lw(i).ends_with('s')
        && cx.lw(i) != "says"
        && i + 1 < r.end
        && matches!(
            cx.lw(i + 1),
            "were"
                | "are"
                | "was"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "can"
                | "should"
                | "might"
                | "must"
                | "remain"
                | "remained"
                // "Local reports said she ...": a verb of speech needs
                // its own subject.
                | "said"
                | "say"
                | "suggest"
                | "suggested"
                | "show"
                | "showed"
                | "indicate"
                | "indicated"
        )
        && !relative()
    {
        return true;
    }
    // "analysts' profit estimates", "the authorities' initial estimates":
    // a document noun one or two words after a plural's possessive.
    if cls & class::DOCUMENT != 0
        && (i > r.start && cx.plural_possessive_mark(i - 1)
            || i > r.start + 1
                && doc.toks[i - 1].kind == Kind::Word
                && cx.plural_possessive_mark(i - 2))
    {
        return true;
    }
    // "made no immediate mention of", "gave no public comment": "no" and
    // a word before it make it a noun.
    if i >= r.start + 2
        && cx.lw(i - 2) == "no"
        && doc.toks[i - 1].kind == Kind::Word
        && !is_cap(doc.text(i - 1))
    {
        return true;
    }
    if i >= r.start + 2
        && cls & class::DOCUMENT != 0
        && cx.is_noun_modifier(i - 1)
        && (DETERMINERS.contains(&cx.lw(i - 2)) || cx.doc.toks[i - 2].kind == Kind::Possessive)
    {
        return true;
    }
    false
}
