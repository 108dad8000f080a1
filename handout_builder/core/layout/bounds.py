"""How large a template operation's result would be — worked out before it is built.

The layout sandbox (:mod:`handout_builder.core.layout.sandbox`) calls these
checks before every operation that can make text or lists grow, so a hostile
layout is stopped with a problem naming its file and line instead of growing
a string of billions of characters. Each estimate is an upper bound, cheap to
compute (no result is built to measure it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.filters import make_attrgetter

MAX_REPEAT = 1_000_000
"""The largest width, count or repetition one operation may ask for (characters
or items): ``|center(n)``, a format width or precision, ``"x" * n``, ``|batch(n)``."""

MAX_BUILT = 20_000_000
"""The most characters (or items) one operation may build, and the most HTML a
whole template may produce (a 300-page handout is under 5 million)."""

# printf-style conversions: %[(key)][flags][width][.precision][length]type
_PRINTF_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?[a-zA-Z%]")
_DIGITS = re.compile(r"\d+")
_WIDEST_NUMBER = 330  # a conversion without a width: a float printed with %f
_OTHER_VALUE = 64  # str() of a number, None, a context object (bounded data)
_CONTAINERS = (list, tuple, dict, set, frozenset)


def check_width(value: object, what: str = "width") -> None:
    """Refuse a width, count or repetition above :data:`MAX_REPEAT`."""
    if isinstance(value, int) and value > MAX_REPEAT:
        raise SecurityError(f"a {what} of {value:,} is more than a layout may use ({MAX_REPEAT:,})")


def check_built(size: int) -> None:
    """Refuse an operation that would build more than :data:`MAX_BUILT` characters or items."""
    if size > MAX_BUILT:
        raise SecurityError(
            f"this would build {size:,} characters or items; "
            f"a layout may build at most {MAX_BUILT:,} at once"
        )


def _number(digits: str) -> int:
    return int(digits) if len(digits) <= 12 else MAX_REPEAT + 1


def text_size(value: object) -> int:
    """An upper bound on ``len(str(value))``, without building it.

    Lists, tuples, dicts and sets are walked once per distinct object, so a
    list that holds itself twice, forty levels deep (``2**40`` items when
    printed) is measured in forty steps.
    """
    if isinstance(value, (str, bytes)):
        return 4 * len(value) + 3 if isinstance(value, bytes) else len(value)
    if not isinstance(value, _CONTAINERS):
        return _OTHER_VALUE
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()
    stack: list[tuple[Any, bool]] = [(value, False)]
    while stack:
        item, children_measured = stack.pop()
        if id(item) in sizes:
            continue
        children = (
            [part for pair in item.items() for part in pair]
            if isinstance(item, dict)
            else list(item)
        )
        if not children_measured:
            if id(item) in in_progress:
                continue  # it holds itself: printed as [...]
            in_progress.add(id(item))
            stack.append((item, True))
            stack.extend((c, False) for c in children if isinstance(c, _CONTAINERS))
            continue
        total = 2
        for child in children:
            if isinstance(child, _CONTAINERS):
                total += sizes.get(id(child), 5) + 2
            elif isinstance(child, (str, bytes)):
                total += 4 * len(child) + 5  # repr: quotes and escapes
            else:
                total += _OTHER_VALUE + 2
        sizes[id(item)] = total
    return sizes[id(value)]


def checked_text(value: object) -> str:
    """``str(value)``, refused first when it would be too long."""
    check_built(text_size(value))
    return str(value)


def spec_widths(spec: str) -> None:
    """Check every number in a ``str.format`` spec (widths, precisions)."""
    for digits in _DIGITS.findall(spec):
        check_width(_number(digits))


def printf_size(template: str, values: object) -> int:
    """An upper bound on the length of ``template % values`` (characters).

    Raises :class:`SecurityError` for a width or precision above :data:`MAX_REPEAT`.
    """
    if isinstance(values, Mapping):
        items = list(values.values())
    elif isinstance(values, tuple):
        items = list(values)
    else:
        items = [values]
    star = max((v for v in items if isinstance(v, int) and not isinstance(v, bool)), default=0)
    size = len(template) + 4 * sum(text_size(item) for item in items)  # %r escapes
    for width, precision in _PRINTF_SPEC.findall(template):
        for number in (width, precision):
            if number == "*":
                check_width(star)
                size += star
            elif number:
                check_width(_number(number))
                size += _number(number)
        size += _WIDEST_NUMBER
    return size


def joined_size(separator: str | bytes, items: list[Any]) -> int:
    """The length of ``separator.join(items)``."""
    return sum(text_size(item) for item in items) + len(separator) * max(len(items) - 1, 0)


def replaced_size(text: str | bytes, old: Any, new: Any, count: int | None = -1) -> int:
    """An upper bound on the length of ``text.replace(old, new, count)``."""
    if not isinstance(old, (str, bytes)) or not isinstance(new, (str, bytes)):
        return len(text)
    found = len(text) + 1 if not old else text.count(old)  # type: ignore[arg-type]
    if count is not None and count >= 0:
        found = min(found, count)
    return len(text) + found * max(len(new) - len(old), 0)


def method_size(name: str, owner: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """An upper bound on what ``owner.name(*args, **kwargs)`` builds, for the
    ``str``, ``bytes`` and ``int`` methods that can grow text (0 for the rest)."""
    arg = args[0] if args else None
    if isinstance(owner, (str, bytes)):
        if name in ("ljust", "rjust", "center", "zfill"):
            width = arg if arg is not None else kwargs.get("width", 0)
            check_width(width)
            return max(len(owner), width if isinstance(width, int) else 0)
        if name == "expandtabs":
            size = arg if arg is not None else kwargs.get("tabsize", 8)
            check_width(size, "tab size")
            tabs = owner.count("\t" if isinstance(owner, str) else b"\t")  # type: ignore[arg-type]
            return len(owner) + tabs * (size if isinstance(size, int) else 0)
        if name == "replace" and len(args) >= 2:
            return replaced_size(owner, args[0], args[1], args[2] if len(args) > 2 else -1)
        if name == "translate" and isinstance(owner, str) and isinstance(arg, Mapping):
            longest = max((len(v) for v in arg.values() if isinstance(v, str)), default=1)
            return len(owner) * max(longest, 1)
    if isinstance(owner, int) and name == "to_bytes":
        check_width(arg if arg is not None else kwargs.get("length", 1), "length")
    return 0


# Filters that turn the value they are given into text (``str(value)`` inside).
STRINGIFYING_FILTERS = (
    "capitalize",
    "e",
    "escape",
    "forceescape",
    "lower",
    "pprint",
    "safe",
    "string",
    "striptags",
    "title",
    "trim",
    "truncate",
    "upper",
    "urlencode",
    "wordcount",
    "xmlattr",
)


def bounded_filters(filters: Mapping[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """Jinja's filters that build text, each checked before it builds."""
    original = dict(filters)
    bounded: dict[str, Callable[..., Any]] = {
        name: _value_checked(original[name]) for name in STRINGIFYING_FILTERS if name in original
    }

    def center(value: Any, width: int = 80) -> Any:
        check_width(width)
        return original["center"](checked_text(value), width)

    def indent(s: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> Any:
        step = len(width) if isinstance(width, str) else width
        check_width(step)
        text = checked_text(s)
        check_built(len(text) + (text.count("\n") + 2) * max(int(step), 0))
        return original["indent"](s, width, first, blank)

    @jinja2.pass_environment
    def wordwrap(
        env: jinja2.Environment,
        s: Any,
        width: int = 79,
        break_long_words: bool = True,
        wrapstring: str | None = None,
        break_on_hyphens: bool = True,
    ) -> Any:
        check_width(width)
        text = checked_text(s)
        lines = len(text.split()) + len(text) // max(int(width), 1) + text.count("\n") + 1
        check_built(len(text) + lines * len(wrapstring or env.newline_sequence))
        return original["wordwrap"](env, s, width, break_long_words, wrapstring, break_on_hyphens)

    @jinja2.pass_eval_context
    def join(
        eval_ctx: jinja2.nodes.EvalContext, value: Iterable[Any], d: str = "", attribute: Any = None
    ) -> Any:
        if attribute is not None:
            value = map(make_attrgetter(eval_ctx.environment, attribute), value)
        items = list(value)
        check_built(joined_size(checked_text(d), items))
        return original["join"](eval_ctx, items, d)

    @jinja2.pass_eval_context
    def replace(
        eval_ctx: jinja2.nodes.EvalContext, s: Any, old: Any, new: Any, count: int | None = None
    ) -> Any:
        check_built(replaced_size(checked_text(s), checked_text(old), checked_text(new), count))
        return original["replace"](eval_ctx, s, old, new, count)

    def format_(value: Any, *args: Any, **kwargs: Any) -> Any:
        check_built(printf_size(checked_text(value), kwargs or args))
        return original["format"](value, *args, **kwargs)

    def batch(value: Iterable[Any], linecount: int, fill_with: Any = None) -> Any:
        check_width(linecount, "batch size")
        return original["batch"](value, linecount, fill_with)

    def slice_(value: Iterable[Any], slices: int, fill_with: Any = None) -> Any:
        check_width(slices, "number of slices")
        return original["slice"](value, slices, fill_with)

    @jinja2.pass_eval_context
    def tojson(eval_ctx: jinja2.nodes.EvalContext, value: Any, indent: Any = None) -> Any:
        step = len(indent) if isinstance(indent, str) else indent or 0
        check_width(step, "indent")
        # Each item on its own line, indented once per level; deep nesting built
        # in a loop is left to the render worker's memory limit.
        check_built(text_size(value) * (1 + int(step)))
        return original["tojson"](eval_ctx, value, indent)

    @jinja2.pass_eval_context
    def urlize(eval_ctx: jinja2.nodes.EvalContext, value: Any, *args: Any, **kwargs: Any) -> Any:
        text = checked_text(value)
        extra = sum(len(v) for v in (*args, *kwargs.values()) if isinstance(v, str))
        check_built(2 * len(text) + len(text.split()) * (extra + 64))
        return original["urlize"](eval_ctx, value, *args, **kwargs)

    @jinja2.pass_environment
    def sum_(
        env: jinja2.Environment, iterable: Iterable[Any], attribute: Any = None, start: Any = 0
    ) -> Any:
        if attribute is not None:
            iterable = map(make_attrgetter(env, attribute), iterable)
        items = list(iterable)
        if isinstance(start, (str, bytes, list, tuple)):
            check_built(len(start) + sum(len(i) for i in items if hasattr(i, "__len__")))
        return original["sum"](env, items, None, start)

    bounded.update(
        center=center,
        indent=indent,
        wordwrap=wordwrap,
        join=join,
        replace=replace,
        format=format_,
        batch=batch,
        slice=slice_,
        tojson=tojson,
        urlize=urlize,
        sum=sum_,
    )
    return bounded


def _value_checked(original: Callable[..., Any]) -> Callable[..., Any]:
    """``original`` (a filter), refusing a value whose text would be too long."""
    position = 1 if hasattr(original, "jinja_pass_arg") else 0  # after env/context

    def checked(*args: Any, **kwargs: Any) -> Any:
        if len(args) > position:
            check_built(text_size(args[position]))
        return original(*args, **kwargs)

    if hasattr(original, "jinja_pass_arg"):
        checked.jinja_pass_arg = original.jinja_pass_arg  # type: ignore[attr-defined]
    return checked


def bounded_lipsum(original: Callable[..., str]) -> Callable[..., str]:
    """``lipsum()`` with the number of paragraphs and words bounded."""

    def lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
        check_width(n, "number of paragraphs")
        check_width(max, "number of words")
        if isinstance(n, int) and isinstance(max, int):
            check_built(n * max * 12)  # words of up to 11 letters and a space
        return original(n, html, min, max)

    return lipsum
