"""Render the provenance graph of the seed articles to a PNG with headless Chromium.

    python scripts/screenshot_graph.py [TOPIC] [-o graph.png] [--html graph.html]

Copies ``seeds/`` to a temporary folder, ingests it into a temporary store through the CLI,
writes ``claimtrack graph TOPIC --format html`` and screenshots it. Needs the ``chromium``
binary (Debian: ``apt-get install chromium``). Exit 2 when chromium is missing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_args(profile: Path) -> list[str]:
    """Flags for a headless, offline, throw-away browser (works as root in containers)."""
    return [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
    ]


def build_html(topic: str | None, html_path: Path, work: Path) -> None:
    from typer.testing import CliRunner

    from claimtrack.cli import app

    corpus = work / "seeds"
    shutil.copytree(REPO / "seeds", corpus)
    db = str(work / "store.db")
    runner = CliRunner()
    result = runner.invoke(app, ["--db", db, "ingest", str(corpus), "--no-progress"])
    if result.exit_code != 0:
        raise SystemExit(f"ingest failed: {result.output}")
    args = ["--db", db, "graph", "--format", "html", "-o", str(html_path)]
    if topic:
        args.insert(3, topic)
    result = runner.invoke(app, args)
    if result.exit_code != 0:
        raise SystemExit(f"graph failed: {result.output}")


def page_size(html_path: Path, width: int = 1400, min_height: int = 900) -> str:
    """A window tall enough for the whole graph (the SVG's height plus the header)."""
    import re

    m = re.search(r'<svg[^>]*\bheight="(\d+)"', html_path.read_text(encoding="utf-8"))
    height = max(min_height, int(m.group(1)) + 160) if m else min_height
    return f"{width},{height}"


def screenshot(html_path: Path, png: Path, size: str | None = None) -> None:
    exe = chromium()
    if exe is None:
        print("chromium is not installed (apt-get install chromium)", file=sys.stderr)
        raise SystemExit(2)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                *chromium_args(Path(profile)),
                f"--screenshot={png}",
                f"--window-size={size or page_size(html_path)}",
                html_path.resolve().as_uri(),
            ],
            check=True,
            timeout=120,
            capture_output=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topic", nargs="?", default="Aleppo", help="topic (default: Aleppo)")
    parser.add_argument("-o", "--output", default="graph.png", help="PNG to write")
    parser.add_argument("--html", help="also keep the HTML page here")
    parser.add_argument("--size", help="window size WIDTH,HEIGHT (default: fit the graph)")
    ns = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        html_path = Path(ns.html) if ns.html else work / "graph.html"
        build_html(ns.topic or None, html_path, work)
        screenshot(html_path, Path(ns.output).resolve(), ns.size)
    print(f"wrote {ns.output}")


if __name__ == "__main__":
    main()
