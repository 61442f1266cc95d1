"""Every quotation in short articles written in the styles the evaluation sets have few of
(issue 25): a market report with section labels, a live blog in British single marks, a match
report, an obituary, a science story, a press-conference transcript, a local story in British
marks, a spokesperson-heavy corporate story, a feature with two quotations side by side and a
letter read aloud. The articles are in tests/data/styles/, each written for this test; they
go through recorded parses (`recorded`).

Each row: the article, words the statement holds, its family (`direct` takes `mixed` too) and
a word of its speaker's name, or None where the speaker is not checked here (an unnamed
spokesman, a reader named only by an apposition, a letter read aloud: the speaker classes of
issue 25 that other work takes on).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_checked as extract

STYLES = Path(__file__).parent / "data" / "styles"

EXPECTED = [
    ('00_market_report.txt', 'Investors are taking money off the table', 'direct', 'Halvorsen'),
    ('00_market_report.txt', 'Nobody wants to be caught long', 'direct', 'Halvorsen'),
    ('00_market_report.txt', 'mostly noise', 'direct', 'Achterberg'),
    ('00_market_report.txt', 'traders would wait for Thursday', 'indirect', 'Achterberg'),
    ('00_market_report.txt', 'Supply from the northern mines', 'direct', 'Halvorsen'),
    ('00_market_report.txt', 'Until that changes', 'direct', 'Halvorsen'),
    ('00_market_report.txt', 'the index could fall another 3 per cent', 'indirect', 'Greyfield'),
    ('01_live_blog.txt', 'The boats are tied three deep', 'direct', 'Byrne-Ostrowski'),
    ('01_live_blog.txt', 'One skipper told me', 'direct', 'Byrne-Ostrowski'),
    ('01_live_blog.txt', 'Our garden shed is now in the road', 'direct', None),
    ('01_live_blog.txt', 'Please do not drive unless', 'direct', 'Oyelaran'),
    ('01_live_blog.txt', 'They were cold and frightened', 'direct', None),
    ('01_live_blog.txt', 'schools in the coastal districts would close', 'indirect', 'council'),
    ('01_live_blog.txt', 'it has rescued two walkers', 'indirect', 'coastguard'),
    ('02_match_report.txt', 'second to everything', 'direct', 'Osagie'),
    ('02_match_report.txt', 'I told them at half-time', 'direct', 'Osagie'),
    ('02_match_report.txt', 'They listened.', 'direct', 'Osagie'),
    ('02_match_report.txt', 'I just closed my eyes', 'direct', 'Kinsella'),
    ('02_match_report.txt', 'They deserved it', 'direct', 'Abernethy'),
    ('02_match_report.txt', 'she had barely seen the ball', 'indirect', 'Kinsella'),
    ('03_obituary.txt', 'They wrote to me every year', 'direct', 'Strand'),
    ('03_obituary.txt', 'Every year I wrote back', 'direct', 'Strand'),
    ('03_obituary.txt', 'She went to the mainland', 'direct', 'Gunnar'),
    ('03_obituary.txt', 'better than any instrument', 'direct', 'Devlin'),
    ('03_obituary.txt', 'she had rarely left the point', 'indirect', 'Gunnar'),
    ('04_science_story.txt', 'The shift is larger than we expected', 'direct', 'Quist'),
    ('04_science_story.txt', 'Puffins, guillemots and kittiwakes', 'direct', 'Quist'),
    ('04_science_story.txt', 'It is a strong signal', 'direct', 'Renner'),
    ('04_science_story.txt', 'the likely reason was', 'indirect', 'Quist'),
    ('04_science_story.txt', 'the work was careful', 'indirect', 'Renner'),
    ('05_press_conference.txt', 'Good afternoon.', 'direct', 'Okafor'),
    ('05_press_conference.txt', 'We are keeping an open mind', 'direct', 'Okafor'),
    ('05_press_conference.txt', 'It will take months', 'direct', 'Okafor'),
    ('05_press_conference.txt', 'I want to thank the crews', 'direct', 'Mwangi'),
    ('06_british_quotes.txt', 'I have kept it open for twelve years', 'direct', 'Pemberton'),
    ('06_british_quotes.txt', 'The goodwill is still there', 'direct', 'Pemberton'),
    ('06_british_quotes.txt', 'For a lot of people here', 'direct', 'Rao'),
    ('06_british_quotes.txt', 'looking at options', 'direct', None),
    ('06_british_quotes.txt', 'one more year" in 2019', 'direct', 'June'),
    ('06_british_quotes.txt', 'I am still waiting', 'direct', 'June'),
    ('06_british_quotes.txt', 'he could no longer make it pay', 'indirect', 'Pemberton'),
    ('06_british_quotes.txt', 'the closure would hit older residents', 'indirect', 'Rao'),
    ('06_british_quotes.txt', 'the council had written to the postal company', 'indirect', 'Rao'),
    ('07_corporate_story.txt', 'These are difficult decisions', 'direct', 'Fenwick'),
    ('07_corporate_story.txt', 'We will support every colleague', 'direct', 'Fenwick'),
    ('07_corporate_story.txt', 'Our trains will keep running', 'direct', 'Osei'),
    ('07_corporate_story.txt', 'a betrayal of the staff', 'direct', 'RMTW'),
    ('07_corporate_story.txt', 'We will not stand by', 'direct', 'Abara'),
    ('07_corporate_story.txt', 'keep a close eye', 'direct', None),
    ('07_corporate_story.txt', 'most of the cuts would fall on office staff', 'indirect', 'Osei'),
    ('07_corporate_story.txt', 'the union would ballot its members', 'indirect', 'Abara'),
    ('07_corporate_story.txt', 'the cuts would save the company', 'indirect', 'Harrow'),
    ('08_local_feature.txt', 'We want the bus back.', 'direct', 'Marsh'),
    ('08_local_feature.txt', 'We want it before the winter', 'direct', 'Marsh'),
    ('08_local_feature.txt', 'Dear Mrs Marsh, thank you for your letter.', 'direct', None),
    ('08_local_feature.txt', 'Under review,', 'direct', 'Marsh'),
    ('08_local_feature.txt', 'That is where buses go to die.', 'direct', 'Marsh'),
    ('08_local_feature.txt', 'more than any other per passenger', 'direct', 'Baptiste'),
    ('08_local_feature.txt', 'a volunteer car scheme would cover the village', 'indirect', 'Baptiste'),
    ('08_local_feature.txt', 'A car scheme is two retired men', 'direct', 'Marsh'),
]


@pytest.fixture(scope="module")
def found(recorded):
    return {path.name: extract(recorded, path.read_text(encoding="utf-8")) for path in sorted(STYLES.glob("*.txt"))}


@pytest.mark.parametrize(("article", "words", "family", "speaker"), EXPECTED)
def test_every_quotation_of_an_article_in_a_style_the_sets_lack_is_found(found, article, words, family, speaker):
    quotes = [q for q in found[article] if words in q.text and (q.kind == "indirect") == (family == "indirect")]
    assert quotes, f"{words!r} not found as {family} in {article}"
    if speaker is not None:
        assert speaker.lower() in (quotes[0].speaker or "").lower(), (words, quotes[0].speaker)


def test_every_article_is_covered():
    assert {row[0] for row in EXPECTED} == {path.name for path in STYLES.glob("*.txt")}
