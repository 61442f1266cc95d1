"""Attribution: the rules declared in order (`rules.RULES`), reported speech, transcripts, the
statements of a Doc, speaker types and the confidence of each statement."""
