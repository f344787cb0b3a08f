"""The HTML graph in a real headless Chromium: nodes and edges render, nothing hostile runs.

Skipped when no chromium binary is installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

from .conftest import REPO

_spec = importlib.util.spec_from_file_location(
    "screenshot_graph", REPO / "scripts" / "screenshot_graph.py"
)
assert _spec and _spec.loader
screenshot_graph = importlib.util.module_from_spec(_spec)
sys.modules["screenshot_graph"] = screenshot_graph
_spec.loader.exec_module(screenshot_graph)

CHROMIUM = screenshot_graph.chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

ARTICLE = (
    "Port strike\n\n"
    "According to Reuters, dockworkers said 40 vessels were diverted to Antwerp. "
    "The union said <img src=x onerror=\"document.title='pwned'\"> no vessel was diverted "
    "to Antwerp.\n"
)


def _page(tmp_path: Path) -> Path:
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert runner.invoke(app, ["--db", db, "ingest", str(article), "--no-progress"]).exit_code == 0
    out = tmp_path / "g.html"
    result = runner.invoke(
        app, ["--db", db, "graph", "Antwerp", "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    return out


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *screenshot_graph.chromium_args(tmp_path / "profile"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_graph_renders_in_chromium(tmp_path: Path) -> None:
    page = _page(tmp_path)
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    assert html.count('class="node article"') == 1
    assert html.count('class="node claim"') >= 2
    assert 'class="node source"' in html
    assert 'class="edge ' in html and "<path" in html
    assert "<title>pwned" not in html  # the article's markup stayed text
    assert "&lt;img src=x" in html


def test_graph_screenshot(tmp_path: Path) -> None:
    page = _page(tmp_path)
    png = tmp_path / "g.png"
    screenshot_graph.screenshot(page, png, "1400,900")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5_000
    assert shutil.which(CHROMIUM or "") is not None
