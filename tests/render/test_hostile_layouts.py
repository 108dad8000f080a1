"""Hostile layouts (layouts are shared between practices and may be untrusted).

Each attack is refused or stopped with a message naming what happened, and
nothing outside the allowed folders is read or fetched: an audit hook records
every file the render opens and every socket it creates. A layout that loops
for ever is stopped by the worker's time limit (tests/render/test_worker.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from handout_builder.core.model.documents import render_request
from handout_builder.render.pdf import render_request as render
from tests.conftest import pdf_text

SECRET = "TOP-SECRET-CLIENT-NOTE-7731"
_events: list[tuple[str, str]] = []
_recording = [False]


def _hook(event: str, args: tuple) -> None:
    if not _recording[0]:
        return
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        _events.append((event, os.fsdecode(args[0])))
    elif event.startswith("socket.") or event == "urllib.Request":
        _events.append((event, repr(args)[:80]))


sys.addaudithook(_hook)  # cannot be removed; records only while _recording is set


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file outside every allowed folder that no layout may read."""
    path = tmp_path / "outside" / "notes.txt"
    path.parent.mkdir()
    path.write_text(SECRET)
    return path


def add_layout(home: Path, files: dict[str, str], name: str = "hostile") -> Path:
    folder = home / "layouts" / name
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(f'title = "{name}"\n')
    for relative, text in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return folder


def render_recorded(handout, brand):
    """Render in this process, recording files opened and sockets made."""
    _events.clear()
    _recording[0] = True
    try:
        return render(render_request(handout, brand, None))
    finally:
        _recording[0] = False


def assert_nothing_leaked(result, secret: Path) -> None:
    opened = [path for event, path in _events if event == "open"]
    assert not [p for p in opened if Path(p).resolve() == secret.resolve()], opened
    assert not [e for e in _events if e[0] != "open"], _events  # no socket, no urllib
    if result.pdf is not None:
        assert SECRET not in pdf_text(result.pdf)
    assert SECRET not in " ".join(str(p) for p in result.problems)


def messages(result) -> str:
    return " | ".join([result.error or ""] + [str(p) for p in result.problems])


UNSAFE = "not allowed in a layout template: access to attribute"
UNDEFINED = "undefined value in template"


@pytest.mark.parametrize(
    ("expression", "refusal"),
    [
        ("''.__class__.__mro__[1].__subclasses__()", UNSAFE),
        ("handout.__class__.__init__.__globals__", UNSAFE),
        ("handout.sections[0].__reduce_ex__(2)", UNSAFE),
        ("cycler.__init__.__globals__.os", UNSAFE),
        ("lipsum.__globals__['os']", UNSAFE),
        ("range.__self__", UNDEFINED),
        ("self._TemplateReference__context", UNSAFE),
        ("'{0.__class__.__base__}'.format(handout)", UNSAFE),
        ("options.layout.__class__", UNSAFE),
        ("(handout|attr('__class__'))", UNSAFE),
    ],
)
def test_attribute_walks_to_python_internals_are_refused(
    home, make_handout, brand, expression, refusal
):
    add_layout(
        home,
        {
            "handout.html.j2": f'{{% extends "base.html.j2" %}}\n{{% block content %}}\n'
            f"{{{{ {expression} }}}}\n{{% endblock %}}\n"
        },
    )
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "hostile"
    result = render(render_request(handout, brand, None))
    assert not result.ok
    problem = result.problems[0]
    assert problem.file.endswith("hostile/handout.html.j2") and problem.line == 3
    assert refusal in problem.message, problem.message


@pytest.mark.parametrize(
    "statement",
    [
        '{% include "/etc/passwd" %}',
        '{% include "../../../../../../etc/passwd" %}',
        '{% include "partials/../../../outside/notes.txt" %}',
        '{% import "/etc/hostname" as x %}',
        '{% include "SECRET_PATH" %}',
    ],
)
def test_includes_of_absolute_paths_or_dot_dot_are_refused(
    home, make_handout, brand, secret, statement
):
    statement = statement.replace("SECRET_PATH", str(secret))
    add_layout(
        home,
        {
            "handout.html.j2": '{% extends "base.html.j2" %}\n'
            f"{{% block content %}}\n{statement}\n{{% endblock %}}\n"
        },
    )
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "hostile"
    result = render_recorded(handout, brand)
    assert not result.ok
    assert "template not found" in result.problems[0].message
    assert result.problems[0].line == 3
    assert_nothing_leaked(result, secret)


def test_a_link_out_of_the_layout_folder_is_refused(home, make_handout, brand, secret):
    folder = add_layout(
        home,
        {
            "handout.html.j2": '{% extends "base.html.j2" %}\n{% block content %}\n'
            '{% include "partials/notes.html.j2" %}\n{% endblock %}\n'
        },
    )
    (folder / "partials").mkdir()
    (folder / "partials" / "notes.html.j2").symlink_to(secret)
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "hostile"
    result = render_recorded(handout, brand)
    assert not result.ok
    assert "link to a file outside the layout folder" in result.problems[0].message
    assert_nothing_leaked(result, secret)


def test_file_urls_in_css_and_font_face_and_http_images_load_nothing(
    home, make_handout, brand, secret
):
    url = secret.as_uri()
    add_layout(
        home,
        {
            "handout.html.j2": '{% extends "base.html.j2" %}\n'
            '{% block content %}<img src="http://example.com/pixel.png" alt="">'
            f'<img src="{url}" alt=""><img src="../../../outside/notes.txt" alt="">'
            "{{ super() }}{% endblock %}\n",
            "style.css": f"body {{ background: url({url}); }}\n"
            f"@font-face {{ font-family: Leak; src: url({url}); }}\n"
            "@import url(https://example.com/remote.css);\n"
            "h1 { font-family: Leak; }\n",
            "link.css": f"@import url('{url}');\n",
        },
    )
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "hostile"
    result = render_recorded(handout, brand)
    assert result.ok  # the handout still prints, without the refused resources
    refused = messages(result)
    assert url in refused and "http://example.com/pixel.png" in refused
    assert "outside the layout, asset and logo folders" in refused
    assert_nothing_leaked(result, secret)


def test_huge_ranges_and_repetition_are_refused_by_the_sandbox(home, make_handout, brand):
    handout = make_handout("anxiety-alarm")
    for name, body, expected in (
        ("big-range", "{% for i in range(10**9) %}{{ i }}{% endfor %}", "Range too big"),
        ("big-text", '{{ "x" * 10**9 }}', "repeating something"),
        ("big-list", "{{ [1, 2] * 10**8 }}", "repeating something"),
        ("big-power", "{{ 2 ** 1000 }}", "powers above"),
    ):
        add_layout(
            home,
            {
                "handout.html.j2": '{% extends "base.html.j2" %}\n{% block content %}\n'
                f"{body}\n{{% endblock %}}\n"
            },
            name=name,
        )
        handout.options.layout = name
        result = render(render_request(handout, brand, None))
        assert not result.ok and expected in messages(result), (name, messages(result))
        assert result.problems[0].line == 3


def test_too_much_html_is_stopped(home, make_handout, brand):
    add_layout(
        home,
        {
            "handout.html.j2": '{% extends "base.html.j2" %}\n{% block content %}'
            '{% set line = "y" * 999999 %}{% for i in range(40) %}{{ line }}{% endfor %}'
            "{% endblock %}\n"
        },
    )
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "hostile"
    result = render(render_request(handout, brand, None))
    assert not result.ok and "too much HTML" in result.error


def test_an_exploding_layout_is_stopped_by_the_memory_limit(
    home, make_handout, brand, render_worker
):
    # Each step stays under the sandbox's bounds (16 million items), but keeping
    # forty copies would need 5 GB: the worker's memory limit stops it, and the
    # problem names the template's line.
    add_layout(
        home,
        {
            "handout.html.j2": '{% extends "base.html.j2" %}\n{% block content %}\n'
            "{% set ns = namespace(big=[0] * 1000000, keep=[]) %}"
            "{% for i in range(4) %}{% set ns.big = ns.big + ns.big %}{% endfor %}\n"
            "{% for i in range(40) %}{% set ns.keep = ns.keep + [ns.big + [i]] %}{% endfor %}\n"
            "{{ ns.keep | length }}{% endblock %}\n"
        },
    )
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "hostile"
    result = render_worker.render(render_request(handout, brand, None))
    assert not result.ok and "too much memory" in result.error
    assert result.problems[0].file.endswith("handout.html.j2") and result.problems[0].line == 4
    handout.options.layout = "classic"
    assert render_worker.render(render_request(handout, brand, None)).ok


def test_deeply_nested_boxes_are_stopped_with_a_message(home, make_handout, brand, render_worker):
    add_layout(
        home,
        {
            "handout.html.j2": '{% extends "base.html.j2" %}\n{% block content %}'
            '{% for i in range(3000) %}<div class="n">{% endfor %}deep'
            "{% for i in range(3000) %}</div>{% endfor %}{% endblock %}\n"
        },
    )
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "hostile"
    result = render_worker.render(render_request(handout, brand, None))
    assert not result.ok and "too deeply" in result.error


@pytest.mark.parametrize(
    ("name", "files"),
    [
        (
            "macro-loop",
            {
                "handout.html.j2": '{% extends "base.html.j2" %}\n'
                "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}\n"
                "{% block content %}{{ m(0) }}{% endblock %}\n"
            },
        ),
        ("extends-itself", {"handout.html.j2": '{% extends "extends-itself/handout.html.j2" %}\n'}),
    ],
)
def test_a_template_that_calls_itself_for_ever_says_so_in_words(
    home, make_handout, brand, name, files
):
    add_layout(home, files, name=name)
    handout = make_handout("anxiety-alarm")
    handout.options.layout = name
    result = render(render_request(handout, brand, None))
    assert not result.ok
    [problem] = result.problems
    assert "calls itself" in problem.message and "Error" not in problem.message, problem.message
    assert problem.file and problem.file.endswith("handout.html.j2")
