"""Render the same sample handout in every built-in layout and write page 1 of
each (both sides of the brochure) to docs/layout-NAME.png (needs pdftoppm).

The handout: "Understanding anxiety" with the topics anxiety-alarm,
window-of-tolerance and grounding-skills, prepared for Sam, printed for the
sample practice on Letter paper — the handout `layout check` uses. Then the
same handout in the Brief form, in Classic, with a crisis line filled in:
docs/brief-handout.png.
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
    return status


if __name__ == "__main__":
    sys.exit(main())
