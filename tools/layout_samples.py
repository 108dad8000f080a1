"""Render the same sample handout in every built-in layout and write page 1 of
each (both sides of the brochure) to docs/layout-NAME.png (needs pdftoppm).

The handout: "Understanding anxiety" with the topics anxiety-alarm,
window-of-tolerance and grounding-skills, prepared for Sam, printed for the
sample practice on Letter paper — the handout `layout check` uses. Then the
same handout in the Brief form, in Classic, with a crisis line filled in:
docs/brief-handout.png.

Then a handout in Spanish (Classic) and the bilingual layout, page 1 each, to
docs/spanish-page1.png and docs/bilingual-page1.png: two Spanish topics from
the built-in library, or, while it has fewer, the two small Spanish test
entries in tests/data/library/es (the output says which). Last, three
explanations of the library's second edition (panic-cycle, thought-record,
behavioral-activation) in Classic: docs/second-edition-page1.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs"
RESOLUTION = "80"


def png(pdf: Path, page: int, target: Path) -> None:
    pages = ["-f", str(page), "-l", str(page), "-singlefile"]
    subprocess.run(
        ["pdftoppm", "-png", "-r", RESOLUTION, *pages, str(pdf), str(target.with_suffix(""))],
        check=True,
    )


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="hb-layouts-"))
    os.environ["HANDOUT_BUILDER_HOME"] = str(home)
    from dataclasses import replace

    from handout_builder.core.layout.authoring import sample_handout
    from handout_builder.core.layout.layouts import builtin_layouts
    from handout_builder.core.model.brand import sample_brand
    from handout_builder.core.model.documents import render_request
    from handout_builder.core.model.library import load_library
    from handout_builder.render.pdf import render_request as render

    library = load_library(include_user=False)
    status = 0
    for layout in builtin_layouts():
        if layout.languages > 1:
            continue  # shown by language_samples with Spanish entries
        handout = sample_handout(library)
        handout.options.layout = layout.name
        result = render(render_request(handout, sample_brand(), library))
        if result.pdf is None:
            print(f"{layout.name}: {result.error}", file=sys.stderr)
            status = 1
            continue
        pdf = home / f"{layout.name}.pdf"
        pdf.write_bytes(result.pdf)
        if layout.name == "trifold":
            png(pdf, 1, DOCS / "layout-trifold-side1.png")
            png(pdf, 2, DOCS / "layout-trifold-side2.png")
        else:
            png(pdf, 1, DOCS / f"layout-{layout.name}.png")
        problems = "; ".join(str(p) for p in result.problems) or "no problems"
        print(f"{layout.name}: {result.page_count} pages, {problems}")
    brief = sample_handout(library)
    brief.options.brief = True
    crisis = replace(sample_brand(), crisis_line="In an emergency call 911, or call or text 988.")
    result = render(render_request(brief, crisis, library))
    if result.pdf is None:
        print(f"brief: {result.error}", file=sys.stderr)
        return 1
    pdf = home / "brief.pdf"
    pdf.write_bytes(result.pdf)
    png(pdf, 1, DOCS / "brief-handout.png")
    print(f"brief (classic): {result.page_count} page(s)")
    return status or language_samples(home) or second_edition(home)


SPANISH_TOPICS = ["anxiety-alarm", "grounding-skills"]
SPANISH_CRISIS = "Emergencia: llame al 911. Crisis: llame o escriba al 988."


def language_samples(home: Path) -> int:
    """docs/spanish-page1.png and docs/bilingual-page1.png."""
    import shutil
    from dataclasses import replace

    from handout_builder.core.model.brand import sample_brand
    from handout_builder.core.model.documents import new_handout, render_request
    from handout_builder.core.model.library import load_library
    from handout_builder.render.pdf import render_request as render

    spanish = load_library(include_user=False, language="es")
    source = "built-in Spanish entries"
    if not all(topic in spanish for topic in SPANISH_TOPICS):
        tests = Path(__file__).resolve().parent.parent / "tests" / "data" / "library" / "es"
        shutil.copytree(tests, home / "library" / "es", dirs_exist_ok=True)
        spanish = load_library(language="es")
        source = "the Spanish test entries in tests/data/library/es"
    brand = replace(
        sample_brand(),
        crisis_line="In an emergency call 911, or call or text 988.",
        translations=(("es", "crisis_line", SPANISH_CRISIS),),
    )
    for layout, name in (("classic", "spanish-page1"), ("bilingual", "bilingual-page1")):
        handout = new_handout(spanish, SPANISH_TOPICS, layout=layout, paper="letter")
        handout.prepared_for, handout.date = "Ana", "2026-11-30"
        result = render(render_request(handout, brand, spanish))
        if result.pdf is None:
            print(f"{name}: {result.error}", file=sys.stderr)
            return 1
        pdf = home / f"{name}.pdf"
        pdf.write_bytes(result.pdf)
        png(pdf, 1, DOCS / f"{name}.png")
        problems = "; ".join(str(p) for p in result.problems) or "no problems"
        print(f"{name} ({source}): {result.page_count} pages, {problems}")
    return 0


def second_edition(home: Path) -> int:
    """docs/second-edition-page1.png."""
    from dataclasses import replace

    from handout_builder.core.model.brand import sample_brand
    from handout_builder.core.model.documents import new_handout, render_request
    from handout_builder.core.model.library import load_library
    from handout_builder.render.pdf import render_request as render

    library = load_library(include_user=False)
    handout = new_handout(
        library,
        ["panic-cycle", "thought-record", "behavioral-activation"],
        title="Breaking the panic cycle",
        prepared_for="Sam",
        layout="classic",
        paper="letter",
    )
    crisis = replace(sample_brand(), crisis_line="In an emergency call 911, or call or text 988.")
    result = render(render_request(handout, crisis, library))
    if result.pdf is None:
        print(f"second edition: {result.error}", file=sys.stderr)
        return 1
    pdf = home / "second-edition.pdf"
    pdf.write_bytes(result.pdf)
    png(pdf, 1, DOCS / "second-edition-page1.png")
    print(f"second edition (classic): {result.page_count} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
