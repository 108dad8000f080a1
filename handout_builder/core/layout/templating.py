"""From a handout to HTML: layout lookup, the sandboxed Jinja environment, and
template errors turned into problems that name the file and line."""

from __future__ import annotations

import posixpath
import re
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path

from handout_builder.core import resources
from handout_builder.core.errors import HandoutBuilderError, Problem, ValidationError
from handout_builder.core.jobs import RenderRequest
from handout_builder.core.layout.context import TemplateContext, build_context
from handout_builder.core.layout.layouts import (
    ENTRY_TEMPLATE,
    Layout,
    get_layout,
    layout_chain,
    load_layout,
    scan_layouts,
)
from handout_builder.core.layout.sandbox import LayoutSandbox
from handout_builder.core.model.brand import BrandProfile
from handout_builder.core.model.fonts import font_dirs
from handout_builder.core.model.illustrations import illustration_dirs, load_illustrations
from handout_builder.core.model.logo import logo_files, logo_link_problems, logo_links

MAX_TEMPLATE_BYTES = 1_000_000
MAX_TEMPLATES_CHECKED = 200
STYLESHEET_SUFFIX = ".css"


@dataclass
class PreparedHtml:
    """HTML ready for WeasyPrint, and what it may load.

    ``max_pages`` is the layout's page limit (pages past it are cut and reported);
    ``sections`` pairs each section's HTML id with its title, so content that does
    not fit can be named; ``stylesheets_to_check`` lists the checked layout's CSS
    files (``purpose="check"`` only), checked one by one so warnings name the file;
    ``source_files`` (also only when checking) are the layout's own templates and
    stylesheets, searched to put a refused URL on its file and line;
    ``reported_urls`` are refused already reported among ``problems`` (the
    logo's links that cannot load).
    """

    html: str
    base_url: str
    allowed_roots: list[Path]
    title: str
    author: str
    language: str
    problems: list[Problem] = field(default_factory=list)
    max_pages: int | None = None
    sections: tuple[tuple[str, str], ...] = ()
    stylesheets_to_check: tuple[Path, ...] = ()
    source_files: tuple[Path, ...] = ()
    reported_urls: frozenset[str] = frozenset()


class TemplateProblem(HandoutBuilderError):
    """A layout's templates failed; ``problems`` name file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]))


class ContainedLoader(jinja2.FileSystemLoader):
    """A file-system loader that never reads outside its folders.

    Jinja already refuses ``..`` and absolute names; this also refuses a file that
    is a symbolic link to somewhere else, and templates too large to be real.
    """

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for folder in self.searchpath:
            filename = posixpath.join(folder, *pieces)
            if not Path(filename).is_file():
                continue
            resolved, root = Path(filename).resolve(), Path(folder).resolve()
            if root not in resolved.parents:
                raise SecurityError(f"'{template}' is a link to a file outside the layout folder")
            if resolved.stat().st_size > MAX_TEMPLATE_BYTES:
                raise SecurityError(f"'{template}' is too large for a template")
            return super().get_source(environment, template)
        raise jinja2.TemplateNotFound(template)


def make_environment(chain: list[Layout], layouts: dict[str, Layout]) -> jinja2.Environment:
    """The sandboxed environment for ``chain`` (a layout and its ancestors).

    Templates are found in the layout's folder, then its ancestors', then the
    shared ``base`` folder; ``NAME/file.html.j2`` reaches a named layout's file.
    Environments are kept (compiled templates with them) and reload a template
    when its file changes, so the worker renders edits without recompiling all.
    """
    key = (
        tuple(str(item.directory) for item in chain),
        tuple(sorted((name, str(item.directory)) for name, item in layouts.items())),
    )
    env = _ENVIRONMENTS.get(key)
    if env is None:
        env = _ENVIRONMENTS[key] = _new_environment(chain, layouts)
    return env


_ENVIRONMENTS: dict[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], jinja2.Environment] = {}


def _new_environment(chain: list[Layout], layouts: dict[str, Layout]) -> jinja2.Environment:
    search = [str(item.directory) for item in chain] + [str(resources.base_templates_dir())]
    prefixed: dict[str, jinja2.BaseLoader] = {
        name: ContainedLoader(str(item.directory)) for name, item in layouts.items()
    }
    prefixed["base"] = ContainedLoader(str(resources.base_templates_dir()))
    loader = jinja2.ChoiceLoader([ContainedLoader(search), jinja2.PrefixLoader(prefixed)])
    env = LayoutSandbox(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )
    return env


def template_problem(exc: BaseException, fallback_file: str) -> Problem:
    """A problem naming the template file and line where ``exc`` happened."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return Problem(
            f"template syntax error: {exc.message}",
            exc.filename or exc.name or fallback_file,
            exc.lineno,
        )
    file, line = fallback_file, None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith((".j2", ".html", ".jinja")):
            file, line = frame.filename, frame.lineno
    if isinstance(exc, jinja2.TemplateNotFound):
        message = f"template not found: {exc.name}"
    elif isinstance(exc, jinja2.UndefinedError):
        message = f"undefined value in template: {_plain_undefined(exc.message or '')}"
    elif isinstance(exc, SecurityError):
        message = f"not allowed in a layout template: {exc}"
    elif isinstance(exc, MemoryError):
        message = "the layout needed too much memory here (it builds something too large)"
    elif isinstance(exc, RecursionError):
        message = (
            "the template calls itself without end (a macro that calls itself, or a "
            "template that extends or includes itself); give the repetition a way to stop"
        )
    else:
        message = f"template error: {type(exc).__name__}: {exc}"
    return Problem(message, file, line)


_NO_ATTRIBUTE = re.compile(r"^'(?:[\w.]+\.)?(\w+)Context object' has no attribute '(\w+)'$")


def _plain_undefined(message: str) -> str:
    """Jinja's "'…HandoutContext object' has no attribute 'x'" in template terms."""
    match = _NO_ATTRIBUTE.match(message)
    if not match:
        return message
    kind, name = match.groups()
    return (
        f"{kind.lower()} has no field '{name}' (the fields are listed in docs/template-context.md)"
    )


def allowed_roots(layouts_in_use: list[Layout], brand: BrandProfile) -> list[Path]:
    """Folders (and the logo's files) the renderer may read from; nothing else."""
    roots = [item.directory for item in layouts_in_use]
    roots += [resources.base_templates_dir(), resources.assets_dir()]
    roots += illustration_dirs() + font_dirs()
    if brand.logo is not None:
        roots += logo_files(brand.logo)
    return [Path(r).resolve() for r in roots]


def resolve_layout(request: RenderRequest) -> tuple[list[Layout], dict[str, Layout]]:
    """The layout chain to render ``request`` with, and every layout by name.

    Raises :class:`TemplateProblem` for a broken manifest or ``extends`` and
    :class:`~handout_builder.core.errors.NotFoundError` for an unknown layout.
    """
    scan = scan_layouts()
    layouts = dict(scan.layouts)
    try:
        if request.layout_dir:
            layout = load_layout(Path(request.layout_dir))
            layouts[layout.name] = layout
        else:
            name = request.handout.options.layout
            if name in scan.broken:
                raise TemplateProblem(scan.broken[name])
            layout = get_layout(name, layouts)
        return layout_chain(layout, layouts), layouts
    except ValidationError as exc:
        raise TemplateProblem(exc.problems) from None


def prepare_html(request: RenderRequest) -> PreparedHtml:
    """Build the context and render the layout's templates to HTML.

    Raises :class:`TemplateProblem` for template errors and
    :class:`~handout_builder.core.errors.NotFoundError` for an unknown layout.
    """
    chain, layouts = resolve_layout(request)
    checking = request.purpose == "check"
    problems: list[Problem] = []
    illustration_problems: list[Problem] = []
    context, context_problems = build_context(
        request.handout,
        request.brand,
        chain,
        illustrations=load_illustrations(illustration_problems),
        edited_ids=request.edited_ids,
        second_sections=dict(request.second_sections),
    )
    problems += context_problems
    compile_problems = compile_templates(chain, layouts) if checking else []
    try:
        html = render_template(context, chain, layouts)
    except TemplateProblem as exc:
        raise TemplateProblem(_unique(compile_problems + exc.problems)) from None
    problems += compile_problems  # in templates this render does not use
    logo = request.brand.logo
    problems += logo_link_problems(logo, _source(request.brand)) if logo else []
    unloadable = logo_links(logo).unloadable if logo else []
    return PreparedHtml(
        html=html,
        base_url=(chain[0].directory / ENTRY_TEMPLATE).as_uri(),
        allowed_roots=allowed_roots(chain, request.brand),
        title=request.handout.title,
        author=request.brand.practice_name,
        language=context.handout.language,
        problems=problems,
        max_pages=chain[0].max_pages,
        sections=tuple((s.id, s.title) for s in context.handout.sections),
        stylesheets_to_check=tuple(stylesheets_of(chain[0])) if checking else (),
        source_files=tuple(layout_files(chain[0], ".j2") + stylesheets_of(chain[0]))
        if checking
        else (),
        reported_urls=frozenset(url for _, url, _ in unloadable),
    )


def _source(brand: BrandProfile) -> str | None:
    return str(brand.source) if brand.source else None


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def layout_files(layout: Layout, suffix: str) -> list[Path]:
    """A layout's own files ending in ``suffix`` (sub-folders included, at most
    :data:`MAX_TEMPLATES_CHECKED`)."""
    found = sorted(
        path
        for path in layout.directory.rglob(f"*{suffix}")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(layout.directory).parts)
    )
    return found[:MAX_TEMPLATES_CHECKED]


def stylesheets_of(layout: Layout) -> list[Path]:
    return layout_files(layout, STYLESHEET_SUFFIX)


def compile_templates(chain: list[Layout], layouts: dict[str, Layout]) -> list[Problem]:
    """Compile every template in the layout's own folder (even those no page
    uses yet), so syntax errors show up with their file and line."""
    env = make_environment(chain, layouts)
    problems = []
    folder = chain[0].directory
    for path in layout_files(chain[0], ".j2"):
        name = path.relative_to(folder).as_posix()
        try:
            env.get_template(name)
        except (jinja2.TemplateError, SecurityError, OSError, UnicodeDecodeError) as exc:
            problems.append(template_problem(exc, str(path)))
    return problems


def render_template(
    context: TemplateContext, chain: list[Layout], layouts: dict[str, Layout]
) -> str:
    env = make_environment(chain, layouts)
    entry = str(chain[0].directory / ENTRY_TEMPLATE)
    try:
        template = env.get_template(ENTRY_TEMPLATE)
        html = template.render(context.variables())
    except (
        jinja2.TemplateError,
        SecurityError,
        TypeError,
        ValueError,
        AttributeError,
        ArithmeticError,
        LookupError,
        RecursionError,
        AssertionError,  # Jinja's own argument checks (|truncate)
        MemoryError,  # the worker's memory limit, reached inside a template
    ) as exc:
        raise TemplateProblem([template_problem(exc, entry)]) from None
    return html
