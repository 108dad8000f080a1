"""CPU of a warm preview render of the same 6-page handout (goal: at most
0.75×, i.e. 25 % less than the code it is compared with).

Two comparisons. Against the code of main when the issue-16 work started
(d168f37), each round a fresh process per side, several warm renders each,
sides alternating; both sides draw today's illustration files, but the pages
are no longer the same: since then the layouts print pictures' words at 12 pt
or more, footers with the page number beside the text and content made to fit
(issue 10), which costs layout time of its own — the benchmark says whether the
pages differ. And today's code with and without what the worker keeps warm,
in this process, with the same pages checked. Run: `make bench` or this file
alone."""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess

import pytest

from tests.benchmarks.conftest import ROUNDS, alternate, python_with, summary, verdict
from tests.conftest import REPO

pytestmark = pytest.mark.benchmark
TOPICS = ("anxiety-alarm", "window-of-tolerance", "hand-model")
RENDERS = 7


def plain(body: str) -> str:
    return body.replace("[[Therapist]]", "Your therapist").replace(
        "[[therapist]]", "your therapist"
    )


def same_pages(a, b, folder) -> str:
    """Whether two PDFs print the same pixels (100 dpi), page for page."""
    if shutil.which("pdftoppm") is None:
        return "not compared (no pdftoppm)"
    from PIL import Image, ImageChops

    pages = {}
    for name, pdf in (("a", a), ("b", b)):
        subprocess.run(["pdftoppm", "-png", "-r", "100", str(pdf), str(folder / name)], check=True)
        pages[name] = sorted(folder.glob(f"{name}-*.png"))
    if len(pages["a"]) != len(pages["b"]):
        return f"DIFFERENT page counts {len(pages['a'])} / {len(pages['b'])}"
    differing = [
        number
        for number, (x, y) in enumerate(zip(pages["a"], pages["b"], strict=True), 1)
        if ImageChops.difference(
            Image.open(x).convert("RGB"), Image.open(y).convert("RGB")
        ).getbbox()
    ]
    return f"pages {'DIFFER: ' + str(differing) if differing else 'identical'} ({len(pages['a'])})"


def test_warm_preview_cpu_against_baseline(baseline_tree, builtin_library, tmp_path):
    handout = tmp_path / "six-pages.json"
    sections = [builtin_library.get(topic) for topic in TOPICS]
    handout.write_text(  # no [[therapist]]: older code prints it as typed
        json.dumps([{"id": s.id, "title": s.title, "body": plain(s.body)} for s in sections])
    )
    script = REPO / "tests" / "benchmarks" / "warm_render.py"
    # the same pictures on both sides (they were redrawn since): the code is compared
    for svg in (REPO / "assets" / "illustrations").glob("*.svg"):
        shutil.copyfile(svg, baseline_tree / "assets" / "illustrations" / svg.name)

    def run(tree, out):
        def measure() -> float:
            command, env, cwd = python_with(tree)
            done = subprocess.run(
                [*command, str(script), str(handout), str(out), str(RENDERS)],
                env=env,
                cwd=cwd,
                capture_output=True,
                text=True,
                check=True,
                timeout=600,
            )
            return statistics.median(float(line) for line in done.stdout.split())

        return measure

    base_pdf, new_pdf = tmp_path / "baseline.pdf", tmp_path / "current.pdf"
    base, sub = alternate(run(baseline_tree, base_pdf), run(REPO, new_pdf), ROUNDS)
    print()
    print(
        f"warm preview CPU, median of {RENDERS} renders per process, per round (ms): "
        f"baseline {[round(x * 1000) for x in base]}, current {[round(x * 1000) for x in sub]}"
    )
    verdict("warm preview CPU (current / baseline)", base, sub, goal=0.75)
    print(same_pages(base_pdf, new_pdf, tmp_path))


def test_warm_preview_cpu_with_the_worker_caches(make_handout, brand, tmp_path):
    """Today's code with and without what the worker keeps warm (every cache
    of render/warm.py: parsed stylesheets, drawn pictures, measured text
    widths, font descriptions, compressed streams, solved var() values; and
    the compacting memory, cleared before each render), alternating in this
    process: the pages must be the same, only the CPU differs. Two handouts:
    the 6-page one above and a 4-page one whose sources are compacted in
    vain."""
    import contextlib
    import time

    from handout_builder.core.model.documents import render_request
    from handout_builder.render import refit
    from handout_builder.render.pdf import render_request as render
    from handout_builder.render.pdf import warm_up
    from handout_builder.render.warm import switched_off

    fonts = warm_up()
    handouts = {
        "6-page": make_handout(*TOPICS),
        "4-page, sources compacted in vain": make_handout("anxiety-alarm", "grounding-skills"),
    }
    for name, handout in handouts.items():
        request = render_request(handout, brand, None, purpose="preview")
        pdfs: dict[str, bytes] = {}

        def measure(kept: bool, request=request, pdfs=pdfs) -> float:
            failures = refit._COMPACTING_FAILED
            if not kept:
                refit._COMPACTING_FAILED = refit._CompactingFailures()
            try:
                with contextlib.nullcontext() if kept else switched_off():
                    render(request, fonts)  # warm as the worker is between two previews
                    times = []
                    for _ in range(3):
                        if not kept:
                            refit._COMPACTING_FAILED = refit._CompactingFailures()
                        started = time.process_time()
                        result = render(request, fonts)
                        times.append(time.process_time() - started)
                assert result.pdf is not None
                pdfs["warm" if kept else "cold"] = result.pdf
                return statistics.median(times)
            finally:
                refit._COMPACTING_FAILED = failures

        cold, warm = alternate(lambda: measure(False), lambda: measure(True), ROUNDS)
        print()
        print(f"{name}: " + summary("without the caches", cold) + "; " + summary("with", warm))
        verdict(f"{name}: warm preview CPU (with / without the worker's caches)", cold, warm, 0.75)
        (tmp_path / "cold.pdf").write_bytes(pdfs["cold"])
        (tmp_path / "warm.pdf").write_bytes(pdfs["warm"])
        print(same_pages(tmp_path / "cold.pdf", tmp_path / "warm.pdf", tmp_path))
        for png in tmp_path.glob("*.png"):
            png.unlink()


def test_warm_preview_cpu_in_a_variable_brand_font(make_handout, brand, tmp_path):
    """Three of the four bundled brand fonts are variable fonts, which
    WeasyPrint makes static on every render (render/variable_fonts.py keeps
    them): today's code with that cache and without it, alternating in this
    process, the same pages. Source Serif 4 (weight and optical size)."""
    import dataclasses
    import time

    import weasyprint.pdf.fonts

    from handout_builder.core.model.documents import render_request
    from handout_builder.render.pdf import render_request as render
    from handout_builder.render.pdf import warm_up

    fonts = warm_up()
    serif = dataclasses.replace(brand, font="Source Serif 4")
    request = render_request(make_handout(*TOPICS), serif, None, purpose="preview")
    kept = weasyprint.pdf.fonts.instantiateVariableFont
    pdfs: dict[bool, bytes] = {}

    def measure(keeping: bool) -> float:
        weasyprint.pdf.fonts.instantiateVariableFont = kept if keeping else kept.__wrapped__
        try:
            render(request, fonts)  # warm as the worker is between two previews
            times = []
            for _ in range(3):
                started = time.process_time()
                result = render(request, fonts)
                times.append(time.process_time() - started)
        finally:
            weasyprint.pdf.fonts.instantiateVariableFont = kept
        assert result.pdf is not None
        pdfs[keeping] = result.pdf
        return statistics.median(times)

    without, kept_figures = alternate(lambda: measure(False), lambda: measure(True), ROUNDS)
    print()
    print(summary("without the static fonts kept", without) + "; " + summary("with", kept_figures))
    verdict("Source Serif 4: warm preview CPU (with / without)", without, kept_figures, 0.8)
    (tmp_path / "without.pdf").write_bytes(pdfs[False])
    (tmp_path / "with.pdf").write_bytes(pdfs[True])
    print(same_pages(tmp_path / "without.pdf", tmp_path / "with.pdf", tmp_path))
