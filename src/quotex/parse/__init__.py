"""The parse as the rules read it: quotation marks, the syntax of who speaks, where the text
names people, and the context (paragraphs, quotations, speech events) complete before any rule runs."""
