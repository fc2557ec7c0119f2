"""The search engines' own index over SearchDocument, which the Django model does not describe.

SQLite: an FTS5 table over (stemmed_title, stemmed) whose content is the SearchDocument table
itself (rowid = SearchDocument.id), kept in step by triggers, so every write (ORM, bulk, raw
SQL) updates it. Django rebuilds a SQLite table for some later AlterField/RemoveField
migrations and the rebuild drops these triggers: such a migration must run SQLITE_TRIGGERS
again (a test in core/tests/test_search.py fails when they are missing).

PostgreSQL: a stored generated tsvector column (title weight A, body weight D, `simple`
config: the text is already stemmed) with a GIN index. Changing the type of `stemmed` or
`stemmed_title` later needs this column dropped first.
"""

from __future__ import annotations

from django.db import migrations

SQLITE_TABLE = """
CREATE VIRTUAL TABLE core_searchdocument_fts USING fts5(
    stemmed_title, stemmed,
    content='core_searchdocument', content_rowid='id',
    tokenize='unicode61 remove_diacritics 0'
)
"""

SQLITE_TRIGGERS = [
    """
    CREATE TRIGGER core_searchdocument_fts_insert AFTER INSERT ON core_searchdocument BEGIN
        INSERT INTO core_searchdocument_fts (rowid, stemmed_title, stemmed)
        VALUES (new.id, new.stemmed_title, new.stemmed);
    END
    """,
    """
    CREATE TRIGGER core_searchdocument_fts_delete AFTER DELETE ON core_searchdocument BEGIN
        INSERT INTO core_searchdocument_fts (core_searchdocument_fts, rowid, stemmed_title, stemmed)
        VALUES ('delete', old.id, old.stemmed_title, old.stemmed);
    END
    """,
    """
    CREATE TRIGGER core_searchdocument_fts_update AFTER UPDATE OF id, stemmed_title, stemmed
    ON core_searchdocument BEGIN
        INSERT INTO core_searchdocument_fts (core_searchdocument_fts, rowid, stemmed_title, stemmed)
        VALUES ('delete', old.id, old.stemmed_title, old.stemmed);
        INSERT INTO core_searchdocument_fts (rowid, stemmed_title, stemmed)
        VALUES (new.id, new.stemmed_title, new.stemmed);
    END
    """,
]

SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS core_searchdocument_fts_insert",
    "DROP TRIGGER IF EXISTS core_searchdocument_fts_delete",
    "DROP TRIGGER IF EXISTS core_searchdocument_fts_update",
    "DROP TABLE IF EXISTS core_searchdocument_fts",
]

POSTGRESQL_CREATE = [
    """
    ALTER TABLE core_searchdocument ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, stemmed_title), 'A')
        || setweight(to_tsvector('simple'::regconfig, stemmed), 'D')
    ) STORED
    """,
    "CREATE INDEX core_searchdoc_vector_gin ON core_searchdocument USING gin (search_vector)",
]

POSTGRESQL_DROP = [
    "DROP INDEX IF EXISTS core_searchdoc_vector_gin",
    "ALTER TABLE core_searchdocument DROP COLUMN IF EXISTS search_vector",
]


def _run(schema_editor, statements: list[str]) -> None:
    for statement in statements:
        schema_editor.execute(statement, params=None)


def create_index(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        # 'rebuild' indexes rows that already exist (none when migrating a new database).
        _run(schema_editor, [SQLITE_TABLE, *SQLITE_TRIGGERS])
        _run(schema_editor, ["INSERT INTO core_searchdocument_fts (core_searchdocument_fts) VALUES ('rebuild')"])
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_CREATE)


def drop_index(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_DROP)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRESQL_DROP)


class Migration(migrations.Migration):
    dependencies = [("core", "0003_searchdocument")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
