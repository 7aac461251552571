"""The ranking table: one row per submission, straight from the results service.

Rows are plain values (``RankingRow``) made from ``SubmissionResult`` and the recorded
decisions; nothing is computed here but their display text. The model sorts and filters itself
over keys and folded text prepared once per load, so re-sorting or filtering 2,000 rows costs
a Python sort and a substring scan, not a Python call per comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from imin_desktop.ui.common.table_model import ROW_ROLE, SORT_ROLE, fold
from imin_desktop.ui.event.wording import (
    flag_explanation,
    flags_tooltip,
    flags_words,
    number,
    outcome_label,
    percent,
    standing_word,
)

if TYPE_CHECKING:
    from imin_desktop.domain.consolidation import SubmissionResult
    from imin_desktop.domain.rubric import Rubric

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 3
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
ROLES = frozenset({DISPLAY, TOOLTIP, FOREGROUND, ALIGNMENT, int(SORT_ROLE), int(ROW_ROLE),
                   int(ID_ROLE)})  # fmt: skip


@dataclass(frozen=True)
class RankingRow:
    id: str
    title: str
    standing: str
    rank: int
    total: float | None
    criteria: dict[str, float | None]
    reviews: int
    assigned: int
    spread: float | None
    rank_interval: tuple[int, int] | None
    p_top: float | None
    flags: tuple[str, ...]
    outcome: str
    panel_order: int | None
    shown_rank: str
    """The rank as every output shows it: ``4``, or ``4=`` while shared (ex aequo)."""
    order: int
    """Position in the order every output shows (ranked list first, settled ties in order)."""

    @property
    def is_apart(self) -> bool:
        return self.standing != "ranked"


def ranking_rows(submissions: Sequence[SubmissionResult], decisions: dict[str, dict[str, Any]],
                 rubric: Rubric) -> list[RankingRow]:  # fmt: skip
    """Plain rows for the table, in the order every output shows (``domain.standing``): the
    ranked list with settled ex aequo groups in the panel's order, then the submissions apart."""
    from imin_desktop.domain.standing import standings

    orders = {k: d.get("panel_order") for k, d in decisions.items()}
    out = []
    for position, shown in enumerate(standings(submissions, orders, rubric).standings):
        s = shown.result
        decision = decisions.get(s.id) or {}
        out.append(RankingRow(
            id=s.id, title=s.title, standing=shown.section, rank=s.rank,
            total=s.total, criteria=dict(s.criteria), reviews=s.reviews, assigned=s.assigned,
            spread=s.spread, rank_interval=s.rank_interval, p_top=s.p_top, flags=tuple(s.flags),
            outcome=str(decision.get("outcome") or ""), panel_order=decision.get("panel_order"),
            shown_rank=shown.label, order=position,
        ))  # fmt: skip
    return out


@dataclass(frozen=True)
class _Col:
    title: str
    text: Callable[[RankingRow], str]
    key: Callable[[RankingRow], Any]
    tip: Callable[[RankingRow], str] | None = None
    header_tip: str = ""
    right: bool = False


class RankingTableModel(QAbstractTableModel):
    """The ranking: sortable by any column (the first keeps the ranked list above the
    submissions shown apart), filtered by words typed anywhere in a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RankingRow] = []
        self._cols: list[_Col] = []
        self._cells: list[list[str]] = []
        self._keys: list[list[Any]] = []
        self._hay: list[str] = []
        self._view: list[int] = []
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._words: list[str] = []
        self._muted = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)

    # -- loading -----------------------------------------------------------------------------

    def _columns(self, criteria: Sequence[tuple[str, str]], top_k: int) -> list[_Col]:
        cols = [
            _Col(self.tr("Standing"), lambda r: standing_word(r.standing),
                 lambda r: r.order,
                 lambda r: flag_explanation(r.standing) if r.is_apart else "",
                 self.tr("Ranked: passes every threshold and gate. The others are shown apart.")),
            _Col(self.tr("Rank"), lambda r: r.shown_rank, lambda r: r.order, None,
                 self.tr("Rank under the chosen method (4= : ex aequo, shared); a settled ex aequo "
                    "group takes its places in the panel's order. Submissions shown apart keep "
                    "their computed rank for reference."), True),
            _Col(self.tr("Submission"), lambda r: r.id, lambda r: r.id),
            _Col(self.tr("Title"), lambda r: r.title, lambda r: r.title, lambda r: r.title),
        ]  # fmt: skip
        for key, label in criteria:
            short = label if len(label) <= 14 else label[:12].rstrip() + "…"
            cols.append(_Col(short, _criterion_text(key), _criterion_key(key), None, label, True))
        cols += [
            _Col(self.tr("Total"), lambda r: number(r.total), lambda r: r.total, None,
                 self.tr("Consolidated total under the chosen method"), True),
            _Col(self.tr("Reviews"), lambda r: f"{r.reviews} / {r.assigned}", lambda r: r.reviews,
                 None, self.tr("Counted reviews / assigned"), True),
            _Col(self.tr("Spread"), lambda r: number(r.spread), lambda r: r.spread, None,
                 self.tr("Highest minus lowest review total"), True),
            _Col(self.tr("Rank range"), _interval_text, lambda r: r.rank_interval, None,
                 self.tr("5th–95th percentile of the rank when the reviews are resampled"), True),
            _Col(self.tr("P(top %n)", "", top_k), lambda r: percent(r.p_top), lambda r: r.p_top,
                 None, self.tr("Share of resamples in which it finished in the top %n", "", top_k),
                 True),
            _Col(self.tr("Flags"), lambda r: flags_words(r.flags), lambda r: flags_words(r.flags),
                 lambda r: flags_tooltip(r.flags)),
            _Col(self.tr("Decision"), lambda r: outcome_label(r.outcome) if r.outcome else "",
                 lambda r: r.outcome),
        ]  # fmt: skip
        return cols

    def set_results(self, rows: Sequence[RankingRow], criteria: Sequence[tuple[str, str]],
                    top_k: int) -> None:  # fmt: skip
        """Replace every row (and the criterion columns)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._cols = self._columns(criteria, top_k)
        self._cells = [[c.text(r) for c in self._cols] for r in self._rows]
        self._keys = [[_key(c.key(r)) for r in self._rows] for c in self._cols]
        self._hay = [fold(" ".join(cells)) for cells in self._cells]
        self._view = self._ordered()
        self.endResetModel()

    def _ordered(self) -> list[int]:
        column, order = self._sort
        keys = self._keys[column] if column < len(self._keys) else None
        indices = range(len(self._rows))
        if self._words:
            indices = [i for i in indices if all(w in self._hay[i] for w in self._words)]  # type: ignore[assignment]
        if keys is None:
            return list(indices)
        return sorted(indices, key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)  # fmt: skip

    # -- sorting and filtering ---------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._relayout()

    def set_filter_text(self, text: str) -> None:
        """Keep the rows holding every typed word (the view keeps its columns and selection)."""
        self._words = fold(text).split()
        self._relayout()

    def _relayout(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        sources = [self._view[i.row()] for i in old]
        self._view = self._ordered()
        where = {source: row for row, source in enumerate(self._view)}
        self.changePersistentIndexList(old, [
            self.index(where[s], i.column()) if s in where else QModelIndex()
            for s, i in zip(sources, old, strict=True)
        ])  # fmt: skip
        self.layoutChanged.emit()

    # -- reading -----------------------------------------------------------------------------

    def row_at(self, row: int) -> RankingRow:
        return self._rows[self._view[row]]

    def visible_ids(self) -> list[str]:
        return [self._rows[i].id for i in self._view]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cols)

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if role not in ROLES:  # painting asks for a dozen roles per cell: answer most at once
            return None
        row = index.row()
        if not (0 <= row < len(self._view)):
            return None
        source = self._view[row]
        column = index.column()
        if role == DISPLAY:
            return self._cells[source][column]
        if role == FOREGROUND:
            return self._muted if self._rows[source].standing != "ranked" else None
        if role == ALIGNMENT:
            return RIGHT if self._cols[column].right else None
        if role == TOOLTIP:
            tip = self._cols[column].tip
            return (tip(self._rows[source]) or None) if tip else None
        if role == SORT_ROLE:
            return str(self._keys[column][source])
        if role == ROW_ROLE:
            return source
        if role == ID_ROLE:
            return self._rows[source].id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._cols):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._cols[section].title
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._cols[section].header_tip or None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None


def _key(value: Any) -> tuple[int, Any]:
    """A sort key comparable within a column: missing values last, text without accents."""
    if value is None:
        return (1, 0)
    if isinstance(value, str):
        return (0, fold(value))
    if isinstance(value, tuple):
        return (0, tuple(fold(v) if isinstance(v, str) else v for v in value))
    return (0, float(value))


def _criterion_text(key: str) -> Callable[[RankingRow], str]:
    return lambda r: number(r.criteria.get(key))


def _criterion_key(key: str) -> Callable[[RankingRow], Any]:
    return lambda r: r.criteria.get(key)


def _interval_text(row: RankingRow) -> str:
    if row.rank_interval is None:
        return "—"
    low, high = row.rank_interval
    return str(low) if low == high else f"{low}–{high}"
