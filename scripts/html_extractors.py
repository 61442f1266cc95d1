"""Compares main-text extractors on the test pages of tests/data/pages (docs/html.md has the table).

Each candidate lives in a virtual environment of its own, so the extraction runs apart from the scoring:

    python scripts/html_extractors.py extract CANDIDATE tests/data/pages OUT   # in the candidate's venv
    python scripts/html_extractors.py score tests/data/pages OUT               # with quotex on the path

`extract` writes OUT/CANDIDATE/PAGE.txt (the main text) and PAGE.title; `score` reads every candidate's
files and prints, per page and candidate, the body paragraphs kept (exactly, with their quotation
marks), those kept whole as paragraphs of their own, the boilerplate paragraphs left in and whether a
RELATED teaser's quotation got through. A page's `.expected.txt` lists its body paragraphs; `~ `
marks a paragraph that may go either way (the headline, a standfirst), `! ` the words of a teaser.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any


def _paragraphs_of_markup(markup: str) -> str:
    from quotex.reading.pages import html_text

    return html_text(markup)


def _extract(candidate: str, markup: str) -> tuple[str, str | None]:
    """The main text (paragraphs separated by blank lines) and the title, by one candidate."""
    if candidate in ("visible-text", "quotex"):  # the fallback; what quotex reads with the html extra
        from quotex.reading.pages import page_text, visible_text

        page = (visible_text if candidate == "visible-text" else page_text)(markup)
        return page.text, page.title
    if candidate.startswith("trafilatura"):
        import trafilatura

        precision = candidate.endswith("precision")
        found: Any = trafilatura.bare_extraction(
            markup, include_comments=False, favor_precision=precision, with_metadata=True
        )
        if found is None:
            return "", None
        return "\n\n".join(found.text.split("\n")), found.title
    if candidate == "readability-lxml":
        from readability import Document

        document = Document(markup)
        return _paragraphs_of_markup(document.summary()), document.short_title()
    if candidate == "justext":
        import justext

        paragraphs = justext.justext(markup.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate), None
    if candidate == "boilerpy3":
        from boilerpy3 import extractors

        document = extractors.ArticleExtractor().get_doc(markup)
        return "\n\n".join(document.content.split("\n")), document.title
    if candidate == "newspaper4k":
        import newspaper

        article = newspaper.Article("https://example.org/article")
        article.download(input_html=markup)
        article.parse()
        return "\n\n".join(article.text.split("\n")), article.title
    raise SystemExit(f"unknown candidate {candidate!r}")


def extract(candidate: str, pages: Path, out: Path) -> None:
    folder = out / candidate
    folder.mkdir(parents=True, exist_ok=True)
    for page in sorted(pages.glob("*.html")):
        text, title = _extract(candidate, page.read_text(encoding="utf-8"))
        (folder / f"{page.stem}.txt").write_text(text, encoding="utf-8")
        (folder / f"{page.stem}.title").write_text(title or "", encoding="utf-8")


def _norm(text: str) -> str:
    return " ".join(text.split())


_MARKS = re.compile("[\"'“”‘’«»]")


def score_page(page: Path, text: str) -> dict[str, Any]:
    """What one candidate's `text` kept of `page` and what it let through."""
    expected = [_norm(p) for p in page.with_suffix(".expected.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
    body = [p for p in expected if not p.startswith(("~ ", "! "))]
    either = {p[2:] for p in expected if p.startswith("~ ")}
    teasers = [p[2:] for p in expected if p.startswith("! ")]
    lines = [_norm(line) for line in text.split("\n") if line.strip()]
    whole_text = _norm(text)
    kept = [p for p in body if p in whole_text]
    unmarked = [p for p in body if p not in whole_text and _MARKS.sub("", p) in _MARKS.sub("", whole_text)]
    visible = [_norm(line) for line in _paragraphs_of_markup(page.read_text(encoding="utf-8")).split("\n") if line.strip()]
    boilerplate = [line for line in visible if line not in body and line not in either and not any(line in p for p in body)]
    leaked = [line for line in boilerplate if line in lines or (len(line) >= 25 and line in whole_text)]
    return {
        "body": len(body),
        "kept": len(kept),
        "whole": sum(p in lines for p in body),
        "marks_lost": len(unmarked),
        "boilerplate": len(boilerplate),
        "leaked": leaked,
        "teaser_through": any(t in whole_text for t in teasers),
        "has_teaser": bool(teasers),
    }


def score(pages: Path, out: Path) -> None:
    candidates = sorted(folder.name for folder in out.iterdir() if folder.is_dir())
    totals: dict[str, dict[str, int]] = {c: {"body": 0, "kept": 0, "whole": 0, "marks_lost": 0, "boilerplate": 0, "leaked": 0, "teasers": 0, "teasers_through": 0} for c in candidates}
    print("| page | " + " | ".join(candidates) + " |")
    print("|---|" + "---|" * len(candidates))
    details = []
    for page in sorted(pages.glob("*.html")):
        cells = []
        for candidate in candidates:
            text_file = out / candidate / f"{page.stem}.txt"
            result = score_page(page, text_file.read_text(encoding="utf-8") if text_file.exists() else "")
            total = totals[candidate]
            for key in ("body", "kept", "whole", "marks_lost", "boilerplate"):
                total[key] += result[key]
            total["leaked"] += len(result["leaked"])
            total["teasers"] += result["has_teaser"]
            total["teasers_through"] += result["teaser_through"]
            teaser = " **T**" if result["teaser_through"] else ""
            whole = "" if result["whole"] == result["kept"] else f" ({result['whole']} whole)"
            cells.append(f"{result['kept']}/{result['body']}{whole} · {len(result['leaked'])}/{result['boilerplate']}{teaser}")
            if candidate != "visible-text":  # which is all of the page
                details.extend(f"- {page.stem}, {candidate}: left in “{line[:70]}”" for line in result["leaked"])
        print(f"| {page.stem} | " + " | ".join(cells) + " |")
    print("| **all pages** | " + " | ".join(f"**{t['kept']}/{t['body']} · {t['leaked']}/{t['boilerplate']}**" for t in totals.values()) + " |")
    print("| whole paragraphs, marks lost | " + " | ".join(f"{t['whole']}, {t['marks_lost']}" for t in totals.values()) + " |")
    print("| teasers read | " + " | ".join(f"{t['teasers_through']}/{t['teasers']}" for t in totals.values()) + " |")
    titles = {c: sum(bool((out / c / f"{p.stem}.title").read_text(encoding="utf-8").strip()) for p in pages.glob("*.html") if (out / c / f"{p.stem}.title").exists()) for c in candidates}
    print("\ntitles found: " + ", ".join(f"{c} {n}" for c, n in titles.items()))
    print("\n" + "\n".join(details))


if __name__ == "__main__":
    if sys.argv[1:2] == ["extract"]:
        extract(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    elif sys.argv[1:2] == ["score"]:
        score(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        raise SystemExit(__doc__)
