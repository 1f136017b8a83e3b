"""Exporting from the window: every table format and chart format, from the File › Export
menu and from each view's context menu, holding exactly what the view shows."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import polars as pl
import pytest
from export_files import colours, pdf_pages, pdf_text, read_xlsx, xlsx_sheet_xml, xlsx_styles_xml
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog

from analyst.export.charts import ImageSize
from analyst.export.tables import table_frame
from analyst.store import Filter, facts_document
from analyst.ui import exporting
from analyst.ui.exporting import ImageSizeDialog
from analyst.ui.main_window import KEY_EXPORT_FOLDER, MainWindow

PUTIN = Filter(leaders=("Vladimir Putin",))
RUSSIA = Filter(countries=("RUS",))  # leaves some rows in every table of the seed
ID_COLUMN = {"interactions": "id", "tariffs": "id", "deadlines": "id", "leaders": "name"}


@pytest.fixture
def save_as(monkeypatch):
    """Stubs QFileDialog's save dialog: ``save_as.path`` is what it answers; the start
    paths it was shown are in ``save_as.asked``."""

    class Answer:
        def __init__(self) -> None:
            self.path: Path | None = None
            self.asked: list[str] = []

    answer = Answer()

    def get_save_file_name(parent, caption, directory, filters, *a, **k):
        answer.asked.append(directory)
        return (str(answer.path) if answer.path else "", filters.split(";;")[0])

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return answer


def _shown(window: MainWindow, key: str) -> pl.DataFrame:
    view = window.view(key)
    if view is not None:
        return view.frame()
    return table_frame(key, window.store, window.state.filter, window.state.now())


def _assert_same_rows(path: Path, shown: pl.DataFrame, key: str) -> None:
    ids = [str(v) for v in shown.get_column(ID_COLUMN[key]).to_list()]
    suffix = path.suffix
    if suffix == ".csv":
        back = pl.read_csv(path, infer_schema=False)
        assert back.columns == shown.columns
        assert back.get_column(ID_COLUMN[key]).to_list() == ids
    elif suffix == ".xlsx":
        rows = read_xlsx(path)
        assert rows[0] == shown.columns
        col = shown.columns.index(ID_COLUMN[key])
        assert [r[col] for r in rows[1:]] == ids
    elif suffix == ".parquet":
        back = pl.read_parquet(path)
        assert back.equals(shown), (back, shown)
    elif suffix == ".json":
        doc = json.loads(path.read_text(encoding="utf-8"))
        items = doc[key]
        assert [str(x[ID_COLUMN[key]]) for x in items] == ids
        if key != "leaders":
            assert set(doc) == {"articles", "leaders", key}
            for fact in items:
                assert fact["evidence"], fact  # the contract: each fact with its evidence
    else:
        raise AssertionError(suffix)


# --- tables ------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["interactions", "tariffs", "deadlines", "leaders"])
def test_file_export_writes_what_the_table_shows_under_the_filter(
    main_window, save_as, tmp_path, key
):
    main_window.state.set_filter(RUSSIA)
    shown = _shown(main_window, key)
    assert 0 < shown.height < table_frame(key, main_window.store, Filter()).height
    for suffix in (".csv", ".xlsx", ".parquet", ".json"):
        save_as.path = tmp_path / f"{key}{suffix}"

        main_window.export_actions[key].trigger()

        assert main_window.last_export == save_as.path and save_as.path.is_file()
        if key == "deadlines" and suffix == ".parquet":  # the time left ticks on
            back = pl.read_parquet(save_as.path)
            assert back.drop("time_left").equals(shown.drop("time_left"))
            assert back.columns == shown.columns
            continue
        _assert_same_rows(save_as.path, shown, key)


def test_export_from_a_table_context_menu_writes_the_selected_rows(main_window, save_as, tmp_path):
    view = main_window.view("tariffs")
    assert view.frame().height >= 3
    selection = QItemSelection()
    for row in (0, 2):
        selection.select(view.model.index(row, 0), view.model.index(row, 0))
    view.table.selectionModel().select(
        selection,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    menu = view.table_actions.menu()
    try:
        assert view.table_actions.export_selected_action in menu.actions()
        assert view.table_actions.export_selected_action.isEnabled()
    finally:
        menu.deleteLater()
    save_as.path = tmp_path / "picked.csv"

    view.table_actions.export_selected_action.trigger()

    back = pl.read_csv(save_as.path, infer_schema=False)
    assert back["id"].to_list() == [view.model.row_id(0), view.model.row_id(2)]

    save_as.path = tmp_path / "all.xlsx"
    view.table_actions.export_all_action.trigger()
    _assert_same_rows(save_as.path, view.frame(), "tariffs")


def test_context_menus_of_deadlines_and_leaders_export_too(main_window, save_as, tmp_path):
    main_window.state.set_filter(PUTIN)
    leaders_view = main_window.view("leaders")
    save_as.path = tmp_path / "leaders.parquet"
    leaders_view.table_actions.export_selected_action.trigger()  # the chosen leader
    back = pl.read_parquet(save_as.path)
    assert back["name"].to_list() == ["Vladimir Putin"]

    deadlines_view = main_window.view("deadlines")
    save_as.path = tmp_path / "deadlines.json"
    deadlines_view.table_actions.export_all_action.trigger()
    doc = json.loads(save_as.path.read_text())
    assert [d["id"] for d in doc["deadlines"]] == deadlines_view.frame()["id"].to_list()


def test_excel_has_a_bold_frozen_header_and_readable_widths(main_window, save_as, tmp_path):
    save_as.path = tmp_path / "tariffs.xlsx"
    main_window.export_actions["tariffs"].trigger()
    sheet = xlsx_sheet_xml(save_as.path)
    assert 'state="frozen"' in sheet and 'ySplit="1"' in sheet
    assert "<autoFilter" in sheet
    widths = [float(w) for w in __import__("re").findall(r'<col [^>]*width="([\d.]+)"', sheet)]
    assert widths and all(8 <= w <= 62 for w in widths)
    assert "<b/>" in xlsx_styles_xml(save_as.path)


def test_copy_puts_rows_with_a_header_on_the_clipboard(main_window):
    deadlines_view = main_window.view("deadlines")
    deadlines_view.table.selectRow(1)
    text = deadlines_view.copy_selected_rows()
    lines = text.splitlines()
    assert lines[0] == "Deadline\tDue\tTime left\tKind\tWho"
    assert len(lines) == 2 and lines[1].split("\t")[0] == deadlines_view.model.display_text(1, 0)
    assert QGuiApplication.clipboard().text() == text

    main_window.state.set_filter(PUTIN)
    leaders_view = main_window.view("leaders")
    text = leaders_view.copy_selected_rows()
    assert text.splitlines()[0] == "Name\tFacts\tMentions\tCountry\tTitle"
    assert text.splitlines()[1].startswith("Vladimir Putin\t")
    assert leaders_view.copy_action.shortcut().toString() == "Ctrl+C"


# --- charts ------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["map", "timeline"])
def test_chart_png_at_a_slide_size_has_legend_and_caption(
    main_window, save_as, tmp_path, monkeypatch, key
):
    main_window.state.set_filter(PUTIN)
    sizes: list[ImageSize] = []

    def get_size(parent, picture, initial):
        sizes.append(initial)
        assert picture.caption[0] == f"Filter: {PUTIN.describe()}"
        return ImageSize(canvas=(1920, 1080), scale=2.0)

    monkeypatch.setattr(ImageSizeDialog, "get_size", staticmethod(get_size))
    save_as.path = tmp_path / f"{key}.png"

    main_window.export_actions[key].trigger()

    image = QImage(str(save_as.path))
    assert (image.width(), image.height()) == (3840, 2160)
    assert colours(image) > 30, "the picture is blank"
    assert sizes == [exporting.SLIDE]


@pytest.mark.parametrize("key", ["map", "timeline"])
def test_chart_svg_from_the_context_menu(main_window, save_as, tmp_path, key):
    view = main_window.view(key)
    menu = view.context_menu()
    try:
        assert view.export_action in menu.actions()
    finally:
        menu.deleteLater()
    save_as.path = tmp_path / f"{key}.svg"

    view.export_action.trigger()

    root = ElementTree.parse(save_as.path).getroot()
    assert root.tag.endswith("svg")
    shapes = [e for e in root.iter() if e.tag.rsplit("}", 1)[-1] in ("path", "rect", "polyline")]
    assert len(shapes) > 20
    text = save_as.path.read_text(encoding="utf-8")
    assert "Filter: all facts" in text
    if key == "map":
        assert "contacts" in text and "call" in text  # the legends came along


def test_png_as_on_screen_is_the_widget_with_its_caption(main_window, tmp_path):
    picture = main_window.chart_picture("map")
    path = main_window.export_chart("map", tmp_path / "map.png", ImageSize(scale=1.0))
    image = QImage(str(path))
    assert image.width() == picture.widget.width() + 28
    assert image.height() > picture.widget.height() + 40  # title and caption lines


def test_image_size_dialog_shows_the_pixels(qtbot, main_window):
    picture = main_window.chart_picture("timeline")
    dialog = ImageSizeDialog(picture)
    qtbot.addWidget(dialog)
    assert dialog.result_label.text() == "1920 × 1080"
    dialog.scale.setCurrentIndex(1)
    assert dialog.result_label.text() == "3840 × 2160"
    dialog.preset.setCurrentIndex(0)  # as on screen
    w, h = ImageSize(scale=2.0).pixels(picture)
    assert dialog.result_label.text() == f"{w} × {h}"


def test_the_export_folder_is_remembered(main_window, save_as, tmp_path, settings):
    out = tmp_path / "exports"
    out.mkdir()
    save_as.path = out / "tariffs.csv"
    main_window.export_actions["tariffs"].trigger()
    assert settings.value(KEY_EXPORT_FOLDER) == str(out)
    save_as.path = None  # cancelled
    main_window.export_actions["deadlines"].trigger()
    assert Path(save_as.asked[-1]).parent == out


# --- everything, and the briefing --------------------------------------------------------


def test_everything_to_a_folder(main_window, tmp_path, monkeypatch):
    out = tmp_path / "all"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(out)))
    main_window.export_all_action.trigger()
    names = sorted(p.name for p in out.iterdir())
    expected = {f"{k}.{x}" for k in ID_COLUMN for x in ("csv", "xlsx", "parquet")}
    expected |= {"facts.json", "map.png", "map.svg", "timeline.png", "timeline.svg"}
    assert set(names) == expected
    assert json.loads((out / "facts.json").read_text()) == json.loads(
        json.dumps(facts_document(main_window.store, Filter()), default=str)
    )


def test_briefing_pdf_from_the_file_menu(qtbot, main_window, save_as, tmp_path):
    from datetime import datetime

    main_window.state.set_as_of(datetime(2025, 8, 10, 12, 0))
    save_as.path = tmp_path / "brief"  # the extension is added
    steps: list[str] = []
    main_window.exporter.progressed.connect(lambda g, d, t, text: steps.append(text))
    with qtbot.waitSignal(main_window.exporter.finished, timeout=120_000):
        main_window.briefing_action.trigger()  # written off the GUI thread
        assert main_window.export_progress.isVisible()
        assert not main_window.briefing_action.isEnabled()

    pdf = tmp_path / "brief.pdf"
    assert main_window.last_export == pdf
    assert main_window.briefing_action.isEnabled() and main_window.export_progress.isHidden()
    assert "page 1 of" in " ".join(steps)
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    pages = pdf_pages(pdf)
    assert pages >= 5  # title, charts, tables, evidence (two pages for the seed)
    text = pdf_text(pdf)
    if text is not None:
        assert "Briefing: diplomacy and trade" in text
        assert "Deadlines as of 2025-08-10 12:00" in text
        assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
        assert "expired 2 days ago" in text  # the US ultimatum, due 8 Aug
        sentence = facts_document(main_window.store, Filter())["tariffs"][0]["evidence"][0]
        assert " ".join(sentence["sentence"].split()[:6]) in " ".join(text.split())


def test_a_cancelled_briefing_leaves_no_file(qtbot, main_window, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "brief.pdf"
    with qtbot.waitSignal(main_window.exporter.finished, timeout=120_000) as blocker:
        assert main_window.export_briefing(target) == target
        qtbot.mouseClick(main_window.export_progress.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[1] == 0
    assert list(out.iterdir()) == []  # neither the file nor a part of it
    assert main_window.statusBar().currentMessage().startswith("Cancelled")
