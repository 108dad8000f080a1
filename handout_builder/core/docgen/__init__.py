"""Generators for the pages in docs/ that are built from the code (used by tools/ and tests)."""
