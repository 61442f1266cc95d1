"""Scoring against gold annotations (`quotex eval`): the gold formats, PolNeAR, and the figures."""
