"""Reading inputs: paths, folders and size limits, decoding, article records (JSON Lines, CSV),
the main text of web pages, hard-wrapped lines read as their paragraphs, Unicode spaces."""
