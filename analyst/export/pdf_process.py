"""Laying out and painting a briefing's pages in a child process.

Why: Qt's text layout and PDF painting run in C++ while holding Python's lock (PySide does
not release it for these calls), so on any thread of the window's process a briefing of
hundreds of pages freezes the window for seconds. A "spawn" child has its own lock.

Rules of the concept:
- The parent sends plain data: the HTML body, the charts as PNG bytes, the output path, the
  title, the footer and the font family. The child makes an offscreen QGuiApplication,
  calls :func:`~analyst.export.report.render_pdf` and sends back ``("progress", done,
  total, text)`` messages and finally ``("done", pages)`` or ``("error", message)``.
- Cancelling kills the child; the caller drops the partial file.
- The child never touches the database, so the parent keeps its connection to itself.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

_POLL_S = 0.1


def render_pdf_apart(
    body: str,
    images: Mapping[str, QImage],
    path: Path,
    title: str,
    footer: str,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """:func:`~analyst.export.report.render_pdf` in a child process; returns its pages
    (0: cancelled). Raises ``OSError`` with the child's message when it fails.

    The main module must be import-safe (``if __name__ == "__main__":``), as for any
    "spawn" process: ``python -m analyst`` and the ``analyst`` script are."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    family = app.font().family() if isinstance(app, QApplication) else None  # type: ignore[union-attr]
    job = {
        "body": body,
        "images": {name: _png(image) for name, image in images.items()},
        "path": str(path),
        "title": title,
        "footer": footer,
        "font_family": family,
    }
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(job, send), name="analyst-pdf", daemon=True)
    child.start()
    send.close()  # the child holds the only sending end: EOF when it ends
    try:
        while True:
            if cancelled():
                child.kill()
                return 0
            if not receive.poll(_POLL_S):
                if not child.is_alive() and not receive.poll(0):
                    raise OSError(f"the PDF writer stopped (exit code {child.exitcode})")
                continue
            try:
                message = receive.recv()
            except EOFError:
                raise OSError("the PDF writer stopped") from None
            if message[0] == "progress":
                if progress is not None:
                    progress(int(message[1]), int(message[2]), str(message[3]))
            elif message[0] == "done":
                return int(message[1])
            else:
                raise OSError(str(message[1]))
    finally:
        receive.close()
        child.join(timeout=10)
        if child.is_alive():
            child.kill()
            child.join()


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def _child(job: dict[str, Any], send: Any) -> None:  # in the child process
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # it never shows anything
    try:
        from PySide6.QtGui import QGuiApplication

        import analyst.ui  # noqa: F401 (its PySide6 workaround, before any Qt call)
        from analyst.export.report import render_pdf

        app = QGuiApplication.instance() or QGuiApplication(["analyst-pdf"])
        images = {name: QImage.fromData(data, "PNG") for name, data in job["images"].items()}
        pages = render_pdf(
            job["body"],
            images,
            Path(job["path"]),
            job["title"],
            job["footer"],
            progress=lambda done, total, text: send.send(("progress", done, total, text)),
            font_family=job["font_family"],
        )
        del app
        send.send(("done", pages))
    except Exception as e:  # the parent says what went wrong
        send.send(("error", f"{type(e).__name__}: {e}"))
    finally:
        send.close()
