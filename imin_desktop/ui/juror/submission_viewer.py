"""The middle pane: what a submission says (title, track, summary, team, fields) and its files."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTemporaryDir, QUrl
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from imin_desktop.formats.kit import KitSubmission
from imin_desktop.ui.common.attachments import AttachmentPage, Reader, page_for
from imin_desktop.ui.common.i18n import text


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=False)


SMALL_WORDS = {"of", "and", "or", "the", "per", "to", "in", "on", "by", "a"}


def _field_name(key: str) -> str:
    """``budget_eur`` -> "Budget EUR", ``trl`` -> "TRL"."""
    words = key.replace("_", " ").replace("-", " ").split()
    shown = [w.upper() if len(w) <= 3 and w.lower() not in SMALL_WORDS else w for w in words]
    text_ = " ".join(shown)
    return text_[:1].upper() + text_[1:]


def _field_value(value: Any) -> str:
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, int) and abs(value) >= 10_000:
        return f"{value:,}".replace(",", "\u202f")
    if isinstance(value, list | tuple):
        return ", ".join(_field_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{_field_name(str(k))}: {_field_value(v)}" for k, v in value.items())
    return str(value)


# What the details pane shows at first, so moving to any accepted submission stays quick (a
# submission may carry 200 fields of 10,000 characters: ~1 s of layout on the UI thread); the
# rest is one click away ("Show everything").
SHOWN_FIELDS = 40
SHOWN_FIELD_TEXT = 600
SHOWN_SUMMARY = 3_000
SHOW_ALL = "imin:show-all"


def _cut(value: str, limit: int, full: bool) -> tuple[str, bool]:
    if full or len(value) <= limit:
        return value, False
    return value[:limit].rstrip() + " …", True


class SubmissionViewer(QWidget):
    """Shows one submission; attachments load when their tab is first shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Submission"))
        self._temp: QTemporaryDir | None = None
        self.submission_id = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.details = QTextBrowser(self.splitter)
        self.details.setAccessibleName(self.tr("Submission details"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._anchor_clicked)
        self._shown: tuple[KitSubmission, bool] | None = None
        self.details.setMinimumHeight(90)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setAccessibleName(self.tr("Attachments"))
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.no_files = QLabel(self.tr("This submission has no attached files."), self.splitter)
        self.no_files.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_files.setAccessibleName(self.tr("No attachments"))
        self.no_files.hide()
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([220, 660])
        layout.addWidget(self.splitter)

    def set_temp_folder(self, allowed: bool) -> None:
        """Allow writing attachments to a private temporary folder (plain kits only)."""
        if allowed and self._temp is None:
            self._temp = QTemporaryDir()
            self._temp.setAutoRemove(True)
        elif not allowed:
            self._temp = None

    def cleanup(self) -> None:
        if self._temp is not None:
            self._temp.remove()
            self._temp = None

    def show_submission(self, sub: KitSubmission, reader: Reader, *, blind: bool) -> None:
        self.submission_id = sub.id
        self._shown = (sub, blind)
        self.details.setHtml(self.details_html(sub, blind=blind))
        self.tabs.blockSignals(True)
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        for attachment in sub.attachments:
            page = page_for(attachment, reader, self._temp, self.tabs)
            label = text(attachment.title) or Path(attachment.path).name
            index = self.tabs.addTab(page, label)
            self.tabs.setTabToolTip(index, f"{attachment.path} ({attachment.media_type})")
        self.tabs.blockSignals(False)
        has_files = bool(sub.attachments)
        self.tabs.setVisible(has_files)
        self.no_files.setVisible(not has_files)
        if has_files:
            self.tabs.setCurrentIndex(0)
            self._tab_shown(0)

    def current_page(self) -> AttachmentPage | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, AttachmentPage) else None

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if isinstance(page, AttachmentPage):
            page.load()

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.toString() == SHOW_ALL and self._shown is not None:
            sub, blind = self._shown
            self.details.setHtml(self.details_html(sub, blind=blind, full=True))

    def details_html(self, sub: KitSubmission, *, blind: bool, full: bool = False) -> str:
        """The details as HTML; unless ``full``, long texts are cut and only the first fields
        shown, with a link that shows everything."""
        cut = False
        parts = [f"<h2 style='margin:0 0 4px 0'>{_esc(text(sub.title) or sub.id)}</h2>"]
        meta = [f"<b>{_esc(sub.id)}</b>"]
        if text(sub.track):
            meta.append(_esc(text(sub.track)))
        parts.append("<p style='margin:0 0 8px 0'>" + " &nbsp;·&nbsp; ".join(meta) + "</p>")
        if text(sub.summary):
            summary, was_cut = _cut(text(sub.summary), SHOWN_SUMMARY, full)
            cut |= was_cut
            parts.append(f"<p>{_esc(summary)}</p>")
        if not blind and sub.team:
            members = []
            for person in sub.team:
                name = _esc(person.get("name", ""))
                extra = ", ".join(
                    _esc(person[k]) for k in ("role", "organisation") if person.get(k)
                )
                members.append(f"{name} ({extra})" if extra else name)
            team = self.tr("Team")
            parts.append(f"<p><b>{_esc(team)}:</b> " + "; ".join(members) + "</p>")
        elif blind:
            hidden = self.tr("Blind review: the team is not shown.")
            parts.append(f"<p><i>{_esc(hidden)}</i></p>")
        if sub.fields:
            items = list(sub.fields.items())
            if not full and len(items) > SHOWN_FIELDS:
                items, cut = items[:SHOWN_FIELDS], True
            rows = []
            for k, v in items:
                value, was_cut = _cut(_field_value(v), SHOWN_FIELD_TEXT, full)
                cut |= was_cut
                rows.append(f"<tr><td style='padding-right:12px'><b>{_esc(_field_name(k))}</b></td>"
                            f"<td>{_esc(value)}</td></tr>")  # fmt: skip
            parts.append(f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>")
        if cut:
            more = self.tr("Show everything ({n} fields)").replace("{n}", str(len(sub.fields)))
            parts.append(f"<p><a href='{SHOW_ALL}'>{_esc(more)}</a></p>")
        return "".join(parts)
