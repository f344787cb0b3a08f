"""The pipeline: read -> segment -> attribute -> normalise, then the store.

``process`` is pure (no I/O, no database): it turns one ``RawArticle`` into a ``Document``.
``EXTRACTOR_VERSION`` is stored with each article; bump it whenever a stage changes what it
extracts, so that ``claimtrack ingest --reprocess`` knows which articles to re-extract.
"""

from __future__ import annotations

from claimtrack.attribute import attribute
from claimtrack.normalise import normalise
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.records import Document, RawArticle
from claimtrack.segment import segment

EXTRACTOR_VERSION = 37


def process(raw: RawArticle, registry: SourceRegistry | None = None) -> Document:
    sentences = segment(raw.text)
    claims, relay = attribute(raw, sentences)
    doc = Document(article=raw, sentences=sentences, claims=claims, relay=relay)
    return normalise(doc, registry or SourceRegistry())
