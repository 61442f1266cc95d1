"""quotex's spaCy wiring, kept apart as spaCy keeps its own:

- `tokenizer`: the changes to spaCy's tokenizer that quotex's rules read through;
- `extensions`: the Span attributes a quotation carries, stored as plain data;
- `components`: the components, each finding with a pure function and writing onto the Doc;
- `factories`: the factories that build the components from config (the `spacy_factories` entry points);
- `scoring`: the scorer of `nlp.evaluate`, with the speaker rule `quotex eval` shares;
- `wordless`: `nlp.pipe` as `Extractor` runs it, the tagger and parser left out on long stretches without words.

Importing the package imports no spaCy: `quotex.evaluation.scoring` reads the speaker rule from `scoring`.
"""
