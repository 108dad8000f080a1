"""Every threshold the checks use, with its source: the one place to change one.

The editor's marks, the readability panel, ``handout-builder check``, the
PEMAT-style checklist, ``library lint`` and the brand contrast check all read
these names; docs/accessibility.md lists them in a table.

Sources: the project's content guide (shared/CONTENT_GUIDE.md), which takes
its reading-level anchors from patient-education practice (MedlinePlus
"easy-to-read" grades 4–6, CDC accepts up to 8); PEMAT-P (AHRQ; Shoemaker,
Wolf & Brach 2014, Patient Educ Couns 96(3):395–403); WCAG 2.x success
criterion 1.4.3 (contrast).
"""

from __future__ import annotations

# -- reading level (Flesch–Kincaid grade) --------------------------------------------------

GOOD_GRADE = 6.0
"""At or below: *good*. Content guide: grade ≤ 6.0 for every built-in entry."""
ACCEPTABLE_GRADE = 8.0
"""At or below: *acceptable*; above: *too hard*. Content guide: never above 8 (CDC)."""

# -- sentences and parts (words) ---------------------------------------------------------------

LONG_SENTENCE_WORDS = 20
"""Over this, a sentence is marked long. Content guide: short sentences (≤ 20 words)."""
MAX_SENTENCE_WORDS = 25
"""Over this, ``library lint`` reports an error (over 20 a warning)."""
MAX_PART_WORDS = 120
"""Words in one ``##`` part. Content guide: short chunks (≤ ~120 words per section);
PEMAT item 8 and ``library lint``."""
SHORT_MATERIAL_WORDS = 100
"""Under this in all, PEMAT items 8, 9 and 11 (chunks, headers, summary) do not apply."""

# -- PEMAT-P ------------------------------------------------------------------------------------

PASS_MARK = 70.0
"""Per cent of applicable items agreed with. PEMAT-P: 70 % and above is
understandable / actionable (Shoemaker, Wolf & Brach 2014)."""
MAX_PASSIVE_SHARE = 0.10
"""PEMAT item 5 (active voice): at most one sentence in ten in the passive voice."""
MIN_YOU_SHARE = 0.20
"""PEMAT item 21 (addresses the reader): at least one sentence in five says "you"."""

# -- reading time -----------------------------------------------------------------------------

WORDS_PER_MINUTE = 150
"""An unhurried reading-aloud pace for plain-language text."""

# -- contrast on white paper (WCAG 2.x, 1.4.3) -----------------------------------------------------

BODY_TEXT_RATIO = 4.5
"""Contrast body text needs (WCAG 2.x AA, 1.4.3)."""
LARGE_TEXT_RATIO = 3.0
"""Contrast large text (headings, ≥ 18 pt or 14 pt bold) needs (WCAG 2.x AA)."""

# -- Spanish reading ease (Szigriszt-Pazos on the INFLESZ scale) ------------------------------

GOOD_INFLESZ = 65.0
"""At or above: *good* ("bastante fácil" on the INFLESZ scale; Barrio-Cantalejo IM et al.
2008, An Sist Sanit Navar 31(2):135–152). Target for every built-in Spanish entry."""
ACCEPTABLE_INFLESZ = 55.0
"""At or above: *acceptable* ("normal"); below is "algo difícil" or harder: *too hard*."""
