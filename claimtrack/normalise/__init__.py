"""Stage 4 (normalise): canonical sources, entity mentions and structured readings.

Needs: claims with raw chains. Adds: canonical ``SourceRef``s, ``Mention``s, ``reading``.
"""

from __future__ import annotations

from claimtrack.normalise.entities import extract_mentions
from claimtrack.normalise.reading import link_definites, read_claim
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.records import Document


def normalise(doc: Document, registry: SourceRegistry) -> Document:
    for claim in doc.claims:
        claim.chain = [registry.resolve(ref) for ref in claim.chain]
        claim.reading = read_claim(claim.text, doc.article.published)
    # "the ferry" is the Amaranth Star the article named, "the minister" the minister quoted
    speakers = {
        (ref.role, ref.name)
        for claim in doc.claims
        for ref in claim.chain
        if ref.kind == "person" and ref.role
    }
    link_definites([claim.reading for claim in doc.claims if claim.reading], sorted(speakers))
    if doc.relay is not None:
        doc.relay = registry.resolve(doc.relay)
    doc.mentions = extract_mentions(doc.article.text, doc.claims)
    return doc
