"""Rules of attribution and reported speech on parses written by hand: no statistical model.

Each sentence is given as `word|TAG|head|dep` items, heads as indices into the sentence,
so that a rule is checked on the tree it is written for, whatever a model would make of it.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from quotex.attribution.reported import STRATEGY_NAMES, reported_clauses, select_strategies
from quotex.attribution.rules import RULE_NAMES, RULES, select_rules
from quotex.attribution.statements import find_statements
from quotex.lexicon import Grammar, LexiconError, default_lexicon
from quotex.parse.context import SpeechEvent, is_title_case
from quotex.parse.syntax import speaker_head
from quotex.pipeline.components import QuoteFinder, TagMapper

LEXICON = default_lexicon()
VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, punctuation)


def parse(spec: str) -> Doc:
    items = [item.split("|") for item in spec.split()]
    words, tags, heads, deps = zip(*items, strict=False)
    doc = Doc(VOCAB, words=list(words), tags=list(tags), heads=[int(h) for h in heads], deps=list(deps))
    return TagMapper(LEXICON)(doc)


def clauses(doc: Doc, cue: int, speaker: int) -> list[str]:
    mention = doc[speaker : speaker + 1]
    event = SpeechEvent(doc[cue : cue + 1], mention)
    return [span.text for span in reported_clauses(event, [False] * len(doc), LEXICON)]


def test_an_interrupting_attribution_gives_both_parts() -> None:
    doc = parse(
        "The|DT|1|det pier|NN|7|nsubj ,|,|4|punct Lane|NNP|4|nsubj said|VBD|7|parataxis ,|,|4|punct "
        "will|MD|7|aux close|VB|7|ROOT soon|RB|7|advmod .|.|7|punct"
    )
    assert clauses(doc, cue=4, speaker=3) == ["The pier", "will close soon"]


def test_an_as_clause_with_a_reporting_verb() -> None:
    doc = parse(
        "As|IN|2|mark Lane|NNP|2|nsubj noted|VBD|6|advcl ,|,|6|punct the|DT|5|det pier|NN|6|nsubj "
        "closed|VBD|6|ROOT early|RB|6|advmod .|.|6|punct"
    )
    assert clauses(doc, cue=2, speaker=1) == ["the pier closed early"]


def test_an_as_clause_of_speaking_alone_reports_nothing() -> None:
    doc = parse(
        "As|IN|2|mark Lane|NNP|2|nsubj spoke|VBD|6|advcl ,|,|6|punct the|DT|5|det crowd|NN|6|nsubj "
        "left|VBD|6|ROOT quietly|RB|6|advmod .|.|6|punct"
    )
    assert clauses(doc, cue=2, speaker=1) == []


def test_a_that_clause_hung_from_the_listener() -> None:
    doc = parse(
        "Lane|NNP|1|nsubj told|VBD|1|ROOT pilots|NNS|1|dobj that|IN|6|mark the|DT|5|det bay|NN|6|nsubj "
        "froze|VBD|2|relcl .|.|1|punct"
    )
    assert clauses(doc, cue=1, speaker=0) == ["the bay froze"]


def test_a_that_clause_under_a_report_denied_is_not_said() -> None:
    doc = parse(
        "Lane|NNP|1|nsubj denied|VBD|1|ROOT reports|NNS|1|dobj that|IN|6|mark the|DT|5|det bay|NN|6|nsubj "
        "froze|VBD|2|acl .|.|1|punct"
    )
    assert clauses(doc, cue=1, speaker=0) == []


def test_a_sentence_ending_with_its_attribution() -> None:
    doc = parse("Fares|NNS|5|nsubj to|TO|2|aux double|VB|0|acl ,|,|5|punct council|NN|5|nsubj says|VBZ|5|ROOT")
    assert clauses(doc, cue=5, speaker=4) == ["Fares to double"]


def test_a_circumstance_before_the_attribution_is_not_content() -> None:
    doc = parse("Yesterday|NN|3|npadvmod ,|,|3|punct Lane|NNP|3|nsubj said|VBD|3|ROOT .|.|3|punct")
    assert clauses(doc, cue=3, speaker=2) == []


def test_of_two_complements_the_one_after_the_cue() -> None:
    doc = parse(
        "Lane|NNP|1|nsubj said|VBD|7|ccomp the|DT|3|det bay|NN|4|nsubj froze|VBD|1|ccomp ;|:|7|punct "
        "Ames|NNP|7|nsubj said|VBD|7|ROOT the|DT|9|det bay|NN|10|nsubj thawed|VBD|7|ccomp .|.|7|punct"
    )
    assert clauses(doc, cue=7, speaker=6) == ["the bay thawed"]


def test_a_day_after_the_cue_is_never_the_speaker() -> None:
    doc = parse(
        '"|``|8|punct We|PRP|2|nsubj win|VBP|8|ccomp ,|,|2|punct "|\'\'|2|punct '
        "Chief|NNP|7|compound Dana|NNP|7|compound Lee|NNP|2|appos said|VBD|8|ROOT Monday|NNP|8|npadvmod .|.|8|punct"
    )
    assert speaker_head(doc[8]).text == "Monday"  # what the parse alone suggests
    assert speaker_head(doc[8], time_words=LEXICON.time_words).text == "Lee"


def test_the_it_of_as_someone_put_it_is_no_speaker() -> None:
    # `As Isadora Quarrender, …, put it, "The council waits."` with the name parsed as the object
    # of `as`, the cue hung on the quoted clause, and `it` left where an inverted subject stands
    # (`"…," said the minister`).
    doc = parse(
        "As|IN|4|mark Isadora|NNP|2|compound Quarrender|NNP|0|pobj ,|,|4|punct put|VBD|9|advcl it|PRP|4|dobj "
        ",|,|9|punct the|DT|8|det council|NN|9|nsubj waits|VBZ|9|ROOT .|.|9|punct"
    )
    quoted = [False] * 7 + [True] * 4
    head = speaker_head(doc[4], quoted)
    assert head is not None and head.text == "Quarrender"


# --- the rules as declared: their registry, their order, their settings --------------------


def quoted_doc() -> Doc:
    """`"We will win it all," Lee said.` with its quotation found."""
    words = ['"', "We", "will", "win", "it", "all", ",", '"', "Lee", "said", "."]
    spaces = [False, True, True, True, True, False, False, True, True, False, False]
    tags = ["``", "PRP", "MD", "VB", "PRP", "RB", ",", "''", "NNP", "VBD", "."]
    heads = [3, 3, 3, 9, 3, 3, 3, 3, 9, 9, 9]
    deps = ["punct", "nsubj", "aux", "ccomp", "dobj", "advmod", "punct", "punct", "nsubj", "ROOT", "punct"]
    doc = Doc(VOCAB, words=words, spaces=spaces, tags=tags, heads=heads, deps=deps)
    return QuoteFinder()(TagMapper(LEXICON)(doc))


def test_every_rule_is_declared_once_with_its_settings() -> None:
    assert len(set(RULE_NAMES)) == len(RULES)
    assert select_rules() == RULES


def test_the_rules_are_tried_in_the_order_given() -> None:
    chosen = select_rules(["continuation", "cue_after"])
    assert [rule.name for rule in chosen] == ["continuation", "cue_after"]


def test_an_unknown_rule_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="no_such_rule"):
        select_rules(["cue_after", "no_such_rule"])


def test_rules_left_out_attribute_nothing() -> None:
    doc = quoted_doc()
    [statement] = find_statements(doc, list(doc.spans["quotes"]), LEXICON, indirect=False)
    assert (statement.speaker, statement.cue.text, statement.resolution) == ("Lee", "said", "explicit")
    [alone] = find_statements(doc, list(doc.spans["quotes"]), LEXICON, indirect=False, rules=["name_after"])
    assert (alone.speaker, alone.cue, alone.resolution) == (None, None, "none")
    assert alone.confidence < statement.confidence


def test_reported_speech_strategies_are_chosen_by_name() -> None:
    doc = parse("Fares|NNS|5|nsubj to|TO|2|aux double|VB|0|acl ,|,|5|punct council|NN|5|nsubj says|VBZ|5|ROOT")
    event = SpeechEvent(doc[5:6], doc[4:5])
    assert [s.text for s in reported_clauses(event, [False] * len(doc), LEXICON, select_strategies(["complement"]))] == []
    assert STRATEGY_NAMES[-1] == "before_the_comma"
    with pytest.raises(ValueError, match="guess"):
        select_strategies(["guess"])


def test_a_grammar_without_an_entry_names_what_is_missing() -> None:
    # a user's grammar.tsv takes the shipped entries it lacks (test_lexicon); the entries read
    # together must still hold every required one
    with pytest.raises(LexiconError, match="grammar.tsv: no entry for according_to"):
        Grammar.from_entries({"complementizer": ["that"]}, "grammar.tsv")


@pytest.mark.parametrize(
    "line, headline",
    [
        ("Ferry Union Corners Minister Over Harbour Cuts", True),
        ("Mayor Vows to Rebuild the Pier Before Winter.", True),
        ("French Minister Jeanne Dupont met Spanish Minister Pablo Ferrer in Madrid.", False),
        ("Jane Doe", False),  # a name heading, not a headline
    ],
)
def test_a_headline_capitalises_every_word_but_the_minor_ones(line: str, headline: bool) -> None:
    assert is_title_case(line, LEXICON.grammar.title_minor_words) is headline


def test_a_verb_of_naming_gives_its_quoted_term_to_its_subject() -> None:
    words = ["Lee", "called", "the", "bill", '"', "a", "disgrace", '"', "."]
    spaces = [True, True, True, True, False, True, False, False, False]
    tags = ["NNP", "VBD", "DT", "NN", "``", "DT", "NN", "''", "."]
    heads = [1, 1, 3, 1, 6, 6, 1, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "det", "oprd", "punct", "punct"]
    doc = QuoteFinder()(TagMapper(LEXICON)(Doc(VOCAB, words=words, spaces=spaces, tags=tags, heads=heads, deps=deps)))
    [term] = find_statements(doc, list(doc.spans["quotes"]), LEXICON, indirect=False)
    assert (term.span.text, term.kind, term.speaker, term.cue.text) == ("a disgrace", "mixed", "Lee", "called")
    assert find_statements(doc, list(doc.spans["quotes"]), LEXICON, indirect=False, rules=["continuation"]) == []


def test_a_quotation_after_a_newly_named_person_is_theirs() -> None:
    words = ["Nadia", "Petrova", "disagrees", ".", '"', "We", "need", "homes", "first", ".", '"']
    spaces = [True, True, False, True, False, True, True, True, False, False, False]
    tags = ["NNP", "NNP", "VBZ", ".", "``", "PRP", "VBP", "NNS", "RB", ".", "''"]
    heads = [1, 2, 2, 2, 6, 6, 6, 6, 6, 6, 6]
    deps = ["compound", "nsubj", "ROOT", "punct", "punct", "nsubj", "ROOT", "dobj", "advmod", "punct", "punct"]
    doc = QuoteFinder()(TagMapper(LEXICON)(Doc(VOCAB, words=words, spaces=spaces, tags=tags, heads=heads, deps=deps)))
    [said] = find_statements(doc, list(doc.spans["quotes"]), LEXICON, indirect=False)
    assert (said.span.text, said.speaker, said.resolution) == ("We need homes first.", "Nadia Petrova", "continuation")


def test_a_proper_noun_taken_for_an_apposition_without_a_comma_goes_on_the_name() -> None:
    from quotex.parse.syntax import noun_phrase

    words = ["Principal", "Rosa", "Quintero-Lamb", "said", "so", "."]
    heads = [1, 3, 1, 3, 3, 3]
    deps = ["compound", "nsubj", "appos", "ROOT", "advmod", "punct"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=["PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"])
    assert noun_phrase(doc[1]).text == "Principal Rosa Quintero-Lamb"
    with_comma = Doc(VOCAB, words=["Rosa", ",", "Quintero", "said"], heads=[3, 0, 0, 3],
                     deps=["nsubj", "punct", "appos", "ROOT"], pos=["PROPN", "PUNCT", "PROPN", "VERB"])
    assert noun_phrase(with_comma[0]).text == "Rosa"


def test_a_cue_inside_quotation_marks_is_the_quoted_speakers_own() -> None:
    doc = parse(
        "I|PRP|2|nsubj should|MD|2|aux say|VB|2|ROOT that|IN|6|mark the|DT|5|det steel|NN|6|nsubj "
        "is|VBZ|2|ccomp late|JJ|6|acomp .|.|2|punct"
    )
    event = SpeechEvent(doc[2:3], doc[0:1])
    quoted = [True, True, True, False, False, False, False, False, False]  # a quotation that ends at its cue
    assert [s.text for s in reported_clauses(event, quoted, LEXICON)] == []
    assert clauses(doc, cue=2, speaker=0) == ["the steel is late"]

def test_a_name_with_its_description_before_the_cue_speaks_when_hung_on_the_quotation() -> None:
    # `"We need the mayor," Falk, a harbour official, said.` with the name parsed as an
    # apposition of a word inside the quotation.
    doc = parse(
        "“|``|2|punct We|PRP|2|nsubj need|VBP|12|ccomp the|DT|4|det mayor|NN|2|dobj ,|,|12|punct "
        "”|''|12|punct Falk|NNP|4|appos ,|,|7|punct a|DT|10|det official|NN|7|appos ,|,|12|punct "
        "said|VBD|12|ROOT .|.|12|punct"
    )
    quoted = [True] * 7 + [False] * 7
    head = speaker_head(doc[12], quoted)
    assert head is not None and head.text == "Falk"


def _manner_doc(subject: str, tag: str) -> Doc:
    """`"We will win it all," <subject> votes.` with the verb hung as an adverbial clause."""
    words = ['"', "We", "will", "win", "it", "all", ",", '"', subject, "votes", "."]
    spaces = [False, True, True, True, True, False, False, True, True, False, False]
    tags = ["``", "PRP", "MD", "VB", "PRP", "RB", ",", "''", tag, "VBZ", "."]
    heads = [3, 3, 3, 3, 3, 3, 3, 3, 9, 3, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "dobj", "advmod", "punct", "punct", "nsubj", "advcl", "punct"]
    doc = Doc(VOCAB, words=words, spaces=spaces, tags=tags, heads=heads, deps=deps)
    return QuoteFinder()(TagMapper(LEXICON)(doc))


def test_a_verb_of_manner_after_a_quotation_reports_it_unless_its_subject_is_relative() -> None:
    named = _manner_doc("Lee", "NNP")
    [statement] = find_statements(named, list(named.spans["quotes"]), LEXICON, indirect=False, rules=["manner_after"])
    assert (statement.speaker, statement.cue.text) == ("Lee", "votes")
    relative = _manner_doc("which", "WDT")
    [alone] = find_statements(relative, list(relative.spans["quotes"]), LEXICON, indirect=False, rules=["manner_after"])
    assert alone.cue is None


@pytest.mark.parametrize("dep", ["advmod", "npadvmod", "advcl"])
def test_a_name_taken_for_a_modifier_of_the_cue_is_its_subject(dep) -> None:
    doc = parse(
        f"Warden|NN|2|compound Ilka|NNP|2|compound Ostrova-Pell|NNP|3|{dep} said|VBD|3|ROOT the|DT|5|det "
        "dam|NN|6|nsubj held|VBD|3|ccomp .|.|3|punct"
    )
    assert clauses(doc, cue=3, speaker=2) == ["the dam held"]


def test_a_name_taken_for_a_modifier_beside_a_subject_is_no_speaker() -> None:
    doc = parse(
        "Ilka|NNP|1|compound Ostrova-Pell|NNP|3|advmod they|PRP|3|nsubj said|VBD|3|ROOT the|DT|5|det "
        "dam|NN|6|nsubj held|VBD|3|ccomp .|.|3|punct"
    )
    assert clauses(doc, cue=3, speaker=1) == []


def test_a_day_taken_for_a_modifier_of_the_cue_is_no_speaker() -> None:
    doc = parse(
        "Tuesday|NNP|5|npadvmod ,|,|5|punct Ostland|NNP|5|dep ,|,|5|punct then|RB|5|advmod asked|VBD|5|ROOT "
        "a|DT|7|det court|NN|5|dobj to|TO|9|aux act|VB|5|xcomp at|IN|9|prep once|RB|10|pcomp .|.|5|punct"
    )
    assert clauses(doc, cue=5, speaker=0) == []
