"""The report's own page-cutting flowables: contents and long tables, laid out once, cut once
per page, never leaving a stray line or row alone on a page."""

from __future__ import annotations

from imin_desktop.exports.report_contents import Contents, TocTarget
from imin_desktop.exports.report_paged import PagedGrid
from imin_desktop.exports.report_style import FRAME_WIDTH, Styles

FRAME = 700.0


def contents_of(entries: int) -> Contents:
    st = Styles()
    targets: dict[str, TocTarget] = {}
    contents = Contents([st.toc0, st.toc1], FRAME, targets)
    contents.addEntries([(1, f"SUB-{n:03d} — a title", 0, f"sub-{n}") for n in range(entries)])
    return contents


def lines_per_page() -> int:
    _, height = contents_of(1).wrap(FRAME_WIDTH, FRAME)
    return int(FRAME // height)


def test_contents_tighten_rather_than_spill_one_line_onto_a_page() -> None:
    fits = lines_per_page()

    pieces = contents_of(fits + 1).split(FRAME_WIDTH, FRAME)

    assert len(pieces) == 1  # one page, spacing tightened a little


def test_contents_spanning_pages_cut_once_per_page() -> None:
    fits = lines_per_page()

    pieces = contents_of(fits * 3 + fits // 2).split(FRAME_WIDTH, FRAME)

    assert len(pieces) == 4
    assert all(piece.wrap(FRAME_WIDTH, FRAME)[1] <= FRAME for piece in pieces)


def table(rows: int) -> PagedGrid:
    return PagedGrid(["#", "name"], [[str(n), f"row {n}"] for n in range(rows)], [40, 200])


def test_long_table_leaves_at_least_two_rows_for_its_last_page() -> None:
    head, heights = table(200)._measure()
    fits = int((FRAME - head) // heights[0])

    first, rest = table(fits + 1).split(FRAME_WIDTH, FRAME)

    assert len(first._cellvalues) - 1 == fits - 1  # one row moved on: two on the last page
    assert len(rest.rows) == 2


def test_long_table_gives_each_page_only_its_rows() -> None:
    pieces = []
    rest: object = table(500)
    while isinstance(rest, PagedGrid):
        parts = rest.split(FRAME_WIDTH, FRAME)
        pieces.append(parts[0])
        rest = parts[1] if len(parts) > 1 else None

    assert sum(len(p._cellvalues) - 1 for p in pieces) == 500
    assert all(p._cellvalues[0] == ["#", "name"] for p in pieces)  # the header on every page
