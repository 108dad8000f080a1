"""Reading a tagged PDF's structure and text sizes, for the accessibility tests.

``structure`` walks the structure tree (pikepdf) in reading order and gives each
element its tag, alt text and the text of the marked content it owns;
``text_sizes`` reads every piece of text with its printed size in points and
the marked-content tags it sits in (pypdf's content-stream visitor);
``glyphs`` and ``line_boxes`` give where characters and drawn lines are on
the page (PDFium).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field

import pikepdf
from pypdf import PdfReader


@dataclass
class Element:
    tag: str  # "H1", "Figure", ...
    alt: str | None
    text: str
    children: list[Element] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class TextRun:
    page: int
    text: str
    size: float  # points
    tags: tuple[str, ...]  # enclosing marked-content tags, outermost first
    mcid: int | None


def text_runs(pdf: bytes) -> list[TextRun]:
    """Every run of text with its size in points (font size × text and
    transformation matrix scale) and the marked content it is in."""
    reader = PdfReader(io.BytesIO(pdf))
    runs: list[TextRun] = []
    for number, page in enumerate(reader.pages):
        stack: list[tuple[str, int | None]] = []

        def before(operator, operands, cm, tm, stack=stack):
            if operator in (b"BDC", b"BMC"):
                mcid = None
                if operator == b"BDC" and len(operands) > 1 and hasattr(operands[1], "get"):
                    mcid = operands[1].get("/MCID")
                stack.append((str(operands[0]).lstrip("/"), mcid))
            elif operator == b"EMC" and stack:
                stack.pop()

        def visit(text, cm, tm, font, size, stack=stack, number=number):
            if not text.strip():
                return
            scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
            mcid = next((m for _, m in reversed(stack) if m is not None), None)
            runs.append(
                TextRun(
                    number,
                    text,
                    round(size * scale, 2),
                    tuple(tag for tag, _ in stack),
                    None if mcid is None else int(mcid),
                )
            )

        page.extract_text(visitor_operand_before=before, visitor_text=visit)
    return runs


def structure(pdf: bytes) -> tuple[Element, dict[str, str]]:
    """The structure tree (root ``Document`` element) and the catalog facts."""
    texts: dict[tuple[int, int], str] = {}
    for run in text_runs(pdf):
        if run.mcid is not None:
            key = (run.page, run.mcid)
            texts[key] = texts.get(key, "") + run.text
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        pages = {page.objgen: index for index, page in enumerate(doc.pages)}
        facts = {
            "lang": str(doc.Root.get("/Lang", "")),
            "marked": str(bool(doc.Root.MarkInfo.Marked)) if "/MarkInfo" in doc.Root else "",
            "title": str(doc.docinfo.get("/Title", "")),
        }

        def build(node, page: int | None) -> Element:
            if "/Pg" in node:
                page = pages.get(node.Pg.objgen, page)
            element = Element(str(node.get("/S", "")).lstrip("/"), None, "")
            if "/Alt" in node:
                element.alt = str(node.Alt)
            kids = node.get("/K")
            items = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
            own: list[str] = []
            for kid in items:
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    element.children.append(build(kid, page))
                elif isinstance(kid, int) and page is not None:
                    own.append(texts.get((page, int(kid)), ""))
            element.text = "".join(own)
            return element

        root = doc.Root.StructTreeRoot
        top = root.K if isinstance(root.K, pikepdf.Dictionary) else root.K[0]
        return build(top, None), facts


def element_text(element: Element) -> str:
    """All text under ``element``, whitespace collapsed."""
    return " ".join("".join(e.text for e in element.walk()).split())


@dataclass(frozen=True)
class Glyph:
    page: int
    text: str
    x0: float  # points from the page's left edge
    y0: float  # points from the page's bottom edge
    x1: float
    y1: float
    page_width: float
    page_height: float


def glyphs(pdf: bytes) -> list[Glyph]:
    """Every printed character with its box on the page (PDFium's "loose"
    character box: the font's full height, as a printer would place it)."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    found: list[Glyph] = []
    document = pypdfium2.PdfDocument(pdf)
    try:
        for number in range(len(document)):
            page = document[number]
            width, height = page.get_size()
            text = page.get_textpage()
            for index in range(text.count_chars()):
                char = chr(pdfium_c.FPDFText_GetUnicode(text.raw, index))
                if char.strip():
                    x0, y0, x1, y1 = text.get_charbox(index, loose=True)
                    found.append(Glyph(number, char, x0, y0, x1, y1, width, height))
    finally:
        document.close()
    return found


def line_boxes(pdf: bytes, page: int) -> list[tuple[float, float, float, float]]:
    """The bounds (points: left, bottom, right, top) of every drawn path (a
    line, a mark, a box) on ``page`` (from 0)."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    document = pypdfium2.PdfDocument(pdf)
    try:
        objects = document[page].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH])
        return [tuple(item.get_bounds()) for item in objects]
    finally:
        document.close()


def text_x(pdf: bytes, page: int, words: str) -> float:
    """The left edge (points) of the first run of text on ``page`` that starts
    with ``words``."""
    reader = PdfReader(io.BytesIO(pdf))
    found: list[float] = []

    def visit(text, cm, tm, font, size):
        if not found and text.strip().startswith(words):
            found.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

    reader.pages[page].extract_text(visitor_text=visit)
    if not found:
        raise AssertionError(f"no text starting {words!r} on page {page + 1}")
    return found[0]
