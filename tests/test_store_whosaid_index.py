"""who-said --source walks ix_claim_chain_source_order (migration 0002) and stays exact."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, func, insert, or_, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from claimtrack.ingest import ingest
from claimtrack.query import _article_match, _source_walk, who_said
from claimtrack.store.engine import Store, migrations_dir, open_store, schema_version
from claimtrack.store.models import ArticleRow, ClaimChainRow, ClaimRow, SourceRow

WALK = {"limit": None, "since": None, "until": None}
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
UNDATED = (
    "Undated note\n\n"
    "The GUR said the convoy had left, according to Reuters. "
    "Officials said the base was quiet, the BBC reported.\n"
)


def _reference(
    session: Session,
    source_id: int,
    limit: int | None = None,
    since: date | None = None,
    until: date | None = None,
    article: str | None = None,
) -> list[int]:
    """The 0001 query: every claim of the source, sorted (the order who-said must keep)."""
    q = (
        select(ClaimRow.id)
        .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
        .where(
            ClaimRow.id.in_(
                select(ClaimChainRow.claim_id).where(ClaimChainRow.source_id == source_id)
            )
        )
    )
    if since:
        q = q.where(ArticleRow.published >= since)
    if until:
        q = q.where(ArticleRow.published <= until)
    if article:
        q = q.where(
            or_(
                ArticleRow.path.contains(article, autoescape=True),
                func.cast(ArticleRow.id, ArticleRow.path.type) == article,
            )
        )
    q = q.order_by(
        ArticleRow.published.is_(None), ArticleRow.published, ClaimRow.article_id, ClaimRow.seq
    )
    if limit:
        q = q.limit(limit)
    return list(session.scalars(q))


def _ids(session: Session, source: str, **kwargs: object) -> list[int]:
    return [c.id for c in who_said(session, source=source, **kwargs).claims]  # type: ignore[arg-type]


def _fill(db: str, tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "undated.txt").write_text(UNDATED, encoding="utf-8")
    store = open_store(db)
    ingest(store, [str(SEEDS), str(extra)])
    store.close()


def _check_every_source(db: str) -> int:
    """who-said --source (all forms) equals the reference query for every source."""
    store = open_store(db)
    checked = 0
    with store.session() as s:
        sources = s.execute(select(SourceRow.id, SourceRow.name)).all()
        dates = sorted(d for d in s.scalars(select(ArticleRow.published).distinct()) if d)
        mid = dates[len(dates) // 2] if dates else None
        for sid, name in sources:
            for kwargs in (
                {},
                {"limit": 1},
                {"limit": 3},
                {"since": mid},
                {"until": mid, "limit": 2},
                {"article": "undated"},
                {"article": "1"},
            ):
                want = _reference(s, sid, **kwargs)  # type: ignore[arg-type]
                if "article" not in kwargs:  # --article goes through the articles table
                    walk = _source_walk(s, sid, **{**WALK, **kwargs})  # type: ignore[arg-type]
                    assert walk == want, (name, kwargs)
                got = [c.id for c in who_said(s, source=name, **kwargs).claims]  # type: ignore[arg-type]
                assert sorted(got) == sorted(want), (name, kwargs)
                checked += 1
    store.close()
    return checked


def test_source_walk_equals_the_sorted_query(any_db: str, tmp_path: Path) -> None:
    _fill(any_db, tmp_path)
    assert _check_every_source(any_db) > 100


def test_a_0001_store_upgrades_and_is_backfilled(any_db: str, tmp_path: Path) -> None:
    _fill(any_db, tmp_path)
    store = open_store(any_db)
    with store.engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(migrations_dir()))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert schema_version(store) == "0001"
    store.close()
    store = open_store(any_db)  # upgrades to head on open
    assert schema_version(store) != "0001"
    with store.session() as s:
        missing = s.scalar(
            select(func.count())
            .select_from(ClaimChainRow)
            .where(or_(ClaimChainRow.article_id.is_(None), ClaimChainRow.seq.is_(None)))
        )
        assert missing == 0
    store.close()
    _check_every_source(any_db)


def test_links_written_without_the_sort_key_get_it(any_db: str, tmp_path: Path) -> None:
    """``sources merge`` inserts bare links; an article's new date reaches its links."""
    _fill(any_db, tmp_path)
    store = open_store(any_db)
    with store.session() as s:
        cid, aid, seq = s.execute(
            select(ClaimRow.id, ClaimRow.article_id, ClaimRow.seq).order_by(ClaimRow.id).limit(1)
        ).one()
        sid = s.scalar(select(SourceRow.id).order_by(SourceRow.id).limit(1))
        s.execute(insert(ClaimChainRow), [{"claim_id": cid, "position": 99, "source_id": sid}])
        s.execute(update(ArticleRow).where(ArticleRow.id == aid).values(published=date(1999, 1, 2)))
    with store.session() as s:
        row = s.execute(
            select(ClaimChainRow.published, ClaimChainRow.article_id, ClaimChainRow.seq).where(
                ClaimChainRow.claim_id == cid, ClaimChainRow.position == 99
            )
        ).one()
        assert tuple(row) == (date(1999, 1, 2), aid, seq)
        stale = s.scalar(
            select(func.count())
            .select_from(ClaimChainRow)
            .join(ClaimRow, ClaimRow.id == ClaimChainRow.claim_id)
            .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
            .where(ArticleRow.published.is_distinct_from(ClaimChainRow.published))
        )
        assert stale == 0
    store.close()
    # the source may now occur twice in that chain: still one result per claim
    _check_every_source(any_db)


@contextmanager
def _sqlite_plans(store: Store, wanted: Callable[[str], bool]) -> Iterator[list[str]]:
    """The SQLite query plans of the statements ``wanted`` selects, run inside the block."""
    plans: list[str] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if wanted(statement):
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            plans.append(" | ".join(r[-1] for r in rows))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        yield plans
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)


def test_source_query_plan_walks_the_index(db_path: str, tmp_path: Path) -> None:
    """No sort of the source's claims: SQLite reads the index in output order."""
    _fill(db_path, tmp_path)
    store = open_store(db_path)
    walk = "claim_chain.source_id = ?"
    wanted = lambda st: walk in st and "ORDER BY" in st  # noqa: E731
    with _sqlite_plans(store, wanted) as plans, store.session() as s:
        who_said(s, source="Reuters", limit=5)
        who_said(s, source="Reuters", limit=5, since=date(2000, 1, 1))
    store.close()
    assert plans
    for plan in plans:
        assert "ix_claim_chain_source_order" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("limit", [None, 2])
def test_topic_source_and_article_still_combine(
    any_db: str, tmp_path: Path, limit: int | None
) -> None:
    """Each filter alone, then together: the intersection (PostgreSQL reads them step by
    step, SQLite in one statement), in who-said order."""
    _fill(any_db, tmp_path)
    store = open_store(any_db)
    with store.session() as s:

        def ids(**kw: object) -> list[int]:
            return [c.id for c in who_said(s, **kw).claims]  # type: ignore[arg-type]

        topic = set(ids(topic="convoy"))
        source = set(_ids(s, "Reuters"))
        article = set(ids(article="undated"))
        assert topic and source and article
        for kw, want in (
            ({"topic": "convoy", "source": "Reuters"}, topic & source),
            ({"topic": "convoy", "article": "undated"}, topic & article),
            ({"source": "Reuters", "article": "undated"}, source & article),
            (
                {"topic": "convoy", "source": "Reuters", "article": "undated"},
                topic & source & article,
            ),
        ):
            got = ids(**kw, limit=limit)
            unlimited = ids(**kw)
            assert set(unlimited) == want, kw
            # (the output is grouped by origin, so the limit's order is not visible here)
            assert set(got) <= want and len(got) == min(limit or len(want), len(want)), kw
        assert topic & source & article  # the last case is not vacuous
        # empty sets on the way (no article, no claim of the topic from that source)
        assert ids(article="no-such-path") == []
        assert ids(topic="convoy", source="Reuters", article="no-such-path") == []
        assert ids(topic="nosuchtopicword", source="Reuters") == []
        # no filter at all (the library allows it): every claim, in who-said order
        everything = ids()
        assert len(everything) == s.scalar(select(func.count()).select_from(ClaimRow))
        assert len(set(ids(limit=3)) & set(everything)) == 3
    store.close()


def test_article_filter_scans_paths_not_texts(db_path: str, tmp_path: Path) -> None:
    """``--article`` finds its articles by a scan of ``ix_articles_path`` (migration 0004),
    never of the table that holds every article's text."""
    _fill(db_path, tmp_path)
    store = open_store(db_path)
    wanted = lambda st: "FROM articles" in st and "LIKE" in st  # noqa: E731
    with _sqlite_plans(store, wanted) as plans, store.session() as s:
        found = who_said(s, article="undated")
    store.close()
    assert found.claims and all("undated" in c.article.path for c in found.claims)
    assert plans
    for plan in plans:
        assert "COVERING INDEX ix_articles_path" in plan, plan


def test_article_filter_takes_an_id_written_exactly(db_path: str, tmp_path: Path) -> None:
    _fill(db_path, tmp_path)
    store = open_store(db_path)
    with store.session() as s:
        ids = list(s.scalars(select(ArticleRow.id).order_by(ArticleRow.id)))
        paths = {i: p for i, p in s.execute(select(ArticleRow.id, ArticleRow.path))}
        first = ids[0]
        by_id = {c.article.id for c in who_said(s, article=str(first)).claims}
        assert first in by_id
        # "0" + id is not the id: only articles whose path holds that text
        padded = {c.article.id for c in who_said(s, article=f"0{first}").claims}
        assert all(f"0{first}" in paths[i] for i in padded)
        # a number too large for an integer column is a path fragment, not an error
        assert who_said(s, article="9" * 40).claims == []
    store.close()


def _has_trgm(url: str) -> bool:
    engine = create_engine(url)
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
        ).first()
    engine.dispose()
    return found is not None


def _pg_indexes(session: Session) -> set[str]:
    sql = "SELECT indexname FROM pg_indexes WHERE tablename = 'articles'"
    return set(session.scalars(text(sql)))


def test_article_filter_uses_the_trigram_index_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    """Migration 0005: ``--article`` (a substring of the path) is answered from a GIN
    trigram index on PostgreSQL, not by reading every article row."""
    if not _has_trgm(pg_url):
        pytest.skip("pg_trgm is not available on this server")
    _fill(pg_url, tmp_path)
    store = open_store(pg_url)
    with store.session() as s:
        assert "ix_articles_path_trgm" in _pg_indexes(s)
        found = who_said(s, article="undated")
        assert found.claims and all("undated" in c.article.path for c in found.claims)
        # the shape of the query who-said sends (LIKE with an escaped, bound pattern, or'ed
        # with the id) must be one the index can answer: seq scans off, a tiny table
        s.execute(text("SET LOCAL enable_seqscan = off"))
        for pattern in ("undated", "ndat", "1"):
            q = select(ArticleRow.id).where(_article_match(pattern))
            sql = str(q.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
            plan = "\n".join(s.scalars(text("EXPLAIN " + sql)))
            if pattern != "1":  # "1" is also an id: a BitmapOr of both indexes
                assert "ix_articles_path_trgm" in plan, plan
    store.close()


def test_migrations_go_on_without_the_right_to_create_pg_trgm(pg_url: str, tmp_path: Path) -> None:
    """A team role that may create tables but not extensions still gets a working store:
    0005 skips the index (in a savepoint) and ``--article`` scans the paths."""
    url = make_url(pg_url)
    role = f"ct_noext_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {url.database} TO {role}")
        conn.exec_driver_sql(f"GRANT CREATE, USAGE ON SCHEMA public TO {role}")
        conn.exec_driver_sql(f"REVOKE CREATE ON DATABASE {url.database} FROM PUBLIC")
    try:
        as_role = url.set(username=role).render_as_string(hide_password=False)
        _fill(as_role, tmp_path)
        store = open_store(as_role)
        with store.session() as s:
            assert "ix_articles_path_trgm" not in _pg_indexes(s)
            assert schema_version(store) is not None
            found = who_said(s, article="undated")
            assert found.claims and all("undated" in c.article.path for c in found.claims)
        store.close()
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"REASSIGN OWNED BY {role} TO {url.username}")
            conn.exec_driver_sql(f"DROP OWNED BY {role}")
            conn.exec_driver_sql(f"DROP ROLE {role}")
        admin.dispose()
