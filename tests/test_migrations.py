"""Models and migrations agree; migrations run from code on every engine."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from claimtrack.store.engine import SCHEMA_HEAD, migrations_dir, open_store


def _check(url: str) -> None:
    store = open_store(url)  # upgrade to head from an empty store
    with store.engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(migrations_dir()))
        cfg.attributes["connection"] = conn
        command.check(cfg)  # raises when the models need a migration
    store.close()


def test_models_match_migrations_sqlite(db_path: str) -> None:
    _check(db_path)


def test_models_match_migrations_postgres(pg_url: str) -> None:
    _check(pg_url)


def test_single_head() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    assert len(ScriptDirectory.from_config(cfg).get_heads()) == 1


def test_the_fast_path_knows_the_head() -> None:
    """``open_store`` skips alembic for a store at ``SCHEMA_HEAD``: it must be the head."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    assert ScriptDirectory.from_config(cfg).get_current_head() == SCHEMA_HEAD


def test_a_store_at_head_opens_without_alembic(db_path: str) -> None:
    import subprocess
    import sys

    open_store(db_path).close()
    code = (
        "import sys; from claimtrack.store.engine import open_store; "
        f"open_store({db_path!r}).close(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_downgrade_to_base_and_up_again(db_path: str) -> None:
    store = open_store(db_path)
    with store.engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(migrations_dir()))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        command.upgrade(cfg, "head")
    store.close()
