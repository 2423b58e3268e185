"""Jinja with cheaper steps for what a program document does a thousand times; the same bytes.

A program's HTML document has about a thousand ``{{ ... }}`` outputs and a few
hundred calls of view-model methods. :class:`FastEnvironment` changes three
steps of Jinja's, each only where the result is known to be the same:

- Outputs are escaped by :func:`escape_output`: markupsafe's escaping, as a
  plain ``str`` instead of a ``Markup`` built by Python code. That is safe
  because a template's output is only ever joined into text that Jinja itself
  treats as safe (the document, a macro's result, a ``{% set %}`` block).
- A call of a view-model method (``p.item("1.1")``, ``node.texts("x")``) skips
  :meth:`jinja2.runtime.Context.call`'s checks for ``pass_context``: the
  view-model's methods never take a context. A plain macro call
  (``m.heading(item, "Titel")``) calls the macro's function directly.
- ``join`` of plain strings with a plain separator is ``str.join``, and
  ``map("label")`` (one of our own filters) calls the filter directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from types import MethodType
from typing import Any, cast

import jinja2
from jinja2.compiler import CodeGenerator, Frame
from jinja2.filters import sync_do_join, sync_do_map
from jinja2.nodes import EvalContext, Expr, Output
from jinja2.runtime import Context, Macro, Undefined
from markupsafe import Markup, escape

from .context import ProgramView
from .data_view import Node

try:  # markupsafe's C escaping, without the Markup around it (markupsafe >= 3)
    from markupsafe._speedups import _escape_inner
except ImportError:  # pragma: no cover - an older or a pure-Python markupsafe

    def _escape_inner(text: str, /) -> str:
        return str(escape(text))


_escape_text: Callable[[str], str] = _escape_inner

#: Part of the compiled-template cache's file names: code compiled by another
#: version of :class:`_OutputCodeGenerator` must not be loaded.
GENERATION = "o2"

#: The Jinja versions whose code generator and ``Macro`` this module was written against
#: (private methods and attributes); with any other, ``render`` uses plain Jinja.
SUPPORTED = jinja2.__version__.startswith("3.1.")
#: :meth:`_ViewContext._call_macro` does what Jinja 3.1's ``Macro.__call__`` does.
_MACROS_AS_IN_JINJA_3_1 = SUPPORTED

#: What Jinja's generated code adds to a call inside a loop or a block.
_SCOPE_ARGUMENTS = frozenset({"_block_vars", "_loop_vars"})

#: The filters :func:`~.environment.build_environment` adds; none takes a context.
OWN_FILTERS = frozenset({"label", "md", "inline", "anchor"})

#: Classes whose methods templates call and which never take a Jinja context.
_VIEW_CLASSES: frozenset[type] = frozenset({Node, ProgramView})


def escape_output(value: Any, /) -> str:
    """``str(markupsafe.escape(value))``: what Jinja writes for ``{{ value }}``."""
    if type(value) is str:
        return _escape_text(value)
    if type(value) is Markup:
        return value
    if hasattr(value, "__html__"):
        return Markup(value.__html__())
    return _escape_text(str(value))


#: *text*, already safe HTML, as ``Markup``: ``str.__new__(Markup, text)``, called
#: without a Python frame and without ``Markup.__new__``'s Python code.
safe_html = cast(Callable[[str], Markup], partial(str.__new__, Markup))


@jinja2.pass_eval_context
def join(eval_ctx: EvalContext, value: Any, d: str = "", attribute: str | int | None = None) -> str:
    """Jinja's ``join`` filter, with a shortcut for plain strings."""
    if type(d) is str and attribute is None and not isinstance(value, Undefined):
        value = value if type(value) is list else list(value)
        if all(type(item) is str for item in value):
            return d.join(value)
    return sync_do_join(eval_ctx, value, d, attribute)


@jinja2.pass_context
def map_filter(context: Context, value: Any, *args: Any, **kwargs: Any) -> Iterable[Any]:
    """Jinja's ``map`` filter, calling one of our own filters (``map("label")``) directly."""
    name = args[0] if len(args) == 1 and not kwargs else None
    if type(name) is str and name in OWN_FILTERS:
        return _map(context.environment.filters[name], value)
    return sync_do_map(context, value, *args, **kwargs)


def _map(function: Callable[[Any], Any], value: Any) -> Iterator[Any]:
    if value:  # as sync_do_map
        for item in value:
            yield function(item)


class _OutputCodeGenerator(CodeGenerator):
    """Jinja's code generator, with escaped outputs written by :func:`escape_output`."""

    def _output_child_pre(self, node: Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
            super()._output_child_pre(node, frame, finalize)
            return
        self.write("environment.escape_output(")
        if finalize.src is not None:
            self.write(finalize.src)

    def visit_Output(self, node: Output, frame: Frame) -> None:
        """A run of text and ``{{ ... }}`` outside any buffer is yielded as one string.

        Jinja yields each piece on its own, and every piece travels up through each
        template that includes or extends this one; a table row has a dozen pieces.
        """
        if frame.buffer is not None or frame.require_output_check or len(node.nodes) < 3:
            super().visit_Output(node, frame)
            return
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = []")
        try:
            super().visit_Output(node, frame)
        finally:
            self.writeline(f"yield concat({frame.buffer})")
            frame.buffer = None


class _ViewContext(Context):
    """Jinja's template context, calling the view-model's methods directly."""

    @jinja2.utils.internalcode
    def call(self, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        if type(obj) is Macro and _MACROS_AS_IN_JINJA_3_1:
            return self._call_macro(obj, args, kwargs)
        if type(obj) is not MethodType or type(obj.__self__) not in _VIEW_CLASSES:
            return super().call(obj, *args, **kwargs)
        if kwargs:
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return obj(*args, **kwargs)
        except StopIteration:  # as Jinja does
            return self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception"
            )

    def _call_macro(self, macro: Macro, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """``{{ m.heading(item, "Titel") }}``: what Macro.__call__ does for a plain call.

        That is: every argument given by position, no ``caller``, no ``*args`` or
        ``**kwargs`` in the macro. Anything else goes through Jinja as usual.
        """
        plain = not (macro.caller or macro.catch_kwargs or macro.catch_varargs)
        if (
            not plain
            or len(args) != macro._argument_count
            or self.environment.is_async
            or any(name not in _SCOPE_ARGUMENTS for name in kwargs)
        ):
            return super().call(macro, *args, **kwargs)
        text = macro._func(*args)
        return safe_html(text) if self.eval_ctx.autoescape else text


class FastEnvironment(jinja2.Environment):
    """A Jinja environment with the shortcuts described in this module's docstring."""

    code_generator_class = _OutputCodeGenerator
    context_class = _ViewContext
    escape_output = staticmethod(escape_output)

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.filters["join"] = join
        self.filters["map"] = map_filter
