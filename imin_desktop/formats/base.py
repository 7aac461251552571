"""What every file format shares: its protocol, bounded JSON parsing, and typed access to
untrusted JSON values (``formats/registry.py`` lists the formats).

Each reader turns bytes into plain values or raises one ``InputError`` naming the
file, the place and the problem. The helpers here make that the easy path.
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from imin_desktop.domain.errors import InputError
from imin_desktop.domain.identifiers import is_identifier
from imin_desktop.domain.rubric import to_decimal
from imin_desktop.domain.text import LANGUAGES, LocalizedText, _

MAX_TEXT = 100_000

#: Characters refused in every text field: C0 and C1 control characters other than tab,
#: line feed and carriage return (a line break), DEL, and lone UTF-16 surrogates (which JSON
#: escapes can produce but UTF-8 cannot carry). They only ever hide or inject something.
_REFUSED_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def control_character_problem(text: str) -> str | None:
    """Why ``text`` cannot be a text field (a control character and where), or None."""
    found = _REFUSED_IN_TEXT.search(text)
    if found is None:
        return None
    return _(
        "holds the control character U+{code:04X} at position {at}; text may contain tabs and "
        "line breaks but no other control characters"
    ).format(code=ord(found.group()), at=found.start() + 1)


@dataclass(frozen=True)
class JsonLimits:
    """How big a JSON document of one format may be. Checked before it is parsed: the size
    before the file is read, nesting depth and the number of values by a scan of the text
    that stops at the first excess, so no document builds more than ``max_values`` objects."""

    max_bytes: int
    max_values: int
    max_depth: int = 16


#: A JSON document of unknown kind: the loosest limits any format uses.
DEFAULT_JSON_LIMITS = JsonLimits(max_bytes=16 * 1024 * 1024, max_values=1_000_000)
MAX_JSON_BYTES = DEFAULT_JSON_LIMITS.max_bytes


class FileFormat(Protocol):
    """One file format: recognises its files and checks them without an event."""

    name: str
    generic: bool
    """True for formats that claim files by their suffix alone (packages, listings)."""

    def detect(self, path: Path, head: bytes) -> bool: ...

    def validate(self, path: Path) -> str:
        """Read and check the file; return a one-line summary or raise ``InputError``."""
        ...


MAX_WORKBOOK_XML = 4 * 1024 * 1024


def xlsx_workbook_xml(path: Path, head: bytes) -> bytes | None:
    """``xl/workbook.xml`` of an ``.xlsx`` file (its sheet names), for detection only: None when
    the file is no workbook or the part is implausibly large. Never raises."""
    if path.suffix.lower() != ".xlsx" or not head.startswith(b"PK"):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("xl/workbook.xml")
            if info.file_size > MAX_WORKBOOK_XML:
                return None
            return archive.read(info)
    except Exception:  # detection never fails, it only says no
        return None


def read_bytes(path: Path, limit: int = MAX_JSON_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(str(path), "", f"file is {size} bytes, more than the limit of {limit}")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "", "file not found") from None
    except IsADirectoryError:
        raise InputError(str(path), "", "is a folder, not a file") from None
    except OSError as exc:
        raise InputError(str(path), "", f"cannot be read ({exc.strerror})") from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:40]} is too large")
    return value


def utf8_error_location(data: bytes, exc: UnicodeDecodeError) -> str:
    """Where undecodable text starts, as a person finds it: line and byte."""
    line = data.count(b"\n", 0, exc.start) + 1
    return f"line {line} (byte {exc.start})"


# A JSON token as the scan counts it: a string (or, alone, the quote that opens a string that
# never ends: the scan stops there and the parser names the place), a bracket, or a run of
# number/literal characters. Possessive quantifiers keep every step linear.
_JSON_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+"|"|[\[{]|[\]}]|[^\s"\[\]{},:]++')


def _check_json_shape(text: str, file: str, limits: JsonLimits) -> None:
    """Refuse a document nested deeper or holding more values than ``limits`` allow, without
    building it: the parser would otherwise create every object before anyone looked."""
    depth = values = 0
    for token in _JSON_TOKEN.finditer(text):
        start = token.start()
        first = text[start]
        if first in "]}":
            depth -= 1
            continue
        if first == '"' and token.end() - start == 1:
            return  # an unterminated string: the parser reports it with its place
        values += 1
        if values > limits.max_values:
            line = text.count("\n", 0, start) + 1
            raise InputError(
                file,
                f"line {line}",
                _("holds more than {limit} values; no file of this kind is that large").format(
                    limit=limits.max_values
                ),
            )
        if first in "[{":
            depth += 1
            if depth > limits.max_depth:
                line = text.count("\n", 0, start) + 1
                raise InputError(
                    file,
                    f"line {line}",
                    _("nested more than {limit} levels deep").format(limit=limits.max_depth),
                )


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return obj


def load_json(data: bytes, file: str, limits: JsonLimits = DEFAULT_JSON_LIMITS) -> Any:
    """Parse UTF-8 JSON within ``limits`` or raise ``InputError`` naming the problem's place.

    Refused as ambiguous: a byte-order mark (the format is UTF-8, which needs none) and an
    object with the same key twice (two parsers may read such a file differently).
    """
    if len(data) > limits.max_bytes:
        raise InputError(
            file,
            "",
            _("is {size} bytes, more than the limit of {limit}").format(
                size=len(data), limit=limits.max_bytes
            ),
        )
    if data.startswith(b"\xef\xbb\xbf"):
        raise InputError(
            file,
            "line 1",
            _("starts with a byte-order mark; save it as UTF-8 without a byte-order mark"),
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(file, utf8_error_location(data, exc), _("text is not UTF-8")) from None
    _check_json_shape(text, file, limits)
    try:
        return json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
            object_pairs_hook=_unique_keys,
        )
    except _DuplicateKey as exc:
        raise InputError(
            file,
            repr(str(exc))[:80],
            _("this key appears twice in one object; a file must say each thing once"),
        ) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            file, f"line {exc.lineno}, column {exc.colno}", f"not JSON: {exc.msg}"
        ) from None
    except (ValueError, RecursionError) as exc:
        raise InputError(file, "", f"not valid JSON: {exc}") from None


def describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {dict: "an object", list: "a list", str: "text", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


class Node:
    """A value inside an untrusted JSON document, with where it came from.

    The place (``location``) is worked out only when asked for — in an error message — so
    walking a large valid document costs no string building per value."""

    __slots__ = ("_base", "_key", "_parent", "file", "value")

    def __init__(self, file: str, location: str, value: Any,
                 parent: Node | None = None, key: str | int | None = None) -> None:  # fmt: skip
        self.file = file
        self.value = value
        self._base = location
        self._parent = parent
        self._key = key

    @property
    def location(self) -> str:
        parent, key = self._parent, self._key
        if parent is None or key is None:
            return self._base
        above = parent.location
        if isinstance(key, int):
            return f"{above}[{key}]"
        if not above:
            return key
        if above.endswith("/"):  # a prefix such as "SUB-014 /"
            return f"{above} {key}"
        return f"{above}.{key}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Node) and (self.file, self.location, self.value) == (
            other.file,
            other.location,
            other.value,
        )

    def __hash__(self) -> int:
        return hash((self.file, self.location))

    def __repr__(self) -> str:
        return f"Node({self.file!r}, {self.location!r}, {self.value!r})"

    def error(self, message: str) -> InputError:
        return InputError(self.file, self.location or "(top level)", message)

    def child(self, key: str | int) -> Node:
        if isinstance(key, int):
            return Node(self.file, "", self.value[key], self, key)
        value = self.value.get(key) if isinstance(self.value, dict) else None
        return Node(self.file, "", value, self, key)

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and key in self.value and self.value[key] is not None

    def obj(self) -> Node:
        if not isinstance(self.value, dict):
            raise self.error(f"expected an object, found {describe(self.value)}")
        return self

    def items(self) -> list[Node]:
        if not isinstance(self.value, list):
            raise self.error(f"expected a list, found {describe(self.value)}")
        return [self.child(i) for i in range(len(self.value))]

    def string(self, *, allow_empty: bool = True, max_len: int = MAX_TEXT) -> str:
        if not isinstance(self.value, str):
            raise self.error(f"expected text, found {describe(self.value)}")
        if not allow_empty and not self.value.strip():
            raise self.error("must not be empty")
        if len(self.value) > max_len:
            raise self.error(f"text longer than {max_len} characters")
        if (problem := control_character_problem(self.value)) is not None:
            raise self.error(problem)
        return self.value

    def identifier(self) -> str:
        if not is_identifier(self.value):
            raise self.error(
                "expected an identifier of 1–64 characters from A–Z a–z 0–9 . _ -, "
                f"found {self.value!r}"[:200]
            )
        return str(self.value)

    def number(self) -> Decimal:
        if isinstance(self.value, bool) or not isinstance(self.value, (int, float)):
            raise self.error(f"expected a number, found {describe(self.value)}")
        return to_decimal(self.value)

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            raise self.error(f"expected true or false, found {describe(self.value)}")
        return self.value

    def text(self, *, allow_empty: bool = True) -> LocalizedText:
        """A plain string or a language map ``{"en": ..., "pt": ...}``."""
        if isinstance(self.value, dict):
            out: dict[str, str] = {}
            for lang in self.value:
                if not isinstance(lang, str) or not 2 <= len(lang) <= 8:
                    raise self.error(f"language key {lang!r} is not a language code")
                out[lang] = self.child(lang).string()
            if not allow_empty and not any(v.strip() for v in out.values()):
                raise self.error("must not be empty")
            return out
        return self.string(allow_empty=allow_empty)

    def get(self, key: str, read: Callable[[Node], Any], default: Any = None) -> Any:
        return read(self.child(key)) if self.has(key) else default

    def require(self, key: str, read: Callable[[Node], Any]) -> Any:
        if not self.has(key):
            raise self.child(key).error("is missing")
        return read(self.child(key))


def check_format(root: Node, family: str, major: int) -> None:
    """Refuse a document that is not ``family/major``, saying what it is instead."""
    root.obj()
    if not root.has("format"):
        raise root.child("format").error(f'is missing (expected "{family}/{major}")')
    fmt = root.child("format").string()
    name, _, version = fmt.partition("/")
    if name != family:
        raise root.child("format").error(f'is {fmt!r}, expected "{family}/{major}"')
    if version != str(major):
        raise root.child("format").error(
            f"version {version!r} of {family} is not known to this program (it reads /{major}); "
            "a newer program may have written it"
        )


def text_languages(text: LocalizedText | None) -> dict[str, str]:
    if text is None:
        return {}
    if isinstance(text, str):
        return {"en": text}
    return {k: v for k, v in text.items() if k in LANGUAGES or v}
