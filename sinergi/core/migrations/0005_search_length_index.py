"""PostgreSQL: an index on SearchDocument.token_count.

bm25 needs the number of rows and the total length of the whole index for every ranked query;
with this index PostgreSQL reads them by an index-only scan instead of the table. SQLite's
FTS5 keeps those totals itself, so nothing changes there.
"""

from __future__ import annotations

from django.db import migrations


def create_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE INDEX core_searchdoc_length ON core_searchdocument (token_count)", params=None)


def drop_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS core_searchdoc_length", params=None)


class Migration(migrations.Migration):
    dependencies = [("core", "0004_search_index")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
