"""Models and migrations agree; migrations run from code on every engine."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from claimtrack.store.engine import migrations_dir, open_store


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


def test_downgrade_to_base_and_up_again(db_path: str) -> None:
    store = open_store(db_path)
    with store.engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(migrations_dir()))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        command.upgrade(cfg, "head")
    store.close()
