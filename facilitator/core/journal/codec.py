"""Payloads derived from declarations: a frozen dataclass's plain-data form, read back and checked.

An event (or a value it carries) is declared once, as a frozen dataclass with type hints. Its
payload, the JSON object a journal record keeps, is derived from those fields by this module:

* the keys are the field names, in the order the class declares them (a base class's fields
  first, as :mod:`dataclasses` orders them);
* each value is written by its type: ``str``, ``int`` and ``bool`` as they are, ``None`` as null,
  a :class:`~enum.StrEnum` as its value, a :class:`~datetime.datetime` as ISO 8601 in UTC
  (microseconds kept), ``tuple[X, ...]`` as a list, ``tuple[X, Y]`` as a list of two, a nested
  frozen dataclass as an object;
* reading checks each value strictly (a ``bool`` is not a number, ``"60"`` is not 60) and says
  what is wrong and where: ``has no 'segment_id'``, ``has a 'seconds' that is not a whole
  number``, ``has a 'questions[0].index' below 0``. A key the class does not know is ignored (a
  newer version wrote it); a key left out takes the field's default, if it has one.

What the type alone cannot say is declared on the field with :data:`typing.Annotated`:

* :class:`Min` ``(n)``: a whole number at least ``n``;
* :data:`NON_EMPTY` (or the alias :data:`Id`): a text that is not empty;
* :class:`Fallback` ``(member)``: a text this version does not know reads as ``member`` (a kind
  or a category a newer version added: what was said is kept, never the journal lost);
* :data:`REQUIRED`: a payload must hold the key even though the class has a default (the
  default is for building the value in code, not for reading a journal);
* :class:`Using` ``(to_data, from_data)``: a value with a data form of its own (a programme, a
  participant), written and read by those two functions.

Other metadata (a label for the UI, say) is left for whoever declared it.

Type variables are resolved from the generic bases, so fields declared once in a generic base
(``class Fields(Generic[Q])``) are read with the type a subclass gives them
(``class Logged(Fields[QuestionRef])``).

The codec of a class is built once, on first use. Its decoder is compiled into one function (as
:mod:`dataclasses` compiles ``__init__``) that tests each well-formed value inline, so a journal
of 100,000 records reads as fast as hand-written readers did; a value that fails its test goes
through its field's decoder, which says what is wrong.

Why not a library: msgspec and cattrs both read dataclasses from type hints, but neither writes
these payloads as journals already hold them nor reads them as strictly without hooks of our own:
msgspec writes a UTC time as ``…Z`` where journals hold ``…+00:00`` and refuses an enum text it
does not know (no fallback); cattrs by default turns ``"60"`` and ``True`` into whole numbers and
reports errors as exception groups. With the hooks, the fallbacks, the programme's and a
participant's own data forms and these messages, the glue would be about as long as this module,
for a dependency the fold does not need to be fast (the compiled decoder already is).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar, Union

from facilitator.core.construct import maker

_MISSING: Any = object()


# ============================================================================ declarations
@dataclass(frozen=True, slots=True)
class Min:
    """A whole number at least ``value``."""

    value: int


@dataclass(frozen=True, slots=True)
class NonEmpty:
    """A text that is not empty."""


@dataclass(frozen=True, slots=True)
class Fallback:
    """An enum's text that this version does not know reads as ``value``."""

    value: enum.Enum


@dataclass(frozen=True, slots=True)
class Required:
    """The key must be in a payload although the field has a default."""


@dataclass(frozen=True, slots=True)
class Using:
    """A value written by ``to_data`` and read by ``from_data`` (which raises ValueError, KeyError,
    TypeError or AttributeError on data it cannot read). ``shape``: the JSON type of the data
    form (``dict`` for an object), checked before ``from_data`` is called."""

    to_data: Callable[[Any], Any]
    from_data: Callable[[Any], Any]
    shape: type | None = None


NON_EMPTY = NonEmpty()
REQUIRED = Required()

#: An id: a text that is not empty.
Id = Annotated[str, NON_EMPTY]


class PayloadError(ValueError):
    """A payload that cannot be read: ``problem`` at ``path`` (a key, then nested keys and list
    indices). :attr:`message` says it in a few words: "has no 'segment_id'"."""

    def __init__(self, problem: str, *, missing: bool = False) -> None:
        super().__init__(problem)
        self.problem = problem
        self.missing = missing
        self.path: list[str | int] = []

    def at(self, step: str | int) -> PayloadError:
        self.path.insert(0, step)
        return self

    @property
    def where(self) -> str:
        text = ""
        for step in self.path:
            text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
        return text

    @property
    def message(self) -> str:
        if not self.path:
            return self.problem
        if self.missing:
            return f"has no {self.where!r}"
        return f"has a {self.where!r} {self.problem}"


# ============================================================================ values
Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]
#: The fast path of a decoder, as source code: given the variable's name and a way to name a
#: constant, the test a well-formed value passes and the expression of its decoded value (None:
#: the value itself). A value that fails the test takes the decoder, which says what is wrong.
Fast = Callable[[str, Callable[[Any], str]], tuple[str, str | None]]


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True, slots=True)
class _ValueCodec:
    """How one type is written and read. ``identity``: written as it is."""

    encode: Encoder
    decode: Decoder
    identity: bool = False
    fast: Fast | None = None


def _bad(what: str) -> PayloadError:
    return PayloadError(f"that is not {what}")


def _int_codec(minimum: int | None) -> _ValueCodec:
    def decode(value: Any) -> int:
        if type(value) is not int:
            raise _bad("a whole number")
        if minimum is not None and value < minimum:
            raise PayloadError(f"below {minimum}")
        return value

    def fast(v: str, const: Callable[[Any], str]) -> tuple[str, str | None]:
        bound = "" if minimum is None else f" and {v} >= {minimum}"
        return f"type({v}) is int{bound}", None

    return _ValueCodec(_same, decode, True, fast)


def _str_codec(non_empty: bool) -> _ValueCodec:
    if non_empty:

        def decode(value: Any) -> str:
            if type(value) is not str or not value:
                raise _bad("a non-empty text")
            return value

    else:

        def decode(value: Any) -> str:
            if type(value) is not str:
                raise _bad("text")
            return value

    def fast(v: str, const: Callable[[Any], str]) -> tuple[str, str | None]:
        return f"type({v}) is str" + (f" and {v} != ''" if non_empty else ""), None

    return _ValueCodec(_same, decode, True, fast)


def _bool_decode(value: Any) -> bool:
    if type(value) is not bool:
        raise _bad("true or false")
    return value


_BOOL = _ValueCodec(_same, _bool_decode, True, lambda v, const: (f"type({v}) is bool", None))


def _enum_codec(cls: type[enum.Enum], fallback: Fallback | None) -> _ValueCodec:
    members = {member.value: member for member in cls}
    spelled = ", ".join(repr(value) for value in members)
    default = None if fallback is None else fallback.value

    def encode(value: Any) -> Any:
        return cls(value).value

    def decode(value: Any) -> enum.Enum:
        found = members.get(value) if type(value) is str else None
        if found is not None:
            return found
        if default is not None and type(value) is str:
            return default
        raise _bad(f"one of {spelled}")

    def fast(v: str, const: Callable[[Any], str]) -> tuple[str, str | None]:
        known = const(members)
        return f"type({v}) is str and {v} in {known}", f"{known}[{v}]"

    return _ValueCodec(encode, decode, False, fast)


def encode_time(value: dt.datetime | None) -> str | None:
    """A time as a payload keeps it: ISO 8601 in UTC, microseconds kept."""
    return None if value is None else value.astimezone(dt.UTC).isoformat()


def decode_time(value: str) -> dt.datetime:
    """An ISO 8601 time with its offset, in UTC (:class:`ValueError` otherwise)."""
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ValueError("a time without its offset from UTC")
    return parsed.astimezone(dt.UTC)


def _time_decode(value: Any) -> dt.datetime:
    if type(value) is str:
        try:
            return decode_time(value)
        except ValueError:
            pass
    raise _bad("an ISO time with its offset")


_UTC = dt.UTC
_from_iso = dt.datetime.fromisoformat


def _time_or_none(value: str) -> dt.datetime | None:
    """:func:`decode_time`, None for what it refuses: the decoders' fast path, two calls a
    captured intervention, so written out (a time in UTC, as the journal writes them, is
    returned as parsed)."""
    try:
        parsed = _from_iso(value)
    except ValueError:
        return None
    zone = parsed.tzinfo
    if zone is _UTC:
        return parsed
    if zone is None or parsed.utcoffset() is None:
        return None
    return parsed.astimezone(_UTC)


def _time_fast(v: str, const: Callable[[Any], str]) -> tuple[str, str | None]:
    parsed = f"{v}_time"
    return f"type({v}) is str and ({parsed} := {const(_time_or_none)}({v})) is not None", parsed


_TIME = _ValueCodec(encode_time, _time_decode, False, _time_fast)


def _optional_codec(inner: _ValueCodec) -> _ValueCodec:
    encode_inner, decode_inner, inner_fast = inner.encode, inner.decode, inner.fast

    def encode(value: Any) -> Any:
        return None if value is None else encode_inner(value)

    def decode(value: Any) -> Any:
        if value is None:
            return None
        try:
            return decode_inner(value)
        except PayloadError as exc:
            if exc.path or not exc.problem.startswith("that is not "):
                raise
            raise PayloadError(f"{exc.problem} or null") from None

    def fast(v: str, const: Callable[[Any], str]) -> tuple[str, str | None]:
        if inner_fast is None:
            return f"{v} is None", None
        check, convert = inner_fast(v, const)
        return (
            f"{v} is None or ({check})",
            None if convert is None else f"None if {v} is None else {convert}",
        )

    return _ValueCodec(inner.encode if inner.identity else encode, decode, inner.identity, fast)


def _list_codec(item: _ValueCodec) -> _ValueCodec:
    encode_item, decode_item, item_fast = item.encode, item.decode, item.fast

    def encode(value: Any) -> list[Any]:
        return list(value) if item.identity else [encode_item(v) for v in value]

    def decode(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _bad("a list")
        items = []
        for index, raw in enumerate(value):
            try:
                items.append(decode_item(raw))
            except PayloadError as exc:
                raise exc.at(index) from None
        return tuple(items)

    def fast(v: str, const: Callable[[Any], str]) -> tuple[str, str | None]:
        if item_fast is None:
            return f"type({v}) is list and not {v}", "()"
        check, convert = item_fast("x_", const)
        every = f"type({v}) is list and all({check} for x_ in {v})"
        if convert is None:
            # Most lists hold none or one item (an intervention's tags): tested without the
            # generator, which costs more than the test.
            one, _ = item_fast(f"{v}[0]", const)
            every = f"type({v}) is list and (not {v} or (len({v}) == 1 and {one}) or {every})"
            return every, f"tuple({v})"
        return every, f"tuple({convert} for x_ in {v})"

    return _ValueCodec(encode, decode, False, fast)


def _pair_codec(parts: tuple[_ValueCodec, ...]) -> _ValueCodec:
    def encode(value: Any) -> list[Any]:
        return [part.encode(v) for part, v in zip(parts, value, strict=True)]

    def decode(value: Any) -> tuple[Any, ...]:
        if type(value) is not list or len(value) != len(parts):
            raise _bad(f"a list of {len(parts)}")
        items = []
        for index, (part, raw) in enumerate(zip(parts, value, strict=True)):
            try:
                items.append(part.decode(raw))
            except PayloadError as exc:
                raise exc.at(index) from None
        return tuple(items)

    return _ValueCodec(encode, decode)


_SHAPES: dict[type, str] = {dict: "an object", list: "a list", str: "text"}


def _using_codec(using: Using) -> _ValueCodec:
    from_data, shape = using.from_data, using.shape
    shape_name = _SHAPES.get(shape, "readable") if shape is not None else ""

    def decode(value: Any) -> Any:
        if shape is not None and type(value) is not shape:
            raise _bad(shape_name)
        try:
            return from_data(value)
        except PayloadError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise PayloadError(f"that cannot be read ({exc})") from exc

    return _ValueCodec(using.to_data, decode)


def _object_codec(cls: type) -> _ValueCodec:
    codec = codec_of(cls)
    return _ValueCodec(codec.encode, codec.decode)


def _value_codec(hint: Any) -> _ValueCodec:
    """The codec of one type hint (its :data:`~typing.Annotated` metadata included)."""
    metadata: tuple[Any, ...] = ()
    if typing.get_origin(hint) is Annotated:
        hint, *rest = typing.get_args(hint)
        metadata = tuple(rest)
    using = next((m for m in metadata if isinstance(m, Using)), None)
    if using is not None:
        return _using_codec(using)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        others = [a for a in args if a is not type(None)]
        if len(others) != 1 or len(others) == len(args):
            raise TypeError(f"only X | None unions have a payload form, not {hint}")
        inner = others[0]
        if metadata:
            inner = Annotated[(inner, *metadata)]
        return _optional_codec(_value_codec(inner))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return _list_codec(_value_codec(args[0]))
        return _pair_codec(tuple(_value_codec(a) for a in args))
    if hint is bool:
        return _BOOL
    if hint is int:
        minimum = next((m.value for m in metadata if isinstance(m, Min)), None)
        return _int_codec(minimum)
    if hint is str:
        return _str_codec(any(isinstance(m, NonEmpty) for m in metadata))
    if hint is dt.datetime:
        return _TIME
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        fallback = next((m for m in metadata if isinstance(m, Fallback)), None)
        return _enum_codec(hint, fallback)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _object_codec(hint)
    raise TypeError(f"no payload form for {hint!r}: declare it with Using(...)")


# ============================================================================ classes
def _type_variables(cls: type) -> dict[Any, Any]:
    """What each type variable of ``cls``'s generic bases stands for in ``cls``."""
    bound: dict[Any, Any] = {}
    for klass in reversed(cls.__mro__):
        for base in getattr(klass, "__orig_bases__", ()):
            origin = typing.get_origin(base)
            parameters = getattr(origin, "__parameters__", ())
            for variable, value in zip(parameters, typing.get_args(base), strict=False):
                bound[variable] = bound.get(value, value)
    return bound


def _resolved(hint: Any, bound: Mapping[Any, Any]) -> Any:
    parameters = getattr(hint, "__parameters__", ())
    if not parameters:
        return bound.get(hint, hint) if isinstance(hint, TypeVar) else hint
    return hint[tuple(bound.get(p, p) for p in parameters)]


def field_hints(cls: type) -> dict[str, Any]:
    """The type hint of each field of the dataclass ``cls``, metadata included and type
    variables resolved."""
    hints = typing.get_type_hints(cls, include_extras=True)
    bound = _type_variables(cls)
    return {f.name: _resolved(hints[f.name], bound) for f in dataclasses.fields(cls)}


def field_metadata(cls: type, name: str) -> tuple[Any, ...]:
    """The :data:`~typing.Annotated` metadata of the field ``name`` of ``cls``."""
    hint = field_hints(cls)[name]
    return tuple(typing.get_args(hint)[1:]) if typing.get_origin(hint) is Annotated else ()


@dataclass(frozen=True, slots=True)
class FieldCodec:
    """One field: its key (the field's name), codec, and default (``_MISSING``: none, or a
    payload must hold it)."""

    name: str
    encode: Encoder
    decode: Decoder
    identity: bool
    default: Any
    factory: Callable[[], Any] | None
    fast: Fast | None


class PayloadCodec:
    """The payload form of one dataclass (see the module docstring)."""

    __slots__ = ("by_name", "cls", "decode", "fields", "keyword")

    def __init__(self, cls: type) -> None:
        if not dataclasses.is_dataclass(cls):
            raise TypeError(f"{cls.__name__} is not a dataclass")
        hints = field_hints(cls)
        found = []
        for f in dataclasses.fields(cls):
            value = _value_codec(hints[f.name])
            metadata = field_metadata(cls, f.name)
            default, factory = f.default, None
            if f.default_factory is not dataclasses.MISSING:
                factory = f.default_factory
            if default is dataclasses.MISSING or any(isinstance(m, Required) for m in metadata):
                default, factory = _MISSING, None
            found.append(
                FieldCodec(
                    f.name,
                    value.encode,
                    value.decode,
                    value.identity,
                    default,
                    factory,
                    value.fast,
                )
            )
        self.cls = cls
        self.fields: tuple[FieldCodec, ...] = tuple(found)
        self.by_name: dict[str, FieldCodec] = {f.name: f for f in found}
        self.keyword = any(f.kw_only for f in dataclasses.fields(cls))
        #: The value a payload holds (:class:`PayloadError` if it cannot be read).
        self.decode: Decoder = _compiled_decoder(cls, self.fields, keyword=self.keyword)

    def encode(self, value: Any) -> dict[str, Any]:
        """The payload of ``value``."""
        data: dict[str, Any] = {}
        for f in self.fields:
            raw = getattr(value, f.name)
            data[f.name] = raw if f.identity else f.encode(raw)
        return data

    def decode_leniently(self, data: Any) -> Any:
        """The value ``data`` holds, each field that cannot be read left at its default (and in a
        list, each item that cannot be read left out); never an error for a class whose fields
        all have defaults."""
        if not isinstance(data, Mapping):
            data = {}
        values: dict[str, Any] = {}
        for f in self.fields:
            raw = data.get(f.name, _MISSING)
            try:
                if raw is _MISSING:
                    raise PayloadError("is missing")
                values[f.name] = f.decode(raw)
            except PayloadError:
                kept = _readable_items(f, raw)
                if kept is not None:
                    values[f.name] = kept
        return self.cls(**values)


def _readable_items(f: FieldCodec, raw: Any) -> tuple[Any, ...] | None:
    """The items of the list ``raw`` that ``f`` can read, if ``f`` reads lists."""
    if type(raw) is not list:
        return None
    kept = []
    for item in raw:
        try:
            kept.extend(f.decode([item]))
        except PayloadError:
            continue
    return tuple(kept)


def _located(decode: Decoder, name: str) -> Decoder:
    """``decode``, its errors said to be at the key ``name``."""

    def located(value: Any) -> Any:
        try:
            return decode(value)
        except PayloadError as exc:
            raise exc.at(name) from None

    return located


def _compiled_decoder(cls: type, fields: tuple[FieldCodec, ...], *, keyword: bool) -> Decoder:
    """The decoder of ``cls``'s payloads as one function, compiled from the fields' fast paths
    (as :mod:`dataclasses` compiles ``__init__``): a journal of 100,000 records is read with one
    call per record, each well-formed value tested inline; a value that fails its test goes
    through its field's decoder, which says what is wrong."""
    try:  # a frozen dataclass made without its slow __init__ (facilitator.core.construct)
        make: Callable[..., Any] = maker(cls)
        keyword = False  # the quick constructor takes every field in order
    except TypeError:
        make = cls
    env: dict[str, Any] = {
        "cls": make,
        "Mapping": Mapping,
        "PayloadError": PayloadError,
        "MISSING": _MISSING,
    }

    def const(value: Any) -> str:
        name = f"c{len(env)}"
        env[name] = value
        return name

    lines = [
        "def decode(payload):",
        "    if type(payload) is not dict and not isinstance(payload, Mapping):",
        "        raise PayloadError('has a payload that is not an object')",
        "    get = payload.get",
    ]
    arguments = []
    for i, f in enumerate(fields):
        v = f"v{i}"
        lines += [f"    {v} = get({f.name!r}, MISSING)", f"    if {v} is MISSING:"]
        if f.factory is not None:
            lines.append(f"        {v} = {const(f.factory)}()")
        elif f.default is _MISSING:
            lines.append(f"        raise PayloadError('is missing', missing=True).at({f.name!r})")
        else:
            lines.append(f"        {v} = {const(f.default)}")
        if f.fast is not None:
            check, convert = f.fast(v, const)
            lines += [
                f"    elif {check}:",
                f"        {v} = {convert}" if convert else "        pass",
            ]
        lines += ["    else:", f"        {v} = {const(_located(f.decode, f.name))}({v})"]
        arguments.append(f"{f.name}={v}" if keyword else v)
    lines.append(f"    return cls({', '.join(arguments)})")
    exec("\n".join(lines), env)  # the code above is made of the fields' names only
    decoder: Decoder = env["decode"]
    return decoder


_CODECS: dict[type, PayloadCodec] = {}


def codec_of(cls: type) -> PayloadCodec:
    """The payload codec of the dataclass ``cls`` (built once)."""
    codec = _CODECS.get(cls)
    if codec is None:
        codec = _CODECS[cls] = PayloadCodec(cls)
    return codec
