"""Run by the warm-render benchmark, on the current or the baseline code (its
PYTHONPATH decides): warm renders of one handout in this process, as the render
worker does them. Usage: python warm_render.py SECTIONS_JSON OUT_PDF RUNS, where SECTIONS_JSON
lists {"id", "title", "body"} (the same words whatever the code's library says).
Prints the CPU seconds of each warm render, one a line."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    sections_file, out, runs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    from handout_builder.core.model.brand import sample_brand
    from handout_builder.core.model.documents import render_request
    from handout_builder.core.model.handout import Handout, Section
    from handout_builder.core.model.library import load_library
    from handout_builder.render import pdf as render_pdf

    library = load_library()
    handout = Handout(title="Six pages")
    for given in json.loads(sections_file.read_text()):
        section = Section.from_entry(library.get(given["id"]))
        section.title, section.body = given["title"], given["body"]
        handout.sections.append(section)
    request = render_request(handout, sample_brand(), library, purpose="preview")
    font_config = render_pdf.warm_up()
    result = render_pdf.render_request(request, font_config)  # warms caches, as the worker is
    for _ in range(runs):
        started = time.process_time()
        result = render_pdf.render_request(request, font_config)
        print(time.process_time() - started, flush=True)
    assert result.pdf is not None, result.error
    out.write_bytes(result.pdf)


if __name__ == "__main__":
    main()
