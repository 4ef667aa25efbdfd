"""Algorithms of the submission capability (aanmelden bij het expertisecentrum)."""
