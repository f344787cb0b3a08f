"""The command line: a thin layer that parses arguments, calls one library function and
hands the result to ``claimtrack.render``.

Errors: every ``ClaimtrackError`` (and any database error) is turned into one line on
standard error and exit code 1 here, in ``_Group.invoke``; usage errors exit 2 (typer).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer
from typer.core import TyperGroup

from claimtrack import __version__
from claimtrack.errors import ClaimtrackError

# the order of `claimtrack --help`: the main job first, then queries, then maintenance
_ORDER = (
    "ingest",
    "who-said",
    "conflicts",
    "corroborations",
    "show",
    "sources",
    "entities",
    "articles",
    "export",
    "graph",
)


class _Group(TyperGroup):
    """The one error handler of the CLI."""

    def list_commands(self, ctx: Any) -> list[str]:
        names = list(super().list_commands(ctx))
        rank = {n: i for i, n in enumerate(_ORDER)}
        return sorted(names, key=lambda n: (rank.get(n, len(rank)), n))

    def invoke(self, ctx: Any) -> Any:
        from sqlalchemy.exc import SQLAlchemyError

        from claimtrack import render

        try:
            return super().invoke(ctx)
        except ClaimtrackError as err:
            render.error(str(err))
            raise typer.Exit(err.exit_code) from None
        except SQLAlchemyError as err:
            orig = getattr(err, "orig", None) or err
            render.error(f"database error: {str(orig).splitlines()[0] if str(orig) else err!r}")
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            render.error("interrupted; every article stored before the interruption is kept")
            raise typer.Exit(130) from None


app = typer.Typer(
    cls=_Group,
    name="claimtrack",
    help="Track who said what in the news, through which relays, and where reports disagree.\n\n"
    "Example: claimtrack ingest seeds/ && claimtrack who-said Aleppo",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # plain (click) help and usage errors: typer's rich formatter imports rich, markdown-it
    # and pygments (~0.2 s), which alone would double `claimtrack --help`'s start-up time
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from claimtrack import compiled

        typer.echo(f"claimtrack {__version__}" + (" (compiled with mypyc)" if compiled() else ""))
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    db: str | None = typer.Option(
        None,
        "--db",
        metavar="PATH_OR_URL",
        help="Store: a SQLite path or a SQLAlchemy URL (postgresql+psycopg://...). "
        "Default: $CLAIMTRACK_DB, else ./claimtrack.db.",
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    ctx.obj = {"db": db}


@contextmanager
def session_from(ctx: typer.Context, *, compared: bool = False) -> Iterator[Any]:
    """One transaction on the store named by ``--db``; the store is closed afterwards.

    ``compared``: for commands that show conflicts or groups, first compute the conflicts
    of articles not compared yet (``ingest --defer-conflicts``, or an ingest that stopped
    early), with a progress bar on a terminal."""
    store = store_from(ctx)
    try:
        if compared:
            _catch_up(store)
        with store.session() as s:
            yield s
    finally:
        store.close()


def _catch_up(store: Any) -> None:
    from claimtrack.store.conflicts import catch_up, has_pending

    with store.reading() as s:
        if not has_pending(s):
            return
    from claimtrack import render

    with render.progress_bar(True, "comparing") as bar:
        catch_up(store, progress=bar)


def store_from(ctx: typer.Context) -> Any:
    """Open the store named by the global ``--db`` option (migrating it if needed)."""
    from claimtrack.store.engine import open_store

    obj = ctx.find_root().obj or {}
    return open_store(obj.get("db"))


# Command modules register themselves on ``app``.
from claimtrack.cli import entities as _entities  # noqa: E402,F401
from claimtrack.cli import export as _export  # noqa: E402,F401
from claimtrack.cli import graph as _graph  # noqa: E402,F401
from claimtrack.cli import ingest as _ingest  # noqa: E402,F401
from claimtrack.cli import query as _query  # noqa: E402,F401
from claimtrack.cli import show as _show  # noqa: E402,F401
from claimtrack.cli import sources as _sources  # noqa: E402,F401


def main() -> None:
    app()
