"""HTML → tagged PDF with WeasyPrint (imported here and in the fetcher only)."""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import tinycss2
import weasyprint
from weasyprint.text.fonts import FontConfiguration

from handout_builder.core import paths
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.jobs import RenderRequest, RenderResult
from handout_builder.core.layout.templating import (
    PreparedHtml,
    TemplateProblem,
    allowed_roots,
    prepare_html,
    resolve_layout,
    stylesheets_of,
)
from handout_builder.core.messages import joined, msg
from handout_builder.render import fit, warm
from handout_builder.render.attachments import (
    drop_embedded_files,
    embedding_problems,
    strip_embedding,
)
from handout_builder.render.fetcher import RestrictedURLFetcher
from handout_builder.render.font_config import WarmFontConfiguration
from handout_builder.render.refit import Layout
from handout_builder.render.structure_lang import install as install_structure_lang

# Tagged PDF/UA-1: title, language, structure tags, embedded fonts.
PDF_OPTIONS: dict[str, Any] = {"pdf_variant": "pdf/ua-1", "pdf_tags": True}
_IGNORED_WARNINGS = ("Anchor defined twice",)
install_structure_lang()  # /Lang on the structure elements of parts in another language
warm.install()  # what does not change between renders is done once per worker (render/warm.py)
# "Ignored `colr: red` at 3:5, unknown property." — a CSS problem with its position.
_CSS_POSITION = re.compile(r"^(?P<head>.*?) at (?P<line>\d+):(?P<column>\d+)(?P<tail>.*)$")


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage().splitlines()[0] if record.getMessage() else ""
        if message and not message.startswith(_IGNORED_WARNINGS):
            self.messages.append(message)


@contextmanager
def collect_warnings() -> Iterator[list[str]]:
    """WeasyPrint's warnings during the block, as one-line messages."""
    logger = logging.getLogger("weasyprint")
    collector = _Collector()
    logger.addHandler(collector)
    previous = logger.propagate
    logger.propagate = False
    try:
        yield collector.messages
    finally:
        logger.removeHandler(collector)
        logger.propagate = previous


def write_pdf(
    prepared: PreparedHtml, font_config: FontConfiguration | None = None
) -> tuple[bytes, int, list[Problem]]:
    """Render prepared HTML to PDF bytes; returns (pdf, page count, problems)."""
    fetcher = RestrictedURLFetcher(prepared.allowed_roots)
    if isinstance(font_config, WarmFontConfiguration):
        font_config.begin()
    problems: list[Problem] = []
    stylesheet_messages: set[str] = set()
    for path in prepared.stylesheets_to_check:
        for problem in check_stylesheet(path, fetcher):
            problems.append(problem)
            stylesheet_messages.add(problem.message)
    fetcher.refused.clear()
    with collect_warnings() as warnings:
        removed: list[tuple[str, str]] = []

        def lay_out(html_text: str, css: list[str]) -> tuple[Any, Any]:
            html = weasyprint.HTML(
                string=html_text, base_url=prepared.base_url, url_fetcher=fetcher
            )
            removed.extend(strip_embedding(html.etree_element))  # first pass only finds any
            sheets = [weasyprint.CSS(string=text) for text in css]
            document = html.render(font_config=font_config, stylesheets=sheets, **PDF_OPTIONS)
            return document, html.etree_element

        document, report = Layout(
            prepared.html,
            prepared.base_url,
            lay_out,
            dict(prepared.sections),
            loaded=lambda: frozenset(fetcher.loaded),
        ).run()
        dropped = drop_embedded_files(document)
        problems += embedding_problems(removed, prepared.source_files, dropped)
        problems += report.problems()
        if prepared.max_pages is not None and len(document.pages) > prepared.max_pages:
            problems.append(overflow_problem(document.pages, prepared))
            document = document.copy(document.pages[: prepared.max_pages])
        # Whatever the layout's <head> says, the PDF carries these.
        document.metadata.title = prepared.title
        document.metadata.authors = [prepared.author] if prepared.author else []
        document.metadata.lang = prepared.language
        pdf = document.write_pdf(**PDF_OPTIONS)
    for refused in dict.fromkeys(fetcher.refused):  # each pass of the layout loads again
        url = refused.split(" (", 1)[0]
        if url in prepared.reported_urls:
            continue  # the logo's link, reported with the brand profile
        file, line = locate(url, prepared.source_files)
        problems.append(Problem(f"not loaded: {refused}", file, line, severity="warning"))
    for message in dict.fromkeys(warnings):
        if "refused to load" in message:
            continue
        if _strip_position(message) in stylesheet_messages:
            continue  # already reported with its file and line
        problems.append(Problem(message, severity="warning"))
    return pdf, len(document.pages), problems


def _strip_position(message: str) -> str:
    match = _CSS_POSITION.match(message)
    return f"{match['head']}{match['tail']}" if match else message


def locate(text: str, files: tuple[Path, ...]) -> tuple[str | None, int | None]:
    """The first file and line among ``files`` that contain ``text``."""
    for path in files:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for number, line in enumerate(lines, 1):
            if text in line:
                return str(path), number
    return None, None


def check_stylesheet(path: Path, fetcher: RestrictedURLFetcher) -> list[Problem]:
    """Parse one stylesheet on its own, so its warnings name the file and line."""
    problems = []
    with collect_warnings() as warnings:
        try:
            weasyprint.CSS(filename=str(path), url_fetcher=fetcher)
        except Exception as exc:  # unreadable or undecodable: report, go on
            problems.append(Problem(f"stylesheet not readable: {exc}", str(path)))
    for message in warnings:
        if "refused to load" in message:
            continue
        match = _CSS_POSITION.match(message)
        if match:
            problems.append(
                Problem(
                    f"{match['head']}{match['tail']}",
                    str(path),
                    int(match["line"]),
                    severity="warning",
                )
            )
        else:
            problems.append(Problem(message, str(path), severity="warning"))
    problems += [
        Problem(f"not loaded: {url}", str(path), severity="warning") for url in fetcher.refused
    ]
    fetcher.refused.clear()
    return problems + stylesheet_url_problems(path, fetcher)


def stylesheet_url_problems(path: Path, fetcher: RestrictedURLFetcher) -> list[Problem]:
    """Every ``url(…)`` in a stylesheet that the fetcher would refuse, at its line —
    found by reading the CSS, without loading anything."""
    try:
        rules = tinycss2.parse_stylesheet(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return []
    problems = []
    stack: list[Any] = list(rules)
    while stack:
        node = stack.pop()
        for attribute in ("prelude", "content", "arguments"):
            stack.extend(getattr(node, attribute, None) or ())
        url = None
        if getattr(node, "type", "") == "url":
            url = node.value
        elif getattr(node, "type", "") == "function" and node.lower_name == "url":
            strings = [t.value for t in node.arguments if getattr(t, "type", "") == "string"]
            url = strings[0] if strings else None
        if url is None:
            continue
        absolute = urljoin(path.as_uri(), url)
        reason = fetcher.refusal(absolute)
        if reason is not None:
            shown = absolute if len(absolute) <= 120 else absolute[:117] + "..."
            problems.append(
                Problem(
                    f"not loaded: {shown} ({reason})",
                    str(path),
                    node.source_line,
                    severity="warning",
                )
            )
    return sorted(problems, key=lambda p: p.line or 0)


def stylesheet_problems(request: RenderRequest) -> list[Problem]:
    """The checked layout's stylesheet problems, for when its templates failed
    (so ``layout check`` still reports every problem in one run)."""
    try:
        chain, _ = resolve_layout(request)
    except HandoutBuilderError:
        return []
    fetcher = RestrictedURLFetcher(allowed_roots(chain, request.brand))
    problems: list[Problem] = []
    for path in stylesheets_of(chain[0]):
        problems += check_stylesheet(path, fetcher)
    return problems


def overflow_problem(pages: list[Any], prepared: PreparedHtml) -> Problem:
    """What was cut when the content needs more pages than the layout has."""
    limit = prepared.max_pages or len(pages)
    first_page: dict[str, int] = {}
    last_page: dict[str, int] = {}
    for index, page in enumerate(pages):
        for anchor in page.anchors:
            first_page.setdefault(anchor, index)
            last_page[anchor] = index
    whole, partly = [], []
    for anchor, title in prepared.sections:
        start = first_page.get(anchor)
        end = last_page.get(f"{anchor}-end", start)
        if start is None:
            continue
        if start >= limit:
            whole.append(title)
        elif end is not None and end >= limit:
            partly.append(title)
    cut = len(whole) + len(partly)
    what = joined(", ", [f"“{t}”" for t in whole] + [msg("the end of “%1”", t) for t in partly])
    sheets = msg("%1 pages", limit) if limit != 1 else msg("1 page")
    if cut:
        detail = (
            msg("%1 sections were cut: %2", cut, what)
            if cut != 1
            else msg("1 section was cut: %1", what)
        )
    else:
        detail = msg("the end of the handout was cut")
    named = fit.cut_names(pages, limit)
    if named:
        detail = msg("%1; also cut: %2", detail, ", ".join(named))
    return Problem(
        msg(
            "content does not fit the %1 of this layout; %2. "
            "Remove a section, shorten the text or switch off illustrations",
            sheets,
            detail,
        ),
        severity="warning",
        check=fit.CHECK,
    )


def render_request(
    request: RenderRequest, font_config: FontConfiguration | None = None
) -> RenderResult:
    """Render one request; failures become a result with ``error`` and problems."""
    started = time.perf_counter()
    result = RenderResult(render_id=request.render_id)
    with paths.using_home(request.data_home, request.practice_dir):
        try:
            prepared = prepare_html(request)
            pdf, pages, problems = write_pdf(prepared, font_config)
            result.pdf, result.page_count = pdf, pages
            result.problems = prepared.problems + problems
        except TemplateProblem as exc:
            result.error, result.problems = str(exc), list(exc.problems)
            if request.purpose == "check":
                result.problems += stylesheet_problems(request)
        except RecursionError:
            result.error = (
                "the layout nests its boxes too deeply to lay out; simplify the templates"
            )
            result.problems = [Problem(result.error)]
        except HandoutBuilderError as exc:
            result.error = str(exc)
            result.problems = list(getattr(exc, "problems", [])) or [Problem(str(exc))]
    result.seconds = time.perf_counter() - started
    return result


WARM_UP_HTML = """<!doctype html><html lang="en"><head><title>warm-up</title><style>{fonts}
body {{ font-family: 'Atkinson Hyperlegible'; }}</style></head>
<body><h1>Warm-up</h1><p>A <b>short</b> <i>paragraph</i>.</p></body></html>"""


def warm_up() -> WarmFontConfiguration:
    """A font configuration with the default font loaded, after one small render."""
    from handout_builder.core.layout.templating import PreparedHtml
    from handout_builder.core.model.fonts import DEFAULT_FONT, font_dirs, font_face_css

    font_config = WarmFontConfiguration()
    html = WARM_UP_HTML.format(fonts=font_face_css([DEFAULT_FONT]))
    prepared = PreparedHtml(
        html=html, base_url="", allowed_roots=font_dirs(), title="warm-up", author="", language="en"
    )
    with contextlib.suppress(Exception):
        write_pdf(prepared, font_config)
    return font_config
