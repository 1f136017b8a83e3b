"""The evidence pane: article text, the sentence highlighted and in view, plain text only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from analyst.pipeline import country_rows, ingest_paths
from analyst.store import Filter, Store, article_text, evidence_for, interactions
from analyst.ui.evidence_view import EMPTY_MESSAGE, EvidenceView

SENTENCE_A = (
    "Vladimir Putin spoke by phone with Xi Jinping on Friday, the Kremlin said. "
    "<b>Officials</b> & <i>aides</i> watched <script>alert(1)</script> closely."
)
SENTENCE_B = "Vladimir Putin spoke by phone with Xi Jinping on Friday, the Kremlin said."


@pytest.fixture
def two_article_store(tmp_path):
    """One call reported by two articles; one with markup-like text, one with an emoji
    (a character Qt counts twice) before the sentence."""
    folder = tmp_path / "articles"
    folder.mkdir()
    filler = "\n\n".join(
        f"Paragraph {i} of background that pushes the fact down." for i in range(60)
    )
    (folder / "a.txt").write_text(f"Talks in Moscow\n\n{filler}\n\n{SENTENCE_A}\n\nMore text.\n")
    (folder / "b.txt").write_text(
        f"Beijing report\n\nAn analyst said 😀 all was calm.\n{SENTENCE_B}\n"
    )
    store = Store.open(tmp_path / "two.duckdb")
    store.ensure_countries(country_rows())
    ingest_paths(store, [folder / "a.txt"], published=date(2025, 8, 8))
    ingest_paths(store, [folder / "b.txt"], published=date(2025, 8, 9))
    yield store
    store.close()


def _view(qtbot, store, state) -> EvidenceView:
    view = EvidenceView(store, state)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_nothing_selected_says_how_to_get_evidence(qtbot, store, state):
    view = _view(qtbot, store, state)
    assert EMPTY_MESSAGE in view.message()
    assert view.title == "Evidence"


def test_selecting_a_fact_shows_its_article_with_the_sentence_highlighted(qtbot, store, state):
    view = _view(qtbot, store, state)
    fact = interactions(store, Filter()).row(0, named=True)
    ev = evidence_for(store, fact["id"]).row(0, named=True)

    state.select_facts("interactions", (fact["id"],))

    assert view.message() == ""
    assert view.text.toPlainText() == article_text(store, ev["article_id"])
    assert view.highlighted() == [ev["sentence"]]
    assert view.heading.text() == ev["title"]
    assert ev["source"] in view.meta.text()
    assert ev["published"].isoformat() in view.meta.text()
    assert view.sources_list.isHidden()  # one article: no list to switch


def test_highlight_is_scrolled_into_view(qtbot, two_article_store, state):
    view = _view(qtbot, two_article_store, state)
    fact_id = interactions(two_article_store, Filter())["id"][0]
    state.select_facts("interactions", (fact_id,))
    qtbot.wait(10)  # the deferred scroll

    selections = view.text.extraSelections()  # keep the list: its items own the cursors
    highlight = QTextCursor(selections[0].cursor)
    highlight.setPosition(highlight.selectionStart())
    rect = view.text.cursorRect(highlight)
    assert view.text.verticalScrollBar().value() > 0, "the sentence is far down the article"
    assert view.text.viewport().rect().contains(rect.center())


def test_untrusted_text_is_shown_as_plain_text(qtbot, two_article_store, state):
    view = _view(qtbot, two_article_store, state)
    fact_id = interactions(two_article_store, Filter())["id"][0]
    state.select_facts("interactions", (fact_id,))

    shown = view.text.toPlainText()
    assert "<b>Officials</b> & <i>aides</i>" in shown
    assert "<script>alert(1)</script>" in shown
    assert view.highlighted() == [SENTENCE_A]


def test_several_articles_are_listed_and_can_be_switched(qtbot, two_article_store, state):
    view = _view(qtbot, two_article_store, state)
    fact_id = interactions(two_article_store, Filter())["id"][0]
    state.select_facts("interactions", (fact_id,))

    assert not view.sources_list.isHidden()
    assert view.sources_list.count() == 2
    assert view.sources_list.item(0).text().startswith("2025-08-08")  # earliest first

    rect = view.sources_list.visualItemRect(view.sources_list.item(1))
    qtbot.mouseClick(view.sources_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert view.sources_list.currentRow() == 1
    assert "😀" in view.text.toPlainText()
    # The emoji counts as two UTF-16 units in Qt: the highlight must still be exact.
    assert view.highlighted() == [SENTENCE_B]


def test_clearing_the_selection_brings_the_message_back(qtbot, store, state):
    view = _view(qtbot, store, state)
    state.select_facts("interactions", (interactions(store, Filter())["id"][0],))
    state.clear_selection()
    assert EMPTY_MESSAGE in view.message()
    assert view.text.toPlainText() == ""


def test_a_fact_without_evidence_says_so(qtbot, store, state):
    view = _view(qtbot, store, state)
    state.select_facts("interactions", ("no-such-fact",))
    assert "No evidence" in view.message()
