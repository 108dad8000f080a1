"""The sandbox every layout template runs in.

Layouts are shared between practices and may be hostile. Jinja's
``ImmutableSandboxedEnvironment`` already stops attribute walks to Python
internals and changes to data. :class:`LayoutSandbox` also bounds, *before*
anything is built (:mod:`handout_builder.core.layout.bounds`), every way a
template can make text or lists grow:

- operators: ``*``, ``+``, ``%`` (``'%0900000000d' % 1``), ``~`` and ``**``;
- ``str.format`` and ``str.format_map`` (``'{:>2900000000}'.format(x)``): every
  field's width and the running length;
- methods: ``.ljust``, ``.rjust``, ``.center``, ``.zfill``, ``.expandtabs``,
  ``.replace``, ``.translate``, ``.join``, ``int.to_bytes``;
- filters: ``|center``, ``|indent``, ``|wordwrap``, ``|join``, ``|replace``,
  ``|format``, ``|batch``, ``|slice``, ``|tojson``, ``|urlize``, ``|sum``, and
  every filter that prints its value (``|string``, ``|e``, ``|truncate`` ...);
- globals: ``lipsum()``; ``range`` stays capped by Jinja
  (:data:`jinja2.sandbox.MAX_RANGE`, 100,000 items);
- printing: every ``{{ value }}``, and each template's, block's and macro's
  whole output as it is joined.

A refused operation raises :class:`~jinja2.exceptions.SecurityError` inside the
template's own frame, so the problem names the template file and line. What
slips past these bounds (data nested thousands of levels deep in a loop) meets
the render worker's memory limit, also reported with the template's line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import update_wrapper
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
)
from jinja2.utils import generate_lorem_ipsum
from markupsafe import Markup

from handout_builder.core.layout.bounds import (
    MAX_BUILT,
    MAX_REPEAT,
    bounded_filters,
    bounded_lipsum,
    check_built,
    joined_size,
    method_size,
    printf_size,
    spec_widths,
    text_size,
)

MAX_EXPONENT = 100
_SEQUENCES = (str, bytes, list, tuple)


def bounded_concat(parts: Iterable[str]) -> str:
    """``"".join`` that stops once the text passes :data:`MAX_BUILT` characters
    (Jinja joins every template's, block's and macro's output with it)."""
    collected: list[str] = []
    size = 0
    for part in parts:
        size += len(part)
        if size > MAX_BUILT:
            raise SecurityError(
                f"layout produced too much HTML (more than {MAX_BUILT // 1_000_000} million "
                "characters)"
            )
        collected.append(part)
    return "".join(collected)


def checked_parts(parts: tuple[Any, ...]) -> tuple[Any, ...]:
    """The operands of ``~``, refused when joined they would pass :data:`MAX_BUILT`."""
    check_built(sum(text_size(part) for part in parts))
    return parts


def checked_output(value: Any) -> Any:
    """Every ``{{ value }}`` (Jinja's ``finalize``): refused when its text is too long."""
    if not isinstance(value, str):
        check_built(text_size(value))
    return value


class BoundedCodeGenerator(CodeGenerator):
    """Jinja's code generator, with ``a ~ b`` checked before it is joined (the
    ``~`` operator cannot be intercepted like ``+``)."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            func_name = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            func_name = "markup_join"
        else:
            func_name = "str_join"
        self.write(f"{func_name}(environment.checked_parts((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write(")))")


class _BoundedFormatting:
    """``str.format`` that checks each field's spec and the running length."""

    built = 0

    def format_field(self, value: Any, format_spec: str) -> Any:
        spec_widths(format_spec)
        check_built(self.built + text_size(value))
        text = super().format_field(value, format_spec)  # type: ignore[misc]
        self.built += len(text)
        check_built(self.built)
        return text


class BoundedFormatter(_BoundedFormatting, SandboxedFormatter):
    pass


class BoundedEscapeFormatter(_BoundedFormatting, SandboxedEscapeFormatter):
    pass


class LayoutSandbox(ImmutableSandboxedEnvironment):
    """The sandbox every layout runs in: no attribute walks to Python internals,
    no changing data, and nothing built larger than the bounds — checked before
    it is built."""

    intercepted_binops = frozenset(("*", "**", "+", "%"))
    code_generator_class = BoundedCodeGenerator
    concat = staticmethod(bounded_concat)
    checked_parts = staticmethod(checked_parts)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, finalize=checked_output, **kwargs)
        self.filters.update(bounded_filters(self.filters))
        self.globals["lipsum"] = bounded_lipsum(generate_lorem_ipsum)

    def call_binop(self, context: jinja2.runtime.Context, operator: str, *args: Any) -> Any:
        left, right = args
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if (
                    isinstance(seq, _SEQUENCES)
                    and isinstance(count, int)
                    and len(seq) * count > MAX_REPEAT
                ):
                    raise SecurityError(
                        f"repeating something {count} times makes more than {MAX_REPEAT} items"
                    )
        elif operator == "+" and isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES):
            check_built(len(left) + len(right))
        elif operator == "%" and isinstance(left, str):
            check_built(printf_size(left, right))
        elif operator == "**" and isinstance(right, (int, float)) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"powers above {MAX_EXPONENT} are not allowed")
        return super().call_binop(context, operator, left, right)

    def call(
        __self,
        __context: jinja2.runtime.Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if name == "join" and isinstance(owner, (str, bytes)) and args:
            items = list(args[0])  # a generator is read once, here
            check_built(joined_size(owner, items))
            args = (items, *args[1:])
        elif owner is not None:
            check_built(method_size(name, owner, args, kwargs))
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``str.format`` and ``str.format_map`` with every field checked
        (Jinja's own wrapper, with bounded formatters)."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        text: str = value.__self__
        formatter: _BoundedFormatting = (
            BoundedEscapeFormatter(self, escape=text.escape)
            if isinstance(text, Markup)
            else BoundedFormatter(self)
        )
        is_format_map = value.__name__ == "format_map"

        def bounded(*args: Any, **kwargs: Any) -> str:
            if is_format_map:
                if kwargs or len(args) != 1:
                    return wrapped(*args, **kwargs)  # Jinja's own TypeError
                mapping = args[0]
                args, kwargs = (), mapping
            formatter.built = 0
            vformat: Callable[..., str] = formatter.vformat  # type: ignore[attr-defined]
            return type(text)(vformat(text, args, kwargs))

        return update_wrapper(bounded, value)
