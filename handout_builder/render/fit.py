"""The fit check: after layout, find what does not fit where it is printed.

Runs on WeasyPrint's laid-out pages (``document.pages[i]._page_box``) for every
render. It walks each page's boxes once and finds every piece of text or
picture that reaches outside

- the paper's printable area (:data:`SAFE_EDGE_MM` from every edge: home
  printers cannot print there),
- its page's text area (a table wider than the page runs into the margin),
- its running header or footer (a page margin box),
- a box that clips its content (``overflow: hidden``: a brochure panel, a
  coping card) or the column it is set in,

and every heading left alone at the foot of a page and every text too pale on
its actual background (WCAG 2.x 1.4.3). Each finding becomes one
:class:`~handout_builder.core.errors.Problem` (``check="fit"``) in words a
clinician recognises — "the crisis line does not fit in the footer on every
page", "the table in ‘Thought record’ is wider than the page" — never a CSS
selector. Layouts name things with ``data-fit`` attributes (docs/layouts.md):

- ``data-fit="the crisis line"`` names an element and what is inside it;
- ``data-fit-in="on its card"`` marks an element that bounds its content, and
  says where the content did not fit;
- ``data-fit-continue`` and ``data-fit-optional`` let :mod:`.refit` continue
  or make room instead of reporting (see there).

The walk also measures how much room each running header and footer needs,
and which parts of a bounded element fit, for :mod:`handout_builder.render.refit`.

Why one long module: the page walk, the checks on each piece of text and the
words of each finding share the walk's context (where content must stay, its
name, its background); split up, that state would travel between modules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from weasyprint.formatting_structure import boxes

from handout_builder.core.checks.thresholds import BODY_TEXT_RATIO, LARGE_TEXT_RATIO
from handout_builder.core.errors import Problem
from handout_builder.core.jobs import FIT_CHECK
from handout_builder.core.messages import msg

# ¼ inch. Home ink-jet and laser printers leave 3–6.35 mm of every edge unprinted
# (the largest of them, 0.25 in, on some HP and Brother models and on Letter
# "normal" margins); content closer than this may not print.
SAFE_EDGE_MM = 6.35
PX_PER_MM = 96 / 25.4
PX_PER_PT = 96 / 72
SAFE_EDGE_PX = SAFE_EDGE_MM * PX_PER_MM
TOLERANCE_PX = 1.0
# WCAG 2.x "large text": at least 18 pt, or 14 pt bold.
LARGE_TEXT_PX = 18 * PX_PER_PT
LARGE_BOLD_TEXT_PX = 14 * PX_PER_PT
BOLD = 700

NAME = "data-fit"
BOUNDS = "data-fit-in"
CONTINUE = "data-fit-continue"
REPEAT = "data-fit-repeat"
OPTIONAL = "data-fit-optional"
WHOLE = "data-fit-whole"  # never split when content continues: moves whole (a crisis line)
CHECK = FIT_CHECK
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
INVISIBLE = " \t\n\r\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff"
SNIPPET = 36


class Bound(NamedTuple):
    """Where content must stay: a rectangle (px) and how to say where it is."""

    x0: float
    y0: float
    x1: float
    y1: float
    where: str  # "in the footer", "on its card", "page" for the text area
    vertical: bool  # also checked top and bottom (not for columns)
    element: Any  # the bounding element, or None (page, margin box)
    margin: str  # "top" or "bottom" for a running header or footer, else ""
    # For a column: the bound around it, where its list numbers must stay
    # (they sit left of their items, in the list's indent, the box's padding
    # or the gap between columns).
    outer: Bound | None = None


class Context(NamedTuple):
    """What a box inherits from the boxes around it during the walk."""

    element: Any
    name: str | None  # the nearest data-fit name
    table: Any  # the table element this box is in
    section: str | None  # the section's title
    bound: Bound
    flow: Flow | None  # the bounded element this box is in
    path: tuple[Any, ...]  # elements below ``flow``: its child and grandchild
    heading: Any  # the heading element this box is in
    background: tuple[float, float, float]
    positioned: bool  # absolutely positioned or fixed (placed on purpose)
    float_or_column: bool
    continuable: Any  # the nearest data-fit-continue element


@dataclass
class Flow:
    """A bounded element (``data-fit-in`` or clipping) and what in it fits.

    ``fits`` maps its child and grandchild elements (by ``id``) to whether all
    of their text and pictures lie inside it, ``letters`` to how many of their
    letters (not counting spaces) do before the first line that does not;
    ``overflow`` is the most (px) anything reaches past its edge, ``pages`` the
    pages (from 0) it is on.
    """

    element: Any
    continue_element: Any
    fits: dict[int, bool] = field(default_factory=dict)
    letters: dict[int, int] = field(default_factory=dict)
    overflow: float = 0.0
    pages: set[int] = field(default_factory=set)


@dataclass
class Finding:
    subject: str
    kind: str  # IN, WIDE, TALL, EDGE, ALONE, CONTRAST, SPLIT
    where: str = ""
    pages: set[int] = field(default_factory=set)
    excess: float = 0.0  # px
    detail: str = ""


IN, WIDE, TALL, EDGE, ALONE, CONTRAST, SPLIT = (
    "in",
    "wide",
    "tall",
    "edge",
    "alone",
    "contrast",
    "split",
)


@dataclass
class FitReport:
    """What the walk found, in page order.

    ``margin_needs`` is the page margin (px) each side's running header or
    footer needs to print whole and inside the printable area, ``margins`` the
    margins the pages had (largest per side); ``flows`` every bounded element.
    """

    findings: dict[tuple[str, str, str], Finding] = field(default_factory=dict)
    margin_needs: dict[str, float] = field(default_factory=dict)
    margins: dict[str, float] = field(default_factory=dict)
    flows: dict[int, Flow] = field(default_factory=dict)
    alone: list[Any] = field(default_factory=list)  # headings alone at a page's foot
    wide_tables: dict[int, Any] = field(default_factory=dict)  # tables wider than the page
    page_count: int = 0

    def add(self, subject: str, kind: str, where: str, page: int, excess: float = 0.0) -> None:
        key = (subject, kind, where)
        finding = self.findings.get(key)
        if finding is None:
            finding = self.findings[key] = Finding(subject, kind, where)
        finding.pages.add(page)
        finding.excess = max(finding.excess, excess)

    def overflowing(self) -> list[Flow]:
        """Bounded elements whose content reaches past their edge."""
        return [flow for flow in self.flows.values() if flow.overflow > TOLERANCE_PX]

    def problems(self) -> list[Problem]:
        """The findings as problems, one per thing and place."""
        return [
            Problem(message(finding, self.page_count), severity="warning", check=CHECK)
            for finding in self.findings.values()
        ]


def inspect(pages: list[Any], section_titles: dict[str, str] | None = None) -> FitReport:
    """Walk the laid-out ``pages`` (WeasyPrint ``Page`` objects) once.

    ``section_titles`` maps section element ids to their titles, so content can
    be named by the section it is in ("the table in ‘Thought record’").
    """
    report = FitReport(page_count=len(pages))
    titles = section_titles or {}
    for number, page in enumerate(pages):
        _inspect_page(page._page_box, number, titles, report)
    return report


def _inspect_page(page: Any, number: int, titles: dict[str, str], report: FitReport) -> None:
    width, height = page.margin_width(), page.margin_height()
    paper = (SAFE_EDGE_PX, SAFE_EDGE_PX, width - SAFE_EDGE_PX, height - SAFE_EDGE_PX)
    for side, margin in (("top", page.margin_top), ("bottom", page.margin_bottom)):
        report.margins[side] = max(report.margins.get(side, 0.0), margin)
    x0, y0 = page.content_box_x(), page.content_box_y()
    area = Bound(x0, y0, x0 + page.width, y0 + page.height, "page", True, None, "")
    white = (1.0, 1.0, 1.0)
    last: tuple[float, Any] = (0.0, None)  # the lowest line in the flow, its heading
    deepest = 0.0  # the lowest line in the flow or its columns
    stack: list[tuple[Any, Context]] = []
    for child in page.children:
        bound = area
        if isinstance(child, boxes.MarginBox):
            side = child.at_keyword.lstrip("@").split("-", 1)[0]
            where = {"top": "in the header", "bottom": "in the footer"}.get(side, "in the margin")
            bound = Bound(
                max(child.border_box_x(), paper[0]),
                max(child.border_box_y(), paper[1]),
                min(child.border_box_x() + child.border_width(), paper[2]),
                min(child.border_box_y() + child.border_height(), paper[3]),
                where,
                True,
                None,
                side if side in ("top", "bottom") else "",
            )
            if bound.margin:
                _measure_margin(child, side, report)
        context = Context(None, None, None, None, bound, None, (), None, white, False, False, None)
        stack.append((child, context))
    while stack:
        box, context = stack.pop()
        element = getattr(box, "element", None)
        if element is not None and element is not context.element:
            entered = _enter(box, element, context, titles, report, number)
            if entered is None:  # visually hidden: not printed
                continue
            context = entered
        elif box.style["overflow"] != "visible" or getattr(box, "is_column", False):
            context = _bounded(box, context, report, number)
        if getattr(box, "is_outside_marker", False) and context.bound.outer is not None:
            context = context._replace(bound=context.bound.outer)
        if isinstance(box, boxes.TextBox) and not box.text.strip(INVISIBLE):
            continue  # a space at the end of a line prints nothing
        if isinstance(box, (boxes.TextBox, boxes.ReplacedBox)):
            bottom = _check_leaf(box, context, paper, report, number)
            if not (context.positioned or context.float_or_column or context.bound.margin):
                deepest = max(deepest, bottom)
                if bottom > last[0] and context.bound.where == "page":
                    last = (bottom, context.heading)
            continue
        if box.style["visibility"] != "visible":
            continue
        children = getattr(box, "children", None)
        if children:
            stack.extend((child, context) for child in reversed(children))
    heading = last[1]
    # (Text in columns below it, as under a title over a two-column page, is
    # the heading's first lines.)
    if heading is not None and deepest <= last[0] + TOLERANCE_PX and number < report.page_count - 1:
        report.add(f"the heading ‘{_text(heading)}’", ALONE, "", number)
        report.alone.append(heading)


def _measure_margin(box: Any, side: str, report: FitReport) -> None:
    """The page margin ``box``'s content needs: its extent from the page area
    edge, plus the unprintable strip at the paper's edge."""
    top, bottom = None, None
    for item in box.descendants():
        if isinstance(item, boxes.ReplacedBox) or (
            isinstance(item, boxes.TextBox) and item.text.strip(INVISIBLE)
        ):
            y0, y1 = item.position_y, item.position_y + item.margin_height()
            top = y0 if top is None else min(top, y0)
            bottom = y1 if bottom is None else max(bottom, y1)
    if top is None or bottom is None:
        return
    if side == "bottom":
        need = bottom - box.border_box_y() + SAFE_EDGE_PX
    else:
        need = box.border_box_y() + box.border_height() - top + SAFE_EDGE_PX
    report.margin_needs[side] = max(report.margin_needs.get(side, 0.0), need)


def _enter(
    box: Any,
    element: Any,
    context: Context,
    titles: dict[str, str],
    report: FitReport,
    page: int,
) -> Context | None:
    """The context for ``box``, the first box of a new element."""
    tag = box.element_tag
    style = box.style
    name, table, section = context.name, context.table, context.section
    heading, path = context.heading, context.path
    label = element.get(NAME)
    if label:
        name = label
    if tag == "table":
        table = element
    elif tag in HEADINGS:
        heading = element
    elif tag in ("section", "article") and element.get("id") in titles:
        section = titles[element.get("id")]
    if context.flow is not None and len(path) < 2:
        path = (*path, element)
    background = context.background
    color = style["background_color"]
    if color.alpha > 0.5:
        background = _rgb(color)
    positioned = context.positioned or style["position"] in ("absolute", "fixed")
    float_or_column = context.float_or_column or style["float"] != "none"
    continuable = element if element.get(CONTINUE) is not None else context.continuable
    context = Context(
        element,
        name,
        table,
        section,
        context.bound,
        context.flow,
        path,
        heading,
        background,
        positioned,
        float_or_column,
        continuable,
    )
    if style["overflow"] != "visible" or element.get(BOUNDS) or getattr(box, "is_column", False):
        if style["overflow"] != "visible" and (
            min(box.width, box.height) <= 2 or style["text_overflow"] == "ellipsis"
        ):
            # Not checked: the "visually hidden" pattern (for screen readers
            # only) and text shortened on purpose with "…".
            return None
        return _bounded(box, context, report, page)
    return context


def _bounded(box: Any, context: Context, report: FitReport, page: int) -> Context:
    """The context inside a box that bounds its content: a clip, a column or
    a ``data-fit-in`` element. A column keeps the clip around it (a fixed-size
    card set in two columns clips at its foot)."""
    element = box.element
    column = getattr(box, "is_column", False)
    outer = context.bound
    where = (element.get(BOUNDS) if element is not None else None) or (
        outer.where
        if column and outer.element is not None
        else "in its column"
        if column
        else "in its box"
    )
    if column:
        x0, x1 = box.content_box_x(), box.content_box_x() + box.width
    else:
        x0, x1 = box.padding_box_x(), box.padding_box_x() + box.padding_width()
    clip = box.style["overflow"] != "visible"
    y0, y1 = box.padding_box_y(), box.padding_box_y() + box.padding_height()
    if column and outer.vertical and outer.element is not None:
        # Columns of a box that clips: an overflow column lies outside it.
        x0, x1 = max(x0, outer.x0), min(x1, outer.x1)
        y0, y1, clip = outer.y0, outer.y1, True
    bound = Bound(x0, y0, x1, y1, where, clip, element, "", outer if column else None)
    flow = context.flow
    if element is not None and not column:
        flow = report.flows.get(id(element))
        if flow is None:
            flow = report.flows[id(element)] = Flow(element, context.continuable)
        if clip and flow.pages and page not in flow.pages:
            report.add(element.get(NAME) or context.name or "a box", SPLIT, "", page)
        flow.pages.add(page)
    path = () if flow is not context.flow else context.path
    return context._replace(bound=bound, flow=flow, path=path)


def _check_leaf(
    box: Any,
    context: Context,
    paper: tuple[float, float, float, float],
    report: FitReport,
    page: int,
) -> float:
    """Check one piece of text or picture; returns its bottom (px)."""
    x0: float = box.border_box_x()
    y0: float = box.border_box_y()
    x1: float = x0 + box.border_width()
    y1: float = y0 + box.border_height()
    bound = context.bound
    t = TOLERANCE_PX
    outside_x = max(bound.x0 - x0, x1 - bound.x1)
    top, bottom = _line_extent(box, y0, y1)
    outside_y = max(bound.y0 - top, bottom - bound.y1) if bound.vertical else 0.0
    flow = context.flow
    if flow is not None:
        inside = outside_x <= t and outside_y <= t
        letters = 0
        if inside and isinstance(box, boxes.TextBox):
            letters = len(box.text) - sum(c.isspace() for c in box.text)
        for element in context.path:
            key = id(element)
            if flow.fits.get(key, True):
                flow.fits[key] = inside
                flow.letters[key] = flow.letters.get(key, 0) + letters
        if not inside:
            flow.overflow = max(flow.overflow, outside_x, outside_y)
    if bound.where == "page":
        if context.positioned:
            pass
        elif outside_x > t:
            report.add(_subject(box, context), WIDE, "", page, outside_x)
            if context.table is not None:
                report.wide_tables[id(context.table)] = context.table
            return y1
        elif outside_y > t:
            report.add(_subject(box, context), TALL, "", page, outside_y)
            return y1
    elif outside_x > t or outside_y > t:
        report.add(_subject(box, context), IN, bound.where, page, max(outside_y, 0.0))
        return y1
    if x0 < paper[0] - t or y0 < paper[1] - t or x1 > paper[2] + t or y1 > paper[3] + t:
        report.add(_subject(box, context), EDGE, "", page)
    elif isinstance(box, boxes.TextBox):
        _check_contrast(box, context, report, page)
    return y1


def _line_extent(box: Any, y0: float, y1: float) -> tuple[float, float]:
    """The top and bottom (px) of ``box`` (its border box from ``y0`` to
    ``y1``) as the page's text area, a panel or a card holds it: a piece of
    text in a font taller than its line height (Source Serif 4 at line-height
    1.2) overhangs its line by the negative half-leading, and WeasyPrint
    places lines by their line height (the letters themselves stay inside
    it); anything else, its border box."""
    if not isinstance(box, boxes.TextBox):
        return y0, y1
    top = box.position_y  # the margin box: the line height, around the letters
    return max(y0, top), min(y1, top + box.margin_height())


def _subject(box: Any, context: Context) -> str:
    """What the clinician would call the content of ``box``."""
    if context.name:
        return context.name
    if context.table is not None:
        subject = msg("the table")
    elif isinstance(box, boxes.ReplacedBox):
        subject = msg("the picture")
    else:
        subject = msg("the text ‘%1’", _snippet(getattr(box, "text", "")))
    return msg("%1 in ‘%2’", subject, context.section) if context.section else subject


def _check_contrast(box: Any, context: Context, report: FitReport, page: int) -> None:
    color = box.style["color"]
    if color.alpha < 0.5:
        return  # transparent text (a screen-reader-only title)
    size = box.style["font_size"]
    large = size >= LARGE_TEXT_PX or (
        size >= LARGE_BOLD_TEXT_PX and box.style["font_weight"] >= BOLD
    )
    need = LARGE_TEXT_RATIO if large else BODY_TEXT_RATIO
    ratio = _contrast(_rgb(color), context.background)
    if ratio < need - 0.005:
        subject: str
        if context.heading is not None:
            subject = msg("the heading ‘%1’", _text(context.heading))
        else:
            subject = context.name or msg("the text ‘%1’", _snippet(box.text))
        finding_key = (subject, CONTRAST, "")
        report.add(subject, CONTRAST, "", page)
        found, needed = f"{int(ratio * 10) / 10:g}:1", f"{need:g}:1"
        report.findings[finding_key].detail = msg("%1; text this size needs %2", found, needed)


_CONTRAST_CACHE: dict[tuple[tuple[float, ...], tuple[float, ...]], float] = {}


def _contrast(
    foreground: tuple[float, float, float], background: tuple[float, float, float]
) -> float:
    """WCAG 2.x contrast ratio of two sRGB colours (channels 0–1)."""
    key = (foreground, background)
    ratio = _CONTRAST_CACHE.get(key)
    if ratio is None:
        a, b = _luminance(foreground), _luminance(background)
        ratio = _CONTRAST_CACHE[key] = (max(a, b) + 0.05) / (min(a, b) + 0.05)
    return ratio


def _luminance(rgb: tuple[float, float, float]) -> float:
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rgb(color: Any) -> tuple[float, float, float]:
    if color.space != "srgb":
        color = color.to("srgb")
    r, g, b = color.coordinates
    return (round(r, 4), round(g, 4), round(b, 4))


def _text(element: Any) -> str:
    return _snippet(" ".join("".join(element.itertext()).split()))


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1].rstrip() + "…"


def cut_names(pages: list[Any], limit: int) -> list[str]:
    """The ``data-fit`` names of elements on pages from ``limit`` on (pages a
    layout's page limit cuts), in order; "the end of …" when the element
    starts on a page that is kept."""
    pages_of: dict[int, tuple[str, int]] = {}
    cut: list[int] = []
    for number, page in enumerate(pages):
        for box in page._page_box.descendants():
            element = getattr(box, "element", None)
            name = element.get(NAME) if element is not None else None
            if not name:
                continue
            key = id(element)
            if key not in pages_of:
                pages_of[key] = (name, number)
                if number >= limit:
                    cut.append(key)
            elif number >= limit and pages_of[key][1] < limit and key not in cut:
                cut.append(key)
    names = []
    for key in cut:
        name, first = pages_of[key]
        names.append(name if first >= limit else f"the end of {name}")
    return list(dict.fromkeys(names))


# -- messages --------------------------------------------------------------------------

HINTS = {
    IN: msg("shorten the text or leave something out"),
    WIDE: msg("shorten it, or for a table use fewer columns"),
    TALL: msg("make it smaller or shorter"),
    EDGE: msg("most printers cannot print there; the layout's margins are too narrow"),
    ALONE: msg("the layout should keep a heading with its first lines"),
    CONTRAST: msg("choose a darker brand colour"),
    SPLIT: msg("it should stay on one page; make it shorter"),
}
MARGIN_HINT = msg("shorten it (brand profile or title) or choose another layout")
# What the built-in layouts call their parts (data-fit, data-fit-in, the page
# margins), in words the app translates; a template author's own stay as written.
PLACES = {
    "the disclaimer": msg("the disclaimer"),
    "the page number": msg("the page number"),
    "the logo": msg("the logo"),
    "the crisis line": msg("the crisis line"),
    "the contact line": msg("the contact line"),
    "the contact information": msg("the contact information"),
    "the practice name": msg("the practice name"),
    "the practice name and title": msg("the practice name and title"),
    "the clinician's name": msg("the clinician's name"),
    "the list of sources": msg("the list of sources"),
    "the cutting instructions": msg("the cutting instructions"),
    "the cover's text": msg("the cover's text"),
    "the QR code": msg("the QR code"),
    "the ‘At a glance’ summary": msg("the ‘At a glance’ summary"),
    "the ‘Contact us’ text": msg("the ‘Contact us’ text"),
    "on the inner flap": msg("on the inner flap"),
    "on the cover": msg("on the cover"),
    "on the back panel": msg("on the back panel"),
    "on its panel": msg("on its panel"),
    "on its card": msg("on its card"),
    "in the header": msg("in the header"),
    "in the footer": msg("in the footer"),
    "in the margin": msg("in the margin"),
}


def message(finding: Finding, page_count: int) -> str:
    """One finding in words a clinician recognises, with what to do."""
    subject, kind = PLACES.get(finding.subject, finding.subject), finding.kind
    pages = _pages(finding.pages, page_count)
    if kind == IN:
        where = PLACES.get(finding.where, finding.where)
        text = msg("%1 does not fit %2%3", subject, where, pages)
        if finding.excess >= PX_PER_MM:
            text = msg("%1 (about %2 mm too much)", text, round(finding.excess / PX_PER_MM))
        hint = MARGIN_HINT if finding.where in ("in the header", "in the footer") else HINTS[IN]
    elif kind == WIDE:
        text, hint = msg("%1 is wider than the page%2", subject, pages), HINTS[WIDE]
    elif kind == TALL:
        text, hint = msg("%1 runs off the foot of the page%2", subject, pages), HINTS[TALL]
    elif kind == EDGE:
        text = msg("%1 is printed too close to the edge of the paper%2", subject, pages)
        hint = HINTS[EDGE]
    elif kind == ALONE:
        first = min(finding.pages) + 1
        text, hint = msg("%1 is alone at the foot of page %2", subject, first), HINTS[ALONE]
    elif kind == CONTRAST:
        text = msg("%1 is too pale on its background (%2)", subject, finding.detail)
        hint = HINTS[CONTRAST]
    else:
        text, hint = msg("%1 is split across two pages", subject), HINTS[SPLIT]
    return msg("%1; %2", text, hint)


def _pages(pages: Iterable[int], page_count: int) -> str:
    numbers = sorted(p + 1 for p in pages)
    if page_count > 1 and len(numbers) == page_count:
        return msg(" on every page")
    if page_count <= 1:
        return ""
    if len(numbers) == 1:
        return msg(" on page %1", numbers[0])
    if len(numbers) <= 3:
        first = ", ".join(map(str, numbers[:-1]))
        return msg(" on pages %1 and %2", first, numbers[-1])
    return msg(" on %1 pages", len(numbers))
