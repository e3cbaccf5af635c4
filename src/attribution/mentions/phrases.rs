//! Finding the noun phrase a cue points at: scanning left from a verb to
//! its subject or right from a preposition to its object, past
//! auxiliaries, appositions and coordinated names ("Rights groups and
//! exiles say").

use super::classify::NOT_NOUNS;
use super::*;
use crate::attribution::memory::CONNECTIVES;
use crate::attribution::subjects::is_dash;
use crate::attribution::word_list::WordList;

impl Ctx<'_, '_> {
    /// Skips auxiliaries, adverbs and time phrases leftwards from `j`.
    pub(in crate::attribution) fn skip_between_left(&self, mut j: usize) -> Option<usize> {
        let start = self.r.start;
        // (A participle after the commas goes with the clause before them:
        // "Analysts questioned this, however, arguing that".)
        let participle = self.lw(j + 1).ends_with("ing");
        loop {
            if j < start || !self.r.contains(&j) {
                return None;
            }
            let w = self.lw(j);
            let t = &self.doc.toks[j];
            // "have long since concluded", "has since said".
            let since = w == "since"
                && j > start
                && matches!(self.lw(j - 1), "long" | "has" | "have" | "had");
            // "have long said", not the name "Long".
            let name = w == "long" && is_cap(self.doc.text(j));
            if t.kind == Kind::Word
                && !name
                && (BETWEEN.contains(&w)
                    || since
                    || TIME_WORDS.contains(&w)
                    // An adverb ("quietly said"), not a name ("Kelly said").
                    || (w.ends_with("ly")
                        && w.len() > 4
                        && !is_cap(self.doc.text(j))
                        && self.doc.mention(j).is_none()))
            {
                if j == start {
                    return None;
                }
                j -= 1;
                // "in January", "on Monday": the preposition goes with it.
                if TIME_WORDS.contains(&w)
                    && j > start
                    && matches!(self.lw(j), "in" | "on" | "during" | "since" | "until")
                {
                    j -= 1;
                }
                continue;
            }
            // "Wine makers, however, claimed": a linking adverb between
            // commas.
            if self.doc.text(j) == ","
                && !participle
                && j >= start + 3
                && matches!(
                    self.lw(j - 1),
                    "however" | "meanwhile" | "though" | "too" | "moreover" | "nevertheless"
                )
                && self.doc.text(j - 2) == ","
            {
                j -= 3;
                continue;
            }
            // "has in the past denied", "have for years warned", "has in
            // recent months said": a span of time between auxiliary and verb.
            if t.kind == Kind::Word && j >= start + 2 {
                let span = match (self.lw(j - 2), self.lw(j - 1), w) {
                    ("in", "the", "past") | ("in", "recent", "years" | "months" | "weeks") => 3,
                    (_, "for", "years" | "decades" | "months" | "weeks" | "days") => 2,
                    _ => 0,
                };
                if span > 0 && j >= start + span && BETWEEN.contains(&self.lw(j - span)) {
                    j -= span;
                    continue;
                }
            }
            // "The agency in its weekly report said": the document the
            // words were said in stands between the subject and its verb.
            if self.cls(j) & class::DOCUMENT != 0 {
                let mut k = j;
                while k > start && self.is_noun_modifier(k - 1) {
                    k -= 1;
                }
                if k >= start + 2
                    && matches!(self.lw(k - 1), "its" | "his" | "her" | "their" | "a" | "an")
                    && self.lw(k - 2) == "in"
                    && k - 2 > start
                    // A source right before: not "The finding comes in a
                    // report published by ...".
                    && (self.doc.mention(k - 3).is_some() || is_cap(self.doc.text(k - 3)))
                {
                    j = k - 3;
                    continue;
                }
            }
            // "on March 5", "in April 2019"
            if t.kind == Kind::Number && j > start {
                let prev = self.lw(j - 1);
                if TIME_WORDS.contains(&prev) {
                    j -= 1;
                    continue;
                }
            }
            return Some(j);
        }
    }

    /// Whether the "and" at `k` joins two named sources: a name or listed
    /// source on each side.
    pub(in crate::attribution) fn joins_names(&self, k: usize) -> bool {
        let named = |i: usize| {
            self.r.contains(&i) && (self.doc.mention(i).is_some() || is_cap(self.doc.text(i)))
        };
        let mut right = k + 1;
        while self.r.contains(&right) && DETERMINERS.contains(&self.lw(right)) {
            right += 1;
        }
        // "the official news agency and foreign media", "students and
        // university officials": an outlet, a service or a group after a
        // modifier or two. A singular role there describes the same person
        // again ("the Labour peer and former minister said").
        let listed_soon = (right..right + 3)
            .take_while(|&i| self.r.contains(&i) && self.doc.toks[i].kind == Kind::Word)
            .find_map(|i| self.doc.mention(i))
            .is_some_and(|m| {
                matches!(
                    m.kind,
                    EntryKind::Media | EntryKind::StateMedia | EntryKind::Intelligence
                ) || matches!(
                    m.kind,
                    EntryKind::Official | EntryKind::Expert | EntryKind::Person
                ) && self.doc.src[m.start..m.end].ends_with('s')
            });
        // "Rights groups and exiles say": a listed group and a bare plural
        // noun of people.
        let plural_noun = |i: usize| {
            let w = self.lw(i);
            self.r.contains(&i)
                && self.doc.toks[i].kind == Kind::Word
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !STOP_LEFT.contains(&w)
                && !NOT_NOUNS.contains(&w)
        };
        let groups = k > self.r.start
            && right == k + 1
            && plural_noun(right)
            && self.doc.mention(k - 1).is_some_and(|m| {
                matches!(
                    m.kind,
                    EntryKind::Official
                        | EntryKind::Expert
                        | EntryKind::Person
                        | EntryKind::Organization
                ) && self.doc.src[m.start..m.end].ends_with('s')
            });
        k > self.r.start && named(k - 1) && (named(right) || listed_soon || groups)
    }

    /// Whether the "and" at `k` joins two capitalised words of a body's
    /// name after "of" or "for": "the Department of Trade and Industry",
    /// "the Organization for Economic Cooperation and Development".
    pub(in crate::attribution) fn and_in_body_name(&self, k: usize) -> bool {
        let r = &self.r;
        if !(r.contains(&(k + 1)) && is_cap(self.doc.text(k + 1))) {
            return false;
        }
        let mut j = k;
        while j > r.start
            && self.doc.toks[j - 1].kind == Kind::Word
            && is_cap(self.doc.text(j - 1))
            && !DETERMINERS.contains(&self.lw(j - 1))
        {
            j -= 1;
        }
        j < k
            && j >= r.start + 2
            && matches!(self.lw(j - 1), "of" | "for")
            && is_cap(self.doc.text(j - 2))
    }

    /// Whether the "for" at `k` stands inside a capitalised name: a
    /// capitalised word before it, capitalised words after it (no month or
    /// weekday: "ABC for Monday's show"), and no "and" right after those.
    fn for_in_name(&self, k: usize) -> bool {
        let cap_word = |j: usize| {
            self.r.contains(&j)
                && self.word(j)
                && is_cap(self.doc.text(j))
                && self.doc.class(j) & class::MONTH == 0
                && !TIME_WORDS.contains(&self.lw(j))
        };
        if !(k > self.r.start && is_cap(self.doc.text(k - 1)) && cap_word(k + 1)) {
            return false;
        }
        let mut j = k + 1;
        while cap_word(j) {
            j += 1;
        }
        // "the Center for Strategic and International Studies": an "and"
        // between capitalised words, no determiner after it, stays inside
        // the name; "the Commission for Europe and the Federation" joins
        // two bodies.
        if self.lw(j) == "and" && cap_word(j + 1) {
            j += 1;
            while cap_word(j) {
                j += 1;
            }
        }
        self.lw(j) != "and"
    }

    /// Whether the "and" at `k` stands inside a capitalised title or
    /// body name: "Economy and Labour Minister Wolfgang Clement", "the
    /// Trade and Industry Secretary", "the Health and Safety Executive",
    /// "the China Banking and Insurance Regulatory Commission".
    /// The phrase goes on across it, as one source.
    pub(in crate::attribution) fn and_in_title(&self, k: usize) -> bool {
        // Not after "of the" ("Vice Minister of the Environment and
        // Executive Director of ...": two titles of one person).
        let after_of = k >= self.r.start + 3 && self.lw(k - 3) == "of";
        k > self.r.start
            && !after_of
            && self.doc.mention(k - 1).is_none()
            && is_cap(self.doc.text(k - 1))
            && self.r.contains(&(k + 1))
            && is_cap(self.doc.text(k + 1))
            && (k + 2..k + 4)
                .take_while(|&i| self.r.contains(&i))
                .any(|i| {
                    is_cap(self.doc.text(i))
                        && (is_role_head(self.doc.text(i))
                            || ORG_SUFFIX.contains(&self.doc.text(i))
                            || super::roles::STATE_BODY_HEADS.contains(&self.lw(i)))
                })
    }

    /// Whether the "and" at `k` joins two titles of one person named at
    /// the end of the phrase `..b`: "Chairman and chief executive John
    /// Smith", "co-founder and CEO of Redfern Youth Connect Margaret
    /// Haumono" (not "the president and the prime minister").
    pub(in crate::attribution) fn and_joins_titles(&self, k: usize, b: usize) -> bool {
        let title = |i: usize| {
            let w = self.lw(i);
            (is_role_head(w) && !w.ends_with('s')) || PERSON_TITLES.contains(&w)
        };
        if k <= self.r.start || !title(k - 1) || b < k + 4 {
            return false;
        }
        // The second title, a modifier or two before it ("chief executive").
        let second = (k + 1..(k + 4).min(b)).find(|&i| title(i));
        let plain_between = second.is_some_and(|j| {
            (k + 1..j).all(|i| {
                self.word(i) && !is_cap(self.doc.text(i)) && !DETERMINERS.contains(&self.lw(i))
            })
        });
        // A person's name of two or more words ends the phrase.
        let named = (b - 2..b).all(|i| {
            self.word(i)
                && is_cap(self.doc.text(i))
                && self
                    .doc
                    .mention(i)
                    .is_none_or(|m| m.kind == EntryKind::Person)
        });
        plain_between && named
    }

    /// Whether the preposition at `p` follows a participle of being told
    /// ("diplomats briefed on | the talks", "officials informed about |
    /// the plan"): the phrase before the participle is who heard it.
    pub(in crate::attribution) fn hearers_of(&self, p: usize) -> bool {
        p > self.r.start
            && matches!(self.lw(p), "on" | "about" | "of")
            && matches!(self.lw(p - 1), "briefed" | "informed")
    }

    /// Whether the "and" at `k` joins two modifiers of one source noun:
    /// "investment and research firm X", "an oil and gas company".
    pub(in crate::attribution) fn and_in_modifiers(&self, k: usize) -> bool {
        let plain = |i: usize| {
            self.r.contains(&i)
                && self.doc.toks[i].kind == Kind::Word
                && !is_cap(self.doc.text(i))
                && self.doc.mention(i).is_none()
                && !DETERMINERS.contains(&self.lw(i))
        };
        let lower_word = |i: usize| {
            self.r.contains(&i)
                && self.doc.toks[i].kind == Kind::Word
                && !is_cap(self.doc.text(i))
                && !DETERMINERS.contains(&self.lw(i))
        };
        k > self.r.start
            && plain(k - 1)
            && lower_word(k + 1)
            && (k + 1..k + 3).any(|i| {
                self.doc.mention(i).is_some_and(|m| {
                    m.t0 > k && !matches!(m.kind, EntryKind::Place | EntryKind::None)
                })
            })
    }

    /// A noun phrase ending at token `end - 1`, scanning left.
    /// Whether the apostrophe at `j` makes the plural before it a
    /// possessive inside a phrase ending at `end`: "the employers'
    /// association", "the workers’ representatives" (not a single quotation
    /// mark closing a quotation the sentence opened).
    fn plural_apostrophe(&self, j: usize, end: usize) -> bool {
        j + 1 < end
            && self.plural_possessive_mark(j)
            && !(self.r.start..j).any(|k| {
                self.doc.toks[k].kind == Kind::OpenQuote && matches!(self.doc.text(k), "'" | "‘")
            })
    }

    pub(in crate::attribution) fn np_left(&self, end: usize) -> Option<(usize, usize)> {
        // A pronoun right before the verb is the whole subject: "he said".
        if end > self.r.start && PRONOUNS.contains(&self.lw(end - 1)) {
            // "two of them said": the part of a group.
            if self.lw(end - 1) == "them" && end >= self.r.start + 3 && self.lw(end - 2) == "of" {
                return Some((end - 3, end));
            }
            return Some((end - 1, end));
        }
        if let Some(np) = self.bracketed_name_left(end) {
            return np;
        }
        let mut t0 = end;
        // Where a second phrase joined by "and" starts, if one was crossed.
        let mut second = None;
        let mut crossed_and = false;
        while t0 > self.r.start {
            let j = t0 - 1;
            let t = &self.doc.toks[j];
            let w = self.lw(j);
            let ok = match t.kind {
                Kind::Word if w == "and" => {
                    self.joins_names(j) || self.and_in_title(j) || self.two_roles_of_one(j)
                }
                Kind::Word => {
                    self.doc.mention(j).is_some()
                        // "the then prime minister": an adverb made an
                        // adjective between the article and the noun.
                        || w == "then" && j > self.r.start && self.lw(j - 1) == "the"
                        || !(STOP_LEFT.contains(&w)
                            || self.doc.class(j) & class::SPEECH != 0
                                && !is_cap(self.doc.text(j))
                                // "the state water agency": a verb's form
                                // after an article is a word of the phrase.
                                && !(j > self.r.start
                                    && matches!(self.lw(j - 1), "the" | "a" | "an")))
                }
                Kind::Possessive | Kind::Number => true,
                // A plural's possessive: "the employers' association".
                Kind::Punct | Kind::CloseQuote if self.plural_apostrophe(j, end) => true,
                // An acronym in brackets: "the Federal Security Service (FSB)".
                Kind::Punct if self.doc.text(j) == ")" => {
                    j >= self.r.start + 2 && self.doc.text(j - 2) == "(" && self.word(j - 1)
                }
                // "the FBI, the NSA and GCHQ": a list of listed bodies,
                // its "and" crossed.
                Kind::Punct if self.doc.text(j) == "," => crossed_and && self.listed_body_ends(j),
                Kind::Punct => match self.doc.text(j) {
                    "(" => self.punct(j + 2, ")"),
                    "&" | "." => true,
                    // "U.N.-backed": a hyphen inside a word.
                    "-" => {
                        let toks = &self.doc.toks;
                        j > self.r.start
                            && j + 1 < end
                            && toks[j - 1].end == toks[j].start
                            && toks[j].end == toks[j + 1].start
                    }
                    _ => false,
                },
                _ => false,
            };
            if !ok || end - j > 14 {
                break;
            }
            crossed_and |= w == "and";
            t0 = j;
            // A determiner starts the phrase ("told the press | the
            // officers claimed"), unless "of" joins it to a head before or
            // "and" to a listed source ("the minister and the union leader
            // said": two sources, split by `coordinated`).
            // A determiner inside a listed name goes on ("the Federal Office
            // for the Protection of the Constitution").
            let in_name = self.doc.mention(j).is_some_and(|m| m.t0 < j);
            if matches!(w, "the" | "a" | "an")
                && j > self.r.start
                && self.lw(j - 1) != "of"
                && !in_name
            {
                let joined = self.lw(j - 1) == "and"
                    && j >= self.r.start + 2
                    && self.doc.mention(j - 2).is_some()
                    && self.joins_names(j - 1)
                    || crossed_and && self.punct(j - 1, ",") && self.listed_body_ends(j - 1);
                if !joined {
                    break;
                }
                second = Some(j);
            }
        }
        // Drop a leading conjunction or dangling punctuation.
        while t0 < end && matches!(self.doc.toks[t0].kind, Kind::Punct | Kind::Possessive) {
            t0 += 1;
        }
        // Two phrases are a subject only when the first opens the clause:
        // not in "rejects those claims and the state news agency said".
        if let Some(d) = second {
            // (A list with commas is one phrase: "by the FBI, the NSA and
            // GCHQ".)
            let listed = (t0..d).any(|k| self.punct(k, ","));
            let opens = t0 == self.r.start || self.punct(t0 - 1, ",") || listed;
            if !opens {
                t0 = d;
            }
        }
        // "a spokesman for | the port authority", "people familiar with |
        // the plans", "a person briefed on | the talks": the phrase goes on
        // left of the preposition when a role, a name or "familiar",
        // "close" or "briefed" stands before it.
        if t0 >= self.r.start + 2 && t0 < end {
            let p = t0 - 1;
            let before = self.lw(p - 1);
            let joins = match self.lw(p) {
                "for" | "at" | "within" | "from" => {
                    is_role_head(self.doc.text(p - 1))
                        || self.doc.mention(p - 1).is_some_and(|m| {
                            self.lx.entry(m.entry).role
                                || is_role_head(&self.doc.src[m.start..m.end])
                                || matches!(m.kind, EntryKind::Unknown)
                        })
                        || (is_cap(self.doc.text(p - 1))
                            && self.doc.mention(p - 1).is_none()
                            && self.lw(p) == "from")
                        // A body's name: "the Department for Work and
                        // Pensions", "the Commission for Racial Equality".
                        || (self.lw(p) == "for"
                            && is_cap(self.doc.text(p - 1))
                            && is_cap(self.doc.text(t0))
                            && (self.doc.mention(p - 1).is_some_and(|m| {
                                matches!(m.kind, EntryKind::Official | EntryKind::Organization)
                            }) || self.for_in_name(p)))
                }
                // "a source in Ukraine's SBU", "an official in the
                // defence ministry": a body, not a place ("officials in
                // Kyiv said" stay the officials).
                "in" => {
                    matches!(
                        self.lw(p - 1),
                        "source" | "sources" | "official" | "officials" | "insider" | "insiders"
                    ) && (t0..end).any(|k| {
                        self.doc.mention(k).is_some_and(|m| {
                            let e = self.lx.entry(m.entry);
                            let text = self.doc.src[m.start..m.end].to_ascii_lowercase();
                            let last = text.rsplit(' ').next().unwrap_or_default();
                            // A role entry that names a body ("the
                            // defence ministry"), not a person.
                            let body = STATE_BODY_HEADS.contains(&last)
                                || matches!(last, "embassy" | "government" | "presidency");
                            // One body, not "both countries".
                            matches!(m.kind, EntryKind::Official | EntryKind::Intelligence)
                                && (!(e.role || e.title) || body)
                                && !(last.ends_with('s') && text == last)
                        })
                    })
                }
                "with" => before == "familiar",
                // "a lawmaker on the intelligence committee", "lawmakers on
                // the trip": members stay the source.
                "on" if self.panel_seat(p) => true,
                "on" | "about" | "of" => self.hearers_of(p),
                // "the letter to Lowell said": a document and whom it went to.
                // "Iran's mission to the United Nations", "the
                // ambassador to Britain": an envoy and where it is sent.
                "to" => {
                    before == "close"
                        || WRITTEN_TO.contains(&before)
                        || matches!(
                            before,
                            "mission" | "ambassador" | "envoy" | "delegation" | "representative"
                        )
                }
                _ => false,
            };
            if joins {
                // "briefed" is a reporting verb, where the phrase on its
                // left would stop: that phrase starts before it.
                let left = if self.hearers_of(p) { p - 1 } else { p };
                if let Some((a, _)) = self.np_left(left) {
                    // "Reagan in a message to Congress said": the
                    // document is where he said it; he is the subject.
                    let written = WRITTEN_TO.contains(&before);
                    if written && a > self.r.start + 1 && self.lw(a - 1) == "in" {
                        return self.np_left(a - 1);
                    }
                    return Some((a, end));
                }
            }
        }
        (t0 < end).then_some((t0, end))
    }

    /// Whether a listed body other than a place ends right before the
    /// comma at `j`: "the FBI," in "the FBI, the NSA and GCHQ".
    /// Only a list of names: after the comma, too, one listed body ends at
    /// the next comma or "and".
    fn listed_body_ends(&self, j: usize) -> bool {
        let body = |m: &DocMention| {
            let e = self.lx.entry(m.entry);
            m.kind.is_body()
                && is_cap(self.doc.text(m.t0))
                && !e.role
                && !e.name.contains("(generic)")
        };
        let k = j + 1 + usize::from(DETERMINERS.contains(&self.lw(j + 1)));
        let next_listed = self.doc.mention(k).is_some_and(|m| {
            m.t0 == k && body(m) && (self.punct(m.t1, ",") || self.lw(m.t1) == "and")
        });
        j > self.r.start
            && next_listed
            && self
                .doc
                .mention(j - 1)
                .is_some_and(|m| m.t1 == j && body(m))
    }

    /// Whether the word before "on" at `p` is a member of something, who
    /// stays the source: "a lawmaker on the national security committee",
    /// "two members on the board", "lawmakers on the trip".
    fn panel_seat(&self, p: usize) -> bool {
        matches!(
            self.lw(p - 1).trim_end_matches('s'),
            "lawmaker" | "legislator" | "member" | "senator" | "congressman" | "congresswoman"
        )
    }

    /// A noun phrase starting at `start`, scanning right.
    pub(in crate::attribution) fn np_right(&self, start: usize) -> Option<(usize, usize)> {
        let mut t1 = start;
        while t1 < self.r.end {
            let t = &self.doc.toks[t1];
            let w = self.lw(t1);
            let ok = match t.kind {
                Kind::Word if w == "and" => {
                    self.joins_names(t1) || self.and_in_title(t1) || self.and_in_modifiers(t1)
                }
                // "told Reuters the talks ...": a new determiner after a
                // name starts the content.
                // So does a quantifier with "of" ("the official news agency
                // most of the cafes") or an honorific ("The Peninsula Dr.
                // Ali").
                // "an intelligence assessment seen by Reuters": who saw a
                // document is not who wrote it.
                Kind::Word
                    if t1 > start
                        && matches!(
                            w,
                            "seen" | "obtained" | "reviewed" | "viewed" | "examined"
                        )
                        && self.lw(t1 + 1) == "by" =>
                {
                    false
                }
                Kind::Word
                    if t1 > start
                        && (matches!(w, "the" | "a" | "an")
                            || matches!(
                                w,
                                "most" | "many" | "some" | "all" | "several" | "few"
                            ) && self.lw(t1 + 1) == "of"
                            || matches!(
                                self.doc.text(t1),
                                "Dr" | "Mr" | "Mrs" | "Ms" | "Miss" | "Prof" | "Professor"
                            ))
                        && self.lw(t1 - 1) != "of"
                        && (is_cap(self.doc.text(t1 - 1))
                            || self.doc.mention(t1 - 1).is_some())
                        // Not a determiner inside a listed name ("the
                        // Federal Office for the Protection of ...").
                        && self.doc.mention(t1).is_none_or(|m| m.t0 >= t1) =>
                {
                    false
                }
                // "the Korea Institute for Defense Analyses", "the Center
                // for Strategic Studies": "for" inside a capitalised name
                // (not before an "and" that may join another name: "the
                // Commission for Europe and the International Federation").
                Kind::Word if w == "for" && t1 > start && self.for_in_name(t1) => true,
                Kind::Word => {
                    self.doc.mention(t1).is_some()
                        || !(STOP_RIGHT.contains(&w)
                            || t1 > start && SUBJECT_PRONOUNS.contains(&w)
                            || (t1 > start
                                && self.doc.class(t1) & class::SPEECH != 0
                                && !is_cap(self.doc.text(t1))
                                && !matches!(self.lw(t1 - 1), "the" | "a" | "an")
                                // "ITV's Tonight show": a programme's noun
                                // after an owner and a title ("figures from
                                // the Bank of Italy show" keep their verb).
                                && !(PROGRAMME_NOUNS.contains(&w)
                                    && is_cap(self.doc.text(t1 - 1))
                                    && (start..t1)
                                        .any(|k| self.doc.toks[k].kind == Kind::Possessive))))
                }
                Kind::Possessive | Kind::Number => true,
                // "Rep. Park Sun-won", "Sen. John Glenn", "John D. Dingell":
                // the full stop of a title's abbreviation or of an initial,
                // a name after it.
                Kind::Punct if self.doc.text(t1) == "." => {
                    let before = self.doc.text(t1 - 1);
                    let initial =
                        before.len() == 1 && before.bytes().all(|b| b.is_ascii_uppercase());
                    t1 > start
                        && (TITLE_ABBREVIATIONS.contains(&before) || initial)
                        && self.r.contains(&(t1 + 1))
                        && is_cap(self.doc.text(t1 + 1))
                }
                Kind::Punct => matches!(self.doc.text(t1), "-" | "&") && t1 > start,
                _ => false,
            };
            if !ok || t1 - start >= 12 {
                break;
            }
            t1 += 1;
        }
        while t1 > start && matches!(self.lw(t1 - 1), "of" | "and" | "the" | "a") {
            t1 -= 1;
        }
        (t1 > start).then_some((start, t1))
    }

    /// Splits a noun phrase at a coordinating "and" between two named
    /// sources ("The Investigative Committee and the FSB").
    pub(in crate::attribution) fn coordinated(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let mut parts = Vec::new();
        let mut start = a;
        for k in a + 1..b.saturating_sub(1) {
            // Never inside one listed name ("the Food and Agriculture
            // Organization").
            if self.lw(k) == "and"
                && self.doc.mention(k).is_none()
                && self.joins_names(k)
                && !self.and_in_title(k)
                && !self.and_joins_titles(k, b)
                && !self.and_in_body_name(k)
                && !self.and_joins_nationalities(k, start, b)
            {
                parts.push((start, k));
                start = k + 1;
            }
        }
        parts.push((start, b));
        if parts.len() < 2 {
            return parts;
        }
        // A list "the FBI, the NSA and Britain's GCHQ": the commas before
        // its "and" split it too, where listed sources stand on both sides.
        let listed_end = |k: usize| self.doc.mention(k - 1).is_some_and(|m| m.t1 == k);
        let listed_start = |k: usize| {
            let k = if DETERMINERS.contains(&self.lw(k)) {
                k + 1
            } else {
                k
            };
            self.doc.mention(k).is_some_and(|m| m.t0 == k)
                || self
                    .doc
                    .toks
                    .get(k + 1)
                    .is_some_and(|t| t.kind == Kind::Possessive)
                    && self.doc.mention(k).is_some()
        };
        let last = parts.len() - 1;
        let mut split = Vec::with_capacity(parts.len() + 2);
        for (i, (pa, pb)) in parts.into_iter().enumerate() {
            let mut from = pa;
            if i < last {
                for k in pa + 1..pb {
                    if self.punct(k, ",") && listed_end(k) && listed_start(k + 1) {
                        split.push((from, k));
                        from = k + 1;
                    }
                }
            }
            split.push((from, pb));
        }
        split
    }

    /// Whether the "and" at `k` joins two nationalities that share the
    /// head after them: "American and Israeli intelligence", "British and
    /// French officials" (one source of each, of the same kind).
    fn and_joins_nationalities(&self, k: usize, start: usize, b: usize) -> bool {
        let nationality = |j: usize| {
            self.doc
                .mention(j)
                .is_some_and(|m| m.kind == EntryKind::Place && m.t1 == j + 1 && self.demonym(m))
        };
        let alone = k == start + 1 || k == start + 2 && DETERMINERS.contains(&self.lw(start));
        alone && nationality(k - 1) && nationality(k + 1) && k + 2 < b
    }

    /// Whether a phrase ends in a person's name in apposition: "The UN's
    /// relief coordinator, Jan Egeland" is one person (a later "he"),
    /// whatever its head.
    pub(in crate::attribution) fn named_in_apposition(&self, np: &Np) -> bool {
        self.apposed_name(np).is_some()
    }

    /// The end of a name in commas right after a phrase ("Its director,
    /// Erik Akerboom, said": the token after "Akerboom"): two to four
    /// capitalised words no list holds but as a person.
    pub(in crate::attribution) fn trailing_name_end(&self, np: &Np) -> Option<usize> {
        let doc = self.doc;
        if !self.punct(np.t1, ",") {
            return None;
        }
        let (a, mut b) = (np.t1 + 1, np.t1 + 1);
        while b < self.r.end && b - a < 4 && doc.toks[b].kind == Kind::Word && is_cap(doc.text(b)) {
            b += 1;
        }
        let person = |k: usize| {
            doc.mention(k)
                .is_none_or(|m| matches!(m.kind, EntryKind::Person | EntryKind::None))
        };
        (b - a >= 2 && self.punct(b, ",") && (a..b).all(person)).then_some(b)
    }

    /// The first token of the name that ends a phrase in apposition (see
    /// [`Ctx::named_in_apposition`]).
    fn apposed_name(&self, np: &Np) -> Option<usize> {
        let doc = self.doc;
        let comma = (np.t0 + 1..np.t1).rev().find(|&k| self.punct(k, ","))?;
        let cap = |k: usize| doc.toks[k].kind == Kind::Word && is_cap(doc.text(k));
        let name_word = |k: usize| {
            cap(k)
                && doc
                    .mention(k)
                    .is_none_or(|m| matches!(m.kind, EntryKind::Person | EntryKind::None))
        };
        // The name: the capitalised words at the end that no list holds;
        // before it, a rank or title may stand ("..., Vice Admiral Peter
        // Reesink"): capitalised words of an official's title.
        let mut first = np.t1;
        while first > comma + 1 && np.t1 - first < 4 && name_word(first - 1) {
            first -= 1;
        }
        let title_word = |k: usize| {
            cap(k)
                && (doc
                    .mention(k)
                    .is_some_and(|m| m.kind == EntryKind::Official)
                    || is_role_head(self.lw(k))
                    || RANK_PREFIXES.contains(&self.lw(k)))
        };
        (np.t1 - first >= 2 && (comma + 1..first).all(title_word)).then_some(first)
    }

    /// Whether a phrase opens with a person's title and ends in a name:
    /// "CEO of Redfern Youth Connect Margaret Haumono", "Chairman and chief
    /// executive John Smith" are one person (a later "she", "he").
    fn titled_name(&self, np: &Np) -> bool {
        let doc = self.doc;
        let first = (np.t0..np.t1).find(|&k| !DETERMINERS.contains(&self.lw(k)));
        let w = first.map_or("", |k| self.lw(k));
        // ("the official Ivorian daily Fraternite Matin" is an outlet.)
        let title =
            is_role_head(w) && !w.ends_with('s') && w != "official" || PERSON_TITLES.contains(&w);
        title
            && !matches!(
                np.kind,
                SourceKind::Media | SourceKind::StateMedia | SourceKind::Document
            )
            && np.t1 >= np.t0 + 3
            && (np.t1 - 2..np.t1).all(|k| {
                doc.toks[k].kind == Kind::Word
                    && is_cap(doc.text(k))
                    && doc.mention(k).is_none_or(|m| m.kind == EntryKind::Person)
            })
    }

    /// The sources of a phrase of one or more coordinated parts, each
    /// classified; a plural title before the first name is the title of
    /// every name ("Senators Ann Reed and Tom Hill": both senators).
    pub(in crate::attribution) fn classify_coordinated(
        &self,
        a: usize,
        b: usize,
        mem: &Memory,
    ) -> Vec<Np> {
        let parts = self.coordinated(a, b);
        let shared_title = parts.len() > 1 && self.plural_title(a);
        let mut nps: Vec<Np> = Vec::with_capacity(parts.len());
        for (pa, pb) in parts {
            if let Some(mut np) = self.classify(pa, pb, mem) {
                // "A Ministry of Foreign Economic Relations and Trade
                // official": one person, whatever body the phrase opens
                // with (a later "he" is this official).
                let last = self.doc.text(np.t1 - 1);
                if is_role_head(last) && !last.ends_with('s')
                    || self.named_in_apposition(&np)
                    || self.titled_name(&np)
                {
                    np.personal = true;
                    np.plural = false;
                }
                let mut np = self.with_parent_kind(np, mem);
                if let Some(first) = nps.first().filter(|_| shared_title) {
                    if np.kind == SourceKind::Person && is_cap(self.doc.text(pa)) {
                        np.kind = first.kind;
                    }
                }
                nps.push(np);
            }
        }
        nps
    }

    /// "Its official newspaper, Rodong Sinmun, said", "the country's spy
    /// agency, the NIS, said": an outlet or agency named by its common
    /// noun, with its listed name in commas right after, has the kind the
    /// name gives (the noun's owner or adjective may say otherwise).
    pub(super) fn with_apposed_outlet(&self, np: Np) -> Np {
        let head = self.lw(np.t1 - 1);
        if !(OUTLET_NOUNS.contains(&head) || matches!(head, "agency" | "service"))
            || !self.punct(np.t1, ",")
        {
            return np;
        }
        let k = np.t1 + 1 + usize::from(self.lw(np.t1 + 1) == "the");
        let kind = self
            .doc
            .mention(k)
            .filter(|m| m.t0 == k && self.punct(m.t1, ","))
            .filter(|m| {
                matches!(
                    m.kind,
                    EntryKind::StateMedia | EntryKind::Media | EntryKind::Intelligence
                )
            })
            .and_then(|m| SourceKind::from_entry(m.kind));
        match kind {
            Some(kind) if kind != np.kind => Np {
                kind,
                also_official: false,
                ..np
            },
            _ => np,
        }
    }

    /// "the National Cyber Security Centre, part of GCHQ": a body typed
    /// as a company or not at all, that is part of a state body or
    /// service, takes that body's kind.
    pub(in crate::attribution) fn with_parent_kind(&self, np: Np, mem: &Memory) -> Np {
        if !matches!(np.kind, SourceKind::Organization | SourceKind::Unknown) || np.personal {
            return np;
        }
        match self.parent_body(&np, mem) {
            Some(kind) => Np { kind, ..np },
            None => np,
        }
    }

    /// The kind of the state body or service a body is part of, named in
    /// an apposition inside its phrase: ", part of GCHQ", ", which is part
    /// of the justice ministry", ", a unit of the defence ministry", ",
    /// the cyber arm of the army".
    fn parent_body(&self, np: &Np, mem: &Memory) -> Option<SourceKind> {
        // In the phrase, or right after it.
        let comma = (np.t0 + 1..=np.t1).find(|&k| self.punct(k, ","))?;
        // A name, not "the company, a unit of ...": a company stays one.
        if !is_cap(self.doc.text(np.t1.min(comma) - 1)) {
            return None;
        }
        let stop = self.r.end;
        let mut k = comma + 1;
        if matches!(self.lw(k), "which" | "that") && self.lw(k + 1) == "is" {
            k += 2;
        }
        let of = if self.lw(k) == "part" && self.lw(k + 1) == "of" {
            k + 1
        } else if matches!(self.lw(k), "a" | "an" | "the") {
            (k + 1..(k + 5).min(stop))
                .find(|&j| self.lw(j) == "of")
                .filter(|&j| PART_NOUNS.contains(&self.lw(j - 1)))?
        } else {
            return None;
        };
        let end = (of + 1..stop)
            .find(|&j| self.punct(j, ",") || self.punct(j, "."))
            .unwrap_or(stop);
        let parent = self.classify(of + 1, end, mem)?;
        // Listed as a state body or service, not typed as one by shape.
        let listed = (of + 1..end).any(|j| {
            self.doc
                .mention(j)
                .is_some_and(|m| matches!(m.kind, EntryKind::Official | EntryKind::Intelligence))
        });
        (listed && matches!(parent.kind, SourceKind::Official | SourceKind::Intelligence))
            .then_some(parent.kind)
    }

    /// Whether the word at `i` is a plural title before names ("Senators
    /// Reed and Hill", "Generals"): a capitalised plural naming an office
    /// the lexicon lists, before a capitalised word.
    pub(in crate::attribution) fn plural_title(&self, i: usize) -> bool {
        let w = self.doc.text(i);
        is_cap(w)
            && w.len() > 3
            && w.ends_with('s')
            && self.word(i + 1)
            && is_cap(self.doc.text(i + 1))
            && self.doc.mention(i).is_some_and(|m| {
                m.t0 == i
                    && m.t1 == i + 1
                    && matches!(m.kind, EntryKind::Official | EntryKind::Intelligence)
            })
    }

    /// The sentence's main subject (for participle cues): the first noun
    /// phrase after an introductory phrase ("Last October, Kim sent ...").
    pub(in crate::attribution) fn main_subject(&self, mem: &Memory) -> Option<Np> {
        let (s, t1) = self.main_subject_span()?;
        self.classify(s, t1, mem)
    }

    /// The token after a wire dateline that opens the sentence ("MOSCOW
    /// (Reuters) -", "BEIRUT, Lebanon (AP) —", "LONDON, May 3 -"): a word
    /// in capitals first, then only capitalised words, numbers, commas and
    /// a bracketed outlet up to a dash within a dozen tokens.
    pub(in crate::attribution) fn dateline_end(&self) -> Option<usize> {
        let r = &self.r;
        let first = self.doc.text(r.start);
        if !(self.word(r.start)
            && first.len() >= 3
            && first.bytes().all(|b| b.is_ascii_uppercase() || b == b'.'))
        {
            return None;
        }
        let mut bracket = false;
        for k in r.start + 1..(r.start + 12).min(r.end) {
            let t = self.doc.text(k);
            match t {
                _ if is_dash(t) && !bracket => return (k + 1 < r.end).then_some(k + 1),
                "(" => bracket = true,
                ")" => bracket = false,
                "," | "." => {}
                _ if self.doc.toks[k].kind == Kind::Number => {}
                _ if self.word(k) && (bracket || is_cap(t)) => {}
                _ => return None,
            }
        }
        None
    }

    /// A wire's angle brackets before `end`: a stock ticker after a name
    /// ("Toshiba Corp <TSBA.T> said": the name before it) or a company's
    /// name in brackets ("<Petranol Plc> said": the name inside). `None`
    /// when no bracket closes at `end`.
    fn bracketed_name_left(&self, end: usize) -> Option<Option<(usize, usize)>> {
        if end < self.r.start + 3 || self.doc.text(end - 1) != ">" {
            return None;
        }
        let open = (end.saturating_sub(12).max(self.r.start)..end - 1)
            .rev()
            .find(|&k| matches!(self.doc.text(k), "<" | ">"))
            .filter(|&k| self.doc.text(k) == "<")?;
        if open + 1 == end - 1 {
            return None;
        }
        let ticker = open + 2 == end - 1
            && self
                .doc
                .text(open + 1)
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.');
        let after_name = ticker
            && open > self.r.start
            && self.word(open - 1)
            && is_cap(self.doc.text(open - 1))
            && !matches!(self.lw(open - 1), "the" | "a" | "an");
        if after_name {
            return Some(self.np_left(open));
        }
        let name = (open + 1..end - 1).all(|k| !self.word(k) || is_cap(self.doc.text(k)));
        Some(name.then_some((open + 1, end - 1)))
    }

    /// [`Ctx::main_subject`] when it may be a body or a group: it holds a
    /// listed mention (a country as actor too), an acronym, a company's suffix or
    /// a newspaper's last word. (Most subjects are none of these, and an
    /// unlisted name alone is a person: classifying them costs time for
    /// nothing.)
    pub(in crate::attribution) fn body_subject(&self, mem: &Memory) -> Option<Np> {
        let (s, e) = self.main_subject_span()?;
        let doc = self.doc;
        let promising = (s..e).any(|k| {
            let t = doc.text(k);
            doc.mention(k).is_some_and(|m| {
                !matches!(
                    m.kind,
                    EntryKind::Person | EntryKind::None | EntryKind::Document
                )
            }) || (t.len() >= 2 && t.bytes().all(|b| b.is_ascii_uppercase()))
        }) || ORG_SUFFIX.contains(&doc.text(e - 1))
            || PUBLICATION_WORDS.contains(&doc.text(e - 1));
        if !promising {
            return None;
        }
        self.classify(s, e, mem)
    }

    /// A person's name of two or more capitalised words that no list
    /// holds, opening the sentence after at most three words of a role, and
    /// followed by a verb or an apposition's comma: "Opposition politician
    /// Ekuru Aukot filed the case", "Ekuru Aukot, who filed the case, ...".
    /// (Checked before classifying, as in [`Ctx::body_subject`].)
    pub(in crate::attribution) fn person_subject(&self, mem: &Memory) -> Option<Np> {
        let doc = self.doc;
        let mut s = self.dateline_end().unwrap_or(self.r.start);
        // "But Mr Balls ...": past a connective; "For Rick Dean, ...": a
        // preposition opens no subject.
        if self.r.contains(&s) && CONNECTIVES.contains(&self.lw(s)) {
            s += 1;
        }
        let name_word = |k: usize| {
            self.r.contains(&k)
                && doc.toks[k].kind == Kind::Word
                && is_cap(doc.text(k))
                && doc.mention(k).is_none()
                && !DETERMINERS.contains(&self.lw(k))
        };
        let Some(k) = (s..(s + 4).min(self.r.end)).find(|&k| name_word(k) && name_word(k + 1))
        else {
            return self.role_then_name(s, mem);
        };
        // Role words before the name, not a connective or a preposition
        // ("However Mr Mulligan", "For Seo") nor an article right before
        // it ("The St Kitts").
        let role_words = (s..=k).all(|j| {
            doc.toks[j].kind == Kind::Word
                && !is_intro_word(self.lw(j))
                && !CONNECTIVES.contains(&self.lw(j))
                && !matches!(self.lw(j), "then" | "now")
        });
        if !role_words || k > s && DETERMINERS.contains(&self.lw(k - 1)) {
            return self.role_then_name(s, mem);
        }
        let mut e = k;
        while name_word(e) {
            e += 1;
        }
        // A verb or an apposition's comma after the name, not a noun it
        // modifies ("Former Wimbledon champion").
        let next_ok = self.r.contains(&e) && {
            let w = self.lw(e);
            doc.text(e) == ","
                || doc.toks[e].kind == Kind::Word
                    && !is_cap(doc.text(e))
                    && (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s'))
                        || BE.contains(&w)
                        || PAST_VERBS.contains(&w))
        };
        if !next_ok {
            return None;
        }
        self.classify(s, e, mem)
            .filter(|np| np.personal && !np.plural && np.t1 == e)
    }

    /// "The health minister, Anna Berg, visited ...": a role opening the
    /// sentence at `s` and the name in commas after it, as one person.
    fn role_then_name(&self, s: usize, mem: &Memory) -> Option<Np> {
        let doc = self.doc;
        if !DETERMINERS.contains(&self.lw(s)) {
            return None;
        }
        let comma = (s + 1..(s + 5).min(self.r.end)).find(|&k| self.punct(k, ","))?;
        if !(s + 1..comma).all(|j| self.word(j)) || !is_role_head(doc.text(comma - 1)) {
            return None;
        }
        let mut e = comma + 1;
        while self.r.contains(&e) && self.word(e) && is_cap(doc.text(e)) {
            e += 1;
        }
        if e < comma + 3 || !self.punct(e, ",") {
            return None;
        }
        self.classify(s, e, mem)
            .filter(|np| np.personal && !np.plural && np.t1 == e)
    }

    /// The tokens of [`Ctx::main_subject`], unclassified.
    pub(in crate::attribution) fn main_subject_span(&self) -> Option<(usize, usize)> {
        // A dateline names where the story was filed, not who acts in it:
        // "MOSCOW (Reuters) - A hacker arrested in Spain said ... and
        // feared": the subject follows it.
        let r = &(self.dateline_end().unwrap_or(self.r.start)..self.r.end);
        if r.is_empty() {
            return None;
        }
        let mut s = r.start;
        // Skip an introductory phrase ("Last October,", "In exchange,")
        // ending in a comma within 6 tokens.
        let first = self.lw(r.start);
        // "Having been pricked into action, the regulator ...": a
        // participle opens the sentence too.
        let intro = is_intro_word(first)
            || (first.ends_with("ing") && first.len() > 4 && self.doc.mention(r.start).is_none())
            || self.doc.toks[r.start].kind == Kind::Number;
        if intro {
            for j in r.start..(r.start + 7).min(r.end) {
                if self.doc.text(j) == "," {
                    s = j + 1;
                    break;
                }
            }
        }
        // A preposition opens a phrase of any length before the subject
        // ("In a statement released through her attorney Rich Nichols,
        // Jones repeated ... and vowed"): the subject follows its comma,
        // or there is none.
        let preposition = matches!(
            first,
            "in" | "on"
                | "at"
                | "after"
                | "before"
                | "for"
                | "of"
                | "with"
                | "by"
                | "during"
                | "under"
                | "from"
                | "since"
                | "despite"
                | "following"
                | "amid"
                | "that"
        );
        if preposition && s == r.start {
            let comma = (r.start..(r.start + 30).min(r.end)).find(|&j| self.doc.text(j) == ",");
            let end = comma.unwrap_or((r.start + 30).min(r.end));
            // A name right before a verb, before any comma ("During his
            // time on the stand Mr Sullivan told jurors"); else what
            // follows the comma.
            let named = (r.start + 2..end).find(|&k| {
                let mut m = k;
                while m < end && self.word(m) && is_cap(self.doc.text(m)) {
                    m += 1;
                }
                let w = self.lw(m);
                m > k
                    && !is_cap(self.doc.text(k - 1))
                    && self.word(m)
                    && (w.ends_with("ed") || BE.contains(&w) || PAST_VERBS.contains(&w))
            });
            s = match (named, comma) {
                (Some(k), _) => k,
                (None, Some(j)) => j + 1,
                (None, None) => return None,
            };
        }
        // Strict right scan: capitalised words, mentions, determiners.
        let mut t1 = s;
        while t1 < r.end {
            let t = &self.doc.toks[t1];
            let txt = self.doc.text(t1);
            let first_word = t1 == s && t.kind == Kind::Word;
            let ok = self.doc.mention(t1).is_some()
                || (t.kind == Kind::Word && is_cap(txt))
                || (first_word && DETERMINERS.contains(&self.lw(t1)))
                || (first_word && s > r.start && matches!(self.lw(t1), "he" | "she" | "they"))
                || t.kind == Kind::Possessive;
            if !ok {
                // "Two officials from the Central Intelligence Agency", "The
                // head of the NIS": a role's body after its preposition.
                let body = t1 > s
                    && matches!(self.lw(t1), "of" | "from" | "for" | "at")
                    && self.doc.mention(t1 - 1).is_some()
                    && r.contains(&(t1 + 1))
                    && (self.doc.mention(t1 + 1).is_some()
                        || is_cap(self.doc.text(t1 + 1))
                        || self.lw(t1 + 1) == "the");
                if !body {
                    break;
                }
                t1 += 1;
                if self.lw(t1) == "the" {
                    t1 += 1;
                }
                continue;
            }
            t1 += 1;
        }
        // A preposition or determiner left dangling is no part of it.
        while t1 > s && matches!(self.lw(t1 - 1), "of" | "from" | "for" | "at" | "the") {
            t1 -= 1;
        }
        (t1 > s).then_some((s, t1))
    }

    /// A role of a body that opens a sentence citing no one, with a verb
    /// after the body: "A spokesman for the dairy cooperative toured the
    /// farms". A later "he" or "she" may mean this person.
    pub(in crate::attribution) fn role_subject(&self, mem: &Memory) -> Option<Np> {
        let r = &self.r;
        let s = r.start;
        if !matches!(self.lw(s), "a" | "an" | "the") {
            return None;
        }
        let p = (s + 2..(s + 5).min(r.end)).find(|&k| matches!(self.lw(k), "for" | "of"))?;
        let mut verb = None;
        for k in p + 1..(p + 8).min(r.end) {
            if !self.word(k) {
                return None;
            }
            let w = self.lw(k);
            let verb_like =
                w.len() > 3 && w.ends_with("ed") || BE.contains(&w) || PAST_VERBS.contains(&w);
            if k >= p + 2 && verb_like && !is_cap(self.doc.text(k)) {
                verb = Some(k);
                break;
            }
        }
        let verb = verb?;
        let np = self.classify(s, verb, mem)?;
        (np.personal && !np.plural && np.t1 == verb).then_some(np)
    }

    /// Whether the "and" at `k` joins two singular roles of one person:
    /// "the Labour peer and former minister said".
    pub(super) fn two_roles_of_one(&self, k: usize) -> bool {
        // A singular common noun of a person with an office: "peer",
        // "minister", "spokesman" (not a body's name, not a plural).
        let role = |i: usize| {
            self.r.contains(&i)
                && self.doc.mention(i).is_some_and(|m| {
                    let text = &self.doc.src[m.start..m.end];
                    let e = self.lx.entry(m.entry);
                    (e.role || e.title || is_role_head(text) || m.kind == EntryKind::Official)
                        && m.t1 - m.t0 == 1
                        && !is_cap(text)
                        && !text.ends_with('s')
                })
        };
        let after = if matches!(self.lw(k + 1), "former" | "ex" | "retired") {
            k + 2
        } else {
            k + 1
        };
        k > self.r.start && role(k - 1) && role(after)
    }
}

/// Common irregular past tenses (the regular ones end in "-ed").
const PAST_VERBS: WordList = WordList::new(&[
    "has", "had", "met", "went", "came", "took", "made", "gave", "left", "saw", "held", "sent",
    "led", "won", "lost", "began", "ran", "flew", "wrote", "spent", "sat", "stood", "kept",
]);

/// Documents sent to someone: "the letter to Lowell" is the letter.
const WRITTEN_TO: WordList = WordList::new(&["letter", "memo", "message", "email", "submission"]);

/// Titles abbreviated with a full stop before a name.
const TITLE_ABBREVIATIONS: WordList = WordList::new(&[
    "Rep", "Sen", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cmdr", "Dr", "Mr",
    "Mrs", "Ms", "Prof", "Rev", "Amb", "Supt", "Insp", "Det",
]);

/// Whether a sentence's first word opens an introductory phrase: one of
/// [`INTRO_WORDS`], [`TIME_WORDS`] or [`SUBORDINATORS`] (one hash lookup;
/// this runs for most sentences).
fn is_intro_word(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| {
        INTRO_WORDS
            .iter()
            .chain(TIME_WORDS)
            .chain(SUBORDINATORS)
            .copied()
            .collect()
    })
    .contains(w)
}

/// Titles of one person that no list of role nouns holds (they are no
/// source's head alone): "co-founder and CEO".
const PERSON_TITLES: WordList = WordList::new(&[
    "ceo",
    "cfo",
    "coo",
    "founder",
    "co-founder",
    "owner",
    "publisher",
    "editor",
]);

/// Words that open a rank or title before a name: "Vice Admiral",
/// "Rear Admiral", "Lieutenant General".
const RANK_PREFIXES: WordList = WordList::new(&[
    "vice",
    "rear",
    "deputy",
    "lieutenant",
    "major",
    "brigadier",
    "lt",
    "maj",
    "gen",
]);

/// Nouns of a part of a body: "a unit of", "the cyber arm of".
const PART_NOUNS: WordList = WordList::new(&[
    "part",
    "unit",
    "arm",
    "branch",
    "division",
    "wing",
    "agency",
    "department",
    "directorate",
    "service",
    "office",
    "section",
]);
