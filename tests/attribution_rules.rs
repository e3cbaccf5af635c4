//! One test per attribution pattern of the spec, and the negatives that
//! must stay unattributed.

use provenance::{Annotator, Lexicon, Sentence, Tag};

fn annotate(body: &str) -> Vec<Sentence> {
    let text = format!("Headline\n{body}\n");
    Annotator::new(Lexicon::builtin()).annotate(&text)
}

/// A sentence's tags as their names.
fn tag_names(s: &Sentence) -> Vec<&'static str> {
    s.tags.iter().map(|t| t.as_str()).collect()
}

/// Tags of the first body sentence.
fn tags(body: &str) -> Vec<&'static str> {
    tag_names(&annotate(body)[1])
}

fn sources(body: &str) -> Vec<(String, String)> {
    annotate(body)[1]
        .sources
        .iter()
        .map(|s| (s.text.clone(), s.kind.as_str().to_string()))
        .collect()
}

/// The source phrases of the first body sentence.
fn source_texts(body: &str) -> Vec<String> {
    sources(body).into_iter().map(|(text, _)| text).collect()
}

/// The canonical name of the first source of sentence `k` (0 is the
/// headline), or "" when it has none.
fn canonical(body: &str, k: usize) -> String {
    annotate(body)[k]
        .sources
        .first()
        .and_then(|s| s.canonical.clone())
        .unwrap_or_default()
}

#[test]
fn according_to() {
    assert_eq!(
        tags("According to KCNA, the leader visited a farm."),
        ["state-media"]
    );
    assert_eq!(
        tags("Around 15,000 troops were deployed, according to U.S. intelligence."),
        ["intelligence", "official-estimate"]
    );
}

#[test]
fn subject_said_and_said_subject() {
    assert_eq!(
        tags("The defence ministry said the troops had moved."),
        ["official-statement"]
    );
    assert_eq!(
        tags("“We will not yield,” said the foreign minister."),
        ["official-statement"]
    );
    assert_eq!(
        tags("The troops had moved, state media reported."),
        ["state-media"]
    );
}

#[test]
fn a_number_makes_an_estimate() {
    assert_eq!(
        tags("The Pentagon said about 10,000 troops had arrived."),
        ["official-estimate"]
    );
    assert_eq!(
        tags("UN figures show 3.7 million people have been displaced."),
        ["official-estimate"]
    );
}

#[test]
fn only_the_attributed_clause_is_tested_for_figures() {
    assert_eq!(
        tags("As Mattis met some of the roughly 28,000 American forces, he said the alliance was strong."),
        ["official-statement"]
    );
}

#[test]
fn citing_adds_the_cited_source() {
    assert_eq!(
        tags("Reuters reported, citing two U.S. officials, that 3,000 soldiers were killed."),
        ["official-estimate", "other-source"]
    );
    assert_eq!(
        tags("A lawmaker said, citing the country's spy agency, that the plan had failed."),
        ["intelligence", "official-statement"]
    );
}

#[test]
fn quoted_as_saying_names_speaker_and_channel() {
    let t = tags("The official Tanjug news agency quoted the interior minister as saying the border was closed.");
    assert_eq!(t, ["state-media", "official-statement"]);
}

#[test]
fn channel_is_tagged_by_its_kind() {
    assert_eq!(
        tags("Officials told state media that the bridge had collapsed."),
        ["state-media", "official-statement"]
    );
    assert_eq!(
        tags("The foreign minister told TASS that talks would resume."),
        ["state-media", "official-statement"]
    );
}

#[test]
fn channel_and_rumour_nouns() {
    // Word classes `channel-noun` and `rumour-noun` (lexicons/cues.tsv).
    assert_eq!(
        tags("In an interview with RT, the minister praised the harvest."),
        ["state-media", "official-statement"]
    );
    assert_eq!(
        tags("There were unconfirmed reports that 15 people were hurt."),
        ["other-source"]
    );
}

#[test]
fn possessive_estimate_and_figures_from() {
    assert_eq!(
        tags("The ministry's estimate put the toll at 300."),
        ["official-estimate"]
    );
    assert_eq!(
        tags("Figures from the health ministry put the toll at 300."),
        ["official-estimate"]
    );
}

#[test]
fn colon_before_a_quote() {
    assert_eq!(
        tags("Professor Allsop: “The limit would save lives.”"),
        ["other-source"]
    );
}

#[test]
fn reported_speech_without_said() {
    assert_eq!(
        tags("Russian President Vladimir Putin vowed to rebuild the city."),
        ["official-statement"]
    );
    assert_eq!(
        tags("The president met the families, vowing to build a monument."),
        ["official-statement"]
    );
}

#[test]
fn office_holder_memory_and_anaphora() {
    let s = annotate(
        "North Korean leader Kim Jong Un visited the site. Kim said the work was good. \
         The Korean Central News Agency reported the visit. The agency said more visits would follow.",
    );
    assert_eq!(s[2].tags, [Tag::OfficialStatement]);
    assert_eq!(s[4].tags, [Tag::StateMedia]);
    assert_eq!(s[4].sources[0].resolved.as_deref(), Some("KCNA"));
    // The anaphor's entity is the lexicon's name of what it stands for.
    assert_eq!(s[4].sources[0].canonical.as_deref(), Some("KCNA"));
}

#[test]
fn pronouns_resolve_to_the_last_source() {
    let s = annotate("Defence Minister Lee Jae spoke in Seoul. He said 200 soldiers had died.");
    assert_eq!(s[2].tags, [Tag::OfficialEstimate]);
}

#[test]
fn people_named_with_their_body_are_what_a_later_pronoun_stands_for() {
    // "group Harbour Watch" names the group: the later "She" is not it.
    let s = annotate(
        "Mayor Ada Birch backed the plan. Teo Lund, from campaign group \
         Harbour Watch, joined the protest. She said: \"The harbour must stay open.\"",
    );
    // "Teo Lund, from campaign group Harbour Watch": a person with her
    // body; "She" is Teo Lund, another source (not the mayor, not the group).
    let she = &s[3].sources[0];
    assert_eq!(she.resolved.as_deref(), Some("Teo Lund"));
    assert_eq!(s[3].tags, [Tag::OtherSource]);
}

#[test]
fn the_channel_of_a_quote_can_follow_a_preposition() {
    let s = annotate(
        "“We are ready,” the mayor said on CBS. “We will rebuild,” Ana Ruiz told Tom Hale of PBS.",
    );
    assert_eq!(s[1].via.as_deref(), Some("CBS"));
    assert_eq!(s[2].via.as_deref(), Some("PBS"));
    // Reporters who are told something are no channel.
    let s = annotate("“It is over,” the mayor told reporters.");
    assert_eq!(s[1].via, None);
}

#[test]
fn a_capitalised_title_with_modifiers_is_its_holder() {
    let s = annotate(
        "Governor-elect Mara Quist met the board. “We will see,” the Liberal Governor-elect said. \
         “Soon,” the Governor said.",
    );
    assert_eq!(s[2].sources[0].resolved.as_deref(), Some("Mara Quist"));
    assert_eq!(s[3].sources[0].resolved.as_deref(), Some("Mara Quist"));
    assert_eq!(s[2].tags, [Tag::OfficialStatement]);
}

#[test]
fn the_singular_noun_is_the_one_not_the_group() {
    let s = annotate(
        "A fisheries expert said the rivers were warm. Other experts said stocks were low. \
         \"It is bad,\" the expert added.",
    );
    assert_eq!(
        s[3].sources[0].resolved.as_deref(),
        Some("A fisheries expert")
    );
}

#[test]
fn a_definite_description_is_the_source_it_describes() {
    // "the Lagos official" is the official of the Lagos government cited
    // before, whatever other officials came between.
    let s = annotate(
        "A trade official of the Lagos government said imports fell. Port officials said ships waited. \
         \"We must grow more,\" the Lagos official said.",
    );
    let r = s[3].sources[0].resolved.as_deref().unwrap_or_default();
    assert!(r.starts_with("A trade official of the Lagos"), "{r}");
    assert_eq!(s[3].tags, [Tag::OfficialStatement]);
}

#[test]
fn quote_continuation_takes_the_attribution() {
    let s = annotate("“We will win,” Kim Jong Un said, according to KCNA. “They will lose.”");
    assert_eq!(s[2].tags, [Tag::StateMedia, Tag::OfficialStatement]);
    assert!(s[2].quote);
    // Wherever in the quotation the attribution stands.
    let s = annotate("“We will win. They will lose,” the minister said.");
    assert_eq!(s[1].tags, [Tag::OfficialStatement]);
}

#[test]
fn intelligence_office_holder_is_also_official() {
    assert_eq!(
        tags("CIA Director Mike Pompeo said the threat was growing."),
        ["intelligence", "official-statement"]
    );
}

#[test]
fn non_state_groups_and_former_officials_are_other_sources() {
    assert_eq!(
        tags("The Taliban said the attack was revenge."),
        ["other-source"]
    );
    assert_eq!(
        tags("Former intelligence officers said the plan was flawed."),
        ["other-source"]
    );
}

#[test]
fn ambiguous_acronyms_need_their_country() {
    assert!(
        tags("NIS said the plan was flawed.").is_empty()
            || !tags("NIS said the plan was flawed.").contains(&"intelligence")
    );
    assert_eq!(
        tags("South Korea's NIS said the plan was flawed."),
        ["intelligence"]
    );
}

#[test]
fn negatives_stay_unattributed() {
    // No source: artificial intelligence, an agentless hedge, an act.
    assert!(tags("Advances in artificial intelligence said little about jobs.").is_empty());
    assert!(tags("In the film, a fictional MI6 agent says the world is ending.").is_empty());
    assert!(tags("The event, held on Friday, showed Kim consoling relatives.").is_empty());
    assert!(tags("The ministry declined to comment.").is_empty());
    assert!(tags("Kim met the families of the soldiers.").is_empty());
    let s = annotate("Pyongyang is believed to have received food.");
    assert!(s[1].tags.is_empty() && s[1].hedged);
}

#[test]
fn dates_ordinals_and_durations_are_not_figures() {
    assert_eq!(
        tags("The ministry said the third meeting in two years would be held on March 5, 2024."),
        ["official-statement"]
    );
}

#[test]
fn sources_are_named_with_kinds() {
    let s = sources("Western officials previously estimated that at least 1,000 soldiers died.");
    assert_eq!(
        s,
        [("Western officials".to_string(), "official".to_string())]
    );
}

#[test]
fn headline_with_speech_verb_carries_a_cue() {
    let s = Annotator::new(Lexicon::builtin())
        .annotate("IVORY COAST SAYS COFFEE PRICE FALL SHORT-LIVED\n\nPrices fell.\n");
    assert_eq!(s[0].tags, [Tag::OfficialStatement]);
}

#[test]
fn subject_before_a_prepositional_phrase() {
    assert_eq!(
        tags("The defence ministry in the capital said the move was routine."),
        ["official-statement"]
    );
}

#[test]
fn outlets_show_and_air() {
    assert_eq!(
        tags("State television showed rescuers pulling residents from homes."),
        ["state-media"]
    );
    assert!(tags("The event showed Kim consoling relatives.").is_empty());
}

#[test]
fn sources_carry_canonical_names_and_evidence_the_content_span() {
    let body = "Transport expert professor Richard Allsop wrote the study. \
                Professor Allsop said the limit would save 65 lives a year. \
                The New China News Agency said the plan was sound.";
    let text = format!("Headline\n{body}\n");
    let s = Annotator::new(Lexicon::builtin()).annotate(&text);
    assert_eq!(s[2].sources[0].canonical.as_deref(), Some("Richard Allsop"));
    assert_eq!(s[2].speaker.as_deref(), Some("Richard Allsop"));
    let c = s[2].evidence[0].content.expect("a content span");
    assert_eq!(
        &text[c.start..c.end],
        "the limit would save 65 lives a year."
    );
    // An outlet the lexicon knows goes by the lexicon's name.
    assert_eq!(s[3].sources[0].canonical.as_deref(), Some("Xinhua"));
}

#[test]
fn a_definite_title_names_its_holder_and_a_role_its_named_speaker() {
    let text = "Headline\nAttorney General Ruth Amsel opened the inquiry on Monday. \
                The attorney general told reporters the inquiry was open. \
                \"These acts happen,\" said EAAT legal spokesman, Taher Abou Al Nasr.\n";
    let s = Annotator::new(Lexicon::builtin()).annotate(text);
    assert_eq!(s[2].speaker.as_deref(), Some("Ruth Amsel"));
    assert_eq!(s[3].speaker.as_deref(), Some("Taher Abou Al Nasr"));
}

#[test]
fn a_new_full_name_right_after_an_unnamed_office_is_its_holder() {
    let s = annotate(
        "Sweden's intelligence chief warned on Monday that sabotage had grown. \
                \"We see more attempts every month,\" Karin Dahlberg told a security forum. \
                Dahlberg added that the service had doubled its staff.",
    );
    let tags_of = |s: &[Sentence], i: usize| tag_names(&s[i]);
    assert_eq!(tags_of(&s, 1), ["intelligence", "official-statement"]);
    assert_eq!(tags_of(&s, 2), ["intelligence", "official-statement"]);
    assert_eq!(tags_of(&s, 3), ["intelligence", "official-statement"]);
    // An indefinite role is not one office: the name is somebody else.
    let s = annotate(
        "A ministry spokesman said the talks had stalled. \
                \"Nothing moves,\" Omar Haddad told reporters.",
    );
    assert_eq!(tags_of(&s, 2), ["other-source"]);
    // Another source cited in between breaks the link.
    let s = annotate(
        "The country's defence minister said the border was calm. \
                Local media said troops had left. \
                \"It is quiet now,\" Lena Ortiz told reporters.",
    );
    assert_eq!(tags_of(&s, 3), ["other-source"]);
}

#[test]
fn an_inspector_general_of_a_service_speaks_for_it_by_surname_later() {
    let s = annotate(
        "The review is open, Pentagon inspector general Dana Whitfield said. \
         \"We will publish it,\" Whitfield added. \
         The U.S. review is open, NSA inspector general Alan Brody said. \
         \"We will publish it,\" Brody added.",
    );
    let tags_of = |i: usize| tag_names(&s[i]);
    assert_eq!(tags_of(2), ["official-statement"]);
    assert_eq!(tags_of(4), ["intelligence", "official-statement"]);
}

#[test]
fn a_documents_topic_and_a_prepositions_object_do_not_speak() {
    // The inquiry's topic is no source of the inquiry's words.
    assert_eq!(
        sources("The senator's review into Iraq intelligence said the case was weak."),
        [("The senator's review".to_string(), "official".to_string())]
    );
    // "the archive described in the article": the NSA is the object of a
    // request, not the subject of "described".
    assert!(tags(
        "The U.S. panel would consider a request to the NSA for copies of the archive \
         described in the article."
    )
    .is_empty());
    // A body before a place phrase still speaks.
    assert_eq!(
        tags("The defence ministry in the capital said the troops had moved."),
        ["official-statement"]
    );
}

#[test]
fn a_service_speaking_inside_a_quotation_is_a_source_too() {
    assert_eq!(
        tags(
            "The spokesman denied the story, saying, \"The National Security Agency \
             said it did not record the U.S. calls.\""
        ),
        ["intelligence", "official-statement"]
    );
    // Somebody else speaking inside a quotation is the speaker's own story.
    assert_eq!(
        tags("The spokesman denied the story, saying, \"My father said it was calm.\""),
        ["official-statement"]
    );
}

#[test]
fn a_role_in_a_company_no_lexicon_lists_is_another_source() {
    let s = annotate(
        "Mara Quist, vice president at Halvard Lumen and Co, said rates would rise. \
         Quist said trading had doubled.",
    );
    let tags_of = |i: usize| tag_names(&s[i]);
    assert_eq!(tags_of(1), ["other-source"]);
    assert_eq!(tags_of(2), ["other-source"]);
    // A role of a state stays official.
    let s = annotate(
        "Mara Quist, vice president of Ghana, said rates would rise. \
         Quist said trading had doubled.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
}

#[test]
fn an_acronym_stands_for_a_state_body_named_with_commas() {
    let s = annotate(
        "The National Office of Roads, Bridges and Tunnels (NORBT) manages the network. \
         The NORBT said: \"Repairs will take a year.\"",
    );
    assert_eq!(
        s[2].speaker.as_deref(),
        Some("National Office of Roads, Bridges and Tunnels")
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
}

#[test]
fn a_verb_before_a_colon_and_quote_leaves_its_subject_the_speaker() {
    let s = annotate(
        "Attorney General Ruth Amsel faced the panel. \
         Asked about the memo, the attorney general responded: \"I never saw it.\"",
    );
    assert_eq!(s[2].speaker.as_deref(), Some("Ruth Amsel"));
}

#[test]
fn the_company_is_the_company_named_last_unless_cited_since() {
    let s = annotate(
        "A company spokeswoman said the review was routine. \
         The unit was sold to software company Orvane Systems Ltd in May. \
         The company said it would keep the staff.",
    );
    assert_eq!(s[3].speaker.as_deref(), Some("Orvane Systems Ltd"));
}

#[test]
fn he_is_nobody_named_later_in_his_sentence_and_may_be_a_name_in_apposition() {
    let s = annotate(
        "Dana Ruiz, a lawyer for the family, wrote to Senator Omar Pell on Monday. \
         \"The file must be opened,\" he said in a letter to Pell.",
    );
    assert_eq!(s[2].speaker.as_deref(), Some("Dana Ruiz"));
}

#[test]
fn a_parliamentary_intelligence_committee_is_an_official_body() {
    assert_eq!(
        tags("Tory MP Ann Mace, a member of the Commons intelligence and security committee, said the rule was not absolute."),
        ["official-statement"]
    );
}

#[test]
fn a_continued_quotation_keeps_its_channel_and_programmes_and_websites_are_channels() {
    let s = annotate(
        "Crown Prince Omar Aziz accepted the blame in December. \
         Speaking to Lena Hart of PBS, he said, \"It was my call. \
         I take the blame for it.\"",
    );
    assert_eq!(s[2].via.as_deref(), Some("PBS"));
    assert_eq!(s[3].speaker.as_deref(), Some("Omar Aziz"));
    assert_eq!(s[3].via.as_deref(), Some("PBS"));
    let s = annotate(
        "Senator Ruth Amsel changed course. \
         \"We were wrong,\" she said in an interview with \"Evening Report\" broadcast on Sunday.",
    );
    assert_eq!(s[2].via.as_deref(), Some("Evening Report"));
    let s = annotate("Vesti.ru reported its source said \"two men\" were held.");
    assert_eq!(s[1].via.as_deref(), Some("Vesti.ru"));
    assert_eq!(s[1].speaker.as_deref(), Some("its source"));
}

#[test]
fn hedges_mark_doubt_not_ability_or_concession() {
    let hedged = |body: &str| annotate(body)[1].hedged;
    assert!(hedged(
        "With tourism seemingly in retreat, the hotels closed."
    ));
    assert!(hedged(
        "There are also rumours that two banks have dropped their plans."
    ));
    assert!(hedged(
        "Three executives are suspected of misusing company funds."
    ));
    assert!(hedged("The reported magnitude was 6.3."));
    assert!(!hedged(
        "As angry as I may be, I am still accountable for those acts."
    ));
    assert!(!hedged(
        "It was the most damaging testimony he could remember."
    ));
}

#[test]
fn the_attorney_general_named_next_is_the_same_official() {
    let s = annotate(
        "The attorney general has denied that his answer was drafted by aides. \
         Lord Tavenor said his aides played no part in drafting it.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
}

#[test]
fn a_title_before_a_name_is_not_part_of_the_entity() {
    let s = annotate(
        "Outgoing Director of National Intelligence Mara Velez said the U.S. threat had grown.",
    );
    assert_eq!(s[1].sources[0].canonical.as_deref(), Some("Mara Velez"));
}

#[test]
fn canonical_names_drop_titles_time_words_and_describing_nouns() {
    // A rank between a service and a name, and "Chief" before a surname
    // used later.
    assert_eq!(
        canonical("Mossad Chief Dan Orel said the unit had been recalled.", 1),
        "Dan Orel"
    );
    assert_eq!(
        canonical(
            "Oil minister Sheikh Ali al-Khalifa al-Rashid said output would rise.",
            1
        ),
        "Ali al-Khalifa al-Rashid"
    );
    // "last week's" and "what" open no name.
    assert_eq!(
        canonical(
            "Last month U.S. intelligence sources said the site was closed.",
            1
        ),
        "U.S. intelligence sources"
    );
    // The outlet after the noun that describes it, and a report's author.
    assert_eq!(
        canonical(
            "A report by Chinese media outlet Lanfeng said sales fell.",
            1
        ),
        "Lanfeng"
    );
}

#[test]
fn an_apposition_names_the_source_a_role_describes() {
    // The person the apposition names, not the body of the role.
    assert_eq!(
        canonical(
            "The chief of the CIA, General Tom Harlow, said the network was watched.",
            1
        ),
        "Tom Harlow"
    );
    assert_eq!(
        canonical(
            "One of the union's negotiators, Ines Carvalho, said talks had failed.",
            1
        ),
        "Ines Carvalho"
    );
    // A description that names nothing takes the service its apposition
    // names.
    assert_eq!(
        canonical(
            "Another agency, the foreign intelligence service BND, warned that Moscow was recruiting.",
            1
        ),
        "Federal Intelligence Service"
    );
    // A phrase that opens with a name keeps it; so does one whose
    // apposition is a relative clause or a place.
    assert_eq!(
        canonical("Rob Ferrand, CIA spokesman, said the claim was false.", 1),
        "Rob Ferrand"
    );
    assert_eq!(
        canonical(
            "That agreement, which was signed in May, said prices would rise.",
            1
        ),
        "agreement"
    );
    // A referent named by the lexicon's own name keeps it, not another
    // entry's alias inside it.
    let s = annotate(
        "The Dutch military intelligence service MIVD said cables were mapped. \
         The agency said the work went on for months.",
    );
    assert_eq!(
        s[2].sources[0].canonical.as_deref(),
        Some("Netherlands Military Intelligence and Security Service")
    );
}

#[test]
fn a_demonstrative_document_is_the_document_just_named() {
    // "That assessment" after a review the service wrote: the service's,
    // named as the apposition named it.
    let s = annotate(
        "Another agency, the foreign intelligence service BND, found in its yearly review \
         that Russia was recruiting. That assessment, which came out in June, estimated \
         that 30 agents were active.",
    );
    assert_eq!(tag_names(&s[2]), ["intelligence", "official-estimate"]);
    assert_eq!(
        s[2].sources[0].canonical.as_deref(),
        Some("Federal Intelligence Service")
    );
    // "The assessment" after the review is the review under another of a
    // report's names; "The letter" is no report.
    let s = annotate(
        "The BND found in its yearly review that Russia was recruiting. \
         The assessment estimated that 30 agents were active.",
    );
    assert_eq!(tag_names(&s[2]), ["intelligence", "official-estimate"]);
    let s = annotate(
        "The BND found in its yearly review that Russia was recruiting. \
         The letter estimated that 30 agents were active.",
    );
    assert_eq!(tag_names(&s[2]), ["other-source"]);
}

#[test]
fn an_outlet_that_carried_a_statement_is_no_later_it() {
    let s = annotate(
        "Iran's intelligence ministry said in a statement carried by the official IRNA news \
         agency that the cell was broken up. It added that weapons were seized.",
    );
    assert_eq!(tag_names(&s[1]), ["state-media", "intelligence"]);
    assert_eq!(s[2].sources[0].kind.as_str(), "intelligence");
    // An outlet that reported on its own stays what "it" means.
    let s = annotate(
        "The official IRNA news agency reported that the cell was broken up. \
         It added that weapons were seized.",
    );
    assert_eq!(s[2].sources[0].kind.as_str(), "state-media");
}

#[test]
fn a_capitalised_name_drops_its_determiner() {
    assert_eq!(
        canonical("The International Wheat Council said stocks would fall.", 1),
        "International Wheat Council"
    );
    // One capitalised word after "The" stays a body, not a person.
    assert_eq!(
        canonical("The Kremlin said the talks would go on.", 1),
        "Kremlin"
    );
}

#[test]
fn a_name_in_commas_after_a_role_names_the_source() {
    assert_eq!(
        canonical(
            "The council met. Its spokesman, Tomas Riedel, said the ships had left.",
            2
        ),
        "Tomas Riedel"
    );
    // Not after a phrase that names its own outlet.
    assert_eq!(
        canonical(
            "Speaking to the Times newspaper, Ms Okafor, who chairs the panel, said prices would rise.",
            1
        ),
        "The Times"
    );
}

#[test]
fn an_owner_speaks_through_its_documents_and_spokesmen_not_its_people() {
    // A document and a spokesman speak for their owner.
    assert_eq!(
        canonical("Mr Okafor's statement said the talks had failed.", 1),
        "Okafor"
    );
    assert_eq!(
        canonical("The Kremlin's spokesman said the talks had failed.", 1),
        "Kremlin"
    );
    // A body, a relative and a country's office-holder speak for
    // themselves.
    assert_eq!(
        canonical("Peru's coast guard said the boat had sunk.", 1),
        "Peru's coast guard"
    );
    assert_eq!(
        canonical("Okafor's mother said he had been at home.", 1),
        "Okafor's mother"
    );
    assert_eq!(
        canonical("Peru's foreign minister said the talks had failed.", 1),
        "Peru's foreign minister"
    );
}

#[test]
fn an_outlet_name_inside_a_person_name_is_no_outlet() {
    // Sabah is a Turkish paper; here it is a Kuwaiti family name.
    let s = annotate("Foreign Minister Sheikh Sabah al-Ahmed al-Sabah said the talks went well.");
    assert_eq!(tag_names(&s[1]), ["official-statement"]);
    let s = annotate("Kuwaiti oil minister Sheikh Ali al-Sabah said output would rise.");
    assert_eq!(tag_names(&s[1]), ["official-statement"]);
    // The paper itself still is.
    assert_eq!(
        tags("The Turkish daily Sabah reported the deal."),
        ["state-media"]
    );
}

#[test]
fn a_pronoun_for_a_titled_name_goes_by_the_name() {
    let body = "Iran's minister of intelligence Esmail Khatib said the cell was broken up. \
                He said its members had been arrested.";
    assert_eq!(canonical(body, 2), "Esmail Khatib");
}

#[test]
fn an_ambiguous_outlet_name_inside_a_longer_name_is_not_that_outlet() {
    // Star TV is a Turkish state-aligned channel; "Bright Star TV" is not.
    assert_eq!(
        tags("In Ankara, Turkey's Star TV reported the vote."),
        ["state-media"]
    );
    assert!(
        !tags("In Ankara, Turkey's Bright Star TV reported the vote.").contains(&"state-media")
    );
}

#[test]
fn a_quantifier_with_of_after_a_source_starts_the_content() {
    let s = annotate("According to the official news agency most of the cafes were closed.");
    assert_eq!(s[1].sources[0].text, "the official news agency");
}

#[test]
fn a_state_outlet_owned_by_a_country_goes_by_its_own_name() {
    assert_eq!(
        canonical(
            "Nicaragua's state television channel said the talks had failed.",
            1
        ),
        "Nicaragua's state television channel"
    );
    // A national agency described by its country is the agency, in either
    // apostrophe.
    assert_eq!(
        canonical("Algeria's state news agency said the talks had failed.", 1),
        "Algerie Presse Service"
    );
    assert_eq!(
        canonical(
            "Iran’s state news agency IRNA said the talks had failed.",
            1
        ),
        "IRNA"
    );
}

#[test]
fn commercial_intelligence_and_named_things_are_no_services() {
    assert!(!tags(
        "Sales fell, according to a report from Kovo, a marketing intelligence platform."
    )
    .contains(&"intelligence"));
    // A programme described as the CIA's is not a CIA person for "he".
    let s = annotate(
        "Hunter took part in Project Bluebird, a CIA mind control program. \
         He said the songs came later.",
    );
    assert!(!tag_names(&s[2]).contains(&"intelligence"));
}

#[test]
fn an_outlet_followed_by_what_it_is_goes_by_its_name() {
    assert_eq!(
        canonical("The Tass News Agency said the talks had failed.", 1),
        "TASS"
    );
    // Another publication of the same house keeps its own name.
    assert_eq!(
        canonical("China Daily Business Weekly said exports had slowed.", 1),
        "China Daily Business Weekly"
    );
}

#[test]
fn a_surname_shared_with_a_leader_stays_with_the_story_s_own_person() {
    // The story is about Kim Dong Chul; Kim Jong Un is named in passing.
    let s = annotate(
        "Kim Dong Chul, a detained businessman, admitted to spying. \
         An official praised the country's leader, Kim Jong Un. \
         Kim said he had been paid for the work.",
    );
    assert_eq!(tag_names(&s[3]), ["other-source"]);
    // With no other Kim, "Kim" is the leader.
    let s = annotate("Kim Jong Un visited the plant. Kim said output would double.");
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
}

#[test]
fn a_paper_named_after_its_country_keeps_its_whole_name() {
    let body = "The official China Commercial Daily said grain output rose. \
                The paper said prices would fall.";
    assert_eq!(canonical(body, 2), "China Commercial Daily");
}

#[test]
fn an_opening_adverb_is_no_part_of_the_subject() {
    for adverb in ["However", "Still", "Meanwhile"] {
        let body =
            format!("{adverb}, Jane Miller, an analyst at the bank, said that sales might fall.");
        assert_eq!(
            sources(&body),
            [("Jane Miller".to_string(), "expert".to_string())],
            "{body}"
        );
    }
    // A title before the name says less than the office after it.
    assert_eq!(
        sources("Dr Amos Kuma, Deputy Minister for Finance, rejected the claim that the bank was printing money."),
        [("Dr Amos Kuma".to_string(), "official".to_string())]
    );
    assert_eq!(
        sources("Dr Jane Roe, a professor of economics at the university, said prices would rise."),
        [("Dr Jane Roe".to_string(), "expert".to_string())]
    );
}

#[test]
fn a_role_of_a_body_named_by_common_nouns_is_no_state_role() {
    assert_eq!(
        tags("A spokesman for the dairy cooperative said the herd was healthy."),
        ["other-source"]
    );
    assert_eq!(
        tags("One leader of the land reform movement said the farms would be occupied."),
        ["other-source"]
    );
    // A capitalised name no lexicon lists is a company's or a group's; a
    // capitalised title before "for" names an office.
    assert_eq!(
        tags("A spokeswoman for Vantrell said the plant would reopen."),
        ["other-source"]
    );
    assert_eq!(
        tags("The Minister for Coastal Affairs said the plant would reopen."),
        ["official-statement"]
    );
    // Listed bodies keep their kind; an event is no body.
    assert_eq!(
        tags("A spokeswoman for the interior ministry said the road was closed."),
        ["official-statement"]
    );
    assert_eq!(
        tags("A speaker at the conference, the foreign minister, said talks would resume."),
        ["official-statement"]
    );
}

#[test]
fn two_subjects_joined_by_and_each_with_a_determiner() {
    assert_eq!(
        sources("The minister and the union leader said talks would resume."),
        [
            ("The minister".to_string(), "official".to_string()),
            ("the union leader".to_string(), "organization".to_string())
        ]
    );
    // Only when the first phrase opens the clause: "those claims" is an
    // object, no source.
    assert_eq!(
        sources("Beijing rejects those claims and the state news agency has blamed the weather."),
        [
            ("Beijing".to_string(), "official".to_string()),
            (
                "the state news agency".to_string(),
                "state-media".to_string()
            )
        ]
    );
}

#[test]
fn a_document_that_frames_the_sentence_makes_its_subject_the_source() {
    // Any verb: the frame says where the words were written.
    assert_eq!(
        tags("In a letter to the regulator, the health ministry listed the hospitals it would close."),
        ["official-statement"]
    );
    // The frame's object may have an apposition, the subject another.
    let s = sources(
        "In a letter to the firm's lawyer, Jon Bale, Senators Ada Price and Ray Moss, the panel's two leaders, set out the papers it wants.",
    );
    assert_eq!(
        s,
        [
            ("Senators Ada Price".to_string(), "official".to_string()),
            ("Ray Moss".to_string(), "official".to_string())
        ]
    );
    // The letter is the senators' for the rest of the article.
    let body = "In a letter to the firm's lawyer, Senators Ada Price and Ray Moss listed the papers. The firm, the letter said, had kept some of them. The letter to Bale also said more was due.";
    let ann = annotate(body);
    assert_eq!(tag_names(&ann[2]), ["official-statement"]);
    assert_eq!(tag_names(&ann[3]), ["official-statement"]);
    // No frame: a place, a misread verb, no comma.
    assert!(tags("In a report released today the bank cut rates.").is_empty());
    assert!(tags(
        "In its annual report, the OECD cut its forecasts for the main industrialised regions."
    )
    .is_empty());
}

#[test]
fn a_plural_title_before_two_names_is_the_title_of_both() {
    let s = sources("Senators Ada Price and Ray Moss said the deal was dead.");
    assert!(s.iter().all(|(_, k)| k == "official"), "{s:?}");
    // A plural that is no title keeps each name's own kind.
    let s = sources("Analysts Ada Price and Ray Moss said the deal was dead.");
    assert!(s.iter().all(|(_, k)| k != "official"), "{s:?}");
}

#[test]
fn the_subject_of_a_message_to_someone_is_its_writer() {
    // "Reagan in a message to Congress said": Reagan speaks, not Congress.
    assert_eq!(
        sources("Ms Price in a message to the union said talks would resume."),
        [("Ms Price".to_string(), "person".to_string())]
    );
}

#[test]
fn a_common_noun_no_list_holds_speaks_before_a_verb_of_speech() {
    // A bare plural opening its clause, an adverb before the verb.
    assert_eq!(
        tags("Privacy advocates said the bill was flawed."),
        ["other-source"]
    );
    assert_eq!(
        tags("One tourist even told reporters the trip was dull."),
        ["other-source"]
    );
    assert_eq!(
        tags("The bakers also said flour had run out."),
        ["other-source"]
    );
    // Acts, nouns and objects of a preposition are no speakers.
    assert!(tags("The track claimed the top spot in the charts.").is_empty());
    assert!(tags("The damages claimed in May eclipsed earlier years.").is_empty());
    assert!(tags("The film tells the story of two boys.").is_empty());
    assert!(tags("The partnership wrote down the value of its wells.").is_empty());
    // The subject before "behind", not the device.
    assert_eq!(
        sources("The researchers behind the new device say it can draw in the air."),
        [("The researchers".to_string(), "expert".to_string())]
    );
}

#[test]
fn an_official_statement_has_no_owner_called_official() {
    // "an official statement": the adjective is no author for a later
    // "the statement".
    let ann = annotate(
        "The firm issued an official statement on Monday. The firm's statement after the crash said the repairs were faulty.",
    );
    assert_eq!(tag_names(&ann[2]), ["other-source"]);
}

#[test]
fn a_president_of_a_company_is_no_official() {
    // The apposition that names the company, read once for the article:
    // the name alone later is the company's too.
    let body = "Jo Vance, president of the brokers' association, said trade was slow. Vance said volume fell 5 pct.";
    let ann = annotate(body);
    assert_eq!(tag_names(&ann[1]), ["other-source"]);
    assert_eq!(tag_names(&ann[2]), ["other-source"]);
    let body = "Jo Vance, president of Hill's competitor, said trade was slow. Vance said volume fell 5 pct.";
    assert_eq!(tag_names(&annotate(body)[2]), ["other-source"]);
    // A company's name before the title.
    assert_eq!(
        sources("Acme Corp president Jo Vance said volume fell 5 pct."),
        [(
            "Acme Corp president Jo Vance".to_string(),
            "organization".to_string()
        )]
    );
    // A portfolio is no company: "secretary for trade and industry".
    let body = "Paul Moss, secretary for trade and industry, said talks went well. Moss said exports rose 5 pct.";
    assert_eq!(tag_names(&annotate(body)[2]), ["official-estimate"]);
}

#[test]
fn a_plural_owner_of_a_document_is_its_source() {
    assert_eq!(
        tags("They acted on U.S. intelligence agencies’ conclusion that the militia had drones."),
        ["intelligence"]
    );
    // The owner, not the comparison before it.
    assert_eq!(
        sources("Profits rose 5 pct, ahead of analysts' forecasts of 4 pct."),
        [("analysts".to_string(), "expert".to_string())]
    );
    // Friends and places own no findings.
    assert!(tags("Many have forgotten their friends' numbers.").is_empty());
}

#[test]
fn an_adverb_of_time_between_subject_and_verb() {
    assert_eq!(
        tags("U.S. intelligence agencies have long since concluded the hack came from abroad."),
        ["intelligence"]
    );
    // "Long" the name stays the subject.
    assert_eq!(
        sources("Ann Long said in a statement the plant would close."),
        [("Ann Long".to_string(), "person".to_string())]
    );
}

#[test]
fn bill_before_a_surname_is_a_first_name() {
    assert_eq!(
        sources("Bill Rowe said the plant would close."),
        [("Bill Rowe".to_string(), "person".to_string())]
    );
    // A headline in capitals keeps its nouns.
    assert_eq!(tags("REPORT SAYS PLANS TOO OPTIMISTIC"), ["other-source"]);
}

#[test]
fn associates_and_industries_end_a_company_name() {
    let body = "Jo Vance, president of Hill King Associates, said trade was slow. Vance said volume fell 5 pct.";
    assert_eq!(tag_names(&annotate(body)[2]), ["other-source"]);
}

#[test]
fn a_passive_quote_with_no_agent_came_through_the_outlet_cited_last() {
    let body = "The student confessed, KCNA quoted him as saying. \"My crime is severe,\" he was quoted as saying.";
    let ann = annotate(body);
    assert!(
        tag_names(&ann[2]).contains(&"state-media"),
        "{:?}",
        ann[2].tags
    );
    // No outlet cited before: the speaker alone.
    let ann = annotate("\"My crime is severe,\" Ray Moss was quoted as saying.");
    assert_eq!(tag_names(&ann[1]), ["other-source"]);
}

#[test]
fn the_report_after_an_outlet_is_the_outlets_and_paraphrase_is_a_cue() {
    let body = "The minister told the visiting envoy that ties were strong, Xinhua said. Both sides should deepen cooperation, the report paraphrased the minister as saying.";
    let ann = annotate(body);
    assert_eq!(tag_names(&ann[2]), ["state-media", "official-statement"]);
}

#[test]
fn it_after_a_source_and_its_channel_means_the_source() {
    let body = "The ministry confirmed the strikes, according to the official news agency SANA. It asserted that the council had failed.";
    let ann = annotate(body);
    assert_eq!(tag_names(&ann[2]), ["official-statement"]);
    // An outlet cited alone is what "it" means.
    let body = "The strikes hit two depots, the official news agency SANA reported. It said the council had failed.";
    assert_eq!(tag_names(&annotate(body)[2]), ["state-media"]);
}

#[test]
fn a_name_after_said_that_ends_the_sentence_is_the_speaker() {
    assert_eq!(
        sources("Security, growth and trade would be the themes of the summit, said Mr Pell."),
        [("Mr Pell".to_string(), "person".to_string())]
    );
    assert_eq!(
        sources(
            "Currently, demand is weak in most markets, said Jane Roe, an analyst at Acme Corp."
        ),
        [("Jane Roe".to_string(), "organization".to_string())]
    );
    // An apposition before "said" with its own content after it.
    assert_eq!(
        sources("Jane Roe, an analyst at Acme Corp, said Mr Pell had erred."),
        [("Jane Roe".to_string(), "organization".to_string())]
    );
    // "told" takes its object after it.
    let s = sources("Ann Reed, the panel's chair, told reporters the talks had failed.");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].0, "Ann Reed");
}

#[test]
fn he_after_a_speaker_means_the_speaker_not_a_name_in_their_words() {
    let body = "Reed Hall, the chief of staff Ann Lee picked last year, said Lee planned to act. \"Action may be taken,\" he said.";
    let ann = annotate(body);
    assert_eq!(ann[2].sources[0].resolved.as_deref(), Some("Reed Hall"));
}

#[test]
fn people_briefed_on_a_matter_are_unnamed_sources() {
    assert_eq!(
        tags("According to a person briefed on the talks, the missiles were moved."),
        ["other-source"]
    );
    // Typed like "people familiar with the talks": by the head before the
    // participle.
    assert_eq!(
        sources("People briefed on the talks said a deal was close."),
        sources("People familiar with the talks said a deal was close.")
            .into_iter()
            .map(|(_, kind)| ("People briefed on the talks".to_string(), kind))
            .collect::<Vec<_>>()
    );
}

#[test]
fn the_ministry_of_state_security_is_a_service_without_a_country() {
    assert_eq!(
        tags("The Ministry of State Security said the engineer had sold secrets."),
        ["intelligence"]
    );
}

#[test]
fn the_report_an_article_is_about_is_no_other_document() {
    let body = "A report by the Defense Intelligence Agency warned of new missiles. The report said they could reach Guam. The documents, obtained by the newspaper, show the plan was old.";
    let ann = annotate(body);
    assert_eq!(tag_names(&ann[2]), ["intelligence"]);
    assert!(
        !tag_names(&ann[3]).contains(&"intelligence"),
        "{:?}",
        ann[3].tags
    );
}

#[test]
fn a_name_after_a_body_and_a_role_speaks_for_the_body() {
    let body =
        "Mossad chief David Barel met the envoy on Monday. Barel told him the deal was close.";
    assert_eq!(
        tag_names(&annotate(body)[2]),
        ["intelligence", "official-statement"]
    );
    let body =
        "The spy agency's director, Ali Rahimi, met the envoy. Rahimi said the plots were foiled.";
    assert_eq!(
        tag_names(&annotate(body)[2]),
        ["intelligence", "official-statement"]
    );
    // A comma closing the apposition is no new apposition: "met the
    // envoy" gives Rahimi no envoy's office.
    let body = "The firm's lawyer, Ali Rahimi, met the envoy. Rahimi said the plots were foiled.";
    assert_eq!(tag_names(&annotate(body)[2]), ["other-source"]);
}

#[test]
fn a_capitalised_name_in_ly_is_no_adverb() {
    assert_eq!(
        sources("Kelly said the plant would close."),
        [("Kelly".to_string(), "person".to_string())]
    );
    assert_eq!(
        sources("John Tully said the plant would close."),
        [("John Tully".to_string(), "person".to_string())]
    );
    // A lower-case adverb still stands between subject and verb.
    assert_eq!(
        sources("John Tully quietly said the plant would close."),
        [("John Tully".to_string(), "person".to_string())]
    );
}

#[test]
fn a_surname_spelt_with_a_letter_more_is_the_same_holder() {
    let body = "Representative Hakeem Jeffries accused the attorney general of hypocrisy. “You ruined his life,” Jefferies said.";
    assert_eq!(tag_names(&annotate(body)[2]), ["official-statement"]);
}

#[test]
fn a_title_after_a_first_name_is_a_surname() {
    assert_eq!(
        sources("Carole King said the tour would resume."),
        [("Carole King".to_string(), "person".to_string())]
    );
    // A title before a name, or after a listed word, stays a title.
    assert_eq!(
        tags("Saudi King Salman said the talks would resume."),
        ["official-statement"]
    );
    assert_eq!(
        tags("King Salman said the talks would resume."),
        ["official-statement"]
    );
}

#[test]
fn intelligence_that_introduces_a_clause_is_its_source() {
    assert_eq!(
        tags("The strike was based on U.S. intelligence that the plot was imminent."),
        ["intelligence"]
    );
    // A relative clause reports nothing.
    assert!(tags("The intelligence that was shared came too late.").is_empty());
    assert!(tags("He will write reports that will be published by the firm.").is_empty());
    // The National Intelligence Council is a service's body.
    assert_eq!(
        tags("The National Intelligence Council assessed that the war would last years."),
        ["intelligence"]
    );
}

#[test]
fn what_a_study_or_a_body_found_is_its_claim() {
    // No clause: the finding is the object.
    assert_eq!(
        tags("Researchers found a way to read data from a sealed laptop by its fan."),
        ["other-source"]
    );
    assert_eq!(
        tags("The review finds no wrongdoing in the hiring of the lawyer."),
        ["other-source"]
    );
    assert_eq!(
        tags("The electoral commission found no evidence of fraud in the vote."),
        ["official-statement"]
    );
    // A clause without "that".
    assert_eq!(
        tags("The survey found the pace of hiring is quickening."),
        ["other-source"]
    );
    // One person, a pronoun or a country finding something acts.
    assert!(tags("Mayor Jo Vance found a novel way to pay for the bridge.").is_empty());
    assert!(tags("She woke up and found the bus was empty.").is_empty());
    assert!(tags("Norway found the advantage of cheap power.").is_empty());
    // "found" as a passive or a reflexive finds nothing.
    assert!(tags("The survivors were found under the rubble.").is_empty());
    assert!(tags("The panel found itself in a bind.").is_empty());
}

#[test]
fn groups_of_countries_speak_for_their_governments() {
    assert_eq!(
        tags("Several Gulf states said the vote was rigged."),
        ["official-statement"]
    );
    assert_eq!(
        tags("Arab countries have accused Israel of breaking the truce."),
        ["official-statement"]
    );
    assert_eq!(
        tags("The two countries said they would hold talks in May."),
        ["official-statement"]
    );
    // Countries named in a phrase about something else say nothing.
    assert!(tags("Exports to developing countries rose sharply last year.").is_empty());
}

#[test]
fn a_place_after_in_is_not_the_speaker() {
    assert_eq!(
        sources("Media reports in India said the deal was a major step."),
        [("Media reports".to_string(), "media".to_string())]
    );
    assert_eq!(
        tags("Analysts in both countries said the deal was a major step."),
        ["other-source"]
    );
    // An official of the place stays official.
    assert_eq!(
        tags("Officials in east China said grain output would rise."),
        ["official-statement"]
    );
    // A city no lexicon lists is a place too.
    assert_eq!(
        sources("The Brookehill Group in New York said it had a 9.7 pct stake."),
        [(
            "The Brookehill Group".to_string(),
            "organization".to_string()
        )]
    );
}

#[test]
fn figures_reported_by_a_body_make_no_report() {
    // "reported by" names who reported figures, not the author of "the
    // report" a later sentence cites.
    let body = "The charity Clean Ports put the trade at $2 billion. \
                Its total adds up seizures reported by other countries. \
                According to the report, the port is run by smugglers.";
    assert_eq!(tag_names(&annotate(body)[3]), ["other-source"]);
}

#[test]
fn verbs_of_criticism_report_a_stance() {
    for s in [
        "The foreign ministry denounced the sanctions as illegal.",
        "The White House blasted the ruling as a disgrace.",
        "The army slammed Washington for its provocations.",
        "The interior minister lashed out at the police chiefs.",
        "The minister hit out at critics of the plan.",
        "France and Germany have pressed Moscow to withdraw its troops.",
        "The senator decried the cuts to the border force.",
    ] {
        assert_eq!(tags(s), ["official-statement"], "{s}");
    }
    // The same verbs of a ball, a storm, a rocket or a search.
    for s in [
        "The striker blasted the ball home from the edge of the box.",
        "The police chief slammed the door and left.",
        "The rocket blasted off in heavy rain.",
        "Police pressed ahead with the search on Monday.",
        "The storm hit the coast at dawn.",
    ] {
        assert!(tags(s).is_empty(), "{s}");
    }
}

#[test]
fn the_speaker_of_a_quotation_is_the_source_whose_words_hold_it() {
    let s = annotate(
        "An inquiry by the board found no basis for charges, but the director, Jo Vance, \
         said the firm had been “extremely careless” with the data.",
    );
    assert_eq!(s[1].speaker.as_deref(), Some("Jo Vance"));
}

#[test]
fn rulings_assurances_links_and_wishes_are_attributed() {
    for (s, want) in [
        (
            "An appeals court ruled that the search required a warrant.",
            "official-statement",
        ),
        (
            "The minister ruled out a deal with the rebels.",
            "official-statement",
        ),
        (
            "The regulator assured the public that loans would be provided.",
            "official-statement",
        ),
        (
            "The European Union has officially linked Russia to the hacking campaign.",
            "official-statement",
        ),
        (
            "The lawmaker considered the request as a sign of strength.",
            "official-statement",
        ),
        (
            "The FBI contends that it can share the software.",
            "official-statement",
        ),
        (
            "Analysts voiced concern about the bank's debts.",
            "other-source",
        ),
        ("Traders point out that the market is thin.", "other-source"),
        (
            "Police identified the man as the driver of the van.",
            "official-statement",
        ),
    ] {
        assert_eq!(tags(s), [want], "{s}");
    }
    for s in [
        "The striker was ruled out of the match with a knee injury.",
        "EU rules “will not stop” the spending, the paper wrote.",
        "Stock brokers linked to the scandal were arrested.",
        "The committee considered the bill on Tuesday.",
    ] {
        assert!(!tags(s).contains(&"official-statement"), "{s}");
    }
    // A ruling or an identification states no count of its source.
    assert_eq!(
        tags("Police identified him as the gunman who killed 50 people."),
        ["official-statement"]
    );
}

#[test]
fn bare_media_in_a_story_about_a_wholly_state_run_press_is_state_media() {
    let s = annotate("Korean-American in North Korea confesses to stealing secrets: media");
    assert_eq!(tag_names(&s[1]), ["state-media"]);
    assert_eq!(
        tags("Media in China reported the arrest on Monday."),
        ["state-media"]
    );
    // Elsewhere media stay media.
    assert_eq!(
        tags("Media in France reported the arrest on Monday."),
        ["other-source"]
    );
}

#[test]
fn a_link_or_blame_by_an_agent_is_the_agents_claim() {
    assert_eq!(
        tags(
            "The attacks were also connected by Germany to the GRU military intelligence service."
        ),
        ["official-statement"]
    );
    assert_eq!(
        tags("The peg is often blamed by US lawmakers for job losses at home."),
        ["official-statement"]
    );
    assert!(tags("The two towns are connected by a bridge.").is_empty());
}

#[test]
fn it_that_quotes_someone_is_the_outlet() {
    let s = annotate(
        "In a message to the UN, the president said the country was ready to talk, the state news agency SANA said. \
         “This is the moment,” it quoted him as saying.",
    );
    assert_eq!(tag_names(&s[2]), ["state-media", "official-statement"]);
}

#[test]
fn a_service_role_keeps_its_kind_under_a_state_body() {
    assert_eq!(
        tags("The country's intelligence chief said the plot was foiled."),
        ["intelligence", "official-statement"]
    );
    // A generic role still takes its body's kind.
    assert_eq!(
        tags("The company's chief said the plant would close."),
        ["other-source"]
    );
}

#[test]
fn a_state_outlets_wire_dateline_makes_it_the_own_outlet() {
    let s = annotate(
        "HANOI, June 3 (Xinhua) -- The trade pact took effect on Friday, officials said. \
         \"It is a big step,\" the economist Tran Van told Xinhua.",
    );
    assert_eq!(tag_names(&s[2]), ["other-source"]);
    // An acronym after an outlet's full name is no dateline.
    let s = annotate(
        "The Korean Central News Agency (KCNA) said the test succeeded. \
         \"It is a big step,\" the economist Tran Van told KCNA.",
    );
    assert_eq!(tag_names(&s[2]), ["state-media", "other-source"]);
}

#[test]
fn an_act_done_in_a_statement_is_said() {
    assert_eq!(
        tags("The communications office highlighted these efforts in a tweet on Monday."),
        ["official-statement"]
    );
    assert_eq!(
        tags("The prime minister proposed in a letter to his counterpart that they meet."),
        ["official-statement"]
    );
    // Without a document, the act is no speech.
    assert!(tags("The ministry welcomed the delegation at the airport.").is_empty());
}

#[test]
fn a_partys_mouthpiece_is_state_media_and_certainty_is_no_figure() {
    assert_eq!(
        tags("The ruling party's mouthpiece wrote that the reforms would continue."),
        ["state-media"]
    );
    assert_eq!(
        tags("The minister said he was 100 percent sure the plan would work."),
        ["official-statement"]
    );
}

#[test]
fn a_short_object_is_the_content_when_nothing_precedes_the_source() {
    assert_eq!(
        tags("The Philippine Institute of Volcanology and Seismology recorded 40 aftershocks."),
        ["official-estimate"]
    );
    // A longer clause before the source stays the content.
    assert_eq!(
        tags("The talks will resume in May, the foreign ministry said."),
        ["official-statement"]
    );
}

#[test]
fn a_former_holder_of_a_bodys_role_speaks_as_a_person() {
    assert_eq!(
        tags("A former director of the Federal Security Service said the blast was staged."),
        ["other-source"]
    );
    // A current role first keeps the office.
    assert_eq!(
        tags("Rep Jo Vance, a Democrat and former chairman of the budget committee, said the cuts would hurt."),
        ["official-statement"]
    );
}

#[test]
fn a_radio_or_tv_show_is_a_noun() {
    assert!(tags("He later starred in the cult TV show Twin Peaks.").is_empty());
    assert_eq!(
        tags("Jo Vance, who hosts a radio show, said the program was illegal."),
        ["other-source"]
    );
    // Figures still show.
    assert_eq!(
        tags("Official figures show 40 people died in the floods."),
        ["official-estimate"]
    );
    assert_eq!(
        tags("The NDMA put the death toll at 45."),
        ["official-estimate"]
    );
}

#[test]
fn rating_agencies_are_one_company_each() {
    assert_eq!(
        sources("S and P said the company's debt would be downgraded."),
        [("S and P".to_string(), "organization".to_string())]
    );
    assert_eq!(
        sources("Duff and Phelps said the utility's ratings were lowered."),
        [("Duff and Phelps".to_string(), "organization".to_string())]
    );
}

#[test]
fn and_inside_a_bodys_name_joins_no_two_sources() {
    for (s, src) in [
        (
            "The Department of Trade and Industry said the policy would change.",
            "The Department of Trade and Industry",
        ),
        (
            "A Department for Work and Pensions spokeswoman said the post was filled.",
            "A Department for Work and Pensions spokeswoman",
        ),
        (
            "The Organization for Economic Cooperation and Development said growth would slow.",
            "The Organization for Economic Cooperation and Development",
        ),
    ] {
        assert_eq!(
            sources(s),
            [(src.to_string(), "official".to_string())],
            "{s}"
        );
    }
    // Two bodies are still two.
    assert_eq!(
        sources("The Treasury and the Bank of England said rates would rise.").len(),
        2
    );
    // The official at the end of such a name is a later "he".
    let s = annotate(
        "A Ministry of Foreign Economic Relations and Trade official said exports would rise. \
         The renminbi has matched the dollar's fall, he said.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
}

#[test]
fn a_prepositional_opener_is_not_the_subject() {
    for (s, src) in [
        (
            "In a statement released through her lawyer Jo Vance, Ann Lee repeated her innocence and vowed she would be cleared.",
            "Ann Lee",
        ),
        (
            "During his speech Mr Allard took swipes at the console and said chips had to be made with developers in mind.",
            "Mr Allard",
        ),
    ] {
        let got = sources(s);
        assert!(got.iter().all(|(t, _)| t != "In" && t != "During"), "{s}: {got:?}");
        assert!(got.iter().any(|(t, _)| t == src), "{s}: {got:?}");
    }
}

#[test]
fn a_possessive_pronoun_before_a_belief_names_its_holder() {
    assert_eq!(
        tags("The finance minister made no secret of his belief that taxes would fall."),
        ["official-statement"]
    );
    let s = annotate(
        "The ministry issued new figures. It repeated its view that the economy would grow.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
    // A relative clause after the noun reports nothing.
    assert!(
        tags("Critics questioned her belief that was shared by few.")
            .iter()
            .all(|t| *t != "official-statement")
    );
}

#[test]
fn theorising_is_saying() {
    assert_eq!(
        tags("The researcher theorized that the attackers had stolen passwords."),
        ["other-source"]
    );
}

#[test]
fn credits_phrasal_puts_and_unsaid_whethers_attribute_nothing() {
    assert!(annotate("Image: DOJ")[1].tags.is_empty());
    assert!(tags("Senators put off until next year their bid to keep the subsidies.").is_empty());
    assert!(tags("Firefighters put out the blaze at the depot on Wednesday.").is_empty());
    assert!(
        tags("The administration has not yet said whether the tests break the rules.").is_empty()
    );
    // A figure put at a number still counts.
    assert_eq!(
        tags("Officials put the death toll at 45."),
        ["official-estimate"]
    );
}

#[test]
fn citing_a_reason_for_silence_is_no_source() {
    assert!(tags(
        "The general declined to comment on the case, citing the Pentagon investigation."
    )
    .is_empty());
    assert_eq!(
        tags("Prices will rise, the paper said, citing the central bank."),
        ["official-statement", "other-source"]
    );
}

/// Tags of sentence `k` (0 is the headline).
fn tags_at(body: &str, k: usize) -> Vec<&'static str> {
    tag_names(&annotate(body)[k])
}

#[test]
fn a_subject_that_cites_nothing_is_what_a_later_pronoun_means() {
    // "It" after a sentence whose subject is a service.
    assert_eq!(
        tags_at(
            "Mossad declined to comment on Monday. It said in March that the cell had been dismantled.",
            2
        ),
        ["intelligence"]
    );
    // "The officials" after a group introduced without a cue.
    assert_eq!(
        tags_at(
            "Two CIA officials spoke to reporters in Vienna. The officials said the launchers had moved north.",
            2
        ),
        ["intelligence"]
    );
    // A bridge is no source: "it" stays unresolved.
    assert!(tags_at(
        "The bridge collapsed on Monday. It said nothing about the cause.",
        2
    )
    .is_empty());
}

#[test]
fn a_services_staff_speak_for_the_service_alone() {
    assert_eq!(
        tags("Two CIA officials said the launchers had moved north."),
        ["intelligence"]
    );
    assert_eq!(
        tags("Officers from the Central Intelligence Agency said the launch had failed."),
        ["intelligence"]
    );
    // Its director holds an office too.
    assert_eq!(
        tags("CIA Director William Burns said the launch had failed."),
        ["intelligence", "official-statement"]
    );
}

#[test]
fn it_inside_a_sentence_is_the_sentences_subject() {
    assert_eq!(
        tags("Turkey has rejected the proposal, which it says favours Athens."),
        ["official-statement"]
    );
    // A nearer source named in between wins: "they" opening what the
    // bankers said is the bankers (one source), not the officials.
    let s = sources(
        "Officials said the loans would reach 25 billion dlrs, but foreign bankers said they estimate them at 40 billion.",
    );
    assert!(
        s.iter()
            .any(|(t, k)| t == "foreign bankers" && k == "expert"),
        "{s:?}"
    );
    assert!(
        !s.iter().any(|(t, k)| t == "they" && k == "official"),
        "{s:?}"
    );
}

#[test]
fn a_definite_noun_refers_to_a_name_with_that_word() {
    // "The union" is no "Unionized employees".
    let s = annotate(
        "Unionized employees are demanding a wage rise. The union said the company had offered 4.4%.",
    );
    let k: Vec<&str> = s[2].sources.iter().map(|x| x.kind.as_str()).collect();
    assert_eq!(k, ["organization"]);
}

#[test]
fn wire_tickers_and_bracketed_names_are_companies() {
    assert_eq!(
        sources("Toshiba Corp <TSBA.T> said exports fell."),
        [("Toshiba Corp".to_string(), "organization".to_string())]
    );
    assert_eq!(
        sources("<Petranol Plc> said it was discussing a takeover."),
        [("Petranol Plc".to_string(), "organization".to_string())]
    );
    assert_eq!(
        sources("Swissair <SWSZ.Z> said its traffic rose."),
        [("Swissair".to_string(), "organization".to_string())]
    );
    // A state-owned company in brackets: the company, not "State-owned".
    assert_eq!(
        sources("State-owned <Qantas Airways Ltd> said it ordered a jet."),
        [("Qantas Airways Ltd".to_string(), "organization".to_string())]
    );
}

#[test]
fn a_document_with_its_author_in_commas_speaks_for_the_author() {
    assert_eq!(
        tags("The statement, released by the interior ministry, said the decree takes effect at once."),
        ["official-statement"]
    );
}

#[test]
fn a_subject_with_its_body_after_a_preposition_is_remembered_whole() {
    assert_eq!(
        tags_at(
            "Two officials from the Central Intelligence Agency spoke on condition of anonymity. The officials said the launchers had moved north.",
            2
        ),
        ["intelligence"]
    );
}

#[test]
fn which_after_a_comma_speaks_for_the_phrase_before_it() {
    assert_eq!(
        tags("The claim was backed by Mossad, which said the cell had planned the attack."),
        ["intelligence"]
    );
    // A body, not the person whose body it is.
    assert_eq!(
        sources("Rates will fall, said a spokesman for Midland Bank Plc, which said it earmarked funds for loans.")
            .iter()
            .filter(|(_, k)| k == "organization")
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>(),
        ["Midland Bank Plc"]
    );
    // The nearest phrase only, and no speaking for a plan that "calls for".
    assert_eq!(
        sources("The government should review the Treasury's Barker Review, which said 140,000 homes were needed.")[0]
            .0,
        "the Treasury's Barker Review"
    );
    assert!(
        tags("The deficit is set by the Gramm-Rudman Act, which calls for a balanced budget.")
            .is_empty()
    );
}

#[test]
fn a_newspapers_name_is_an_outlet() {
    assert_eq!(
        sources("The Jakarta Post reported that the ship had sunk."),
        [("The Jakarta Post".to_string(), "media".to_string())]
    );
    assert_eq!(
        sources("The Kyiv Independent said the strike hit a school."),
        [("The Kyiv Independent".to_string(), "media".to_string())]
    );
    // Not a company that ends in "Express".
    assert!(sources("American Express said it would not comment.")
        .iter()
        .all(|(_, k)| k != "media"));
}

#[test]
fn a_judgement_in_the_passive_rests_on_its_agent() {
    assert_eq!(
        tags("The strikes were hailed as a success by KCNA."),
        ["state-media"]
    );
    assert_eq!(
        tags("The plan was described as reckless by the foreign ministry."),
        ["official-statement"]
    );
    assert_eq!(
        tags("The move has been criticised by environmental groups."),
        ["other-source"]
    );
    // "by" outside the clause, or where people come from, judges nothing.
    assert!(tags("The victims hail from the town of Fouka.").is_empty());
    assert!(tags("The plan was criticised, and by Friday it was dropped.").is_empty());
}

#[test]
fn a_relative_clause_between_subject_and_verb_is_skipped() {
    assert_eq!(
        sources("Analysts who follow the Kremlin closely said the purge was unusual."),
        [("Analysts".to_string(), "expert".to_string())]
    );
    assert_eq!(
        tags("Bankers who attended the meeting with the minister said it was inconclusive."),
        ["other-source"]
    );
    // The object of a preposition is no object of the clause's verb.
    assert!(sources(
        "The U.S. pressed for power over loans which were made on terms Washington considers too lax."
    )
    .iter()
    .all(|(t, _)| t != "loans"));
}

#[test]
fn a_services_own_name_makes_no_office_holder() {
    assert_eq!(
        tags("The Office of the Director of National Intelligence warned that foreign actors would target the vote."),
        ["intelligence"]
    );
}

#[test]
fn words_carried_by_an_outlet_in_the_passive_rest_on_it() {
    assert_eq!(
        tags("The remarks were carried by the official IRNA news agency."),
        ["state-media"]
    );
    // Not a company's paper, not a relative clause, not a non-outlet.
    assert!(tags("The results were released by the company on Friday.").is_empty());
    assert_eq!(
        sources("The paper, which is published by Dow Jones, said the index would change.")
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>(),
        ["The paper"]
    );
}

#[test]
fn uk_regulators_are_state_bodies() {
    assert_eq!(
        tags("Ofcom said it had opened an investigation into the broadcaster."),
        ["official-statement"]
    );
}

#[test]
fn an_office_named_by_its_title_finds_as_its_office() {
    assert_eq!(
        tags("The inspector general found no wrongdoing in the hiring."),
        ["official-statement"]
    );
    // One named person finding something is an act.
    assert!(tags("Maria Lopez found a new way to bake bread.").is_empty());
}

#[test]
fn a_participle_after_its_noun_is_no_cue() {
    // "announced today" modifies "charges"; the verb is "came".
    assert!(tags(
        "The DOJ charges announced today also came as allies blamed two groups for the hack."
    )
    .iter()
    .all(|t| *t != "official-estimate"));
    assert_eq!(
        tags("The DOJ said the group breached targets in 12 countries."),
        ["official-estimate"]
    );
}

#[test]
fn a_floating_quotation_that_names_its_own_speaker_is_theirs() {
    let text = "Headline\n\n\"The depot was safe,\" the owners said.\n\n\
                \"There is a customs office. We want an investigation,\" manager Ali Khan said.\n";
    let s = Annotator::new(Lexicon::builtin()).annotate(text);
    assert_eq!(s[2].speaker.as_deref(), Some("Ali Khan"));
    assert_eq!(s[3].speaker.as_deref(), Some("Ali Khan"));
    // A floating quotation that names no one continues the one before.
    let text = "Headline\n\n\"Prices will rise,\" the minister said.\n\n\"Wages will not.\"\n";
    let s = Annotator::new(Lexicon::builtin()).annotate(text);
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
}

#[test]
fn quoted_in_an_outlet_as_saying() {
    let s = annotate(
        "The owners were quoted on Tuesday in Bangladesh newspapers, including the Dhaka Tribune, as saying the chemical was exported.",
    );
    let k: Vec<(&str, &str)> = s[1]
        .sources
        .iter()
        .map(|x| (x.text.as_str(), x.kind.as_str()))
        .collect();
    assert!(k.contains(&("The owners", "organization")), "{k:?}");
    assert!(k.contains(&("the Dhaka Tribune", "media")), "{k:?}");
    // The speaker first, the agency that quoted them as the channel.
    assert_eq!(
        tags("The minister was quoted by the state news agency as saying troops were ready."),
        ["state-media", "official-statement"]
    );
}

#[test]
fn the_outlet_that_asked_carried_the_answer() {
    assert_eq!(
        tags("Asked by TASS about the fall in prices, the minister said supply was short."),
        ["state-media", "official-statement"]
    );
    // Reporters in general carry nothing of their own.
    assert_eq!(
        tags("Asked by Japanese reporters about the sanctions, the minister said they would stay."),
        ["official-statement"]
    );
}

#[test]
fn whom_an_outlet_quotes_saying_something_speaks_too() {
    assert_eq!(
        tags("MTI quoted a government spokesman saying the wage freeze would expire."),
        ["state-media", "official-statement"]
    );
    assert_eq!(
        tags("The report, which quoted unidentified sources, said the unit would close."),
        ["other-source"]
    );
    // A reason cited is no source.
    assert_eq!(
        tags("The rating agency cited the bank's decision to set aside reserves."),
        ["other-source"]
    );
    assert_eq!(
        sources("The rating agency cited the bank's decision to set aside reserves.").len(),
        1
    );
}

#[test]
fn a_place_before_a_definite_outlet_noun_must_match_its_referent() {
    let s = annotate(
        "A North Korean newspaper said the test was a success. The Soviet newspaper said it failed.",
    );
    assert!(s[2].sources[0].resolved.is_none(), "{:?}", s[2].sources);
    assert_eq!(tag_names(&s[2]), ["state-media"]);
}

#[test]
fn idioms_of_replying_dismissing_and_joining_criticism() {
    assert_eq!(
        tags("The Clinton campaign shot back that Trump was posing a threat."),
        ["other-source"]
    );
    assert_eq!(
        tags("Russia has brushed aside suggestions it was involved."),
        ["official-statement"]
    );
    assert_eq!(
        tags("The minister hit back at critics, saying the plan was fair."),
        ["official-statement"]
    );
    assert_eq!(
        tags("Rights group Liberty joined calls for intercept evidence to be allowed."),
        ["other-source"]
    );
    assert_eq!(
        tags("The chief executives of Goldman Sachs and Ford join the criticism of the ban."),
        ["other-source"]
    );
    // A team scoring back, an advice received: nobody speaking.
    assert!(tags("Italy hit back in the 11th minute.").is_empty());
    assert!(tags("Malaysia advised to raise crude oil output.").is_empty());
    // A noun like "credit" still ends no name: "Director of public credit Angel Gurria".
    assert_eq!(
        sources("Director of public credit Angel Gurria told reporters growth would resume.").len(),
        1
    );
}

#[test]
fn a_war_monitor_is_an_organisation() {
    assert_eq!(
        tags("Fierce battles raged around the city, the British-based war monitor added."),
        ["other-source"]
    );
}

#[test]
fn a_name_cited_with_its_office_keeps_it() {
    let s = annotate(
        "Qi Zhenhong, China's ambassador in Colombo, told the companies to be prepared. \
         Qi urged them to improve their emergency plans.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
    let s = annotate(
        "Kuwait's Oil Minister, Sheikh Ali al-Khalifa al-Sabah, said output was steady. \
         Sheikh Ali denied that Kuwait was over-producing.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
    // A name with no office in its phrase stays what it was.
    let s = annotate("Maria Lopez, a baker, said bread was dear. Lopez said flour was short.");
    assert_eq!(tag_names(&s[2]), ["other-source"]);
}

#[test]
fn bodies_named_with_and_or_a_country_are_one_state_body() {
    assert_eq!(
        sources("The China Banking and Insurance Regulatory Commission said banks were safe."),
        [(
            "The China Banking and Insurance Regulatory Commission".to_string(),
            "official".to_string()
        )]
    );
    // A long apposition still gives its name.
    assert!(!sources(
        "Banks will meet financing needs, Liu Zhongrui, a senior official from the statistics and risk assessment department of the China Banking and Insurance Regulatory Commission (CBIRC), said at a press conference."
    )
    .is_empty());
}

#[test]
fn a_document_of_a_body_speaks_for_the_body() {
    assert_eq!(
        tags("The annual report of the Federal Trade Commission said prices rose."),
        ["official-statement"]
    );
    assert_eq!(
        tags("The annual report of the company said prices rose."),
        ["other-source"]
    );
}

#[test]
fn a_places_paper_is_a_newspaper() {
    assert_eq!(
        tags("PYONGYANG PAPER SAYS U.S. PLANS ATTACK"),
        ["state-media"]
    );
    assert_eq!(
        tags("A Paris paper said the deal was off."),
        ["other-source"]
    );
    // A research paper is still a document.
    assert_eq!(
        sources("A research paper said the vaccine worked.")[0].1,
        "document"
    );
}

#[test]
fn present_tense_quoting_names_the_speaker() {
    assert_eq!(
        tags("AFP quotes the minister as saying the challenge is shelter."),
        ["official-statement", "other-source"]
    );
    assert_eq!(
        tags("British spies believe the Kremlin ordered the poisoning."),
        ["intelligence"]
    );
}

#[test]
fn an_expectation_about_someone_else_is_a_forecast() {
    assert_eq!(
        tags("Economists expect the Fed to raise rates by half a point."),
        ["other-source"]
    );
    assert_eq!(
        tags("Officials expect the waterway to lose ten million dollars this year."),
        ["official-estimate"]
    );
    // One's own intent is no content.
    assert!(tags("The company expects to finish the bridge in June.").is_empty());
}

#[test]
fn a_trailing_it_said_is_the_body_that_opened_the_sentence() {
    assert_eq!(
        tags("The central bank raised rates to 5.25 percent, it said in a statement."),
        ["official-estimate"]
    );
}

#[test]
fn a_modifier_between_owner_and_document_keeps_the_owner() {
    // "annual", "latest" modify the document noun: the owner speaks.
    assert_eq!(
        sources("The embassy's annual report on farming forecast coffee output would fall to 5.7 mln bags."),
        [("The embassy".to_string(), "official".to_string())]
    );
    assert_eq!(
        tags("The ministry's latest estimate put the toll at 40."),
        ["official-estimate"]
    );
    // A document noun after such a modifier is no verb.
    assert!(tags("The company's annual report is due next month.")
        .iter()
        .all(|t| *t != "official-statement"));
    // A capitalised word is a name's: "The People's Daily said".
    assert_eq!(
        tags("The People's Daily said the drought had spread."),
        ["state-media"]
    );
    // "The daily" is a newspaper: its "said" is a verb.
    let s = annotate("Xinhua reported the talks. The daily said prices had risen too fast.");
    assert_eq!(s[2].sources[0].text, "The daily");
}

#[test]
fn the_document_a_source_speaks_in_stands_between_it_and_its_verb() {
    assert_eq!(
        sources("The Treasury in its annual report said growth would slow."),
        [("The Treasury".to_string(), "official".to_string())]
    );
    // Not a document something comes in: no subject there.
    assert!(
        !sources("The finding comes in a report published by the World Bank.")
            .iter()
            .any(|(s, _)| s.contains("finding"))
    );
}

#[test]
fn and_between_two_modifiers_of_one_source_noun() {
    assert_eq!(
        sources("Prices will rise, according to investment and research firm Kestrel Harbour Securities."),
        [(
            "investment and research firm Kestrel Harbour Securities".to_string(),
            "organization".to_string()
        )]
    );
    assert_eq!(
        tags("Smith emerged as the leading candidate, according to industry and congressional sources."),
        ["other-source"]
    );
}

#[test]
fn a_group_apposition_types_an_unlisted_name() {
    assert_eq!(
        tags("Open Government Watch, a group representing transparency campaigners, said the rules were weak."),
        ["other-source"]
    );
    assert_eq!(
        tags("Citizens for Responsible Government, an advocacy group, said the bill would fail."),
        ["other-source"]
    );
    // An office stays an office.
    assert_eq!(
        tags("The Minister of Education, Mauricio Pineda, said the tablets had arrived."),
        ["official-statement"]
    );
}

#[test]
fn a_services_name_says_what_it_is_whichever_country() {
    // "National Intelligence Service" names services of several countries:
    // the lexicon cannot say which, the name still says what it is.
    let s = annotate(
        "The National Intelligence Service briefed lawmakers. It said the leader's daughter was being groomed as a successor.",
    );
    assert_eq!(tag_names(&s[2]), ["intelligence"]);
    assert_eq!(
        tags("Kenya's National Intelligence Service said the attack had been planned for months."),
        ["intelligence"]
    );
    // A company's information service is no spy agency.
    assert!(
        !tags("Lloyds Shipping Intelligence Service reported an explosion on the vessel.")
            .contains(&"intelligence")
    );
    // The protective service is an agency of the state, not a spy service.
    assert_eq!(
        tags("The Secret Service said the president was safe."),
        ["official-statement"]
    );
}

#[test]
fn a_name_given_with_its_office_is_found_again_by_any_of_its_words() {
    // Family names come first in many languages: "Liu" is Liu Zhongrui.
    let s = annotate(
        "Banks will lend more, Liu Zhongrui, a senior official from the statistics and risk assessment department of the banking regulator, said on Friday. “All the problems will be solved,” Liu said.",
    );
    assert_eq!(tag_names(&s[1]), ["official-statement"]);
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
    // A noun before the body's noun ("statistics department") is no body.
    assert_eq!(
        tags("Prices rose, John Smith, an official from the statistics department, said."),
        ["official-statement"]
    );
}

#[test]
fn a_role_in_an_unlisted_capitalised_body_is_a_companys() {
    let s = annotate(
        "Demand is falling, said Xu Yusheng, vice-president of Dalmore Technology. “We will wait,” Xu said.",
    );
    assert_eq!(tag_names(&s[2]), ["other-source"]);
    // A listed word in a company's name does not make it a state body.
    let s = annotate(
        "Charles Exley, chairman of NCR Corp, spoke to analysts. Exley said sales would rise.",
    );
    assert_eq!(tag_names(&s[2]), ["other-source"]);
    // Roles only a state has keep their office.
    let s = annotate(
        "Zhang Haoruo, vice minister of Foreign Economic Relations and Trade, met the delegation. Zhang said loans would rise.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
    // A person who owns the body is not the body.
    let s = annotate(
        "The book was written by Philippe Sands, a member of Cherie Blair's Matrix Chambers. Sands said the war was illegal.",
    );
    assert_eq!(tag_names(&s[2]), ["other-source"]);
}

#[test]
fn a_wire_headline_names_its_source_after_a_dash() {
    let headline = |h: &str| {
        let text = format!("{h}\n\nThe leader toured the plant.\n");
        let s = Annotator::new(Lexicon::builtin()).annotate(&text);
        tag_names(&s[0])
    };
    assert_eq!(headline("Leader visits factory - KCNA"), ["state-media"]);
    // Glued to the source, or two hyphens.
    assert_eq!(headline("Leader visits factory -KCNA"), ["state-media"]);
    assert_eq!(headline("Leader visits factory -- KCNA"), ["state-media"]);
    // A hyphen inside a word or before a number is no dash.
    assert!(headline("Russia-KCNA talks resume").is_empty());
    assert!(headline("Temperatures fall to -5 in Seoul").is_empty());
}

#[test]
fn a_named_document_in_the_objects_place_is_a_noun() {
    // "the Yonhap forecast," is what the officials would not confirm.
    let found = sources("Bank of Korea officials would not confirm the Yonhap forecast, saying only that the bank would issue its own figures later.");
    assert!(
        found.iter().all(|(s, _)| !s.contains("Yonhap")),
        "{found:?}"
    );
    assert_eq!(
        found[0],
        (
            "Bank of Korea officials".to_string(),
            "official".to_string()
        )
    );
    // A verb keeps its place: before its object, or after the content.
    assert_eq!(
        tags("The IMF forecast growth of 3 pct."),
        ["official-estimate"]
    );
    assert_eq!(
        tags("Prices will rise, the IMF forecast."),
        ["official-statement"]
    );
}

#[test]
fn a_second_verb_after_a_dashed_aside_has_the_clauses_subject() {
    assert_eq!(
        sources(
            "The video refers to the ISI - the spy service - and says the agency is the enemy."
        ),
        [("The video".to_string(), "document".to_string())]
    );
    // Only a verb of speech: "Dry weather -- a problem -- and reported
    // crop losses prompted ..." has none.
    assert!(tags("Dry weather in Argentina -- a major supplier -- and reported crop problems prompted the cut.").is_empty());
}

#[test]
fn an_expressed_feeling_is_a_stance() {
    assert_eq!(
        tags("Smith expresses alarm over the visit."),
        ["other-source"]
    );
    assert_eq!(
        tags("Some Pentagon officials have expressed fears that the missile could not be fielded in time."),
        ["official-statement"]
    );
    // Expressing something that is no stance is no attribution.
    assert!(tags("The factory expressed its first shipment on Monday.").is_empty());
}

#[test]
fn chiding_and_berating_are_criticism() {
    assert_eq!(
        tags("In an undated letter, the al Qaeda chief chides Obama for failing to end the war."),
        ["other-source"]
    );
    assert_eq!(
        tags("The minister berated officials for the delays."),
        ["official-statement"]
    );
}

#[test]
fn what_one_urges_is_the_content() {
    assert_eq!(
        tags("The group's leaders also urged further attacks on the embassy."),
        ["other-source"]
    );
    assert_eq!(
        tags("Turkey urged the United States on Monday to review its suspension of visa services."),
        ["official-statement"]
    );
    // Urged on by the crowd: no call.
    assert!(tags("Urged on by the crowd, the team scored twice.").is_empty());
}

#[test]
fn an_office_holders_surname_after_another_given_name_is_someone_else() {
    // A well-known holder's surname alone is the holder ...
    let body = "The minister spoke first.\nObama said the plan was sound.";
    assert_eq!(canonical(body, 2), "Barack Obama");
    assert_eq!(
        tags(body.split('\n').nth(1).unwrap()),
        ["official-statement"]
    );
    // ... but not after another given name, even after an office cited.
    let body = "Crowds gathered in the square.\nMichelle Obama said she was proud.";
    assert_eq!(canonical(body, 2), "Michelle Obama");
    assert_eq!(
        tag_names(&annotate(body)[2]),
        ["other-source"],
        "another Obama is no president"
    );
    // A word that opens the sentence is no given name.
    assert_eq!(
        canonical(
            "As Obama met the troops, he said the alliance was strong.",
            1
        ),
        "Barack Obama"
    );
    // Titles, honorifics and initials are no given names.
    assert_eq!(
        canonical("President Obama said he was proud.", 1),
        "Barack Obama"
    );
    assert_eq!(
        canonical("Mr Poehl said rates would hold.", 1),
        "Karl Otto Poehl"
    );
    assert_eq!(
        canonical("Sales fell, said Hanns Schroeder, a banker.", 1),
        "Hanns Schroeder"
    );
}

#[test]
fn a_named_body_is_the_entity_of_its_sources_and_spokesmen() {
    assert_eq!(
        canonical("Bank of England sources said rates would rise.", 1),
        "Bank of England"
    );
    assert_eq!(
        canonical("A Federal Reserve spokesman said rates would rise.", 1),
        "Federal Reserve"
    );
    assert_eq!(
        canonical("S and P said it cut the rating.", 1),
        "Standard & Poor's"
    );
    // A longer name that ends in a listed one is another body.
    assert_ne!(
        canonical("Royal Bank of Canada said profits rose.", 1),
        "Bank of Canada"
    );
    // A place owns no one's entity: officials of a country stay officials.
    assert_eq!(
        canonical("U.S. officials said the talks went well.", 1),
        "U.S. officials"
    );
}

#[test]
fn central_banks_are_official_bodies() {
    assert_eq!(
        tags("The Bank of Spain said reserves rose to 40 billion dollars."),
        ["official-estimate"]
    );
    assert_eq!(
        tags("Mariano Rubio, governor of the Bank of Spain, said demand grew."),
        ["official-statement"]
    );
}

#[test]
fn a_pronoun_after_a_channel_starts_the_content() {
    let s = sources("Mr Hague told the Daily Telegraph he would stay.");
    assert!(
        s.iter()
            .any(|(text, kind)| text == "the Daily Telegraph" && kind == "media"),
        "{s:?}"
    );
}

#[test]
fn a_programme_named_by_its_title_is_a_channel() {
    let s = sources("Mr Blair told Five's Wright Stuff show: \"We will stay.\"");
    assert!(
        s.iter()
            .any(|(text, kind)| text == "Five's Wright Stuff show" && kind == "media"),
        "{s:?}"
    );
    assert_eq!(
        tags("Mr Blair told ITV1's Jonathan Dimbleby programme that he would stay."),
        ["official-statement", "other-source"]
    );
    // "show" after a body without an owner stays the verb.
    let s = sources("Rates rose to 12 pct, figures from the Bank of Italy show.");
    assert!(s.iter().all(|(text, _)| !text.ends_with("show")), "{s:?}");
}

#[test]
fn a_headline_verb_after_a_comma_shares_the_subject() {
    assert_eq!(
        tags("North Korea leader Kim sets five-year economic plan, vows nuclear restraint"),
        ["official-statement"]
    );
    // Not an inverted speaker: "..., says study" is the study's.
    assert_eq!(
        sources("Ancient Egyptians collected wild birds, says study")
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>(),
        ["study"]
    );
}

#[test]
fn the_body_of_a_former_post_is_no_current_office() {
    assert_eq!(
        tags("Two officials from the Defence Intelligence Agency said the launchers had moved."),
        ["intelligence"]
    );
    let body = "Jon Harker, a retired analyst at the Defence Intelligence Agency who now teaches, said the brigades were weak.\n\"They cannot fight for long,\" Harker said.";
    assert_eq!(tag_names(&annotate(body)[1]), ["other-source"]);
    assert_eq!(tag_names(&annotate(body)[2]), ["other-source"]);
}

#[test]
fn what_an_agent_revealed_or_disclosed_is_its_claim() {
    assert_eq!(
        tags("The huge number was revealed by security researchers who tracked the networks."),
        ["other-source"]
    );
    assert_eq!(
        tags("Campaign costs rose to £1.7m, according to figures revealed by the Electoral Commission."),
        ["official-estimate"]
    );
    // A body that revealed something in a relative clause still speaks.
    assert_eq!(
        tags("Eircom, which recently revealed that it would re-enter the market, hit a high."),
        ["other-source"]
    );
}

#[test]
fn reports_that_surfaced_are_a_vague_source() {
    assert_eq!(
        tags("Reports surfaced midweek that the email client had not been updated for years."),
        ["other-source"]
    );
    assert_eq!(
        tags("Rumours circulated on Monday that the minister would resign."),
        ["other-source"]
    );
    assert_eq!(
        tags("Rumours circulated widely on the market."),
        Vec::<&str>::new()
    );
}

#[test]
fn a_participle_of_replying_or_recalling_reports_its_subject() {
    assert_eq!(
        tags("The minister did not comment on the question, replying that the decision lay elsewhere."),
        ["official-statement"]
    );
    // An inference is no one speaking.
    assert_eq!(
        tags("Car sales surged in March, indicating that buyers had returned."),
        Vec::<&str>::new()
    );
}

#[test]
fn a_title_opened_by_a_capital_the_is_a_channel() {
    let s = sources("The minister told The War Zone that Russia had lost 30 jets.");
    assert!(
        s.iter()
            .any(|(text, kind)| text == "The War Zone" && kind == "media"),
        "{s:?}"
    );
    // A place stays a place.
    let s = sources("The minister told The Hague court that he was innocent.");
    assert!(s.iter().all(|(_, kind)| kind != "media"), "{s:?}");
}

#[test]
fn a_readout_speaks_for_who_issued_it() {
    assert_eq!(
        tags("According to a readout from the White House, the two leaders discussed trade."),
        ["official-statement"]
    );
}

#[test]
fn companies_named_like_ranks_are_companies() {
    assert_eq!(
        tags("General Electric Co said profits rose."),
        ["other-source"]
    );
    assert_eq!(
        canonical("General Motors Corp said sales fell.", 1),
        "General Motors"
    );
    assert_eq!(
        tags("General Petraeus said the surge worked."),
        ["official-statement"]
    );
}

#[test]
fn heads_of_services_and_current_office_holders_by_surname() {
    let body =
        "Budanov said Russia was preparing a new offensive.\nHe said the strikes would go on.";
    assert_eq!(
        tag_names(&annotate(body)[1]),
        ["intelligence", "official-statement"]
    );
    assert_eq!(
        tag_names(&annotate(body)[2]),
        ["intelligence", "official-statement"]
    );
    assert_eq!(canonical(body, 1), "Kyrylo Budanov");
    assert_eq!(
        tags("Vance said tariffs would stay."),
        ["official-statement"]
    );
    assert_eq!(
        canonical("Merz said Germany would spend more.", 1),
        "Friedrich Merz"
    );
    // Another given name before a holder's surname, past a particle.
    assert_eq!(
        tags("Gabriela de Bukele pointed out that the law was working."),
        ["other-source"]
    );
}

#[test]
fn a_service_acronym_that_ends_a_company_name_is_the_company() {
    // FSB: a U.S. federal savings bank after its name, Russia's service
    // after an owner or an article.
    assert_eq!(tags("Goldome FSB said profits rose."), ["other-source"]);
    assert_eq!(
        canonical("Citizens Savings Bank FSB said it would buy the branch.", 1),
        "Citizens Savings Bank FSB"
    );
    assert_eq!(
        tags("Russia's FSB said it had detained a spy."),
        ["intelligence"]
    );
    assert_eq!(
        tags("The FSB said it had detained a spy."),
        ["intelligence"]
    );
    // An acronym after the full name is the same outlet.
    assert_eq!(
        canonical(
            "The official Saudi Press Agency SPA said the talks went well.",
            1
        ),
        "Saudi Press Agency"
    );
}

#[test]
fn a_holder_in_a_private_post_is_out_of_office() {
    let body = "Cyril Ramaphosa told a news conference that the strike would go on.\n\"The time has come,\" said Ramaphosa, who is president of the National Union of Mineworkers.";
    assert_eq!(tag_names(&annotate(body)[1]), ["other-source"]);
    assert_eq!(tag_names(&annotate(body)[2]), ["other-source"]);
    // Without the apposition, the holder holds office.
    assert_eq!(
        tags("Cyril Ramaphosa told a news conference that the strike would end."),
        ["official-statement"]
    );
}

#[test]
fn reports_a_source_denies_are_a_vague_source_too() {
    assert_eq!(
        tags("The ministry denied media reports of a coup."),
        ["official-statement", "other-source"]
    );
    assert_eq!(
        tags("The ministry has dismissed reports it told the bank to stop lending."),
        ["official-statement", "other-source"]
    );
    // Claims taken up from before carry nothing new.
    assert_eq!(
        tags("The ministry rejects those claims and blamed the weather."),
        ["official-statement"]
    );
}

#[test]
fn more_services_by_name() {
    assert_eq!(
        tags("Unit 8200 said the hackers were Iranian."),
        ["intelligence"]
    );
    assert_eq!(
        tags("Ukraine's SZRU said Russia was short of shells."),
        ["intelligence"]
    );
    assert_eq!(
        tags("The New Zealand Security Intelligence Service said the threat was low."),
        ["intelligence"]
    );
}

#[test]
fn a_role_inside_a_reported_clause_is_no_sentence_subject() {
    // "the commander" sits in the clause after "suggests that": the
    // sentence's subject is "Intelligence", not "Intelligence suggests
    // that the commander", so a later "He" has no person to stand for.
    let s = annotate(
        "Intelligence suggests that the commander survived the strike. \
         He said there was intelligence that the group was regrouping.",
    );
    assert!(
        s[2].sources.iter().all(|x| x
            .resolved
            .as_deref()
            .is_none_or(|r| !r.contains("suggests"))),
        "{:?}",
        s[2].sources
    );
    // A determiner opens the phrase: "the ambassador" after "The minister
    // met" is no subject, and "He" is the minister.
    let s = annotate("The minister met the ambassador on Monday. He said the talks went well.");
    assert_eq!(s[2].sources[0].resolved.as_deref(), Some("The minister"));
    // A role after its sentence's opening modifiers still names the
    // subject: "The interior minister visited ... He said".
    let s = annotate("The interior minister visited the border. He said 40 guards had fled.");
    assert_eq!(tag_names(&s[2]), ["official-estimate"]);
}

#[test]
fn an_ed_form_that_modifies_a_noun_is_no_cue() {
    // After a preposition or an -ing form, "alleged" and "reported" modify
    // the noun that follows: no one alleges or reports anything here.
    assert!(tags(
        "Senior senators on the committee held hearings on alleged fraud in the port authority."
    )
    .is_empty());
    assert!(
        tags("Police investigating alleged abuses at the prison arrested two guards.").is_empty()
    );
    assert!(tags("Auditors examining reported losses at the mill met on Friday.").is_empty());
    // The verbs themselves still attribute.
    assert_eq!(
        tags("Auditors reported losses at the mill, the ministry said."),
        ["official-statement"]
    );
    assert_eq!(
        tags("Beijing accused Washington of meddling in its affairs."),
        ["official-statement"]
    );
}

#[test]
fn an_ing_word_before_a_verb_leaves_it_a_verb() {
    // Only the forms that most often modify nouns lose their verb after an
    // -ing word; a passive after "being" and a time before the verb stay.
    assert_eq!(
        tags("The plan was being praised today by political analysts as shrewd."),
        ["other-source"]
    );
    assert_eq!(
        tags("Two papers this morning quoted several residents as saying the road would close."),
        ["other-source"]
    );
}

#[test]
fn the_phrase_a_participle_modifies_speaks() {
    // "by X" after a participle whose agent acts on the phrase (asks,
    // backs, wants it): the phrase speaks, not X.
    assert_eq!(
        sources("Two officials contacted by Reuters said the talks had stalled."),
        [("Two officials".to_string(), "official".to_string())]
    );
    assert_eq!(
        tags("A diplomat interviewed by the BBC said the border was closed."),
        ["official-statement"]
    );
    assert_eq!(
        tags("Rebels backed by Iran said they had seized the town."),
        ["other-source"]
    );
    assert_eq!(
        tags("A man wanted by police told the court he was innocent."),
        ["other-source"]
    );
    // Other prepositions after any participle, over several phrases.
    assert_eq!(
        tags("A trader arrested in Lisbon on a Brazilian warrant said he had been framed."),
        ["other-source"]
    );
    // An author after "by" stays the source.
    assert_eq!(
        tags("A report issued by the defence ministry said 40 soldiers died."),
        ["official-estimate"]
    );
}

#[test]
fn a_dateline_is_no_subject() {
    // "and feared" takes the sentence's subject, which follows the
    // dateline: a place in capitals there is where the story was filed.
    let s = &annotate(
        "MOSCOW (Reuters) - A trader held in Lisbon said on Monday he had paid the bribes and feared he would be jailed.",
    )[1];
    assert!(
        s.sources.iter().all(|x| x.text != "MOSCOW"),
        "{:?}",
        s.sources
    );
    assert_eq!(tag_names(s), ["other-source"]);
}

#[test]
fn a_role_in_a_body_belongs_to_it() {
    assert_eq!(
        tags("Officials in two U.S. intelligence agencies said the report was accurate."),
        ["intelligence"]
    );
    assert_eq!(
        tags("Analysts in the defence ministry said the border was quiet."),
        ["official-statement"]
    );
    // A place after "in" is where they are, not whom they serve.
    assert_eq!(
        sources("Officials in Kabul said the road was open."),
        [("Officials".to_string(), "official".to_string())]
    );
}

#[test]
fn an_object_noun_before_a_name_is_no_part_of_the_subject() {
    // "a charge Ankara denies": the clause's subject is the name.
    let src = sources("Rebels say the army shelled the town, a charge Ankara denies.");
    assert!(
        src.iter().any(|(t, k)| t == "Ankara" && k == "official"),
        "{src:?}"
    );
}

#[test]
fn a_demonym_before_an_unlisted_noun_names_someone() {
    assert_eq!(
        sources("A Russian hacker said he was innocent."),
        [("A Russian hacker".to_string(), "unknown".to_string())]
    );
    assert_eq!(
        tags("A Russian hacker held in Lisbon said he was innocent."),
        ["other-source"]
    );
}

#[test]
fn a_capital_the_sentence_gives_is_no_name() {
    // "Relatives" opens the sentence: no named person of the body.
    assert_eq!(
        tags("Relatives of a fisheries official said they would sue the state."),
        ["other-source"]
    );
    // A partitive before an owner's role: the role decides.
    assert_eq!(
        tags("One of Kenya's vice presidents said the vote was fair."),
        ["official-statement"]
    );
}

#[test]
fn a_state_name_before_a_common_noun_is_no_speaker() {
    // A country's name modifies "scandal"; only demonyms describe people.
    assert!(
        tags("The committees investigating the Iran arms scandal said they would meet.")
            .iter()
            .all(|t| *t != "other-source")
    );
    // "added" before an amount is a market's move, not speech.
    assert!(tags("The British pound had added 0.5% by noon.").is_empty());
}

#[test]
fn a_report_from_a_body_speaks_for_it() {
    let doc = annotate(
        "Crop output rose to 14 million tonnes, a report says. The joint report from the World Food Programme said 2 million people need aid.\nThe report put food needs at 387,500 tonnes.",
    );
    assert_eq!(tag_names(&doc[3]), ["official-estimate"]);
    // "of" a person is what a document is about, not who wrote it.
    assert!(
        tags("An analysis of anti-Biden memes showed one popular slogan.")
            .iter()
            .all(|t| *t != "official-statement")
    );
}

#[test]
fn a_former_holder_stays_former_through_the_article() {
    // A well-known holder's name after a title is his, and "former"
    // before the title puts him out of office for the whole article.
    let doc = annotate(
        "Former National Intelligence Director James Clapper criticised the plan.\nClapper said the leaders could be played.",
    );
    assert_eq!(tag_names(&doc[2]), ["other-source"]);
    // An unlisted former holder stays a person when a later list of
    // officials names him again.
    let doc = annotate(
        "Former CIA Director John Brennan criticised the plan.\n\"It is fear,\" Brennan said.\nThe president attacked intelligence officials Brennan and Comey.",
    );
    assert_eq!(tag_names(&doc[2]), ["other-source"]);
    // A title right before a current holder's name keeps the name his.
    assert_eq!(
        tags("Director James Clapper said the review was complete."),
        ["intelligence", "official-statement"]
    );
}

#[test]
fn an_office_holder_out_of_office_on_the_article_date_is_a_person() {
    let lx = Lexicon::builtin();
    let annotator = Annotator::new(lx);
    let tags_on = |date: Option<&str>| {
        let s = annotator.annotate_article(
            "Headline\nObama said the treaty would hold.\nBarack Obama was in Oslo.\n",
            None,
            date,
        );
        tag_names(&s[1])
    };
    // In office on the story's date, out of it after, and unknown without
    // a date (the text decides then).
    assert_eq!(tags_on(Some("2012-03-01")), ["official-statement"]);
    assert_eq!(tags_on(Some("2019-03-01")), ["other-source"]);
    assert_eq!(tags_on(None), ["official-statement"]);
    // A bare surname alone is not dated: it may be a relative's.
    let s = annotator.annotate_article(
        "Headline\nObama said the treaty would hold.\n",
        None,
        Some("2019-03-01"),
    );
    assert_eq!(tag_names(&s[1]), ["official-statement"]);
    // A title the text gives wins over the date: the story says when.
    let s = annotator.annotate_article(
        "Headline\nPresident Obama said in 2012 that the treaty would hold.\n",
        None,
        Some("2019-03-01"),
    );
    assert_eq!(tag_names(&s[1]), ["official-statement"]);
}

#[test]
fn a_document_seen_by_an_outlet_speaks_whatever_its_verb() {
    for verb in ["says", "showed", "described"] {
        let src = sources(&format!(
            "A defence ministry memo seen by Reuters {verb} the plan in detail."
        ));
        assert!(src.iter().all(|(t, _)| t != "Reuters"), "{verb}: {src:?}");
    }
}

#[test]
fn an_intelligence_organization_and_associates_are_sources() {
    assert!(tags(
        "Five suspects were held, according to a statement by the intelligence organization of the police."
    )
    .contains(&"intelligence"));
    assert_eq!(
        tags("The minister, his associates claimed, knew of the plan."),
        ["other-source"]
    );
}

#[test]
fn a_phone_number_is_no_figure() {
    assert_eq!(
        tags("Anyone with information should contact police by calling 101, said Detective Inspector Ann Cole."),
        ["official-statement"]
    );
}

#[test]
fn a_claim_names_its_holder_only_with_the_clause_it_introduces() {
    // After "by"/"from", after a possessive, after a possessive pronoun.
    assert_eq!(
        sources(
            "The claim by Iran's intelligence ministry that it had caught two spies was doubted."
        ),
        [(
            "Iran's intelligence ministry".to_string(),
            "intelligence".to_string()
        )]
    );
    assert_eq!(
        tags("Assertions from the finance ministry that no money was printed were disputed."),
        ["official-statement"]
    );
    assert_eq!(
        sources("The mayor rejected Lund's contention that the bridge was unsafe."),
        [
            ("The mayor".to_string(), "official".to_string()),
            ("Lund".to_string(), "person".to_string())
        ]
    );
    // No clause, no source: the claim is only what is talked about.
    assert!(tags("Asylum claims by families rose last year.").is_empty());
    assert_eq!(
        sources("The mayor rejected Lund's claims on Tuesday."),
        [("The mayor".to_string(), "official".to_string())]
    );
}

#[test]
fn a_claim_holder_named_inside_anothers_words_is_not_who_he_means_next() {
    let s = annotate(
        "Finance Minister Ode Sarr rejected the claim by Tim Bale that the bank printed money. \
         He argued that the law allowed the loans.",
    );
    assert_eq!(s[1].tags, [Tag::OfficialStatement, Tag::OtherSource]);
    assert_eq!(
        s[2].sources[0].resolved.as_deref(),
        Some("Finance Minister Ode Sarr")
    );
    assert_eq!(s[2].tags, [Tag::OfficialStatement]);
}

/// The kind of the first source of the last sentence of `body`.
fn last_source_kind(body: &str) -> String {
    let s = annotate(body);
    s.last()
        .and_then(|s| s.sources.first())
        .map(|x| x.kind.as_str().to_string())
        .unwrap_or_default()
}

#[test]
fn a_role_given_as_a_predicate_gives_the_name_its_kind() {
    // Taken up: appointed, named, became, serves as.
    assert_eq!(
        last_source_kind(
            "Oda Lind was appointed director of the statistics bureau in May. \
             Lind said output had grown."
        ),
        "official"
    );
    assert_eq!(
        last_source_kind(
            "Piet Vos became Norway's fisheries minister. Vos said quotas would fall."
        ),
        "official"
    );
    assert_eq!(
        last_source_kind(
            "Mara Quint works as an analyst for the CIA. Quint said the cables were real."
        ),
        "intelligence"
    );
    // The body named before by its noun: "the agency" is the one named
    // "... Agency".
    assert_eq!(
        last_source_kind(
            "The U.S. National Security Agency hired Ross Tull in 2019. \
             Tull was named the agency's general counsel a year later. \
             Tull said he had been given no reason."
        ),
        "intelligence"
    );
    // "is" gives an office only in a body the phrase names.
    assert_eq!(
        last_source_kind(
            "Ivo Renn is the spokesman for the interior ministry. Renn said the border was shut."
        ),
        "official"
    );
    // No role at the phrase's head, a role held before, a role in no
    // body: no office.
    assert_eq!(
        last_source_kind(
            "Ada Ferro is a fierce critic of the government. Ferro said the plan would fail."
        ),
        "person"
    );
    assert_eq!(
        last_source_kind(
            "Lena Moor is the official patron of the gala. Moor said it raised money."
        ),
        "person"
    );
    assert_eq!(
        last_source_kind(
            "Carl Ode was the spokesman for the ministry until 2019. Ode said it was wrong."
        ),
        "person"
    );
    assert_eq!(
        last_source_kind("Dag Holm is a leader in the industry. Holm said sales would rise."),
        "person"
    );
    assert_eq!(
        last_source_kind(
            "The club grew fast after Ben Arno became its president. Arno said it would grow."
        ),
        "person"
    );
    // Named in a report is no appointment.
    assert_eq!(
        last_source_kind("Mark Lee was named in the report. Lee said he was innocent."),
        "person"
    );
}

#[test]
fn the_national_security_agency_in_full_needs_no_country_but_nsa_does() {
    assert_eq!(
        tags("The National Security Agency said it had kept the records."),
        ["intelligence"]
    );
    // "NSA" alone is many things (a national security adviser, other
    // countries' agencies): a country must be named.
    assert!(!tags("The NSA said it had kept the records.").contains(&"intelligence"));
    assert_eq!(
        tags("The U.S. NSA said it had kept the records."),
        ["intelligence"]
    );
}

#[test]
fn a_listed_holder_described_as_former_any_role_is_out_of_office() {
    // The lexicon gives James Clapper an intelligence office; the
    // apposition says he left it, so he and a later "Clapper" are persons.
    let s = annotate(
        "James Clapper, the former director of national intelligence, said the memo was false. \
         Clapper added that he had seen it.",
    );
    assert_eq!(s[1].tags, [Tag::OtherSource]);
    assert_eq!(s[2].tags, [Tag::OtherSource]);
}

#[test]
fn who_saw_a_document_is_not_its_author() {
    assert_eq!(
        sources(
            "According to an intelligence assessment seen by Reuters, the army lost 2,000 men."
        ),
        [(
            "an intelligence assessment".to_string(),
            "intelligence".to_string()
        )]
    );
    assert_eq!(
        tags("The plan will be delayed, according to a Treasury memo obtained by the newspaper."),
        ["official-statement"]
    );
}

#[test]
fn a_part_of_them_is_a_part_of_the_group_they_means() {
    let s = annotate(
        "Three U.S. intelligence officials described the plan. \
         Two of them said it had been shelved.",
    );
    assert_eq!(s[2].tags, [Tag::Intelligence]);
    assert_eq!(
        s[2].sources[0].resolved.as_deref(),
        Some("Three U.S. intelligence officials")
    );
    let s = annotate(
        "Several defence ministry officials described the plan. One of them said it was dead.",
    );
    assert_eq!(s[2].tags, [Tag::OfficialStatement]);
}

#[test]
fn respondents_speak_through_the_survey_that_asked_them() {
    // A share of an official or intelligence survey's respondents is the
    // survey's figure.
    let s = annotate(
        "A survey by the statistics office was released on Monday. \
         Some 60 percent of the respondents said prices had risen.",
    );
    assert_eq!(s[2].tags, [Tag::OfficialEstimate]);
    let s = annotate(
        "A workforce survey by the CIA was leaked in May. \
         About 40 percent of those surveyed said morale was low.",
    );
    assert_eq!(s[2].tags, [Tag::Intelligence, Tag::OfficialEstimate]);
    // A survey with no official author: another source.
    let s = annotate(
        "A poll for the BBC was published on Monday. Most respondents said the economy was weak.",
    );
    assert_eq!(s[2].tags, [Tag::OtherSource]);
}

#[test]
fn the_place_official_is_the_office_holder_of_that_place_named_before() {
    let s = annotate(
        "The Egyptian intelligence chief met the mediators in Cairo. \
         The Egyptian official told them that a truce was close.",
    );
    assert_eq!(s[2].tags, [Tag::Intelligence, Tag::OfficialStatement]);
    // Another place's official is someone else.
    let s = annotate(
        "The Egyptian intelligence chief met the mediators in Cairo. \
         The Qatari official told them that a truce was close.",
    );
    assert_eq!(s[2].tags, [Tag::OfficialStatement]);
}

#[test]
fn an_outlet_the_state_controls_is_state_media_whatever_its_name() {
    assert_eq!(
        tags("The Kremlin-controlled broadcaster said the operation was going to plan."),
        ["state-media"]
    );
    assert_eq!(
        tags("The government-owned daily reported that the talks had failed."),
        ["state-media"]
    );
    // Support is no control.
    assert_eq!(
        tags("The pro-government daily reported that the talks had failed."),
        ["other-source"]
    );
}

#[test]
fn what_was_confirmed_by_a_source_rests_on_it() {
    assert_eq!(
        tags("The claim was confirmed by German intelligence on Tuesday."),
        ["intelligence"]
    );
    assert_eq!(
        tags("The outbreak was first confirmed by the health ministry in May."),
        ["official-statement"]
    );
    // A confirmation to come, or none, rests on nobody.
    assert!(tags("If confirmed by the Senate, she would lead the agency.").is_empty());
    assert!(tags("The report could not be confirmed by the ministry.").is_empty());
}

#[test]
fn a_relative_clause_verb_with_a_gap_attributes_its_clause() {
    assert_eq!(
        tags(
            "The tanker belongs to a firm that Western intelligence officials suspect is a front."
        ),
        ["intelligence"]
    );
    // A question is no relative clause.
    assert!(tags("Who do they think will pay for it?").is_empty());
}

#[test]
fn a_body_named_for_a_state_head_noun_gives_its_initials_that_kind() {
    let s = annotate(
        "The Water Resources Authority opened an inquiry in June. \
         The WRA said 14 wells had been closed.",
    );
    assert_eq!(s[2].tags, [Tag::OfficialEstimate]);
}

#[test]
fn a_listed_body_gives_an_acronym_its_kind_only_as_the_names_head() {
    let said = |name: &str, acronym: &str| {
        let s = annotate(&format!(
            "The {name} ({acronym}) met on Monday. The {acronym} said wages had fallen."
        ));
        tag_names(&s[2])
    };
    // A listed body the name only modifies: a union, an armed group, a firm.
    assert_eq!(said("Dockers Union Congress", "DUC"), ["other-source"]);
    assert_eq!(said("Vardan Liberation Army", "VLA"), ["other-source"]);
    assert_eq!(said("Marlow General Corp", "MGC"), ["other-source"]);
    // A generic state head takes any words before it; a listed state body
    // heads a name after places; a title before a full name is the holder's.
    let official = ["official-statement"];
    assert_eq!(said("Harbour Safety Committee", "HSC"), official);
    assert_eq!(said("Federal Reserve Board", "FRB"), official);
    assert_eq!(said("U.S. Congress", "USC"), official);
    assert_eq!(said("President Teodor Anselm Vrana", "TAV"), official);
    assert_eq!(said("Deputy Superintendent of Police", "DSP"), official);
}

#[test]
fn the_general_is_the_officer_the_article_gave_that_rank() {
    let s = annotate(
        "General Kamal Aziz toured the front on Monday. \
         The general said the offensive would continue.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
    assert_eq!(s[2].speaker.as_deref(), Some("Kamal Aziz"));
    // With no general named, the word is an adjective's or nobody's.
    assert!(tags("The general rule is that the talks go on.").is_empty());
}

#[test]
fn a_piece_in_an_outlet_is_the_outlets() {
    let state = ("Rodong Sinmun".to_string(), "state-media".to_string());
    assert_eq!(
        sources("According to a report in Rodong Sinmun, the leader inspected a mill."),
        std::slice::from_ref(&state)
    );
    assert_eq!(
        sources("An editorial on Rodong Sinmun said the drills were a provocation."),
        [state]
    );
    assert_eq!(
        tags("Reports in the French press today said the deal was close."),
        ["other-source"]
    );
    assert_eq!(
        sources("Reports in the French press today said the deal was close.")[0].0,
        "the French press"
    );
    // A topic or a time after the piece is no outlet.
    assert_eq!(
        sources("A speech on mobile TV by Lena Ortt of Velcom drew a crowd, organisers said.")
            .len(),
        1
    );
    assert_eq!(
        tags(
            "According to a statement released on Thursday by the interior ministry, \
              the border is shut."
        ),
        ["official-statement"]
    );
}

#[test]
fn a_credit_line_is_the_outlets() {
    let s = annotate("The port would reopen in May, the ministry said.\n– Xinhua\n");
    assert_eq!(s.last().unwrap().text, "– Xinhua");
    assert_eq!(tag_names(s.last().unwrap()), ["state-media"]);
    let s = annotate("The port would reopen in May, the ministry said.\n-- KCNA\n");
    assert_eq!(tag_names(s.last().unwrap()), ["state-media"]);
    // A list item that starts with a dash is no credit line.
    let s = annotate("Findings:\n– Ports reopened in May\n");
    assert!(tag_names(s.last().unwrap()).is_empty());
}

#[test]
fn the_report_of_an_unlisted_state_body_is_the_bodys() {
    let s = annotate(
        "The annual report of the Coastal Fisheries Review Commission said catches had fallen. \
         The report noted that quotas were rarely enforced.",
    );
    assert_eq!(tag_names(&s[1]), ["official-statement"]);
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
    // A report of no state body stays a document.
    let s = annotate(
        "The annual report of the Coastal Anglers Club said catches had fallen. \
         The report noted that quotas were rarely enforced.",
    );
    assert_eq!(tag_names(&s[2]), ["other-source"]);
}

#[test]
fn a_city_names_its_country_and_nothing_else() {
    // A city in a company's name stays part of the name an anaphor gets.
    assert_eq!(
        canonical(
            "Leeds Steel Holdings said its orders fell.\nIt said the estimate reflected a drop of 12 pct.",
            2
        ),
        "Leeds Steel Holdings"
    );
    // A city never stands as a source's place: "officials in Basra" are
    // officials, not Iraq's government named by its city.
    let found = sources("Officials in Basra said the port would reopen.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "official");
    // The city is the article's country for a bare intelligence minister.
    assert_eq!(
        tags("Speaking in Mashhad, the intelligence minister said the cell had been dismantled."),
        vec!["intelligence", "official-statement"]
    );
}

#[test]
fn an_outlet_noun_before_a_name_is_no_anaphor() {
    // "broadcaster NOS" is NOS, not the outlet cited last.
    let body = "The figures could not be confirmed, Reuters said.\nThe minister told broadcaster NOS that the talks would go on.\nThe newspaper Welt am Sonntag said the talks had stalled.\nThe newspaper said they would resume in May.";
    let s = annotate(body);
    let via = s[2]
        .sources
        .iter()
        .find(|x| x.text == "broadcaster NOS")
        .expect("the channel is a source");
    assert_eq!(via.canonical.as_deref(), Some("NOS"));
    assert_eq!(via.resolved, None);
    // A name with a short lower-case word inside it stays whole.
    assert_eq!(canonical(body, 3), "Welt am Sonntag");
    // A bare "the newspaper" still looks back to the last outlet.
    assert_eq!(canonical(body, 4), "Welt am Sonntag");
}

#[test]
fn the_paper_and_the_daily_look_back_to_the_outlet_named() {
    // The lexicon's generic outlet aliases hold the article ("the paper",
    // "the daily"); they refer back like "the newspaper".
    let body = "The minister told the Los Angeles Times the bill would pass.\nShe also told the paper she would run again.\nThe daily said the vote was close.";
    let s = annotate(body);
    let paper = s[2]
        .sources
        .iter()
        .find(|x| x.text == "the paper")
        .expect("the channel is a source");
    assert_eq!(paper.canonical.as_deref(), Some("Los Angeles Times"));
    assert_eq!(canonical(body, 3), "Los Angeles Times");
}

#[test]
fn a_member_of_a_legislature_is_a_person_a_pronoun_can_mean() {
    // The lexicon lists "senator" and "MP" with the legislature; the
    // member is still one person, whom "she" or "he" may mean.
    let body = "The senator said the bill would pass.\nShe said she would run again.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), vec!["official-statement"]);
    assert_eq!(s[2].sources[0].resolved.as_deref(), Some("The senator"));
    let body = "A Labour MP said the party had lost its way.\nHe added that members were angry.";
    assert_eq!(
        annotate(body)[2].sources[0].resolved.as_deref(),
        Some("A Labour MP")
    );
    // The bodies themselves are no people.
    let body = "The parliament said the bill would pass.\nShe said she would run again.";
    assert!(annotate(body)[2].sources.is_empty());
}

#[test]
fn a_person_who_suggests_is_a_source() {
    // "suggest" needs a document or a body when a thing suggests ("figures
    // suggest": agentless evidence); a person who suggests says so.
    assert_eq!(
        tags("The finance minister suggested the tax could be cut next year."),
        vec!["official-statement"]
    );
    assert_eq!(
        tags("Tax cuts could come next year, the finance minister suggested."),
        vec!["official-statement"]
    );
    assert!(tags("Early figures suggest the tax could be cut next year.").is_empty());
    assert!(tags("The warm weather suggested an early harvest.").is_empty());
}

#[test]
fn the_report_a_source_spoke_in_outranks_one_cited_before() {
    // A document cited as a source, then a service speaking "in a report":
    // a later "the report" is the service's.
    let body = "The virus came from a lab, according to a classified report.\nDutch military intelligence said in its annual report that sabotage was rising.\nThe report also warned of Chinese espionage.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[3]), vec!["intelligence"]);
    assert_eq!(
        s[3].sources[0].resolved.as_deref(),
        Some("Dutch military intelligence")
    );
    // A report merely mentioned, not spoken in, leaves the cited one.
    let body = "The virus came from a lab, according to a classified report.\nThe CIA said a report in a newspaper was wrong.\nThe report also warned of Chinese espionage.";
    assert_eq!(tag_names(&annotate(body)[3]), vec!["other-source"]);
}

#[test]
fn other_agencies_are_of_the_kind_last_cited() {
    // "Four other agencies" after a service is cited: more services, not
    // the one cited (no name is resolved).
    let body =
        "The CIA said the virus came from a lab.\nFour other agencies believe that it was natural.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), vec!["intelligence"]);
    assert_eq!(s[2].sources[0].resolved, None);
    let body = "The interior ministry said the roads were closed.\nAnother agency said that they were open.";
    assert_eq!(tag_names(&annotate(body)[2]), vec!["official-statement"]);
    // After a company, "another agency" is no state body.
    let body = "Acme Corp said the roads were closed.\nAnother agency said that they were open.";
    assert_eq!(tag_names(&annotate(body)[2]), vec!["other-source"]);
}

#[test]
fn a_listed_noun_between_a_subject_and_that_is_a_verb() {
    // "judge" is a court's noun in the lexicon; after a plural, an acronym
    // or an adverb and before "that" it is the verb.
    assert_eq!(
        tags("The FBI still judges that the leak was accidental."),
        vec!["official-statement"]
    );
    assert_eq!(
        tags("Most analysts judge that the leak was accidental."),
        vec!["other-source"]
    );
    // The noun stays a noun: the judge speaks.
    assert_eq!(
        source_texts("The judge said that the leak was accidental."),
        vec!["The judge"]
    );
}

#[test]
fn a_relative_that_after_a_sources_noun_leaves_the_subject() {
    // "A federal judge that heard the case said": the judge speaks, not
    // the case; "that" after a verb opens a clause.
    assert_eq!(
        source_texts("A federal judge that heard the case said the law was void."),
        vec!["A federal judge"]
    );
    assert_eq!(
        source_texts("The officials who ordered that change claimed it was needed."),
        vec!["The officials"]
    );
    assert_eq!(
        source_texts("Officials warned that the minister said it was needed."),
        vec!["Officials", "the minister"]
    );
}

#[test]
fn a_wire_service_cited_is_what_the_agency_means() {
    // Wire services whose names lack the word are news agencies
    // (lexicon flag `news-agency`): a later "the agency" is the one cited.
    let body = "Reuters reported the deal on Monday.\nThe agency said talks were continuing.";
    let s = annotate(body);
    assert_eq!(s[2].sources[0].canonical.as_deref(), Some("Reuters"));
    assert_eq!(tag_names(&s[2]), vec!["other-source"]);
    // A document sent to the wire is no citation of it: "the agency" is
    // still the body named before.
    let body = "The Bahrain Monetary Agency issued a circular.\nThe circular, released to Reuters, said aid would end.\nThe agency said it will buy bills.";
    assert_eq!(tag_names(&annotate(body)[3]), vec!["official-statement"]);
}

#[test]
fn the_judiciary_is_a_state_body() {
    assert_eq!(
        tags("Iran's judiciary chief said the trials would be swift."),
        vec!["official-statement"]
    );
    // The 1869 Act is no body and names no one.
    assert!(source_texts("The Judiciary Act of 1869 set the number of justices.").is_empty());
}

#[test]
fn a_countrys_service_is_its_states() {
    // "Kenya's wildlife service", like "Spain's weather agency", is the
    // state's; a service no country owns may be anyone's.
    assert_eq!(
        tags("Kenya's wildlife service said the park would reopen soon."),
        vec!["official-statement"]
    );
    assert_eq!(
        tags("The streaming service said prices would rise."),
        vec!["other-source"]
    );
}

#[test]
fn a_countrys_security_service_is_its_intelligence_service() {
    // Named only by what it does, a country's security or spy service is
    // an intelligence service; another country's is not the one cited.
    let body = "Russia's security service said it had detained a spy.\nIsrael's domestic security agency said it had foiled a plot.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[1]), vec!["intelligence"]);
    assert_eq!(tag_names(&s[2]), vec!["intelligence"]);
    assert_eq!(s[2].sources[0].resolved, None);
    // A country's other services stay its state's.
    assert_eq!(
        tags("Ukraine's emergency service said rescuers were at the site."),
        vec!["official-statement"]
    );
}

#[test]
fn a_stock_index_named_for_an_outlet_is_no_outlet() {
    // "the Dow Jones industrial average" names an index, not the news
    // service: a later "the paper" still means the newspaper cited.
    let body = "The Wall Street Journal said two stocks would leave the index.\nThe Dow Jones industrial average fell 80 points on Friday.\nThe paper said the change starts on Monday.";
    assert_eq!(canonical(body, 3), "The Wall Street Journal");
    assert!(source_texts("Shares rose as the Dow Jones Industrial Average gained 1%.").is_empty());
}

#[test]
fn an_outlet_carrying_a_document_carries_its_content() {
    assert_eq!(
        tags("KCNA carried a commentary saying the drills were a rehearsal for war."),
        vec!["state-media"]
    );
    assert_eq!(
        tags("Local newspapers have carried stories that the water is unsafe."),
        vec!["other-source"]
    );
    // Carrying out an act, or carrying a label, reports nothing.
    assert!(tags("The unions carried out strikes that closed the ports.").is_empty());
    assert!(tags("Every new phone will carry a sticker that shows its rating.").is_empty());
}

#[test]
fn the_service_and_a_briefing_rest_on_the_intelligence_service() {
    let body = "Russia's Federal Security Service said it had detained two men.\nThe service said they had planned an attack on a power plant.\nAccording to the service's briefing, 40 agents were arrested last year.\nAccording to a briefing by the FSB, 12 plots were foiled.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), vec!["intelligence"]);
    assert_eq!(
        s[2].sources[0].canonical.as_deref(),
        Some("Federal Security Service")
    );
    assert_eq!(tag_names(&s[3]), vec!["intelligence", "official-estimate"]);
    // A document by an author named inside its phrase is one source: the
    // author.
    assert_eq!(tag_names(&s[4]), vec!["intelligence", "official-estimate"]);
    assert_eq!(s[4].sources.len(), 1, "{:?}", s[4].sources);
    assert_eq!(s[4].sources[0].text, "the FSB");
    // With no service named, "the service" is no anaphor.
    assert!(tags("The service said the buses would run late.")
        .iter()
        .all(|t| *t != "intelligence"));
}

#[test]
fn a_nationality_says_whose_service_or_agency_is_meant() {
    // Two services named; "the German service" and "the Polish agency"
    // are the one of that country, not the one cited last.
    let body = "Poland's Internal Security Agency said it had charged three men.\nThe BND, Germany's foreign intelligence service, said the network reached Berlin.\nA Russian official called the claims absurd.\nThe German service estimated that the men had been paid 40,000 euros.\nThe Polish agency said the men had filmed rail depots.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[4]), vec!["intelligence", "official-estimate"]);
    assert_eq!(
        s[4].sources[0].canonical.as_deref(),
        Some("Federal Intelligence Service")
    );
    // (Poland's service is listed by its Polish name, its English one an
    // alias that counts where the article names Poland.)
    assert_eq!(s[1].sources[0].kind.as_str(), "intelligence");
    assert_eq!(tag_names(&s[5]), vec!["intelligence"]);
    assert_eq!(
        s[5].sources[0].canonical.as_deref(),
        Some("Agencja Bezpieczeństwa Wewnętrznego")
    );
    assert!(
        tags("The Internal Security Agency said the men were released.")
            .iter()
            .all(|t| *t != "intelligence")
    );
    // A service no nationality or service of the article names is none.
    assert!(
        tags("The civil service estimated that 4,000 posts would go.")
            .iter()
            .all(|t| *t != "intelligence")
    );
}

#[test]
fn an_outlet_acronym_after_a_state_bodys_noun_names_the_body() {
    // "CBS" is listed as CBS News; after "the statistics office" it is the
    // Dutch statistics bureau, in the rest of the article too.
    let body = "According to the Dutch statistics office CBS, the port handled 436 million tonnes of cargo last year.\nCBS said exports rose 4 percent in May.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[1]), vec!["official-estimate"]);
    assert_eq!(s[1].sources[0].canonical.as_deref(), Some("CBS"));
    assert_eq!(tag_names(&s[2]), vec!["official-estimate"]);
    // Without the body's noun CBS is the broadcaster; a generic word after
    // a body is no name ("local authority TV").
    assert_eq!(
        sources("CBS said exports rose 4 percent in May.")[0].1,
        "media"
    );
    let s = annotate("He praised local authority TV in Leeds.\nA controller of interactive TV services said audiences had doubled.");
    assert_eq!(s[2].sources[0].kind.as_str(), "media");
}

#[test]
fn a_plurals_possessive_stays_inside_the_source_phrase() {
    let s = annotate("The employers' association, Deltalinqs, said the demands would cost 40 million euros.\nThe farmers’ union said prices had collapsed.");
    assert_eq!(
        s[1].sources[0].text,
        "The employers' association, Deltalinqs"
    );
    assert_eq!(tag_names(&s[1]), vec!["other-source"]);
    assert_eq!(s[2].sources[0].text, "The farmers’ union");
    // The plural owns the head; it is no head itself ("bankers" are no
    // source of their balances), and a document noun after it is a noun.
    assert!(tags("Above target bankers' balances would add 10 mln.").is_empty());
    assert!(tags("He admitted fraud to meet analysts' profit estimates.").is_empty());
}

#[test]
fn a_person_named_in_apposition_is_a_later_he() {
    let body = "The IMF would help, said managing director Rodrigo Rato.\nThe UN's relief coordinator, Jan Egeland, said that aid was coming.\nHe warned that disease could spread.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[3]), vec!["official-statement"]);
    assert_eq!(
        s[3].sources[0]
            .resolved
            .as_deref()
            .map(|r| r.contains("Egeland")),
        Some(true)
    );
}

#[test]
fn a_verb_that_needs_content_ends_no_sentence() {
    // "project", "show" ending the sentence with nothing before them that
    // their subject could close are nouns.
    assert!(tags("The tribe sued over the approval of the BMC mining project.").is_empty());
    assert!(tags("She hosted a music video show.").is_empty());
    // Content closed by a comma keeps the verb.
    assert_eq!(
        tags("Exports fell 4 percent in May, official figures show."),
        vec!["official-estimate"]
    );
    assert_eq!(
        tags("Most voters distrust politicians, a survey has suggested."),
        vec!["other-source"]
    );
}

#[test]
fn a_report_by_an_author_is_the_authors() {
    let s = annotate("According to a report by the finance ministry, exports fell 4 pct.");
    assert_eq!(tag_names(&s[1]), vec!["official-estimate"]);
    assert_eq!(s[1].sources.len(), 1, "{:?}", s[1].sources);
}

#[test]
fn a_role_of_a_service_named_by_its_noun_is_the_services() {
    let body = "Officials at Taiwan's National Security Bureau briefed lawmakers on Monday.\nThe bureau's director-general, Tsai Ming-yen, said the attacks had doubled.\nThe bureau's spokesman said more details would follow.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), vec!["intelligence", "official-statement"]);
    assert_eq!(tag_names(&s[3]), vec!["intelligence", "official-statement"]);
    // A company's people keep their roles' kinds.
    let s = annotate("Gulf Bank said profits rose.\nThe bank's economist said rates would fall.");
    assert_eq!(s[2].sources[0].kind.as_str(), "expert");
}

#[test]
fn the_bank_is_the_state_bank_the_article_named() {
    let body = "The Bank of Thailand kept its policy rate at 2 pct.\nThe bank said exports rose 6 pct in March.\nThe exchange said trading was normal.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), vec!["official-estimate"]);
    assert_eq!(
        s[2].sources[0].canonical.as_deref(),
        Some("Bank of Thailand")
    );
    // "The exchange" is no body whose name merely holds the word.
    let s = annotate("The Securities and Exchange Commission opened an inquiry.\nThe exchange said trading was normal.");
    assert!(s[2].sources.iter().all(|x| x.kind.as_str() != "official"));
    // A bank named inside a longer name is no state bank: "Royal Bank of
    // Canada".
    let s = annotate("Orion, the merchant arm of Royal Bank of Canada, cut staff.\nThe bank said it would hire again next year.");
    assert!(s[2].sources.iter().all(|x| x.kind.as_str() != "official"));
}

#[test]
fn a_state_statistics_office_is_official_and_it_is_it() {
    let s = annotate("Exports fell 3 pct in May, the Federal Statistics Office said.\nIt said imports rose 2 pct.");
    assert_eq!(tag_names(&s[1]), vec!["official-estimate"]);
    // The office is a body: a later "it" means it.
    assert_eq!(tag_names(&s[2]), vec!["official-estimate"]);
    let s =
        annotate("The statistics office said food prices fell.\nIt said the trend would continue.");
    assert_eq!(
        s[2].sources[0].resolved.as_deref(),
        Some("The statistics office")
    );
}

#[test]
fn the_data_are_the_figures_cited_before() {
    let s = annotate("Inflation slowed to 4.2 pct in March, official figures showed.\nFuel prices, however, rose 7 pct, the data showed.");
    assert_eq!(tag_names(&s[2]), vec!["official-estimate"]);
    assert_eq!(
        s[2].sources[0].resolved.as_deref(),
        Some("official figures")
    );
}

#[test]
fn an_agency_with_a_name_of_its_own_is_no_anaphor() {
    // "the Federal Water Agency" after an intelligence service is that
    // body, not the service cited before; a state body by its name's shape.
    let body = "The ministry said the GRU had planned the attack.\nThe Federal Water Agency said the dam had held.\nThe Economic Planning Agency said exports rose 3 percent.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), vec!["official-statement"]);
    assert_eq!(s[2].sources[0].resolved, None);
    assert_eq!(s[2].sources[0].kind.as_str(), "official");
    assert_eq!(tag_names(&s[3]), vec!["official-estimate"]);
    // A capitalised "Ministry" is the ministry, not a person's name.
    assert_eq!(
        sources("Exports rose, the Ministry of Finance said."),
        [(
            "the Ministry of Finance".to_string(),
            "official".to_string()
        )]
    );
    // A trade's agency is a firm's.
    assert_eq!(
        tags("Prices will rise, the Ratings Agency of Sweden said."),
        ["other-source"]
    );
}

#[test]
fn the_words_before_agency_must_describe_the_agency_meant() {
    // "the state news agency" is the outlet cited before; "the
    // transportation agency" is not, and a state's.
    let body = "KCNA said the leader had visited a farm.\nThe state news agency said the harvest was good.\nThe transportation agency said the new route would open in May.\nThe advertising agency said the campaign had ended.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), vec!["state-media"]);
    assert_eq!(tag_names(&s[3]), vec!["official-statement"]);
    assert_eq!(s[3].sources[0].resolved, None);
    assert_eq!(tag_names(&s[4]), vec!["other-source"]);
    // "the country's spy agency", "the Russian agency" still resolve.
    let body = "Russia's FSB said it had detained two men.\nThe Russian agency said the men had worked for Kyiv.\nThe country's spy agency said they confessed.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), vec!["intelligence"]);
    assert_eq!(tag_names(&s[3]), vec!["intelligence"]);
}

#[test]
fn a_verbs_s_form_before_a_finite_verb_is_a_plural_noun() {
    // "claims", "notes", "forecasts" heading their own clause are nouns:
    // no source before them.
    assert_eq!(
        sources("The Dutch claims were part of a campaign, a diplomat wrote on Friday."),
        [("a diplomat".to_string(), "official".to_string())]
    );
    assert!(tags("Market forecasts are for a deficit of 250 million pounds.").is_empty());
    assert!(tags("The Swiss franc notes will be redeemed in July.").is_empty());
    // A relative clause keeps its verb; "says" is always one.
    assert_eq!(
        tags("The plant, which the company says will open in May, cost 4 million dollars."),
        ["other-source"]
    );
    assert_eq!(
        tags("The bonds, which the ministry claims were sold illegally, were frozen."),
        ["official-statement"]
    );
}

#[test]
fn attributed_to_with_a_long_object_is_a_cue() {
    // What is attributed may be a long phrase before "to".
    assert_eq!(
        tags("The Dutch military intelligence service has attributed a cyberattack on the port of Amsterdam to a unit of Russia's GRU."),
        ["intelligence"]
    );
    assert_eq!(
        tags("The OECD attributed the rise in consumer prices to a drop in energy prices."),
        ["official-statement"]
    );
    // A headline's "Spy Agency" is a spy agency.
    let text = "Dutch Spy Agency Blames Russian Unit for Port Hack\n\nThe attack began in May.\n";
    let s = Annotator::new(Lexicon::builtin()).annotate(text);
    assert_eq!(tag_names(&s[0]), vec!["intelligence"]);
    // The long form of an intergovernmental body's name is the body.
    assert_eq!(
        tags("Observers from the Organization for Security and Co-operation in Europe said the vote lacked competition."),
        ["official-statement"]
    );
}

#[test]
fn a_state_outlets_common_noun_opening_the_sentence_with_its_name_after() {
    // "State broadcaster" is capitalised only because it opens the
    // sentence: no longer name; the name right after it is the outlet's.
    assert_eq!(
        tags("State broadcaster Khabar 24 said the vote was calm."),
        ["state-media"]
    );
    assert_eq!(
        tags("State broadcaster KTV showed crowds celebrating in the capital."),
        ["state-media"]
    );
    // A person named after an outlet's role noun is still a person.
    let body = "Former KTV anchor Daniyar Sadykov said the vote was calm.\nHe said the polls closed early.";
    let s = annotate(body);
    assert_eq!(
        s[2].sources[0].resolved.as_deref(),
        Some("Former KTV anchor Daniyar Sadykov")
    );
}

#[test]
fn an_outlet_named_the_and_a_word_opens_a_longer_name() {
    // "The National" is a newspaper; "The National Forensic Service" and
    // "The National Cyber Centre" are not.
    assert_eq!(
        sources("The National Forensic Service said the cause of death was drowning."),
        [(
            "The National Forensic Service".to_string(),
            "official".to_string()
        )]
    );
    assert!(
        sources("The National Cyber Centre said the hackers had left.")
            .iter()
            .all(|(_, kind)| kind != "media")
    );
    assert_eq!(
        sources("The National reported that the port had reopened."),
        [("The National".to_string(), "media".to_string())]
    );
}

#[test]
fn two_titles_of_one_named_person_are_one_source() {
    // "Chairman and chief executive John Smith" is one person, and a later
    // "he" is him; so is "CEO of <body> <name>" for a later "she".
    let body = "Chairman and chief executive John Smith said profits would rise.\nHe added that 300 jobs would go.\nCo-founder and CEO of Redfern Youth Connect Margaret Haumono said the decision came as a shock.\nShe said staff were told on Monday.";
    let s = annotate(body);
    assert_eq!(s[1].sources.len(), 1, "{:?}", s[1].sources);
    assert_eq!(
        s[1].sources[0].text,
        "Chairman and chief executive John Smith"
    );
    assert_eq!(
        s[4].sources[0].resolved.as_deref(),
        Some("Co-founder and CEO of Redfern Youth Connect Margaret Haumono")
    );
    // Two people with their own determiners stay two.
    assert_eq!(
        sources("The president and the prime minister said the talks had failed.").len(),
        2
    );
}

#[test]
fn people_briefed_on_a_matter_are_who_speaks() {
    // "briefed on" / "informed about" after a phrase is a participle of
    // being told: the phrase before it speaks, with its own kind, and what
    // they were told about is no source.
    assert_eq!(
        sources("Two diplomats briefed on the talks said Iran had offered concessions."),
        [(
            "Two diplomats briefed on the talks".to_string(),
            "official".to_string()
        )]
    );
    assert_eq!(
        sources("US officials briefed on the intelligence said the threat was real."),
        [(
            "US officials briefed on the intelligence".to_string(),
            "official".to_string()
        )]
    );
    assert_eq!(
        tags("Officials informed about the investigation said the suspect had fled."),
        ["official-statement"]
    );
    // Briefing someone is still a cue; telling of something is the teller's.
    assert_eq!(
        sources("The minister briefed reporters on the plan."),
        [("The minister".to_string(), "official".to_string())]
    );
    assert_eq!(
        tags("The senator told of his shock at the vote."),
        ["official-statement"]
    );
}

#[test]
fn a_document_speaks_for_the_author_named_in_commas_after_it() {
    // "The assessment, drawn up by X, says": X, also when an earlier
    // sentence gave another source for a document like it.
    let body = "The officials cited a confidential assessment.\nThe assessment, drawn up by the Central Intelligence Agency, says the network has grown.\nA report, prepared by the Federal Security Service, says the plot failed.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), ["intelligence"]);
    assert_eq!(s[2].sources.len(), 1, "{:?}", s[2].sources);
    assert_eq!(s[2].sources[0].text, "the Central Intelligence Agency");
    assert_eq!(tag_names(&s[3]), ["intelligence"]);
    // The content is what the document says, not the author after the cue.
    let body =
        "Violators would be punished, according to the order, signed by five cabinet ministers.";
    let s = annotate(body);
    assert_eq!(
        tag_names(&s[1]),
        ["official-statement"],
        "no figure in the content"
    );
    let c = s[1].evidence[0].content.expect("a content span");
    let at = s[1].start;
    assert_eq!(
        &s[1].text[c.start - at..c.end - at],
        "Violators would be punished,"
    );
}

#[test]
fn a_country_possessive_names_its_listed_body() {
    // A body listed as "<Name> of <Country>" or "<Demonym> <Name>" is
    // found as "<Country>'s <Name>".
    assert_eq!(
        sources("Lithuania's State Security Department said the recruits were teenagers."),
        [(
            "Lithuania's State Security Department".to_string(),
            "intelligence".to_string()
        )]
    );
    assert_eq!(
        sources("Lithuania’s State Security Department said the recruits were teenagers.")[0].1,
        "intelligence"
    );
}

#[test]
fn a_body_right_before_an_apposed_role_owns_it() {
    // "said X, a company spokesman" is the company's, as "X, a company
    // spokesman, said" is; "a disaster management spokesperson" is a
    // state's (management of something is no company).
    let s = annotate("\"The plant is closed,\" said John Smith, a company spokesman.");
    assert_eq!(s[1].sources[0].kind.as_str(), "organization");
    let s =
        annotate("\"The road is closed,\" said Taimoor Khan, a disaster management spokesperson.");
    assert_eq!(s[1].sources[0].kind.as_str(), "official");
}

#[test]
fn management_of_something_modifies_a_state_body() {
    assert_eq!(
        sources("The emergency management bureau said 63 people had died."),
        [(
            "The emergency management bureau".to_string(),
            "official".to_string()
        )]
    );
    assert_eq!(
        sources("A water management official said the dam was safe.")[0].1,
        "official"
    );
    // A company's management is still the company.
    assert_eq!(
        sources("The management said the plant was closed.")[0].1,
        "organization"
    );
}

#[test]
fn who_publishes_an_outlet_owns_it_and_the_outlet_speaks() {
    let s = sources(
        "Posts were removed, the Global Times, a tabloid published by the People's Daily, acknowledged.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert!(s[0].0.starts_with("the Global Times"), "{s:?}");
    // A report published by a body is still the body's.
    assert_eq!(
        tags("The figures were in a report published by the World Bank on Monday."),
        tags("The figures were in a report issued by the World Bank on Monday.")
    );
}

#[test]
fn a_body_that_gives_a_toll_states_a_figure() {
    assert_eq!(
        tags("Lebanon's Health Ministry gave a higher toll of five dead."),
        ["official-estimate"]
    );
    assert_eq!(
        tags("The army gave the death toll as 40."),
        ["official-estimate"]
    );
    // Nothing given, or no figure in what was given.
    assert!(tags("The ministry gave no figures for the dead.").is_empty());
    assert!(tags("The minister gave a speech to 500 supporters.").is_empty());
}

#[test]
fn a_later_report_with_plain_modifiers_is_the_last_report_named() {
    // "a declassified report" ... "The declassified assessment said": one
    // report under two of its names, with the author the first sentence
    // gave it.
    let body = "The CIA said in a declassified report that Moscow approved the plan.\nThe declassified assessment said the GRU ran the operation.\nThe political implications of the plan were unclear, analysts said.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), ["intelligence"]);
    assert_eq!(s[2].sources[0].resolved.as_deref(), Some("The CIA"));
    // A noun that is no written document is not the report.
    assert!(
        s[3].sources
            .iter()
            .all(|x| x.kind.as_str() != "intelligence"),
        "{:?}",
        s[3].sources
    );
    // The owner of a phrase's head is not its head: "the study's lead
    // author" is a person, not the study.
    let body = "A study by the Defense Intelligence Agency found the program had grown.\nThe study's lead author, analyst Jane Roe, said the program was secret.";
    let s = annotate(body);
    assert_ne!(
        s[2].sources[0].resolved.as_deref(),
        Some("the Defense Intelligence Agency")
    );
}

#[test]
fn a_body_that_is_part_of_a_state_body_takes_its_kind() {
    // "part of", "which is part of", "a unit of": the parent body's kind
    // for a company-shaped name.
    assert_eq!(
        tags("Britain's National Cyber Security Centre, part of GCHQ, said it had seen similar activity."),
        ["intelligence"]
    );
    assert_eq!(
        tags("The Cyber Security Centre, which is part of the justice ministry, estimated that 300 systems were hit."),
        ["official-estimate"]
    );
    // A company's unit stays a company's, and so does a company.
    assert_eq!(
        tags("Acme Labs, a unit of Siemens, said the attack failed."),
        ["other-source"]
    );
    assert_eq!(
        tags("The company, a unit of Nynex Corp, said the contract was signed."),
        ["other-source"]
    );
}

#[test]
fn a_number_word_inside_a_listed_name_counts_nothing() {
    // "Five Eyes" is the intelligence alliance, not five of anything.
    assert_eq!(
        tags("Five Eyes partners were briefed on the findings, a Canadian official said."),
        ["official-statement"]
    );
    assert_eq!(
        tags("Five people were killed, a Canadian official said."),
        ["official-estimate"]
    );
    assert_eq!(
        tags("The Five Eyes alliance said the hackers were Russian."),
        ["intelligence"]
    );
}

#[test]
fn she_is_not_someone_the_text_calls_mr() {
    // An honorific gives a gender: "she" passes over "Mr Jonas Lind" to
    // the woman cited before him; an owner's honorific is not the person's.
    let body = "Minister Anna Berg said the talks had failed.\nMr Jonas Lind, the opposition leader, said they had not.\nShe said the government would try again.";
    let s = annotate(body);
    let she = s[3].sources[0].resolved.as_deref().unwrap_or_default();
    assert!(she.ends_with("Anna Berg"), "{she}");
    let body = "Mr Jonas Lind said the talks had failed.\nHe said the government would try again.";
    let s = annotate(body);
    assert_eq!(s[2].sources[0].resolved.as_deref(), Some("Mr Jonas Lind"));
    // With no one else to mean, "she" keeps the one person cited.
    let body = "Mr Jonas Lind said the talks had failed.\nShe said the government would try again.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), tag_names(&s[1]));
}

#[test]
fn each_author_of_a_list_is_a_source_and_the_fbi_names_its_country() {
    // "issued by the FBI, the NSA and GCHQ": three authors, and the FBI
    // (a US body) makes the ambiguous "NSA" the US agency.
    let s =
        sources("A statement issued by the FBI, the NSA and GCHQ said 200 utilities had been hit.");
    assert_eq!(
        s,
        [
            ("the FBI".to_string(), "official".to_string()),
            ("the NSA".to_string(), "intelligence".to_string()),
            ("GCHQ".to_string(), "intelligence".to_string())
        ]
    );
    assert_eq!(
        canonical("An FBI spokesman said the suspect was arrested.", 1),
        "Federal Bureau of Investigation"
    );
}

#[test]
fn an_unowned_document_whose_content_is_a_body_s_attribution_is_theirs() {
    // "According to a classified assessment, U.S. spy agencies concluded":
    // the assessment is the agencies', one source.
    assert_eq!(
        tags("According to a classified assessment reviewed by Reuters, U.S. spy agencies concluded that Beijing could disrupt pipelines."),
        ["intelligence"]
    );
    assert_eq!(
        tags("The statistics bureau said imports rose 14.9 pct, according to a monthly survey of importers."),
        ["official-estimate"]
    );
    // A document beside a person's words stays a source of its own.
    assert_eq!(
        tags("According to a report, the singer said she would retire."),
        ["other-source"]
    );
}

#[test]
fn the_commentary_after_an_outlet_is_the_outlet_s() {
    // "the commentary said", "the editorial added": the outlet cited just
    // before.
    let body = "North Korea's official news agency warned on Sunday that the drills would be met with force.\n\"The US will pay a dear price,\" the commentary said.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), ["state-media"]);
    // With no outlet cited, a commentary is a document of its own.
    let s = annotate("\"The US will pay a dear price,\" the commentary said.");
    assert_eq!(tag_names(&s[1]), ["other-source"]);
}

#[test]
fn a_belief_in_the_past_tense_is_a_stance_and_believed_to_a_hedge() {
    // "believed" with a clause is what its subject holds, also inside
    // what someone else reports ("also when a third party cites them").
    assert_eq!(
        tags("Mayor Ruth Okafor believed the new bridge would open in spring."),
        ["official-statement"]
    );
    let s = annotate(
        "The Danish intelligence service briefed the committee. A senator said the agency \
         believed about 900 fighters had crossed the border.",
    );
    assert_eq!(tag_names(&s[2]), ["intelligence", "official-estimate"]);
    // "believed to be/have": a hedge, no one holding the belief.
    assert!(tags("Police arrested two men believed to have smuggled the parts.").is_empty());
    assert!(tags("The fishermen, many of them believed to be unlicensed, sailed home.").is_empty());
}

#[test]
fn a_pronoun_opening_what_a_source_said_is_that_source() {
    // The body named last is not who "it" means here: the speaker is.
    let s = annotate(
        "The regulator fined the bank on Monday. The Lantern Group said it believed the \
         fine was unfair.",
    );
    assert_eq!(tag_names(&s[2]), ["other-source"]);
    assert_eq!(s[2].sources.len(), 1, "{:?}", s[2].sources);
    let s = annotate("Mr Dale said he believed the harbour would reopen within a month.");
    assert_eq!(s[1].sources.len(), 1, "{:?}", s[1].sources);
    // Another person or number: a second source.
    let s = annotate(
        "Health minister Anna Berg visited the ward on Monday. Local reports said she \
         believed the ward would stay open.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement", "other-source"]);
    // "Local reports said": "reports" is the subject's noun, not a verb.
    assert_eq!(s[2].sources[0].text, "Local reports");
}

#[test]
fn a_named_person_the_story_turns_to_is_who_a_later_he_means() {
    // An uncited sentence whose subject is a person's name: the later
    // "he" is that person, not the minister cited before.
    let s = annotate(
        "Interior Minister Kithure Kindiki said the government would appeal. Opposition \
         politician Ekuru Aukot filed the case in March. He argued that the police were \
         overstretched.",
    );
    assert_eq!(s[3].sources[0].canonical.as_deref(), Some("Ekuru Aukot"));
    assert_eq!(tag_names(&s[3]), ["other-source"]);
    // A preposition opens no subject: "he" stays the minister.
    let s = annotate(
        "Interior Minister Kithure Kindiki said the government would appeal. For Ekuru \
         Aukot, the ruling was a victory. He argued that the police were overstretched.",
    );
    assert_eq!(tag_names(&s[3]), ["official-statement"]);
}

#[test]
fn a_connective_before_a_name_is_no_part_of_it() {
    let s = annotate(
        "But Mr Tallis, a prospective Labour MP, said he was confident. He added that the \
         rules would be met.",
    );
    assert_eq!(s[2].sources[0].resolved.as_deref(), Some("Mr Tallis"));
}

#[test]
fn adding_something_is_an_act_and_adding_words_is_speech() {
    assert!(tags("The Commerce Department added two more names to the list on Friday.").is_empty());
    assert!(tags("The port authority added 480 jobs in October.").is_empty());
    // Inside another source's words: the adder is no source.
    assert_eq!(
        tags(
            "The ministry said it would respond after Washington added Chinese firms to its list."
        ),
        ["official-statement"]
    );
    // Words added: a clause with its own verb, "that", or after a quotation.
    assert_eq!(
        tags("The deputy mayor added the ferry would sail at noon."),
        ["official-statement"]
    );
    assert_eq!(
        tags("The deputy mayor added that two ferries would sail at noon."),
        ["official-estimate"]
    );
    assert_eq!(
        tags("“We are ready,” the deputy mayor added cheerfully."),
        ["official-statement"]
    );
}

#[test]
fn a_background_clause_in_which_things_happened_holds_no_figure_of_the_source() {
    assert_eq!(
        tags(
            "The council says the curfew is needed after the riots, in which 40 shops were burned."
        ),
        ["official-statement"]
    );
    assert_eq!(
        tags("The council says 40 shops were burned during the riots."),
        ["official-estimate"]
    );
}

#[test]
fn its_role_opening_a_sentence_after_a_body_is_cited_is_that_body_s() {
    let s = annotate(
        "Norway's domestic security service, PST, has warned that sabotage is likely. Its \
         director, Beate Gangas, said the service had tracked 12 plots.",
    );
    assert_eq!(tag_names(&s[2]), ["intelligence", "official-estimate"]);
    // After a person is cited, "its" is not that person's body.
    let s = annotate(
        "Ms Hale said the museum would reopen. Its director, Tom Birch, said the roof was fixed.",
    );
    assert_eq!(tag_names(&s[2]), ["other-source"]);
}

#[test]
fn a_described_service_is_named_by_the_acronym_in_commas_after_it() {
    assert_eq!(
        canonical("The Dutch spy agency, AIVD, said the plot was real.", 1),
        "General Intelligence and Security Service"
    );
    assert_eq!(
        canonical(
            "Britain's domestic security service, MI5, said the plot was real.",
            1
        ),
        "Security Service"
    );
}

#[test]
fn the_spy_agency_after_a_named_service_is_that_service() {
    let s = annotate(
        "Israel's Mossad said it had foiled a plot in Stockholm. The spy agency said the gang \
         had been paid by Iran.",
    );
    assert_eq!(s[2].sources[0].canonical.as_deref(), Some("Mossad"));
    assert_eq!(tag_names(&s[2]), ["intelligence"]);
}

#[test]
fn a_source_in_a_body_speaks_for_the_body_and_a_place_names_none() {
    assert_eq!(
        tags("A source in Ukraine's SBU told the newspaper the raid had failed."),
        ["intelligence", "other-source"]
    );
    assert_eq!(
        sources("A source in the defence ministry said the raid had failed.")[0].0,
        "A source in the defence ministry"
    );
    assert_eq!(
        tags("Officials in Kyiv said the raid had failed."),
        ["official-statement"]
    );
}

#[test]
fn a_side_taken_or_a_subject_commented_on_is_no_body() {
    // "pro-Kremlin", "anti-government": not the Kremlin or the government.
    assert_eq!(
        tags("Pro-Kremlin bloggers claimed that the drones came from Sumy."),
        ["other-source"]
    );
    // Commentators named by the body they watch are experts ...
    assert_eq!(
        sources("Military analysts said the drones came from Sumy."),
        [("Military analysts".to_string(), "expert".to_string())]
    );
    // ... not the analysts a named body employs.
    assert_eq!(
        tags("Agriculture Department analysts said the harvest would fall."),
        ["official-statement"]
    );
}

#[test]
fn a_former_mp_holds_no_seat() {
    assert_eq!(
        tags("Former Labour MP Anna Reid said the plan would fail."),
        ["other-source"]
    );
    // A seat after the name is current: "Former minister X MP".
    assert_eq!(
        tags("Former welfare minister Tom Ashby MP said the plan would fail."),
        ["official-statement"]
    );
}

#[test]
fn for_inside_a_capitalised_name_is_part_of_it() {
    assert_eq!(
        sources("According to the Baltic Institute for Maritime Studies, 40 ships were damaged.")
            [0]
        .0,
        "the Baltic Institute for Maritime Studies"
    );
    // Not before an "and" that may join another body's name.
    assert_eq!(
        sources(
            "According to the Commission for Europe and the Maritime Federation, 40 ships were \
             damaged."
        )[0]
        .0,
        "the Commission"
    );
}

#[test]
fn the_agency_is_the_body_cited_last_by_that_noun() {
    let s = annotate(
        "Prices rose 3 percent, the national statistics agency Statkom said on Friday.\n\
         Rents fell 1.4 percent from the previous month, the agency said.",
    );
    assert_eq!(tag_names(&s[2]), ["official-estimate"]);
    assert_eq!(s[2].sources[0].canonical.as_deref(), Some("Statkom"));
    // With no agency cited before, "the agency" may be the article's own
    // wire: no source.
    let s = annotate(
        "Prices rose 3 percent, the statistics office said.\n\
         Rents fell 1.4 percent, the agency said.",
    );
    assert!(s[2].tags.is_empty());
}

#[test]
fn a_name_spelled_before_a_listed_acronym_is_that_entry() {
    // The lexicon lists "State Security Department of Lithuania" and VSD.
    let s = annotate(
        "The State Security Department (VSD) said the ring had recruited drivers.\n\
         Officials at the department said the network was run from Minsk.\n\
         A spokesman for the State Security Department declined to comment.",
    );
    assert_eq!(tag_names(&s[1]), ["intelligence"]);
    assert_eq!(tag_names(&s[2]), ["intelligence"]);
    // Its words must all be in the listed name: another body keeps its
    // own kind.
    assert_eq!(
        tags("The State Audit Department (VSD) said the accounts were in order."),
        ["official-statement"]
    );
}

#[test]
fn a_lawmaker_on_a_committee_is_one_source() {
    assert_eq!(
        sources("A Latvian lawmaker on the defence committee said the border fence was late."),
        [(
            "A Latvian lawmaker on the defence committee".to_string(),
            "official".to_string()
        )]
    );
    // Members on anything stay the source.
    assert_eq!(
        tags("Two lawmakers on the trip said the border fence was late."),
        ["official-statement"]
    );
}

#[test]
fn a_capitalised_title_of_a_state_portfolio_is_an_office() {
    assert_eq!(
        tags("Deputy National Security Adviser Mara Lind told reporters the networks were hit."),
        ["official-statement"]
    );
    assert_eq!(
        tags("Homeland Security Secretary Ted Varga said the networks were hit."),
        ["official-statement"]
    );
    // A company's capitalised title stays the company's.
    assert_eq!(
        tags("Brightwave Chief Executive Ola Berg said the networks were hit."),
        ["other-source"]
    );
}

#[test]
fn names_joined_inside_a_body_name_are_the_body() {
    assert_eq!(
        canonical(
            "The Maritime Safety and Ports Authority said the ferry had been inspected.",
            1
        ),
        "Maritime Safety and Ports Authority"
    );
    assert_eq!(
        canonical("Peru's central bank said inflation slowed.", 1),
        "Peru's central bank"
    );
}

#[test]
fn a_former_officials_body_is_no_antecedent() {
    let s = annotate(
        "The FBI and the National Cyber Defence Agency said in an advisory that the \
         networks were hit.\n\
         One former NSA official said the intrusion was serious.\n\
         The agencies estimated the repairs would cost at least $1 billion.",
    );
    assert_eq!(tag_names(&s[3]), ["official-estimate"]);
}

#[test]
fn no_mention_is_no_cue() {
    assert!(tags("Hanoi's state media made no immediate mention of the arrests.").is_empty());
    assert!(tags("The ministry gave no public comment on the arrests.").is_empty());
}

#[test]
fn a_news_outlet_a_state_body_owns_is_state_media() {
    assert_eq!(
        tags("Three men were hanged, the judiciary's Qanun news agency reported."),
        ["state-media"]
    );
    assert_eq!(
        tags("The army's television channel said the strike had failed."),
        ["state-media"]
    );
    // A body's own website speaks for the body; a party's paper is a
    // party's.
    assert_eq!(
        tags("The Health Ministry's website said the vaccine was safe."),
        ["official-statement"]
    );
    assert_eq!(
        tags("The opposition party's newspaper said the strike had failed."),
        ["other-source"]
    );
}

#[test]
fn an_outlets_own_name_word_stands_for_it() {
    let s = annotate(
        "Three men were hanged, the judiciary's Qanun news agency reported.\n\
         Qanun said the men had confessed.",
    );
    assert_eq!(tag_names(&s[2]), ["state-media"]);
    assert_eq!(
        s[2].sources[0].canonical.as_deref(),
        Some("Qanun news agency")
    );
}

#[test]
fn air_is_a_verb_only_before_what_is_aired() {
    assert!(tags("Ministry weighs more air defences for allies").is_empty());
    assert!(tags("The coalition closed all air and sea ports.").is_empty());
    assert_eq!(
        tags("The union aired its concerns that prices were too low."),
        ["other-source"]
    );
}

#[test]
fn two_nationalities_share_the_head_after_them() {
    assert_eq!(
        sources(
            "The move follows warnings from British and Dutch intelligence that the plot was near."
        ),
        [(
            "British and Dutch intelligence".to_string(),
            "intelligence".to_string()
        )]
    );
    assert_eq!(
        tags("Estonian and Finnish officials said the cable had been cut."),
        ["official-statement"]
    );
}

#[test]
fn the_count_of_the_closing_sources_is_no_figure() {
    assert_eq!(
        tags("The border guard was reinforced after radar data showed drones were massing, two Latvian officials said."),
        ["official-statement"]
    );
    // A count in the content stays one.
    assert_eq!(
        tags("According to Labour Ministry figures, 157,000 new jobs were added last month."),
        ["official-estimate"]
    );
}

#[test]
fn a_capitalised_name_goes_on_across_for_and_and() {
    assert_eq!(
        sources("Satellite images analysed by the Institute for Naval and Coastal Studies show new piers.")
            [0]
        .0,
        "the Institute for Naval and Coastal Studies"
    );
    assert_eq!(
        canonical(
            "According to estimates by the Baltic Institute for Maritime Studies, 40 ships were hit.",
            1
        ),
        "Baltic Institute for Maritime Studies"
    );
    assert_eq!(
        tags("The figures are rising, Minister of State for Energy Alan Marsh said."),
        ["official-statement"]
    );
}

#[test]
fn an_envoy_and_where_it_is_sent_are_one_source() {
    assert_eq!(
        sources("Chile's ambassador to Britain said the talks had stalled.")[0].0,
        "Chile's ambassador to Britain"
    );
}

#[test]
fn a_finding_a_government_rejected_names_the_government() {
    assert_eq!(
        sources(
            "The UN rights office concluded that crimes had been committed, a finding Hanoi \
             rejected."
        )
        .last()
        .unwrap()
        .0,
        "Hanoi"
    );
}

#[test]
fn a_dated_and_signed_document_speaks_for_its_signer() {
    let s = annotate(
        "Police were told to delete the files, according to an internal memo.\n\
         The memo, dated March 12 and signed by a deputy minister, told officers to finish \
         quickly.\n\
         It said about 12,000 files were affected.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
    assert_eq!(tag_names(&s[3]), ["official-estimate"]);
}

#[test]
fn a_countrys_forces_and_services_keep_their_noun_in_the_name() {
    assert_eq!(
        canonical("Latvia's air force said it shot down 48 drones.", 1),
        "Latvia's air force"
    );
    assert_eq!(
        canonical("Seoul's intelligence believes the leader may travel.", 1),
        "Seoul's intelligence"
    );
}

#[test]
fn whoever_the_verb_after_a_quotation_names_speaks() {
    let s = annotate(
        "“It's chaos,” said one truck driver, who gave his name only as Pieter.\n\
         He said he had waited 11 hours.",
    );
    assert_eq!(tag_names(&s[1]), ["other-source"]);
    assert_eq!(s[1].sources[0].text, "one truck driver");
    assert_eq!(tag_names(&s[2]), ["other-source"]);
}

#[test]
fn a_list_of_listed_bodies_before_the_verb_is_every_one_of_them() {
    assert_eq!(
        source_texts(
            "A statement by the FBI, the NSA and GCHQ said the hackers used stolen passwords."
        ),
        ["the FBI", "the NSA", "GCHQ"]
    );
    assert_eq!(
        source_texts("The CIA, the FBI and the NSA said in January that the campaign was Russian."),
        ["The CIA", "the FBI", "the NSA"]
    );
    // A clause before a comma is no part of the list.
    assert_eq!(
        tags("Approval is sought in Canada and other countries, Johnson and Johnson said."),
        ["other-source"]
    );
}

#[test]
fn described_or_outlined_by_names_the_source() {
    assert_eq!(
        tags("The plan, as described by two diplomats, would freeze the front line."),
        ["official-statement"]
    );
    assert_eq!(
        tags("Farmers face new rules under measures outlined by the agriculture minister."),
        ["official-statement"]
    );
}

#[test]
fn an_agency_judges_what_it_assesses() {
    let s = annotate(
        "The CIA said the regime was weak.\n\
         In its assessment, the agency judged that the regime would survive.\n\
         The referee judged the contest fairly.",
    );
    assert_eq!(tag_names(&s[2]), ["intelligence"]);
    assert!(s[3].tags.is_empty());
}

#[test]
fn a_role_and_the_name_in_commas_open_a_person_the_story_turns_to() {
    let s = annotate(
        "The health minister, Anna Berg, visited the flooded town of Lindau on Tuesday.\n\
         She told residents that the government would pay for new homes.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
    assert_eq!(s[2].sources[0].canonical.as_deref(), Some("Anna Berg"));
}

#[test]
fn daily_before_an_event_says_how_often() {
    assert_eq!(
        tags("The spokesman told a daily news conference that the talks would go on."),
        ["official-statement"]
    );
    // A daily that speaks is a newspaper.
    assert_eq!(
        tags("A Japanese daily said the carmaker would move production."),
        ["other-source"]
    );
}

#[test]
fn a_span_of_time_between_auxiliary_and_verb_keeps_the_subject() {
    assert_eq!(
        tags("Tehran has in the past denied recruiting Israelis."),
        ["official-statement"]
    );
    assert_eq!(
        tags("The ministry has in recent months said prices would fall."),
        ["official-statement"]
    );
    assert_eq!(
        tags("The union has for years warned that the mine was unsafe."),
        ["other-source"]
    );
}

#[test]
fn a_role_opening_the_sentence_is_no_persons_name() {
    assert_eq!(
        canonical(
            "Officials in other Baltic intelligence agencies said the reports were accurate.",
            1
        ),
        "Officials in other Baltic intelligence agencies"
    );
    assert_eq!(
        canonical("Lawyers for the pair said they would appeal.", 1),
        "Lawyers for the pair"
    );
}

#[test]
fn a_gerund_before_reports_that_is_no_part_of_the_source() {
    assert_eq!(
        sources("The regulator is examining allegations that the firm hid its losses.")
            .last()
            .unwrap()
            .0,
        "allegations"
    );
}

#[test]
fn a_titles_abbreviation_and_an_initial_stay_inside_the_name() {
    assert_eq!(
        tags("The vote was close, according to Rep. Ann Holt, who sits on the panel."),
        ["official-statement"]
    );
    assert_eq!(
        sources("“We are not making progress,” said Sen. John D. Harlow.")[0].0,
        "Sen. John D. Harlow"
    );
}

#[test]
fn one_official_later_is_a_person_cited_before_not_a_service() {
    let s = annotate(
        "A Dutch official said on Monday that the ring had been broken up. \
         Military intelligence also assessed that the couriers had fled, according to the official.",
    );
    assert_eq!(tag_names(&s[2]), ["intelligence", "official-statement"]);
    assert_eq!(s[2].sources[1].canonical.as_deref(), Some("Dutch official"));
}

#[test]
fn an_industry_official_speaks_for_an_industry_not_a_state() {
    assert_eq!(
        tags("Industry officials said the mills had cut output by a tenth."),
        ["other-source"]
    );
    assert_eq!(
        tags("Xinhua quoted an unnamed industry official as saying firms had stockpiled parts."),
        ["state-media", "other-source"]
    );
    // A minister whose portfolio names industry is still a minister.
    assert_eq!(
        tags("Trade and Industry Secretary Mara Hollis said the rules would change."),
        ["official-statement"]
    );
}

#[test]
fn a_title_case_headline_cites_generic_intelligence() {
    let s = Annotator::new(Lexicon::builtin()).annotate(
        "Israel Says Hezbollah Is Rebuilding, Citing Military Intelligence\n\
         The army said the group had new rockets.\n",
    );
    assert_eq!(tag_names(&s[0]), ["intelligence", "official-statement"]);
    // In a sentence, a capitalised neighbour still makes it a name.
    assert_eq!(
        tags("The Economist Intelligence Unit said growth would slow."),
        ["other-source"]
    );
}

#[test]
fn a_later_noun_names_the_body_with_its_place_and_whole_name() {
    let body = "Prices rose 2.1% in May, the Kenya National Bureau of Statistics said. \
                Food prices fell 1.2%, the bureau said.";
    assert_eq!(canonical(body, 1), "Kenya National Bureau of Statistics");
    assert_eq!(canonical(body, 2), "Kenya National Bureau of Statistics");
}

#[test]
fn a_listed_name_with_the_inside_is_one_phrase() {
    assert_eq!(
        source_texts(
            "The Federal Office for the Protection of the Constitution said spies were active."
        ),
        ["The Federal Office for the Protection of the Constitution"]
    );
    assert_eq!(
        tags("Spies were active, according to the Federal Office for the Protection of the Constitution."),
        ["intelligence"]
    );
    // Its acronym and its name are one entity.
    assert_eq!(
        canonical("The BfV said spies were active.", 1),
        canonical(
            "The Federal Office for the Protection of the Constitution said so.",
            1
        )
    );
}

#[test]
fn a_country_s_department_speaks_for_itself() {
    assert_eq!(
        canonical(
            "Pakistan's meteorological department forecast more rain.",
            1
        ),
        // The body the lexicon lists, described in lower case.
        "Pakistan Meteorological Department"
    );
    // A country's document speaks for the country.
    assert_eq!(
        canonical("Pakistan's letter said the talks would resume.", 1),
        "Pakistan"
    );
}

#[test]
fn a_title_a_named_owner_qualifies_is_not_the_title_named_before() {
    let s = annotate(
        "FBI Director Ray Holt told reporters the threat was grave. \
         The National Security Agency's cybersecurity director, Dana Ruiz, said the intrusions were old.",
    );
    assert_eq!(tag_names(&s[2]), ["intelligence", "official-statement"]);
    assert_eq!(s[2].sources[0].canonical.as_deref(), Some("Dana Ruiz"));
}

#[test]
fn said_on_state_television_is_a_channel() {
    assert_eq!(
        tags("The rebels had seized the town, the interior minister said on state television on Monday."),
        ["state-media", "official-statement"]
    );
    assert_eq!(
        tags("The minister said on Monday over state radio that the curfew was lifted."),
        ["state-media", "official-statement"]
    );
    // Other outlets after "said on" stay unnamed channels, as the gold sets
    // have them; "called on" asks.
    assert_eq!(
        tags("The senator added on CBS that the talks had failed."),
        ["official-statement"]
    );
}

#[test]
fn the_accused_is_no_accuser() {
    assert_eq!(
        tags("Police have arrested 14 people accused of plotting an attack, the minister said."),
        ["official-estimate"]
    );
    assert_eq!(
        tags("A man suspected of spying was detained on Monday."),
        [] as [&str; 0]
    );
    // The accuser named by "by", or an active accusation, still speaks.
    assert_eq!(
        tags("The ministry has been accused of hiding the toll by the rights group Amnesty."),
        ["other-source"]
    );
    assert_eq!(
        tags("The minister accused Kyiv of shelling the plant."),
        ["official-statement"]
    );
}

#[test]
fn a_country_s_atomic_energy_body_is_official() {
    assert_eq!(
        tags("The head of its atomic energy organisation said new centrifuges would be installed."),
        ["official-statement"]
    );
}

#[test]
fn alleged_before_a_noun_in_a_title_case_headline_describes_it() {
    let s = Annotator::new(Lexicon::builtin()).annotate(
        "Venezuela Arrests Alleged Plotters in Caracas\nThe army said the men were armed.\n",
    );
    assert!(s[0].tags.is_empty(), "{:?}", s[0].sources);
    let s = Annotator::new(Lexicon::builtin())
        .annotate("Rebels Say Alleged Massacre Was Staged\nThe army said the men were armed.\n");
    assert_eq!(tag_names(&s[0]), ["other-source"]);
}

#[test]
fn intelligence_a_state_body_hands_over_is_intelligence() {
    assert_eq!(
        tags("Intelligence gathered by Ukraine shows the brigades have suffered heavy losses."),
        ["intelligence", "official-statement"]
    );
    assert_eq!(
        tags("A report compiled by the defence ministry said the brigades had suffered losses."),
        ["official-statement"]
    );
    // Gathered, not handed over: no source.
    assert_eq!(
        tags("A low drive was comfortably gathered by the keeper before half time."),
        [] as [&str; 0]
    );
}

#[test]
fn papers_of_wholly_state_run_press_systems_are_state_media() {
    assert_eq!(
        tags("Tuoi Tre newspaper reported that a bridge in Phu Tho province had collapsed."),
        ["state-media"]
    );
    assert_eq!(
        tags("The Beijing News said the company may pay a fine."),
        ["state-media"]
    );
}

#[test]
fn a_family_name_joined_to_its_particle_is_part_of_the_name() {
    let s = annotate(
        "Information Minister Khalid al-Aiser posted a video of the palace. \
         \"Today the flag is raised,\" he wrote.",
    );
    assert_eq!(
        s[2].sources[0].canonical.as_deref(),
        Some("Khalid al-Aiser")
    );
}

#[test]
fn a_rank_before_a_name_says_less_than_the_service_after_it() {
    // The rank is an official's; the apposition places the officer in a
    // service.
    assert_eq!(
        tags("Admiral Jan Smit, the director of the AIVD, said the threat was high."),
        ["intelligence", "official-statement"]
    );
    assert_eq!(
        tags("General Tom Berg, head of military intelligence, said the attack had failed."),
        ["intelligence", "official-statement"]
    );
    // A parliamentary intelligence committee is an official body.
    assert_eq!(
        tags("Senator Mark Warner, the vice chairman of the Senate Intelligence Committee, said the report was flawed."),
        ["official-statement"]
    );
    // A relative clause may name intelligence the officer does not serve.
    assert_eq!(
        tags("Colonel Ann Hale, who led an inquiry into pre-war intelligence, said the rules were clear."),
        ["official-statement"]
    );
}

#[test]
fn a_later_he_is_the_officer_named_after_a_rank_in_apposition() {
    let s = annotate(
        "The MIVD head, Vice Admiral Peter Reesink, told reporters his service had grown. \
         He said the service was tracking Russian ships.",
    );
    assert_eq!(tag_names(&s[2]), ["intelligence", "official-statement"]);
    assert_eq!(s[2].sources[0].canonical.as_deref(), Some("Peter Reesink"));
}

#[test]
fn a_later_he_is_named_by_the_name_given_after_a_title() {
    let s = annotate(
        "The AIVD said espionage had increased. Its director, Erik Akerboom, said the threat \
         had never been greater. He added that China was the biggest threat.",
    );
    assert_eq!(tag_names(&s[3]), ["intelligence", "official-statement"]);
    assert_eq!(s[3].sources[0].canonical.as_deref(), Some("Erik Akerboom"));
}

#[test]
fn intelligence_read_by_the_speakers_is_a_source_beside_them() {
    assert_eq!(
        tags("Officials who have seen the intelligence say about 50,000 troops could be moved."),
        ["intelligence", "official-estimate"]
    );
    assert_eq!(
        tags("Diplomats who reviewed the intelligence assessment said Moscow was ready."),
        ["intelligence", "official-statement"]
    );
    // Met, not read: the chief is no source.
    assert_eq!(
        tags("Officials who met the intelligence chief said he was tired."),
        ["official-statement"]
    );
}

#[test]
fn a_state_body_s_own_website_is_no_outlet_cited_before() {
    let s = annotate(
        "Police have arrested a blogger, state media said. \
         The ministry said on its website that the man had posted false articles. \
         According to its website, the ministry has 300 investigators.",
    );
    assert_eq!(tag_names(&s[2]), ["official-statement"]);
    assert_eq!(tag_names(&s[3]), ["official-estimate"]);
    assert_eq!(s[3].sources[0].kind.as_str(), "official");
}

#[test]
fn people_a_report_cited_in_a_relative_clause_are_sources() {
    assert_eq!(
        tags("The Xinhua report, which cited local officials, said 21 people had died."),
        ["state-media", "official-estimate"]
    );
    // A reason cited is no source.
    assert_eq!(
        tags("S and P, which cited the bank's weak capital, cut its rating."),
        [] as [&str; 0]
    );
}

#[test]
fn the_signatory_of_a_document_an_outlet_carries_speaks_too() {
    assert_eq!(
        tags("The Korean Central News Agency carried a statement by Kim Yo Jong criticising the drills."),
        ["state-media", "official-statement"]
    );
    assert_eq!(
        tags("KCNA published a statement from the foreign ministry saying the drills were a rehearsal for invasion."),
        ["state-media", "official-statement"]
    );
    // An outlet's own piece has no other author.
    assert_eq!(
        tags("KCNA published a commentary saying the drills were a rehearsal for invasion."),
        ["state-media"]
    );
}

#[test]
fn seen_by_an_outlet_ends_the_document_s_phrase() {
    let s = annotate("A memo from the defence ministry, seen by Reuters, said the cost was high.");
    assert_eq!(tag_names(&s[1]), ["official-statement"]);
    assert_eq!(s[1].sources[0].text, "the defence ministry");
    assert_eq!(
        s[1].sources[0].canonical.as_deref(),
        Some("defence ministry")
    );
}

#[test]
fn a_then_holder_speaks_out_of_office() {
    // The spec: "then-" holders are other-source unless a current office
    // is named.
    assert_eq!(
        tags("Then-Defense Secretary Robert Gates said in 2010 that the war was winnable."),
        ["other-source"]
    );
    assert_eq!(
        tags("The then prime minister said the talks had failed."),
        ["other-source"]
    );
}

#[test]
fn a_well_known_holder_who_served_before_speaks_out_of_office() {
    assert_eq!(
        tags("John Bolton, who served as national security adviser under Trump, said the deal was a mistake."),
        ["other-source"]
    );
}

#[test]
fn someone_out_of_a_service_is_not_named_by_it() {
    let s =
        annotate("A former Mossad officer who now runs a security firm said the plan took years.");
    assert_eq!(tag_names(&s[1]), ["other-source"]);
    assert_eq!(
        s[1].sources[0].canonical.as_deref(),
        Some("former Mossad officer")
    );
}

#[test]
fn a_body_in_a_title_case_headline_holds_no_person_s_name() {
    let s = Annotator::new(Lexicon::builtin())
        .annotate("UN Agency Says 2 Million Displaced in Sudan\nThe story begins here.\n");
    assert_eq!(s[0].sources[0].canonical.as_deref(), Some("UN Agency"));
    // A surname after a title is still the holder's.
    let s = Annotator::new(Lexicon::builtin())
        .annotate("Pentagon Chief Hegseth Says Review Under Way\nThe story begins here.\n");
    assert_eq!(s[0].sources[0].canonical.as_deref(), Some("Hegseth"));
}

#[test]
fn calling_something_a_name_is_reported_speech() {
    assert_eq!(
        tags("Russia called the verdict a travesty."),
        ["official-statement"]
    );
    assert_eq!(tags("Experts called this dubious."), ["other-source"]);
    // Acts of calling carry no content.
    assert_eq!(tags("She called the police a few times."), [] as [&str; 0]);
    assert_eq!(
        tags("The president called the meeting to order."),
        [] as [&str; 0]
    );
    assert_eq!(tags("He called them back on Monday."), [] as [&str; 0]);
    assert_eq!(
        tags("It is being called the largest breach in history."),
        [] as [&str; 0]
    );
}

#[test]
fn a_mission_abroad_speaks_not_the_capital_it_sits_in() {
    let s = annotate("The Chinese embassy in Brussels said the measures were protectionism.");
    assert_eq!(tag_names(&s[1]), ["official-statement"]);
    assert_eq!(s[1].sources[0].text, "The Chinese embassy");
}

#[test]
fn pictures_an_outlet_carries_show_what_it_says() {
    assert_eq!(
        tags("KCNA carried photos of Kim smiling with troops."),
        ["state-media"]
    );
    // Pictures of a thing, no scene: nothing said.
    assert_eq!(
        tags("The paper carried photos of the parade."),
        [] as [&str; 0]
    );
}

#[test]
fn a_warning_from_a_source_that_states_its_clause() {
    assert_eq!(
        tags("The move follows warnings from Britain's MI5 that Iran had plotted at least 20 attacks."),
        ["intelligence", "official-estimate"]
    );
    assert_eq!(
        tags("He ignored warnings from his doctors."),
        [] as [&str; 0]
    );
    // The warning's clause ends at the comma of its fronted phrase.
    assert_eq!(
        tags("Following a warning from the unions that prices could rise, the government agreed that fuel would cost 9 pct more."),
        ["official-estimate", "other-source"]
    );
}

#[test]
fn a_service_that_estimated_in_a_relative_clause_speaks() {
    assert_eq!(
        tags("The claims were backed by the Estonian intelligence service, which estimated that Russia had 700,000 troops in Ukraine."),
        ["intelligence", "official-estimate"]
    );
}

#[test]
fn a_finding_determined_is_stated() {
    assert_eq!(
        tags("Sanctions followed because U.S. intelligence officials had determined that the drones were Iranian."),
        ["intelligence"]
    );
    assert_eq!(tags("He was determined to win."), [] as [&str; 0]);
    assert_eq!(
        tags("If the auditors determine that the rules were broken, the fund will close."),
        [] as [&str; 0]
    );
}

#[test]
fn an_intelligence_briefing_handed_to_others_is_intelligence() {
    assert_eq!(
        tags("An intelligence briefing given to lawmakers by senior officials said 300 fighters had crossed."),
        ["intelligence", "official-estimate"]
    );
}

#[test]
fn a_document_an_outlet_carries_says_what_its_participle_says() {
    assert_eq!(
        tags("The Daily Sun carried an editorial praising the new dam."),
        ["other-source"]
    );
    assert_eq!(
        tags("KCNA carried a commentary denouncing the joint drills."),
        ["state-media"]
    );
    // A document carried with no content: nothing said.
    assert_eq!(
        tags("KCNA carried a commentary on Tuesday."),
        [] as [&str; 0]
    );
}

#[test]
fn whom_an_outlet_quotes_past_a_name_in_commas_speaks() {
    assert_eq!(
        sources("Xinhua quoted the trade minister, Li Hua, as saying tariffs would fall."),
        [
            ("the trade minister".to_string(), "official".to_string()),
            ("Xinhua".to_string(), "state-media".to_string())
        ]
    );
    assert_eq!(
        tags("Xinhua quoted the trade minister, Li Hua, as saying tariffs would fall."),
        ["state-media", "official-statement"]
    );
}

#[test]
fn agencies_that_lean_toward_a_view_hold_it() {
    assert_eq!(
        tags("Two agencies in the intelligence community lean toward a natural origin."),
        ["intelligence"]
    );
    assert_eq!(
        tags("Most analysts lean towards the view that rates will rise."),
        ["other-source"]
    );
    // A body bending towards a thing holds no view.
    assert_eq!(
        tags("The minister leaned towards the microphone."),
        [] as [&str; 0]
    );
}

#[test]
fn a_listed_outlet_in_commas_types_its_common_noun() {
    // "Its" means the state named before; "official" is no role here and
    // the outlet named in commas is state media.
    let body = "Ruritania held a parade on Sunday.\n\nIts official newspaper, Rodong Sinmun, said the parade was a success.";
    let s = &annotate(body)[2];
    assert_eq!(tag_names(s), ["state-media"]);
    assert_eq!(
        tags("The agency's newspaper, Rodong Sinmun, said the parade was a success."),
        ["state-media"]
    );
}

#[test]
fn a_figure_expected_is_a_forecast() {
    assert_eq!(
        tags("Economists polled by Reuters had expected inflation of 4.3%."),
        ["other-source"]
    );
    assert_eq!(
        tags("Dealers expected the central bank to cut rates."),
        ["other-source"]
    );
    // Intent, the passive and a headline's participle forecast nothing.
    assert_eq!(
        tags("The firm expects to hire up to 200 people."),
        [] as [&str; 0]
    );
    assert_eq!(
        tags("Growth is expected to reach 3% this year."),
        [] as [&str; 0]
    );
    assert_eq!(
        tags("PORT STRIKE EXPECTED TO COST 40 MLN DLRS"),
        [] as [&str; 0]
    );
}

#[test]
fn a_bulletin_speaks_for_its_owner() {
    let body = "The civil defence agency said 39 people had died.\n\nMore than 24,000 people have left their homes, according to the agency's latest bulletin.";
    assert_eq!(tag_names(&annotate(body)[2]), ["official-estimate"]);
}

#[test]
fn who_heads_a_service_is_of_the_service() {
    assert_eq!(
        tags("Anna Lindqvist, who heads the country's spy agency, said the plot had failed."),
        ["intelligence", "official-statement"]
    );
    assert_eq!(
        tags("Tom Berg, who runs the CIA's Russia desk, told lawmakers the threat was growing."),
        ["intelligence", "official-statement"]
    );
    // Heading a business, or a service in the past, is no office of state.
    assert_eq!(
        sources("Tom Berg, who runs a bakery, said the plot had failed."),
        [("Tom Berg".to_string(), "person".to_string())]
    );
    assert_eq!(
        tags("Tom Berg, who headed the NSA until 2019, said the plot had failed."),
        ["other-source"]
    );
}

#[test]
fn a_ranked_officer_who_left_the_service_speaks_as_a_person() {
    assert_eq!(
        sources("Colonel Jan Visser, a former officer of military intelligence, said the plan had failed."),
        [("Colonel Jan Visser".to_string(), "person".to_string())]
    );
    // A current command keeps the rank's office.
    assert_eq!(
        tags("General Jan Visser, the commander of the eastern front, said the plan had failed."),
        ["official-statement"]
    );
}

#[test]
fn a_relative_clause_after_a_body_is_no_part_of_its_name() {
    let body = "Researchers at Contoso, which first identified the Blue Finch group in 2023, said the hackers had grown more careful.";
    assert_eq!(source_texts(body), ["Researchers at Contoso"]);
    assert_eq!(canonical(body, 1), "Researchers at Contoso");
    // A person's apposition still names the person.
    assert_eq!(
        canonical(
            "Ms Hollis, who chairs the transport committee, said the plan was dead.",
            1
        ),
        "Hollis"
    );
}

#[test]
fn a_document_modified_by_a_participle_concludes() {
    assert_eq!(
        source_texts("A Dutch intelligence assessment prepared for parliament concluded that the drones had a range of 600 km."),
        ["A Dutch intelligence assessment"]
    );
}

#[test]
fn the_document_is_the_document_cited_last() {
    let body = "A Dutch intelligence assessment concluded that the drones were Iranian.\n\nAccording to the document, at least 12 shipments were stopped.";
    assert_eq!(
        tag_names(&annotate(body)[2]),
        ["intelligence", "official-estimate"]
    );
    // Officials are the people cited, not the assessment cited since.
    let body = "Two Dutch intelligence officials said the drones were Iranian.\n\nA Dutch intelligence assessment concluded that they had a range of 600 km.\n\nOne of the officials said sanctions were likely.";
    assert_eq!(canonical(body, 3), "Dutch intelligence officials");
}

#[test]
fn intelligence_a_speaker_was_briefed_on_speaks_through_them() {
    assert_eq!(
        tags("A Dutch official, briefed on the intelligence, said the shipments had slowed."),
        ["intelligence", "official-statement"]
    );
    assert_eq!(
        tags("A Dutch official, briefed on the talks, said the shipments had slowed."),
        ["official-statement"]
    );
}

#[test]
fn a_post_abroad_is_not_the_place_or_body_it_sits_at() {
    let body = "Ruritania's mission to the United Nations rejected the claims.";
    assert_eq!(
        canonical(body, 1),
        "Ruritania's mission to the United Nations"
    );
    let body = "Ruritania's ambassador to Britain said the claims were false.";
    assert_eq!(canonical(body, 1), "Ruritania's ambassador to Britain");
}

#[test]
fn one_lexicon_entity_per_outlet() {
    assert_eq!(
        canonical("Le Figaro said the plan would fail.", 1),
        "Le Figaro"
    );
    assert_eq!(
        canonical("Le Monde said the plan would fail.", 1),
        "Le Monde"
    );
    assert_eq!(
        canonical("Radio Pyongyang said the drills were a provocation.", 1),
        "Voice of Korea"
    );
    assert_eq!(
        canonical(
            "The Korean Central Broadcasting Station said the drills were a provocation.",
            1
        ),
        "Korean Central Broadcasting Station"
    );
}

#[test]
fn a_lower_case_state_word_makes_a_body_the_states() {
    assert_eq!(
        tags("Prices rose 4.2% in May, the national statistics institute said."),
        vec!["official-estimate"]
    );
    assert_eq!(
        tags("The government institute said exports would rise by 10%."),
        vec!["official-estimate"]
    );
    // A country's possessive alone is not the state's: a private institute.
    assert_eq!(
        tags("Germany's Ifo institute said business confidence rose to 89.3."),
        vec!["other-source"]
    );
    assert_eq!(
        tags("The Halden Institute said prices would rise by 10%."),
        vec!["other-source"]
    );
}

#[test]
fn a_document_noun_after_an_adjective_is_no_verb() {
    // "in a separate report": the noun of a prepositional phrase, not a
    // verb whose subject is "a similar conclusion".
    assert!(tags("The agency reached a similar conclusion in a separate report.").is_empty());
    assert!(tags("The ministry gave its figures in an earlier report.").is_empty());
    assert_eq!(
        tags("Residents report that the water is rising."),
        vec!["other-source"]
    );
}

#[test]
fn federations_consortia_and_chartered_institutes_are_no_state_bodies() {
    assert_eq!(
        sources(
            "Ilse Brandt, president of the Netherlands Federation of Florists, said sales fell."
        ),
        vec![("Ilse Brandt".to_string(), "organization".to_string())]
    );
    assert_eq!(
        tags("The Royal Caledonian Institute said the drones were Iranian."),
        vec!["other-source"]
    );
    // A demonym before a body's name is a word of the name, not a title
    // before a person's.
    assert_eq!(
        canonical("The Irish Retail Consortium said prices rose.", 1),
        "Irish Retail Consortium"
    );
    assert_eq!(
        canonical("The Danish Shipping Forum said rates rose.", 1),
        "Danish Shipping Forum"
    );
}

#[test]
fn a_closing_attribution_ends_the_content_of_a_cue_before_it() {
    let body = "Ruritanian spy agencies have concluded that the ferry was sunk by a mine, \
                two officials familiar with the findings said on Friday.";
    let text = format!("Headline\n{body}\n");
    let s = Annotator::new(Lexicon::builtin()).annotate(&text);
    // The officials' "two" is no figure the agencies concluded.
    assert_eq!(tag_names(&s[1]), vec!["intelligence", "official-statement"]);
    let c = s[1].evidence[0].content.expect("a content span");
    assert_eq!(&text[c.start..c.end], "that the ferry was sunk by a mine");
    // A clause of its own after the second source: the first content goes
    // on ("the survey found that, when asked, 65 percent said ...").
    assert_eq!(
        tags("The study found that, when asked, most respondents said the law was unfair."),
        vec!["other-source"]
    );
}

#[test]
fn a_judgement_is_a_later_assessment_of_its_author() {
    let body =
        "Ruritanian intelligence agencies have concluded that the ferry was sunk by a mine. \
                The assessment, which was shared with lawmakers, found no sign of a torpedo.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), vec!["intelligence"]);
    let body = "The audit commission found that the airline had hidden its losses. \
                The findings were sent to parliament. \
                The conclusion said the board was to blame.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[3]), vec!["official-statement"]);
}

#[test]
fn the_officials_are_the_officials_cited_before_the_agencies_they_describe() {
    let body = "Two Ruritanian officials said the ferry was sunk. \
                Ruritanian spy agencies believe that a mine was used. \
                One of the officials said the navy had been warned.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[3]), vec!["official-statement"]);
    // A person the noun describes is still the last one cited: "the
    // official" after an intelligence analyst is the analyst.
    let body = "Another Ruritanian official said the strike had killed the commander. \
                A Ruritanian intelligence analyst said the group was split. \
                But the official cautioned that the group remained strong.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[3]), vec!["intelligence"]);
}

#[test]
fn a_european_diplomat_is_an_official() {
    assert_eq!(
        tags("A senior European diplomat said the talks had stalled."),
        vec!["official-statement"]
    );
    // "Europe" alone is no state: a company's branch keeps its kind.
    assert_eq!(
        sources("Anna Lind, spokeswoman for Lycos Europe, said spam was cheap.")[0].1,
        "organization"
    );
}

#[test]
fn a_verb_form_after_an_article_is_a_word_of_the_phrase() {
    // "state" is also a verb of speech: after "the" it describes a body.
    assert_eq!(
        sources("The state water agency said the reservoirs were full."),
        vec![("The state water agency".to_string(), "official".to_string())]
    );
    assert_eq!(
        tags("According to the state weather agency, 490 litres of rain fell."),
        vec!["official-estimate"]
    );
    assert_eq!(
        tags("The state agency said the reservoirs were full."),
        vec!["official-statement"]
    );
    assert_eq!(
        tags("According to a published report, the bank will be sold."),
        vec!["other-source"]
    );
}

#[test]
fn a_name_after_a_state_bodys_noun_is_that_bodys() {
    assert_eq!(
        sources("According to the weather agency MEKTA, 490 litres of rain fell.")[0].1,
        "official"
    );
    assert_eq!(
        tags("The statistics office RSTAT said prices rose 3%."),
        vec!["official-estimate"]
    );
    // A trade's agency is a company.
    assert_eq!(
        sources("The advertising agency KLMN said sales rose.")[0].1,
        "organization"
    );
}

#[test]
fn a_name_in_commas_after_a_role_holds_it_cited_or_not() {
    let body = "The interior minister, Maria Jose Catala, visited the flooded town. \
                Catala said the dikes had held.";
    assert_eq!(tag_names(&annotate(body)[2]), vec!["official-statement"]);
    let body = "The mayor of Lyon, Anne Berthier, visited the flooded town. \
                Berthier said the dikes had held.";
    assert_eq!(tag_names(&annotate(body)[2]), vec!["official-statement"]);
    // The body the role is of gives the kind ...
    let body = "The president of the union, John Smith, visited the plant. \
                Smith said the plant would stay open.";
    assert_eq!(annotate(body)[2].sources[0].kind.as_str(), "organization");
    // ... and a role a club or a company may have, with none named, none.
    let body = "Their president, Gustavo Parente, visited the ground. \
                Parente said the player would stay.";
    assert_eq!(annotate(body)[2].sources[0].kind.as_str(), "person");
    // Not inside a clause: "a statement by another adviser, X, that ...".
    let body = "He did not challenge a statement by another adviser to the minister, \
                Carl Page, that he had met the envoy. Page said nothing.";
    assert_eq!(annotate(body)[2].sources[0].kind.as_str(), "person");
}

#[test]
fn the_subject_of_a_short_predicate_before_a_colon_speaks_the_quote() {
    assert_eq!(
        tags("The opposition leader, Ana Ruiz, was scathing: \"He has lost the trust of the people.\""),
        vec!["official-statement"]
    );
    assert_eq!(
        tags("The minister was more blunt: \"This is a disgrace.\""),
        vec!["official-statement"]
    );
    // A phrase after "was" is no stance: "The contest is on the theme:".
    assert!(tags("The minister was on the theme: \"Tourism, the heart of Ghana.\"").is_empty());
    assert!(tags("The answer was simple: \"We need more money.\"").is_empty());
}

#[test]
fn one_list_of_state_words_makes_an_unnamed_agency_the_states() {
    // "federal" and "national" count before "agency" as they do before
    // "institute".
    assert_eq!(
        tags("Retail sales rose to 12.2 billion dlrs in February, the federal agency said."),
        vec!["official-estimate"]
    );
    assert_eq!(
        tags("The government-run institute said exports would rise by 10%."),
        vec!["official-estimate"]
    );
}

#[test]
fn a_country_describes_its_service_in_lower_case() {
    // "<Country>'s <name in lower case>": the country's listed body, by
    // any of the country's names (not only the one a list writes).
    let s = annotate("Ukraine's security service said it had detained a man.");
    assert_eq!(tag_names(&s[1]), vec!["intelligence"]);
    assert_eq!(
        s[1].sources[0].canonical.as_deref(),
        Some("Security Service of Ukraine")
    );
    let s = annotate("Britain's security service said the plot had been foiled.");
    assert_eq!(tag_names(&s[1]), vec!["intelligence"]);
    assert_eq!(
        s[1].sources[0].canonical.as_deref(),
        Some("Security Service")
    );
    // A demonym takes no possessive, and a lower-case phrase without a
    // country stays unlisted.
    assert_eq!(
        canonical("The security service said it had detained six people.", 1),
        "security service"
    );
}

#[test]
fn its_document_belongs_to_the_body_its_sentence_opens_with() {
    let body = "Norwegian military intelligence reached a similar conclusion in its annual \
                threat assessment. The assessment said attacks were likely.";
    let s = annotate(body);
    assert_eq!(tag_names(&s[2]), vec!["intelligence"]);
    assert_eq!(
        s[2].sources[0].canonical.as_deref(),
        Some("Norwegian military intelligence")
    );
    // Not when another body stands between ("a court confirmed its plan":
    // the plan is the company's, which no list names).
    let body = "Acme Widgets said a U.S. Bankruptcy Court confirmed its reorganization plan. \
                The plan calls for the sale of most of its assets.";
    assert!(!tag_names(&annotate(body)[2]).contains(&"official-statement"));
}

#[test]
fn a_countrys_agency_in_lower_case_is_the_states_unless_a_trade_has_it() {
    // A country's possessive opens the phrase as "the" does ("the weather
    // agency said").
    assert_eq!(
        tags("Spain's weather agency said more rain was expected."),
        vec!["official-statement"]
    );
    assert_eq!(
        sources("Kenya's wildlife agency said the lion had been shot.")[0].1,
        "official"
    );
    assert_eq!(
        sources("Japan's biggest advertising agency said sales rose.")[0].1,
        "organization"
    );
}

#[test]
fn a_document_noun_before_a_bodys_head_names_the_body() {
    // "statistics" before "agency" is no document the country owns: the
    // agency speaks, named as the text names it.
    assert_eq!(
        source_texts("Brazil's statistics agency said inflation slowed."),
        vec!["Brazil's statistics agency"]
    );
    assert_eq!(
        canonical(
            "Inflation fell, the bloc's statistics office Eurostat said.",
            1
        ),
        "Eurostat"
    );
    // "Brazil's statistics show": the country's figures.
    assert_eq!(
        source_texts("Brazil's statistics show inflation slowed."),
        vec!["Brazil"]
    );
}

#[test]
fn a_body_the_article_calls_a_non_state_group_speaks_as_one() {
    // The apposition outweighs the body's noun: a council, committee or
    // commission called an opposition group, a rights group or a think
    // tank is no state body, there and wherever the article names it again.
    let body = "The Democratic Council, an opposition umbrella group, said talks had failed. \
                \"No deal,\" said Ali Hamid of the Democratic Council.";
    assert_eq!(tags_at(body, 1), ["other-source"]);
    assert_eq!(tags_at(body, 2), ["other-source"]);
    assert_eq!(
        tags("The Supreme Committee, the main opposition bloc, rejected the plan."),
        ["other-source"]
    );
    assert_eq!(
        tags("The Reform Commission, an independent think tank, said costs would rise."),
        ["other-source"]
    );
    let body = "The Fair Tax Commission, a campaign group, said the rates were unfair. \
                \"They must fall,\" said Ali Hamid of the Fair Tax Commission.";
    assert_eq!(tags_at(body, 2), ["other-source"]);
    assert_eq!(
        tags(
            "Mohammed Ali, a spokesman for the Higher Negotiations Committee, the main \
             opposition body, said the plan was dead."
        ),
        ["other-source"]
    );
    // Not a group: one of people, one that is another's, or a group noun
    // that modifies the next word or is the subject of its own verb.
    let body = "The National Security Council, a group of senior officials, met on Monday. \
                \"We are ready,\" said a member of the National Security Council.";
    assert_eq!(tags_at(body, 2), ["official-statement"]);
    let body = "Michio Watanabe, a Nakasone faction leader, met the envoy. \
                Michio Watanabe said the vote would pass.";
    assert_eq!(tags_at(body, 2), ["official-statement"]);
}

#[test]
fn a_leaders_supporter_holds_no_office_of_theirs() {
    // An office-holder's name before a noun of someone for or against them ("a Trump
    // supporter", "a Putin critic") says whose side a person is on, not
    // where they work; "a Trump aide" still works for him.
    let body = "The panel released testimony of Erik Prince, a Trump supporter. \
                Prince denied such a plan.";
    assert_eq!(tags_at(body, 2), ["other-source"]);
    let body = "The court heard from Lena Ivanova, a longtime Putin critic. \
                Ivanova said the charges were invented.";
    assert_eq!(tags_at(body, 2), ["other-source"]);
    let body = "The panel released testimony of Erik Prince, a Trump aide. \
                Prince denied such a plan.";
    assert_eq!(tags_at(body, 2), ["official-statement"]);
}

#[test]
fn files_dossiers_cables_and_diaries_are_documents() {
    assert_eq!(
        tags("The files reveal that the company paid the officials."),
        ["other-source"]
    );
    assert_eq!(
        tags("Buyers stopped paying, according to files posted to a code-sharing site."),
        ["other-source"]
    );
    assert_eq!(
        tags("The dossier claims that the firm hid its losses."),
        ["other-source"]
    );
    // The verb is no document.
    assert!(tags("Iran files a complaint with the UN over the strike.").is_empty());
}

#[test]
fn a_name_after_the_head_of_a_body_cited_by_title_is_the_head() {
    // "The head of X" names an office by its title as "X's head" does: the
    // full name cited next is its holder.
    let body = "The head of Germany's domestic intelligence agency warned of sabotage. \
                Thomas Haldenwang said Russia was recruiting agents online.";
    assert_eq!(tags_at(body, 2), ["intelligence", "official-statement"]);
    // The head of a body no state owns holds no office.
    let body = "The head of the dockers' union warned of strikes. \
                John Marsh said the talks had failed.";
    assert_eq!(tags_at(body, 2), ["other-source"]);
}

#[test]
fn an_intelligence_services_belief_is_its_assessment() {
    // "The assessment" after a service's belief is the service's, as after
    // its conclusion; a belief of anyone else writes no assessment.
    let body = "Western intelligence officials believe that the strike was ordered by Moscow. \
                The assessment, shared with allies last week, says the unit was based in Crimea.";
    assert_eq!(tags_at(body, 2), ["intelligence"]);
    let body = "Local residents believe that the fire was set on purpose. \
                The assessment, shared with allies last week, says the unit was based in Crimea.";
    assert_eq!(tags_at(body, 2), ["other-source"]);
}

#[test]
fn an_outlets_owner_named_in_passing_is_not_what_the_outlet_noun_means() {
    // "the tabloid" is the outlet the story cites, not the paper named as
    // its owner after it.
    let body = "The Global Times, a tabloid run by the People's Daily, said the sanctions \
                would fail. The tabloid said in an editorial that Washington was bluffing.";
    assert_eq!(canonical(body, 2), "Global Times");
    // An outlet the story turns to is still the one meant.
    let body = "The Global Times said the sanctions would fail. The People's Daily \
                ran a front-page story on Monday. The newspaper said talks were over.";
    assert_eq!(canonical(body, 3), "People's Daily");
}

#[test]
fn an_apposition_between_dashes_reads_like_one_between_commas() {
    // The subject stands before the dashes, single, doubled or long.
    assert_eq!(
        sources(
            "The minister — a close ally of the president — told reporters the talks had failed."
        ),
        [("The minister".to_string(), "official".to_string())]
    );
    assert_eq!(
        tags("Abrams -- the highest-ranking member of the administration to testify -- said he did not remember the flight."),
        ["official-statement"]
    );
    // A former post in the aside holds no office now.
    assert_eq!(
        sources("Jones - a former CIA officer - said the agency knew."),
        [("Jones".to_string(), "person".to_string())]
    );
    // An aside inside a clause, or a list with no source before it, is no
    // subject's apposition.
    assert!(tags(
        "A flight attendant fired over images on her blog - web diary - says she will sue."
    )
    .is_empty());
    assert!(tags("The trilogy - Northern Lights, The Subtle Knife and The Amber Spyglass - tell the story of Lyra.").is_empty());
    // Nor is the phrase before a verb whose subject follows it.
    assert!(tags("Her roommates order food delivery – even from the cafeteria – said the 22 year old, who studies in Zhuhai.")
        .iter()
        .all(|t| *t != "official-statement"));
}

#[test]
fn a_former_post_in_an_apposition_is_one_office_with_its_body() {
    // "a former CIA officer": the service and the role are one post, and
    // it is past.
    assert_eq!(
        sources("Jones, a former CIA officer, said the agency knew."),
        [("Jones".to_string(), "person".to_string())]
    );
    // A current post after a body keeps its kind.
    let body = "Istvan Kovacs, a senior Finance Ministry official responsible for the draft, \
                said the law would pass.";
    assert_eq!(tags(body), ["official-statement"]);
}

#[test]
fn a_document_an_apposition_names_speaks_for_its_author() {
    let body = "A second document, an affidavit from an agent of the U.S. Department of \
                Homeland Security, alleges the suspect used a false name.";
    assert_eq!(tags(body), ["official-statement"]);
    // An apposition that names no document leaves the document alone.
    let body = "But an opinion poll, held in the French-speaking part of the country, \
                showed a majority favoured joining.";
    assert_eq!(tags(body), ["other-source"]);
}

#[test]
fn a_listed_state_body_is_no_company_in_an_apposition() {
    // "Development Bank" ends like a company's name, but the lexicon lists
    // the body as intergovernmental.
    let body = "Maria Lopez, president of the Inter-American Development Bank, says credit \
                is tightening. Lopez, a former adviser to the president, also warns of risks.";
    assert_eq!(tags_at(body, 1), ["official-statement"]);
    assert_eq!(tags_at(body, 2), ["official-statement"]);
}

#[test]
fn only_a_story_frame_sets_a_sentence_in_fiction() {
    // An actor or a film named in the news leaves the sentence's sources
    // alone.
    assert_eq!(
        tags("The actress has died at the age of 92, state media reported Monday."),
        ["state-media"]
    );
    assert_eq!(
        tags("The film was banned last week, the state news agency said."),
        ["state-media"]
    );
    // A story's frame or a made-up person does set it in fiction.
    assert!(tags("In the novel, the state news agency reports that the war is over.").is_empty());
    assert!(tags("His character, a KGB agent, says the war is lost.").is_empty());
}

#[test]
fn an_official_quoted_by_or_in_state_media_speaks_through_it() {
    // The official speaks and the outlet carried the words: both tags.
    assert_eq!(
        tags("The rules are unfair, an official quoted by the state news agency said."),
        ["state-media", "official-statement"]
    );
    assert_eq!(
        tags("The rules are unfair, an official quoted in the state-run China Daily said."),
        ["state-media", "official-statement"]
    );
    let body = "\"Prices are too high,\" said Wang Li, an official from the city's pricing \
                bureau quoted in the state-run China Daily newspaper.";
    assert!(tags(body).contains(&"state-media"));
    // Figures cited in a paper, and an unnamed broadcast another outlet
    // monitored, are no channel of a speaker.
    assert!(tags("The data were cited in the Financial Times.").is_empty());
    let body = "A Foreign Ministry spokesman, quoted in a broadcast monitored by the BBC, \
                said the reports were baseless.";
    assert_eq!(tags(body), ["official-statement"]);
}

#[test]
fn a_name_the_article_uses_as_a_companys_is_an_organization() {
    // "Texaco said its ...", "Dome, which ...", "Kodak Co": a later bare
    // name is the company's.
    let body = "Texaco said its profits fell in the quarter. Texaco said the court had erred.";
    assert_eq!(annotate(body)[2].sources[0].kind.as_str(), "organization");
    let body = "Dome, which owns the field, said output rose. Dome said prices fell.";
    assert_eq!(annotate(body)[2].sources[0].kind.as_str(), "organization");
    // A person with an honorific stays one, and a listed place is no
    // company ("North Korea, which ...").
    let body = "Mr Ford said his plan would work. Ford added that costs were rising.";
    assert_eq!(annotate(body)[2].sources[0].kind.as_str(), "person");
    let body = "North Korea, which tested a missile, was condemned. \
                A defector from the North told reporters that Kim was ill.";
    assert_ne!(annotate(body)[2].sources[0].kind.as_str(), "organization");
}

#[test]
fn a_publishers_products_are_no_content() {
    // (Quebecor is a company here: "Quebecor said its ...".)
    let body = "Quebecor said its revenue rose. Quebecor already publishes three daily newspapers.";
    assert!(tags_at(body, 2).is_empty());
    let body =
        "Quebecor said its revenue rose. It also publishes speciality books under four imprints.";
    assert!(tags_at(body, 2).is_empty());
    // A document it published still speaks.
    assert_eq!(
        tags("The ministry published figures showing 300 deaths."),
        ["official-estimate"]
    );
}

#[test]
fn a_bare_spokesman_after_a_company_speaks_for_the_company() {
    // No body in the phrase: the company the story cited last.
    let body = "Midland Bank Plc said it would close the unit. \
                A spokesman said 40 jobs would go.";
    assert_eq!(tags_at(body, 2), ["other-source"]);
    // After a state body, or with a body of its own, the role keeps it.
    let body = "The Interior Ministry said it would close the camp. \
                A spokesman said 40 people had left.";
    assert_eq!(tags_at(body, 2), ["official-estimate"]);
    let body = "Midland Bank Plc said it would close the unit. \
                A spokesman for the port authority said the order came from the navy.";
    assert_eq!(tags_at(body, 2), ["official-statement"]);
}

#[test]
fn that_after_a_body_or_its_document_relates_to_it() {
    // "that" right after a listed body, or a document it names, is the
    // subject of the reporting verb after it.
    assert_eq!(
        tags("Lawmakers saw an MI5 memo that said the plot was advanced."),
        ["intelligence"]
    );
    assert_eq!(
        tags("The senator cited a CIA study that concluded the ships were unsafe."),
        ["intelligence", "official-statement"]
    );
    assert_eq!(
        tags("The firm settled charges with the Securities and Exchange Commission that alleged it misled investors."),
        ["official-statement"]
    );
    // Not after another noun, not a verb that acts or describes.
    assert!(
        !source_texts("Analysts praised companies that report improvements.")
            .iter()
            .any(|s| s.contains("companies"))
    );
    assert!(tags("The group that published emails was fined.").is_empty());
    assert!(tags("Investors checked an SEC record that shows the trades.").is_empty());
}

#[test]
fn a_figures_noun_inside_a_capitalised_name_is_part_of_the_name() {
    // "Data" in "Control Data Corp" names a company, not unowned figures.
    assert_eq!(
        tags("Acme Data Corp said it expects earnings to rise."),
        ["other-source"]
    );
    assert_eq!(
        source_texts("Acme Data Corp said it expects earnings to rise."),
        ["Acme Data Corp"]
    );
    // Figures at the start of a sentence stay figures, owned or not.
    assert_eq!(
        tags("Data from the ministry showed exports fell."),
        ["official-statement"]
    );
    assert!(tags("The data showed exports fell.").is_empty());
}

#[test]
fn an_office_after_a_companys_possessive_is_the_companys() {
    // A company no list holds: by its suffix, or by the article's use.
    assert_eq!(
        tags("Acme Corp's spokesman said sales would rise."),
        ["other-source"]
    );
    let body = "Control Data Corp said it would grow. \
                Control Data's vice president said sales would rise.";
    assert_eq!(tags_at(body, 2), ["other-source"]);
    // Not a person's or a country's office, not a court.
    assert_eq!(
        tags("Putin's spokesman said the talks failed."),
        ["official-statement"]
    );
    assert_eq!(
        tags("Germany's president said the talks failed."),
        ["official-statement"]
    );
    let body = "Storage Technology Corp said it would appeal. \
                Storage Technology's bankruptcy court ruled that it owed taxes.";
    assert_eq!(tags_at(body, 2), ["official-statement"]);
    // "Bank" or "Center" after a name does not make it a company's.
    let body = "The Puerto Rico Center for Journalism published the chats. \
                Ricardo Rossello, Puerto Rico's governor, announced his resignation.";
    assert_eq!(tags_at(body, 2), ["official-statement"]);
}

#[test]
fn a_name_ending_in_s_before_a_verb_of_speech_is_its_subject() {
    // Not "Moody is said": a rating agency speaking.
    assert_eq!(
        tags("Moody's said the outlook for the bank was stable."),
        ["other-source"]
    );
    assert_eq!(
        source_texts("Standard and Poor's added that the rating could fall."),
        ["Standard and Poor's"]
    );
    // "China's said" contracts "has".
    assert_eq!(
        tags("China's said it would retaliate against the tariffs."),
        ["official-statement"]
    );
    // Passives stay passives (hedges, no source).
    assert!(annotate("It's said that the outlook was stable.")[1]
        .sources
        .is_empty());
    assert!(annotate("Kim's said to be ill.")[1].sources.is_empty());
}

#[test]
fn places_and_an_opening_capital_before_an_unlisted_noun_describe_a_speaker() {
    // A place or a sentence's first word capitalised before a common noun
    // no list holds: someone of no known kind, as with a demonym.
    assert_eq!(
        tags("U.S. exporters said the tender was cancelled."),
        ["other-source"]
    );
    assert_eq!(
        tags("Wine makers said the support did not go far enough."),
        ["other-source"]
    );
    // The object of a participle is no speaker.
    assert!(source_texts(
        "The committees investigating the Iran arms scandal said they would review the tapes."
    )
    .iter()
    .all(|s| !s.contains("scandal")));
}

#[test]
fn an_owners_pronoun_determines_an_unlisted_speaker() {
    assert_eq!(
        tags("The singer died on Saturday, her agent said."),
        ["other-source"]
    );
    assert_eq!(
        source_texts("The film will open in May, its distributor has said."),
        ["its distributor"]
    );
    // A pronoun alone before an act is still nothing.
    assert!(tags("Her agent booked a flight to Paris.").is_empty());
}

#[test]
fn since_after_an_auxiliary_and_however_between_commas_stand_between_subject_and_verb() {
    assert_eq!(
        tags("Saudi Arabia has since said that aid can go through the ports."),
        ["official-statement"]
    );
    assert_eq!(
        tags("Traders in the region, meanwhile, said the pact would hold."),
        ["other-source"]
    );
    // A participle after the commas stays with the clause before them.
    assert_eq!(
        source_texts(
            "Analysts questioned this explanation, however, arguing that no approval was needed."
        ),
        ["Analysts"]
    );
}
