"""What every file format shares: the registry, and typed access to untrusted JSON.

Each reader turns bytes into plain values or raises one ``InputError`` naming the
file, the place and the problem. The helpers here make that the easy path.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from imin_desktop.domain.errors import InputError
from imin_desktop.domain.identifiers import is_identifier
from imin_desktop.domain.rubric import to_decimal
from imin_desktop.domain.text import LANGUAGES, LocalizedText

MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_TEXT = 100_000


class FileFormat(Protocol):
    """One file format: recognises its files and checks them without an event."""

    name: str

    def detect(self, path: Path, head: bytes) -> bool: ...

    def validate(self, path: Path) -> str:
        """Read and check the file; return a one-line summary or raise ``InputError``."""
        ...


REGISTRY: list[FileFormat] = []


def register(fmt: FileFormat) -> FileFormat:
    REGISTRY.append(fmt)
    return fmt


def detect_format(path: Path) -> FileFormat | None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except IsADirectoryError:
        head = b""
    # Formats that claim files by their suffix alone (``generic = True``: submission packages
    # and listings) are asked last, so the order in which modules registered does not matter.
    for fmt in sorted(REGISTRY, key=lambda f: bool(getattr(f, "generic", False))):
        if fmt.detect(path, head):
            return fmt
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


def load_json(data: bytes, file: str) -> Any:
    """Parse UTF-8 JSON or raise ``InputError`` with the line and column of the problem."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(file, utf8_error_location(data, exc), "text is not UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
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


@dataclass(frozen=True)
class Node:
    """A value inside an untrusted JSON document, with where it came from."""

    file: str
    location: str
    value: Any

    def error(self, message: str) -> InputError:
        return InputError(self.file, self.location or "(top level)", message)

    def child(self, key: str | int) -> Node:
        if isinstance(key, int):
            loc = f"{self.location}[{key}]"
        elif not self.location:
            loc = key
        elif self.location.endswith("/"):  # a prefix such as "SUB-014 /"
            loc = f"{self.location} {key}"
        else:
            loc = f"{self.location}.{key}"
        if isinstance(key, int):
            return Node(self.file, loc, self.value[key])
        return Node(self.file, loc, self.value.get(key) if isinstance(self.value, dict) else None)

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
