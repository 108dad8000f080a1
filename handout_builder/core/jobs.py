"""Render requests and results: the plain, picklable messages that travel
between the GUI or command line and the render worker process."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from handout_builder.core.errors import Problem
from handout_builder.core.model.handout import Handout, Section

if TYPE_CHECKING:  # a request's brand brings its module when unpickled or made
    from handout_builder.core.model.brand import BrandProfile

FIT_CHECK = "fit"  # Problem.check of the fit check's problems


@dataclass(frozen=True)
class RenderRequest:
    """Everything needed to render a handout.

    ``edited_ids`` lists sections whose wording differs from the library's (the
    caller knows the library; the renderer does not need it). ``data_home`` is
    the ``HANDOUT_BUILDER_HOME`` to render with ("" keeps the current one) and
    ``practice_dir`` the shared practice folder ("" for none, ``None`` keeps
    what the worker finds).
    ``layout_dir`` renders with the layout in that folder instead of the one the
    handout names (``layout check`` and ``layout preview`` use it for a layout
    that may not be on the search path). ``purpose="check"`` also compiles every
    template and checks every stylesheet of that layout. ``notes`` are problems
    found while preparing the request (the brand profile named could not be
    read); the caller shows them with the result. ``second_sections`` pairs a
    section's id with its library wording in the second language of a bilingual
    layout (``core/model/documents.second_sections``).
    """

    handout: Handout
    brand: BrandProfile
    edited_ids: frozenset[str] = frozenset()
    second_sections: tuple[tuple[str, Section], ...] = ()
    data_home: str = ""
    layout_dir: str = ""
    render_id: int = 0
    purpose: str = "export"  # "preview" | "export" | "check"
    notes: tuple[Problem, ...] = ()
    practice_dir: str | None = None


@dataclass(frozen=True)
class LogoRequest:
    """Draw a brand logo on its own: does it, alone, pass the render limits?

    The worker sends it after a render was stopped, to tell whether the logo
    (rather than the layout or the content) was the cause."""

    logo: str  # absolute path
    render_id: int = 0


@dataclass
class RenderResult:
    """A finished render: the PDF, or ``error`` (one line) and the problems.

    ``problems`` include what the fit check found after layout (``check ==
    "fit"``: :attr:`fit_problems`), in every render: preview, export, print,
    command line and ``layout check``. ``stopped`` is true when the render was
    stopped by a limit (time, memory) or a crash of the worker, rather than
    failing on a problem it could name.
    """

    render_id: int
    pdf: bytes | None = None
    page_count: int = 0
    problems: list[Problem] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    stopped: bool = False

    @property
    def ok(self) -> bool:
        return self.pdf is not None

    @property
    def fit_problems(self) -> list[Problem]:
        """What the fit check found: content cut off, printed off the paper or
        outside its box (see :mod:`handout_builder.render.fit`)."""
        return [p for p in self.problems if p.check == FIT_CHECK]


@dataclass(frozen=True)
class AnalysisRequest:
    """Text analysis to run in the worker process, away from the GUI.

    ``kind`` names a function in :mod:`handout_builder.core.checks.analysis`; ``texts``
    are Markdown texts. Loading the reading-level dictionary takes a second
    and a lot of memory, which the GUI process should not pay.
    """

    kind: str
    texts: tuple[str, ...] = ()
    render_id: int = 0
    language: str = "en"  # the language ``texts`` are written in
    handout: Handout | None = None
    data_home: str = ""  # HANDOUT_BUILDER_HOME for the user's jargon list and pictures


@dataclass
class AnalysisResult:
    render_id: int
    values: list[object] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None
