"""Declarative base, naming convention and the column types every model shares."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, DateTime, Dialect, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ExactDecimal(TypeDecorator[Decimal]):
    """A score or weight kept exactly: text on SQLite (no binary floats), NUMERIC elsewhere."""

    impl = String(40)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        from sqlalchemy import Numeric

        # Unconstrained NUMERIC: any value the rubric allows, stored digit for digit (a declared
        # precision and scale would round silently).
        return dialect.type_descriptor(Numeric(asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        value = Decimal(value)
        if dialect.name == "sqlite":
            return format(value.normalize(), "f") if value != 0 else "0"
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return _plain(Decimal(str(value)))


def _plain(value: Decimal) -> Decimal:
    """``value`` without trailing zeros and never in exponent form: 4.500000 -> 4.5, 10 -> 10
    (``normalize`` alone would give ``1E+1``, which prints as such)."""
    if value == 0:
        return Decimal(0)
    result = value.normalize()
    return Decimal(format(result, "f")) if result.as_tuple().exponent > 0 else result  # type: ignore[operator]


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in UTC; naive values read back from SQLite are marked as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("times are stored in UTC and must carry a time zone")
        return (
            value.astimezone(UTC)
            if dialect.name != "sqlite"
            else value.astimezone(UTC).replace(tzinfo=None)
        )

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        Decimal: ExactDecimal(),
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }


class IdMixin:
    id: Mapped[int] = mapped_column(primary_key=True)


class VersionedMixin:
    """Optimistic concurrency: an edit based on an old version is refused, never lost."""

    version: Mapped[int] = mapped_column(default=1)
