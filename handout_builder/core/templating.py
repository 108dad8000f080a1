"""From a handout to HTML: layout lookup, the sandboxed Jinja environment, and
template errors turned into problems that name the file and line."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from handout_builder.core import resources
from handout_builder.core.brand import BrandProfile
from handout_builder.core.context import TemplateContext, build_context
from handout_builder.core.errors import HandoutBuilderError, Problem, ValidationError
from handout_builder.core.fonts import font_dirs
from handout_builder.core.illustrations import illustration_dirs, load_illustrations
from handout_builder.core.jobs import RenderRequest
from handout_builder.core.layouts import (
    ENTRY_TEMPLATE,
    Layout,
    find_layouts,
    get_layout,
    layout_chain,
)

MAX_HTML_CHARS = 20_000_000


@dataclass
class PreparedHtml:
    """HTML ready for WeasyPrint, and what it may load."""

    html: str
    base_url: str
    allowed_roots: list[Path]
    title: str
    author: str
    language: str
    problems: list[Problem] = field(default_factory=list)


class TemplateProblem(HandoutBuilderError):
    """A layout's templates failed; ``problems`` name file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]))


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
    prefixed = {
        name: jinja2.FileSystemLoader(str(item.directory)) for name, item in layouts.items()
    }
    prefixed["base"] = jinja2.FileSystemLoader(str(resources.base_templates_dir()))
    loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(search), jinja2.PrefixLoader(prefixed)])
    env = ImmutableSandboxedEnvironment(
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
        message = f"undefined value in template: {exc.message}"
    elif isinstance(exc, SecurityError):
        message = f"not allowed in a layout template: {exc}"
    else:
        message = f"template error: {type(exc).__name__}: {exc}"
    return Problem(message, file, line)


def allowed_roots(layouts_in_use: list[Layout], brand: BrandProfile) -> list[Path]:
    """Folders (and the logo file) the renderer may read from; nothing else."""
    roots = [item.directory for item in layouts_in_use]
    roots += [resources.base_templates_dir(), resources.assets_dir()]
    roots += illustration_dirs() + font_dirs()
    if brand.logo is not None:
        roots.append(brand.logo)
    return [Path(r).resolve() for r in roots]


def prepare_html(request: RenderRequest) -> PreparedHtml:
    """Build the context and render the layout's templates to HTML.

    Raises :class:`TemplateProblem` for template errors and
    :class:`~handout_builder.core.errors.NotFoundError` for an unknown layout.
    """
    layouts, layout_problems = find_layouts()
    layout = get_layout(request.handout.options.layout, layouts)
    try:
        chain = layout_chain(layout, layouts)
    except ValidationError as exc:
        raise TemplateProblem(exc.problems) from None
    problems = [p for p in layout_problems if p.file and p.file.startswith(str(layout.directory))]
    illustration_problems: list[Problem] = []
    context, context_problems = build_context(
        request.handout,
        request.brand,
        chain,
        illustrations=load_illustrations(illustration_problems),
        edited_ids=request.edited_ids,
    )
    problems += context_problems
    html = render_template(context, chain, layouts)
    return PreparedHtml(
        html=html,
        base_url=(chain[0].directory / ENTRY_TEMPLATE).as_uri(),
        allowed_roots=allowed_roots(chain, request.brand),
        title=request.handout.title,
        author=request.brand.practice_name,
        language=context.handout.language,
        problems=problems,
    )


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
    ) as exc:
        raise TemplateProblem([template_problem(exc, entry)]) from None
    if len(html) > MAX_HTML_CHARS:
        raise TemplateProblem(
            [
                Problem(
                    f"layout produced too much HTML ({len(html) // 1_000_000} million characters)",
                    entry,
                )
            ]
        )
    return html
