"""The PDF briefing: one document an analyst can hand on, for one filter and one moment.

Rules of the concept:
- Contents, in order: a title page (the filter, the data's date range, the "as of" moment,
  what it holds), the map and the timeline as they are drawn on screen, the tariff table,
  the deadlines with their time left as of the chosen moment, and for each fact its
  evidence sentence(s) and source.
- Everything comes from the store under the same :class:`~analyst.store.Filter` the views
  use; the charts are pictures of the dashboard's own chart views under that filter, drawn
  at a size made for the page (see :func:`analyst.ui.exporting.print_charts`), so their
  text has the same size on the page as the rest.
- A4 portrait, readable fonts (10 pt text), a footer on every page with the page number
  ("Page 3 of 7"). The body is one QTextDocument laid out in pages, so long tables break
  across pages and repeat their header row.
- Runs on the GUI thread (it paints widgets and fonts).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication

from analyst import __version__
from analyst.export.charts import date_range_text, format_day
from analyst.export.tables import countdown_frame, replacing_file
from analyst.store import (
    Filter,
    countries,
    deadlines,
    fact_counts_by_day,
    facts_document,
    tariffs,
)
from analyst.store._sql import Source

RESOLUTION = 150  # dots per inch of the page's coordinates (text and vectors stay vector)
MARGINS_MM = QMarginsF(18, 16, 18, 12)
FOOTER_MM = 9.0
BODY_PT = 10.0

_MEASURES = {"tariff": "Tariff", "secondary_tariff": "Secondary tariff", "sanction": "Sanction"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Briefing:
    """What goes into one report (a frozen request, captured on the GUI thread)."""

    source: Source
    filter: Filter
    as_of: datetime
    map_image: QImage | None = None  # the charts as pictures; None leaves one out
    timeline_image: QImage | None = None
    database: str | None = None
    made: datetime | None = None


def write_report(
    briefing: Briefing,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    apart: bool = False,
) -> int:
    """Writes the briefing to the PDF ``path``; returns its number of pages, or 0 when
    ``cancelled()`` turned true (checked between steps; ``path`` is then left as it was).
    ``progress(page, pages, text)`` follows the pages.

    ``apart=True`` (for a window): the store is read here (call it on a worker thread with
    that thread's own connection) and the pages are laid out and painted in a child
    process, because Qt's text layout holds Python's lock for its whole run and would
    freeze the window for seconds on a big briefing.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise OSError(f"{path}: no such folder: {path.parent}")
    if progress is not None:
        progress(0, 0, "reading the facts")
    body = briefing_html(briefing)
    images = {
        name: image
        for name, image in (("map", briefing.map_image), ("timeline", briefing.timeline_image))
        if image is not None
    }
    title = f"Briefing — {briefing.filter.describe()}"
    footer = f"Briefing · {briefing.filter.describe()}"
    if cancelled():
        return 0
    try:
        with replacing_file(path) as tmp:
            if apart:
                from analyst.export.pdf_process import render_pdf_apart

                pages = _naming(path, render_pdf_apart)(
                    body, images, Path(tmp), title, footer, progress, cancelled
                )
            else:
                pages = render_pdf(body, images, Path(tmp), title, footer, progress, cancelled)
            if pages == 0:
                raise _Cancelled  # drops the partial file
    except _Cancelled:
        return 0
    return pages


def _naming(path: Path, fn: Callable[..., int]) -> Callable[..., int]:
    """``fn``, whose ``OSError`` names ``path`` (not the temporary file written)."""

    def call(*args: object) -> int:
        try:
            return fn(*args)
        except OSError as e:
            raise OSError(f"{path}: {e}") from None

    return call


class _Cancelled(Exception):
    """Raised inside :func:`write_report` to drop a cancelled file."""


Progress = Callable[[int, int, str], None]


def page_rect() -> tuple[float, float, float]:
    """(width, body height, footer height) of a page's printable area, in dots at
    ``RESOLUTION``: A4 portrait less ``MARGINS_MM``, the footer under the body."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )
    rect = layout.paintRectPixels(RESOLUTION)
    footer = _mm(FOOTER_MM)
    return float(rect.width()), float(rect.height()) - footer, footer


def briefing_html(briefing: Briefing) -> str:
    """The body of the briefing as HTML for QTextDocument (reads the store)."""
    width, page_height, _ = page_rect()
    return _html(briefing, width, page_height)


def render_pdf(
    body: str,
    images: Mapping[str, QImage],
    path: Path,
    title: str,
    footer_text: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    font_family: str | None = None,
) -> int:
    """Lays out ``body`` (with ``images`` as ``chart:NAME``) on A4 pages and writes them
    to ``path`` with a footer and page numbers. Returns the pages written (0: cancelled).
    Needs a QGuiApplication (fonts); runs on the thread that owns it."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator(f"analyst {__version__}")
    width, page_height, footer = page_rect()

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    font = _base_font(font_family)
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_CSS)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word ("Secondar-y")
    doc.setDefaultTextOption(wrap)
    doc.setPageSize(QSizeF(width, page_height))
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    if progress is not None:
        progress(0, 0, "laying out the pages")
    doc.setHtml(body)
    pages = doc.pageCount()
    if cancelled():
        return 0

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: cannot write the PDF")
    try:
        for page in range(pages):
            if cancelled():
                return 0
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            doc.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()
            _footer(painter, footer_text, page + 1, pages, width, page_height, footer, font_family)
            if progress is not None:
                progress(page + 1, pages, f"page {page + 1} of {pages}")
    finally:
        painter.end()
    return pages


def _base_font(family: str | None) -> QFont:
    font = QFont(QApplication.font() if QApplication.instance() else QFont())
    if family:
        font.setFamily(family)
    return font


def _mm(mm: float) -> float:
    return mm * RESOLUTION / 25.4


def _footer(
    painter: QPainter,
    text: str,
    page: int,
    pages: int,
    width: float,
    top: float,
    height: float,
    font_family: str | None = None,
) -> None:
    painter.save()
    painter.setPen(QPen(QColor("#c3cad3"), max(1.0, RESOLUTION / 150)))
    y = top + height * 0.35
    painter.drawLine(0, int(y), int(width), int(y))
    font = _base_font(font_family)
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QColor("#59626f"))
    rect = QRectF(0, y, width, top + height - y)
    painter.drawText(
        rect.adjusted(0, 0, -_mm(30), 0),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width - _mm(32))),
    )
    painter.drawText(
        rect,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        f"Page {page} of {pages}",
    )
    painter.restore()


# --- the body ------------------------------------------------------------------------------

_CSS = """
h1 { font-size: 24pt; font-weight: bold; color: #1d2430; margin-bottom: 6px; }
h2 { font-size: 15pt; font-weight: bold; color: #1d2430; margin-top: 18px; margin-bottom: 8px; }
h3 { font-size: 12pt; font-weight: bold; color: #1d2430; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 6px; }
.muted { color: #59626f; }
.lead { font-size: 13pt; color: #1d2430; }
.caption { color: #59626f; font-size: 8.5pt; }
.fact { margin-top: 10px; margin-bottom: 2px; font-weight: bold; }
.quote { margin-left: 18px; margin-bottom: 2px; font-style: italic; color: #1d2430; }
.source { margin-left: 18px; margin-bottom: 4px; color: #59626f; font-size: 8.5pt; }
.ref { margin-left: 24px; text-indent: -24px; margin-bottom: 4px; font-size: 9pt; }
th { background-color: #e8eef5; font-weight: bold; text-align: left; }
td, th { padding: 3px; }
"""


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _iso_text(iso: str | None) -> str:
    """ "2025-08-08" → "8 Aug 2025", "2025-08" → "Aug 2025", "2025" → "2025"."""
    if not iso:
        return "undated"
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return format_day(date.fromisoformat(iso))
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return iso


def _html(b: Briefing, width: float, page_height: float) -> str:
    source, f = b.source, b.filter
    names = {r["iso3"]: r["name"] for r in countries(source).iter_rows(named=True)}
    doc = facts_document(source, f)
    tariff_rows = tariffs(source, f)
    deadline_rows = countdown_frame(deadlines(source, f), b.as_of)
    days = fact_counts_by_day(source, f)
    first = days["day"].min() if days.height else None
    last = days["day"].max() if days.height else None
    made = (b.made or datetime.now()).strftime("%Y-%m-%d %H:%M")

    def country(code: str | None) -> str:
        if not code:
            return ""
        return f"{names.get(code, code)}"

    out: list[str] = ["<html><body>"]
    # Title page. Lengths in the HTML are CSS pixels (1/96 in); the page's are device dots.
    css = 96 / RESOLUTION
    out.append("<p>&nbsp;</p>")  # the first block's top margin is ignored: this one's is not
    out.append(
        f"<h1 style='margin-top: {int(page_height * css * 0.22)}px'>"
        "Briefing: diplomacy and trade</h1>"
    )
    out.append(f"<p class='lead'>{_esc(_capitalised(f.describe()))}</p>")
    out.append(
        f"<p>Facts dated {_esc(date_range_text(first, last))} · deadlines as of "  # type: ignore[arg-type]
        f"{b.as_of:%Y-%m-%d %H:%M}</p>"
    )
    counts = [
        _count(len(doc["interactions"]), "interaction"),
        _count(len(doc["tariffs"]), "tariff or sanction", "tariffs and sanctions"),
        _count(len(doc["deadlines"]), "deadline"),
        _count(len(doc["articles"]), "source article"),
    ]
    out.append("<p>" + " · ".join(counts) + "</p>")
    where = f"Database {_esc(b.database)} · " if b.database else ""
    out.append(f"<p class='muted'>{where}made {made} by analyst {__version__}</p>")
    out.append(
        "<p class='muted' style='margin-top: 24px'>Each fact below was taken from the "
        "sentence quoted with it in the evidence section; dates are as precise as the "
        "text gives them.</p>"
    )

    # Charts
    chart_width = width * css
    first_chart = True
    for key, title, image in (
        ("map", "World map of contacts", b.map_image),
        ("timeline", "Timeline of facts", b.timeline_image),
    ):
        if image is None:
            continue
        brk = " style='page-break-before: always'" if first_chart else ""
        first_chart = False
        w, h = image.width(), image.height()
        shown_w = chart_width
        shown_h = shown_w * h / max(w, 1)
        if shown_h > page_height * css * 0.4:  # two charts to a page
            shown_h = page_height * css * 0.4
            shown_w = shown_h * w / max(h, 1)
        shown_w, shown_h = int(shown_w), int(shown_h)
        out.append(f"<h2{brk}>{title}</h2>")
        out.append(f"<p><img src='chart:{key}' width='{shown_w}' height='{shown_h}'></p>")
        if key == "map":
            out.append(
                "<p class='caption'>Countries shaded by number of contacts; arcs between "
                "capitals by kind (dashed: planned or expected).</p>"
            )
        else:
            out.append(
                "<p class='caption'>Facts per day, stacked by type; the shaded band is the "
                "filter's date range.</p>"
            )

    # Tariffs
    out.append(
        f"<h2 style='page-break-before: always'>Tariffs &amp; sanctions ({tariff_rows.height})</h2>"
    )
    if tariff_rows.height:
        rows = []
        for r in tariff_rows.iter_rows(named=True):
            target = country(r["target"]) or r["target_group"] or ""
            rate = f"{r['rate_pct']:g}%" if r["rate_pct"] is not None else ""
            rows.append(
                [
                    country(r["imposer"]),
                    target,
                    _MEASURES.get(r["measure"], r["measure"]),
                    rate,
                    r["status"],
                    r["reason"] or "",
                    _iso_text(r["date"]),
                    r["source"] or r["title"] or "",
                ]
            )
        out.append(
            _table(
                ["Imposer", "Target", "Measure", "Rate", "Status", "Reason", "Date", "Source"],
                rows,
                widths=[10, 11, 11, 6, 10, 21, 11, 20],
                nowrap={3, 4, 6},
            )
        )
    else:
        out.append("<p class='muted'>No tariffs or sanctions under this filter.</p>")

    # Deadlines
    out.append(f"<h2>Deadlines as of {b.as_of:%Y-%m-%d %H:%M} ({deadline_rows.height})</h2>")
    if deadline_rows.height:
        rows = []
        for r in deadline_rows.iter_rows(named=True):
            who = " → ".join(country(c) or "?" for c in (r["setter"], r["subject"]))
            if not (r["setter"] or r["subject"]):
                who = ", ".join(r["people"] or [])
            rows.append(
                [
                    r["label"],
                    _iso_text(r["due"]),
                    r["time_left"],
                    str(r["kind"] or "").capitalize(),
                    who,
                ]
            )
        out.append(
            _table(
                ["Deadline", "Due", "Time left", "Kind", "Who"],
                rows,
                widths=[30, 13, 19, 10, 28],
                nowrap={1},
            )
        )
    else:
        out.append("<p class='muted'>No deadlines under this filter.</p>")

    # Evidence: each sentence points to its article by number; the articles follow.
    articles = {a["id"]: a for a in doc["articles"]}
    number = {a["id"]: i for i, a in enumerate(doc["articles"], start=1)}
    out.append("<h2 style='page-break-before: always'>Evidence</h2>")
    out.append(
        "<p class='muted'>Every fact with the sentence it was taken from and the article "
        "that sentence is in.</p>"
    )
    sections = (
        ("Interactions", doc["interactions"], lambda x: _interaction_head(x, country)),
        ("Tariffs &amp; sanctions", doc["tariffs"], lambda x: _tariff_head(x, country)),
        ("Deadlines", doc["deadlines"], lambda x: _deadline_head(x)),
    )
    for title, facts, head in sections:
        out.append(f"<h3>{title} ({len(facts)})</h3>")
        if not facts:
            out.append("<p class='muted'>None under this filter.</p>")
        for i, fact in enumerate(facts, start=1):
            out.append(f"<p class='fact'>{i}. {head(fact)}</p>")
            for ev in fact["evidence"] or []:
                out.append(f"<p class='quote'>“{_esc(ev['sentence'])}”</p>")
                article = articles.get(ev["article_id"])
                ref = number.get(ev["article_id"])
                out.append(
                    f"<p class='source'>— {_short_source(article)}"
                    + (f" [{ref}]" if ref else "")
                    + "</p>"
                )
            if not fact["evidence"]:
                out.append("<p class='source'>— no evidence sentence stored</p>")
    out.append(f"<h3>Source articles ({len(doc['articles'])})</h3>")
    for i, a in enumerate(doc["articles"], start=1):
        out.append(f"<p class='ref'>[{i}] {_source_text(a)}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _table(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    widths: Sequence[int],
    nowrap: Collection[int] = (),
) -> str:
    """An HTML table with a repeated header row (``thead``) and zebra rows; the columns in
    ``nowrap`` (short values: rates, dates) never wrap, so rows stay one line."""
    out = [
        "<table width='100%' cellspacing='0' cellpadding='3' border='0.5' "
        "style='border-collapse: collapse; border-color: #c3cad3; font-size: 8.5pt'>",
        "<thead><tr>"
        + "".join(f"<th width='{w}%'>{_esc(h)}</th>" for h, w in zip(headers, widths, strict=True))
        + "</tr></thead><tbody>",
    ]
    for i, row in enumerate(rows):
        bg = " bgcolor='#f6f8fa'" if i % 2 else ""
        cells = "".join(
            f"<td>{_unbroken(_esc(v)) if i in nowrap else _esc(v)}</td>" for i, v in enumerate(row)
        )
        out.append(f"<tr{bg}>{cells}</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _unbroken(text: str) -> str:
    """``text`` that a line never breaks: no-break spaces, and a word joiner before "%"
    (Qt's line breaker would split "17.5%" after the number)."""
    return text.replace(" ", "\u00a0").replace("%", "\u2060%")


def _source_text(article: dict[str, Any] | None) -> str:
    if article is None:
        return "source not stored"
    parts = []
    if article.get("source"):
        parts.append(_esc(article["source"]))
    if article.get("title"):
        parts.append(f"“{_esc(article['title'])}”")
    parts.append(_iso_text(article.get("published")) if article.get("published") else "undated")
    if article.get("url"):
        parts.append(_esc(article["url"]))
    elif article.get("path"):
        parts.append(_esc(Path(str(article["path"])).name))
    return ", ".join(parts)


def _short_source(article: dict[str, Any] | None) -> str:
    if article is None:
        return "source not stored"
    name = _esc(article.get("source") or "unknown source")
    published = article.get("published")
    return f"{name}, {_iso_text(published)}" if published else f"{name}, undated"


def _interaction_head(x: dict[str, Any], country: Any) -> str:
    people = ", ".join(
        f"{p['name']} ({country(p['country'])})" if p.get("name") else country(p["country"])
        for p in x["participants"]
    )
    status = "" if x["status"] == "occurred" else f" ({x['status']})"
    return _esc(f"{str(x['kind']).capitalize()}{status} · {_iso_text(x['date'])} — {people}")


def _tariff_head(x: dict[str, Any], country: Any) -> str:
    target = country(x["target"]) or x["target_group"] or "?"
    rate = f" · {x['rate_pct']:g}%" if x["rate_pct"] is not None else ""
    measure = _MEASURES.get(x["measure"], x["measure"])
    return _esc(
        f"{measure} ({x['status']}) · {country(x['imposer']) or '?'} → {target}{rate}"
        f" · {_iso_text(x['date'])}"
    )


def _deadline_head(x: dict[str, Any]) -> str:
    return _esc(f"{x['label']} · {str(x['kind'] or '').capitalize()} · due {_iso_text(x['due'])}")
