"""What the app's first start shows without waiting, made anew: the first-run
sample handout's preview on each paper size, rendered into
assets/sample/previews/KEY.pdf (see handout_builder.core.preview_cache.shipped_key;
stale ones are removed), and the built-in library entries as read, into
assets/library-entries.pickle (see handout_builder.core.model.shipped_entries).

Run it (`make sample-previews`) after changing a built-in layout or library
entry, the sample practice, the code that reads entries, WeasyPrint or the
app's version; tests/core/test_sample_previews.py and
tests/core/model/test_shipped_entries.py fail until it is run.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    os.environ["HANDOUT_BUILDER_HOME"] = tempfile.mkdtemp(prefix="hb-sample-previews-")
    from handout_builder.core import preview_cache
    from handout_builder.core.model import shipped_entries
    from handout_builder.core.model.documents import first_run_request
    from handout_builder.core.model.library import load_library
    from handout_builder.core.paper import PAPERS
    from handout_builder.render.pdf import render_request

    entries = shipped_entries.shipped_path()
    entries.write_bytes(shipped_entries.make())
    print(f"built-in entries: {entries.name} ({entries.stat().st_size} bytes)")
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
