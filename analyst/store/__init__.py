"""The DuckDB store: one versioned schema, one transaction per article, and queries that
take a :class:`Filter` and return polars DataFrames. Imports no Qt.

>>> from analyst.store import Store, Filter, interactions
>>> with Store.open("facts.duckdb") as store:
...     store.add_article(article, facts)
...     table = interactions(store, Filter(countries=("RUS",)))
"""

from analyst.store.countries import countries, country_names
from analyst.store.counts import fact_counts, interaction_count
from analyst.store.deadlines import deadlines
from analyst.store.document import facts_document
from analyst.store.errors import StoreError
from analyst.store.evidence import article_text, evidence_for
from analyst.store.filter import Filter
from analyst.store.interactions import (
    contact_counts,
    contact_counts_and_pairs,
    contact_pair_ids,
    contact_pairs,
    interactions,
)
from analyst.store.leaders import involved_leaders, leaders
from analyst.store.store import Store
from analyst.store.tariffs import tariffs
from analyst.store.timeline import fact_counts_by_day

__all__ = [
    "Filter",
    "Store",
    "StoreError",
    "article_text",
    "contact_counts",
    "contact_counts_and_pairs",
    "contact_pair_ids",
    "contact_pairs",
    "countries",
    "country_names",
    "deadlines",
    "evidence_for",
    "fact_counts",
    "fact_counts_by_day",
    "facts_document",
    "interaction_count",
    "interactions",
    "involved_leaders",
    "leaders",
    "tariffs",
]
