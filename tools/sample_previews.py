"""Render the first-run sample handout's preview on each paper size into
assets/sample/previews/KEY.pdf, the previews that ship with the app so that its
first start shows the sample at once (see
handout_builder.core.preview_cache.shipped_key), and remove the stale ones.

Run it (`make sample-previews`) after changing a built-in layout, the sample
practice, the first-run topics' wording, WeasyPrint or the app's version;
tests/core/test_sample_previews.py fails until it is run.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    os.environ["HANDOUT_BUILDER_HOME"] = tempfile.mkdtemp(prefix="hb-sample-previews-")
    from handout_builder.core import preview_cache
    from handout_builder.core.model.documents import first_run_request
    from handout_builder.core.model.library import load_library
    from handout_builder.core.paper import PAPERS
    from handout_builder.render.pdf import render_request

    folder = preview_cache.shipped_dir()
    folder.mkdir(parents=True, exist_ok=True)
    library = load_library(include_user=False)
    written: set[Path] = set()
    for paper in PAPERS:
        request = first_run_request(library, paper)
        key = preview_cache.shipped_key(request)
        result = render_request(request)
        if key is None or result.pdf is None:
            print(f"{paper}: not rendered: {result.error or 'not a built-in layout'}")
            return 1
        target = folder / (key + preview_cache.SUFFIX)
        target.write_bytes(result.pdf)
        written.add(target)
        print(f"{paper}: {target.name} ({result.page_count} pages, {len(result.pdf)} bytes)")
    for stale in set(folder.glob("*" + preview_cache.SUFFIX)) - written:
        stale.unlink()
        print(f"removed {stale.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
