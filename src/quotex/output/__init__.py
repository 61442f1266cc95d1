"""Output: the `Quote` record and its fields (`records.FIELDS`), the writers (table, JSON, JSON
Lines, CSV, TSV; safe `-o` files) and the HTML report."""
