"""Laying a document out again so that what did not fit does.

After each layout the fit check (:mod:`.fit`) measures; where a layout allows
it, this module changes the document and lays it out again (at most
:data:`MAX_PASSES` times), so the clinician's content prints whole instead of
being reported:

- **Running headers and footers grow.** A page margin box whose content is
  taller than the page margin (a long disclaimer, a crisis line, long contact
  details) gets the margin it needs, plus the printer's unprintable strip
  (:data:`~.fit.SAFE_EDGE_MM`). The margins a layout needed are remembered
  per layout, so the next preview lays out once (measured again when what
  styles the document changed: an edited stylesheet).
- **Content continues** (``data-fit-continue``): the parts of a bounded
  element (``data-fit-in``) that do not fit move to a copy of the
  ``data-fit-continue`` element placed right after it (a second coping card)
  or, when the attribute names an element id, into that element. Whole
  paragraphs and list items move, never half a line (and an element marked
  ``data-fit-whole``, a crisis line, only whole); children marked
  ``data-fit-repeat`` (the card's title) appear on both; the copy is marked
  ``data-fit-continued`` and the original ``data-fit-continues``, for the
  layout's CSS ("continued").
- **Optional content makes room** (``data-fit-optional``): a picture or line
  a bounded element can do without is left out when the element overflows.
- **Headings stay with their text.** A heading the layout left alone at the
  foot of a page (CSS ``break-after: avoid`` is not always honoured next to
  floats and boxes that must not break) starts the next page instead.
- **A table too wide for the page prints as a list of its rows**
  (``data-fit-stacked``: each cell under its column's heading, given as the
  cell's ``data-label``; base.css), when wrapping its cells was not enough.
- **No near-empty last page of sources.** When all the last page holds is a
  little of what may print compactly (``data-fit-compact``: the sources),
  those elements are marked ``data-fit-compacted`` (the layout's CSS sets them
  tighter) and laid out once more; kept only if that saves the page. When it
  did not, the same sources starting as low or lower on the same page, styled
  the same, will not fit either: that is remembered
  (:class:`_CompactingFailures`), so typing above them does not lay the
  document out twice for nothing. (For sources that start the last page,
  where they start says nothing of the room left on the page before: what is
  remembered then is exactly where that page's flow ends.)
- **No first page of only the header.** When all the first page of a longer
  handout holds is what may print compactly (Large print's brand header at a
  large body size), the same: kept if the handout then starts on page 1.

What still does not fit after that is reported by the fit check.
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Any

from weasyprint.formatting_structure import boxes

from handout_builder.render import fit

MAX_PASSES = 6
MARGIN_STEP_PX = 2 * fit.PX_PER_MM  # re-layout only for a change bigger than this
MAX_MARGIN_SHARE = 0.45  # a running header or footer takes at most this much of the page
CONTINUED = "data-fit-continued"
CONTINUES = "data-fit-continues"
STACKED = "data-fit-stacked"
LABEL = "data-label"
COMPACT = "data-fit-compact"
COMPACTED = "data-fit-compacted"
NEAR_EMPTY = 0.3  # a last page whose flow fills less than this share of it
BREAK_BEFORE = "break-before: page"

# Page margins (px) forced per layout (its base URL): what styled the document
# they were measured with (Layout.styled) and side -> (own, applied).
_MARGINS: dict[str, tuple[Hashable, dict[str, tuple[float, float]]]] = {}


class _CompactingFailures:
    """Where compacting the sources did not save the last page.

    Keyed by the layout, its forced margins, the compact elements' markup,
    the page (counted from the end) they start on, the page size, what styles
    the document (:func:`_styling`) and the files the layout read (an edited
    stylesheet); the value is the highest start (smallest y, px) at which
    compacting failed. Starting there or lower leaves no more room, so it
    fails again and is not tried. Sources that start the last page are keyed
    also by where the page before ends, with y 0: only that exact end again
    is not tried."""

    def __init__(self, size: int = 64) -> None:
        self._failed: OrderedDict[tuple[Any, ...], float] = OrderedDict()
        self._size = size

    def known(self, key: tuple[Any, ...], y: float) -> bool:
        failed = self._failed.get(key)
        return failed is not None and y >= failed - fit.TOLERANCE_PX

    def add(self, key: tuple[Any, ...], y: float) -> None:
        self._failed[key] = min(y, self._failed.get(key, y))
        self._failed.move_to_end(key)
        while len(self._failed) > self._size:
            self._failed.popitem(last=False)


_COMPACTING_FAILED = _CompactingFailures()


class Layout:
    """One document being laid out until it fits.

    ``render(stylesheets)`` lays out HTML (a string) with the given extra
    stylesheets (CSS text) and returns a WeasyPrint ``Document``; ``loaded()``
    gives the state of the files laying out read so far (hashable: stylesheets,
    fonts, pictures with their modification times).
    """

    def __init__(
        self,
        html: str,
        key: str,
        render: Callable[[str, list[str]], Any],
        sections: dict[str, str],
        loaded: Callable[[], Hashable] = tuple,
    ) -> None:
        self.html, self.key, self._render, self.sections = html, key, render, sections
        self._loaded = loaded
        self._margins_styled, margins = _MARGINS.get(key, (None, {}))
        self.margins = dict(margins)
        self.passes = 0

    def run(self) -> tuple[Any, fit.FitReport]:
        """Lay out until nothing more can be made to fit; the last document
        and its fit report."""
        before_compacting: tuple[Any, fit.FitReport] | None = None
        start: tuple[tuple[Any, ...], float] | None = None
        while True:
            document, root = self._render(self.html, self._margin_css())
            self.passes += 1
            if self.passes == 1 and self.margins and self.styled(root) != self._margins_styled:
                self.margins = {}  # remembered for other styles (an edited @page margin)
                continue
            report = fit.inspect(document.pages, self.sections)
            if self.passes >= MAX_PASSES:
                return document, report
            changed = self._fit_margins(report, document.pages)
            if _make_room(report, root):
                changed = True
            elif not changed and before_compacting is None and report.problems() == []:
                trailing = _near_empty_last_page(document.pages)
                start = self._compacting_start(trailing, document.pages, root)
                if trailing and start and _COMPACTING_FAILED.known(*start):
                    trailing = []  # compacting these sources here did not save the page
                elif not trailing:
                    trailing = _compact_first_page(document.pages)
                for element in trailing:
                    element.set(COMPACTED, "")
                if trailing:
                    before_compacting, changed = (document, report), True
            if changed:
                self.html = "<!doctype html>" + ET.tostring(root, encoding="unicode", method="html")
                continue
            _MARGINS[self.key] = (self.styled(root), self.margins)
            if before_compacting and (
                not _compacting_helped(before_compacting[0].pages, document.pages)
                or report.problems()
            ):
                if start:
                    _COMPACTING_FAILED.add(*start)
                return before_compacting  # compact sources or header did not help
            return document, report

    def _compacting_start(
        self, trailing: list[Any], pages: list[Any], root: Any
    ) -> tuple[tuple[Any, ...], float] | None:
        """The :class:`_CompactingFailures` key of ``trailing`` (the compact
        elements all the last page holds) and the y (px) where they start;
        ``None`` when there are none. When they start the last page, where they
        start says nothing of the room left on the page before: the key then
        holds where that page's flow ends (:func:`_flow_end`), matched exactly."""
        if not trailing:
            return None
        starts = []  # (page counted from the end, -y) where each element starts
        for element in trailing:
            start = (0, 0.0)
            for back, page in enumerate(reversed(pages)):
                found = _top_of(page._page_box, element)
                if found is None:
                    break
                start = (back, -found)
            starts.append(start)
        page_from_end, minus_y = max(starts)
        before: tuple[Any, ...] = ()
        if page_from_end == 0:
            before, minus_y = _flow_end(pages[-2]._page_box), 0.0
        markup = tuple(ET.tostring(element, encoding="unicode") for element in trailing)
        size = (pages[-1].width, pages[-1].height)
        margins = tuple(sorted(self.margins.items()))
        key = (self.key, margins, markup, page_from_end, size, self.styled(root), before)
        return key, -minus_y

    def styled(self, root: Any) -> Hashable:
        """What styles the document ``root`` besides its flow's content
        (:func:`_styling`) and the files laying it out read."""
        return _styling(root), self._loaded()

    def _margin_css(self) -> list[str]:
        if not self.margins:
            return []
        rules = " ".join(
            f"margin-{side}: {applied:.2f}px !important;"
            for side, (_, applied) in self.margins.items()
        )
        return [f"@page {{ {rules} }}"]

    def _fit_margins(self, report: fit.FitReport, pages: list[Any]) -> bool:
        """Set each running margin to what its content needs; whether any changed."""
        height = pages[0]._page_box.margin_height() if pages else 0.0
        changed = False
        for side in ("top", "bottom"):
            current = report.margins.get(side, 0.0)
            own = self.margins[side][0] if side in self.margins else current
            need = min(report.margin_needs.get(side, 0.0), height * MAX_MARGIN_SHARE)
            wanted = max(own, need + fit.TOLERANCE_PX)
            if abs(wanted - current) <= MARGIN_STEP_PX and not (need > current):
                continue
            if wanted == own:
                changed = changed or side in self.margins
                self.margins.pop(side, None)
            else:
                self.margins[side] = (own, wanted)
                changed = True
        return changed


def _near_empty_last_page(pages: list[Any]) -> list[Any]:
    """The ``data-fit-compact`` elements that are all the last page's flow
    holds, when they fill less than :data:`NEAR_EMPTY` of its height; else
    none."""
    if len(pages) < 2:
        return []
    page = pages[-1]._page_box
    leaves = _flow_leaves(page)
    if any(compact is None for _, compact in leaves):
        return []
    bottom = max(
        (box.position_y + box.margin_height() for box, _ in leaves), default=page.content_box_y()
    )
    share = (bottom - page.content_box_y()) / page.height if page.height else 1.0
    return _distinct(compact for _, compact in leaves) if share < NEAR_EMPTY else []


def _compact_first_page(pages: list[Any]) -> list[Any]:
    """The ``data-fit-compact`` elements (the practice's header) that are all
    the first page's flow holds when the handout goes on after it: a first
    page with nothing of the handout on it. Else none."""
    if len(pages) < 2:
        return []
    leaves = _flow_leaves(pages[0]._page_box)
    if not leaves or any(compact is None for _, compact in leaves):
        return []
    return _distinct(compact for _, compact in leaves)


def _compacting_helped(before: list[Any], after: list[Any]) -> bool:
    """Whether laying out with compact elements saved a page, or put some of
    the handout on a first page that held only the header."""
    return len(after) < len(before) or (
        bool(_compact_first_page(before)) and not _compact_first_page(after)
    )


def _flow_leaves(page: Any) -> list[tuple[Any, Any]]:
    """Every piece of text and picture in ``page``'s flow (not its margins),
    each with the ``data-fit-compact`` element it is in (or ``None``)."""
    leaves: list[tuple[Any, Any]] = []
    stack: list[tuple[Any, Any]] = [
        (child, None) for child in page.children if not isinstance(child, boxes.MarginBox)
    ]
    while stack:
        box, compact = stack.pop()
        element = getattr(box, "element", None)
        if compact is None and element is not None and element.get(COMPACT) is not None:
            compact = element
        if isinstance(box, boxes.TextBox) and not box.text.strip():
            continue
        if isinstance(box, (boxes.TextBox, boxes.ReplacedBox)):
            leaves.append((box, compact))
            continue
        stack.extend((child, compact) for child in getattr(box, "children", ()))
    return leaves


def _distinct(elements: Iterable[Any]) -> list[Any]:
    return list({id(element): element for element in elements}.values())


def _styling(root: Any) -> tuple[str, ...]:
    """What styles a document besides its flow's content: the attributes of
    ``<html>`` and ``<body>`` (language, classes) and the ``<style>`` (brand,
    paper size) and ``<link>`` elements of ``<head>``."""
    head, body = root.find("head"), root.find("body")
    kept = [e for e in (head if head is not None else ()) if e.tag in ("style", "link")]
    opening = [str(sorted(e.attrib.items())) for e in (root, body) if e is not None]
    return (*opening, *(ET.tostring(e, encoding="unicode") for e in kept))


def _flow_end(page: Any) -> tuple[Any, ...]:
    """Where the flow of ``page`` (a page box) ends, all that decides the room
    below it: the chain of last boxes from the page down (element tag and
    class, bottom of the border box and margin below, px) and the lowest point
    any box of the flow reaches, floats included."""
    lowest = 0.0
    stack = [child for child in page.children if not isinstance(child, boxes.MarginBox)]
    while stack:
        box = stack.pop()
        lowest = max(lowest, box.position_y + box.margin_height())
        stack.extend(getattr(box, "children", ()))
    chain = []
    box = page
    while True:
        children = [c for c in getattr(box, "children", ()) if not isinstance(c, boxes.MarginBox)]
        if not children:
            break
        box = children[-1]
        element = getattr(box, "element", None)
        chain.append(
            (
                getattr(element, "tag", None),
                element.get("class") if element is not None else None,
                round(box.border_box_y() + box.border_height(), 3),
                round(box.margin_bottom or 0.0, 3),
            )
        )
    return round(lowest, 3), tuple(chain)


def _top_of(box: Any, element: Any) -> float | None:
    """The y (px) of the first box of ``element`` under ``box``, or ``None``."""
    stack = [box]
    while stack:
        current = stack.pop()
        if getattr(current, "element", None) is element:
            return float(current.position_y)
        stack.extend(reversed(getattr(current, "children", ())))
    return None


def _make_room(report: fit.FitReport, root: Any) -> bool:
    """Move headings left alone to the next page; set tables wider than the
    page as lists; drop optional content from, or continue, every overflowing
    bounded element; whether the document changed."""
    changed = False
    for heading in report.alone:
        style = heading.get("style", "")
        if BREAK_BEFORE not in style:
            heading.set("style", f"{style}; {BREAK_BEFORE}" if style else BREAK_BEFORE)
            changed = True
    for table in report.wide_tables.values():
        if table.get(STACKED) is None:
            _stack(table)
            changed = True
    parents: dict[Any, Any] | None = None
    for flow in report.overflowing():
        optional = [e for e in flow.element.iter() if e.get(fit.OPTIONAL) is not None]
        if parents is None:
            parents = {child: parent for parent in root.iter() for child in parent}
        if optional:
            for element in optional:
                parents[element].remove(element)
            changed = True
        elif flow.continue_element is not None and _continue(flow, root, parents):
            changed = True
    return changed


def _stack(table: Any) -> None:
    """Mark ``table`` to print as a list of its rows: each body cell gets its
    column's heading (the first row's ``th`` text) as ``data-label``."""
    table.set(STACKED, "")
    rows = list(table.iter("tr"))
    headings = (
        [" ".join("".join(c.itertext()).split()) for c in rows[0] if c.tag == "th"] if rows else []
    )
    for row in rows[1:] if headings else []:
        for cell, heading in zip(row, headings, strict=False):
            if heading and cell.tag == "td":
                cell.set(LABEL, heading)


def _continue(flow: fit.Flow, root: Any, parents: dict[Any, Any]) -> bool:
    """Move what does not fit in ``flow.element`` on to a copy of its
    ``data-fit-continue`` element (or into the element it names)."""
    bounded, fits = flow.element, flow.fits
    moved: list[Any] = []
    kept = 0
    for child in list(bounded):
        if child.get(fit.REPEAT) is not None:
            continue
        if moved or not fits.get(id(child), True):
            whole = moved or child.get(fit.WHOLE) is not None  # a crisis line is never cut
            rest = None if whole else _split(child, fits) or _split_text(child, flow.letters)
            if rest is not None:
                kept += 1
                moved.append(rest)
            else:
                bounded.remove(child)
                moved.append(child)
        else:
            kept += 1
    if not moved:
        return False
    if not kept:  # not even the first part fits: continuing would never end
        for child in moved:
            bounded.append(child)
        return False
    container = flow.continue_element
    target_id = container.get(fit.CONTINUE) or ""
    if target_id:
        target = next((e for e in root.iter() if e.get("id") == target_id), None)
        if target is None:
            return False
        destination = target
        target.set(CONTINUED, "")
        for child in bounded:
            if child.get(fit.REPEAT) is not None:
                target.append(_without_ids(copy.deepcopy(child)))
    else:
        container.set(CONTINUES, "")
        twin = _without_ids(copy.deepcopy(container))
        twin.attrib.pop(CONTINUES, None)
        twin.set(CONTINUED, "")
        destination = _matching(twin, container, bounded, parents)
        for child in list(destination):
            if child.get(fit.REPEAT) is None:
                destination.remove(child)
        parent = parents[container]
        parent.insert(list(parent).index(container) + 1, twin)
    for child in moved:
        destination.append(child)
    return True


def _split(element: Any, fits: dict[int, bool]) -> Any | None:
    """When the first children of ``element`` fit and the rest do not, keep
    those and return a shallow copy holding the rest (an ordered list counts
    on); a heading goes on with the text under it ("Sources" is not left
    alone). ``None`` when it cannot be split."""
    children = list(element)
    count = 0
    for child in children:
        if not fits.get(id(child), True):
            break
        count += 1
    while count and count < len(children) and children[count - 1].tag in fit.HEADINGS:
        count -= 1
    if count == 0 or count == len(children) or any(id(c) not in fits for c in children[:count]):
        return None
    rest = ET.Element(element.tag, _attributes(element))
    for child in children[count:]:
        element.remove(child)
        rest.append(child)
    if element.tag == "ol":  # count on (WeasyPrint reads the counter, not "start")
        start = element.get("start", "1")
        number = (int(start) if start.isdigit() else 1) + count
        rest.set("start", str(number))
        rest.set("style", f"counter-reset: list-item {number - 1}")
    return rest


def _split_text(element: Any, letters: dict[int, int]) -> Any | None:
    """Split a paragraph of plain text (perhaps wrapped in one inline element,
    as in ``<p><strong>…</strong></p>``) after the lines that fit: at the last
    space before the first letter that did not fit (inside a word only when
    the word alone is longer than those lines: an address broken across lines).
    The rest goes into a copy, returned; ``None`` when it is not plain text or
    nothing fits."""
    chain = [element]
    while len(chain[-1]) == 1 and not (chain[-1].text or "").strip():
        if (chain[-1][0].tail or "").strip():
            return None
        chain.append(chain[-1][0])
    inner = chain[-1]
    text = inner.text or ""
    cut = _letter_index(text, letters.get(id(element), 0))
    if len(inner) or cut is None:
        return None
    space = text.rfind(" ", 0, cut + 1) if not text[cut].isspace() else cut
    if space > 0 and text[:space].strip():
        cut = space
    inner.text = text[:cut].rstrip()
    rest = top = ET.Element(element.tag, _attributes(element))
    for item in chain[1:]:
        rest = ET.SubElement(rest, item.tag, _attributes(item))
    rest.text = text[cut:].lstrip()
    return top


def _letter_index(text: str, letters: int) -> int | None:
    """The index in ``text`` of its letter number ``letters`` (from 0, spaces
    not counted); ``None`` when there is no such letter or ``letters`` is 0."""
    if letters <= 0:
        return None
    seen = 0
    for index, char in enumerate(text):
        if char.isspace():
            continue
        if seen == letters:
            return index
        seen += 1
    return None


def _attributes(element: Any) -> dict[str, str]:
    return {k: v for k, v in element.attrib.items() if k != "id"}


def _matching(twin: Any, container: Any, bounded: Any, parents: dict[Any, Any]) -> Any:
    """In ``twin`` (a deep copy of ``container``), the copy of ``bounded``."""
    path = []
    element = bounded
    while element is not container:
        parent = parents[element]
        path.append(list(parent).index(element))
        element = parent
    for index in reversed(path):
        twin = twin[index]
    return twin


def _without_ids(element: Any) -> Any:
    for item in element.iter():
        item.attrib.pop("id", None)
    return element
