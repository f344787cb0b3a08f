"""``ClaimFacts`` from a pipeline ``Document``, in the shape the store builds from its rows."""

from __future__ import annotations

from claimtrack.conflicts.detect import claim_block_keys
from claimtrack.records import ClaimFacts, Document


def facts_from_document(doc: Document, article_id: int, first_claim_id: int) -> list[ClaimFacts]:
    """One ``ClaimFacts`` per claim of ``doc``; claim ids count up from ``first_claim_id``.

    The chain is outermost first: an outlet the whole article relays comes before the
    claim's own sources. The origin is the innermost source, None for the article's voice.
    """
    keys: dict[int, set[str]] = {}
    for m in doc.mentions:
        if m.claim_index is not None:
            keys.setdefault(m.claim_index, set()).add(m.key)
    # what the store keeps of the article's entities (mentions inside claims, with a key)
    story = sorted({k for held in keys.values() for k in held if k})
    relay = [doc.relay.name] if doc.relay is not None else []
    out: list[ClaimFacts] = []
    for i, claim in enumerate(doc.claims):
        chain = relay + [ref.name for ref in claim.chain]
        out.append(
            ClaimFacts(
                id=first_claim_id + i,
                article_id=article_id,
                article_path=doc.article.path,
                article_published=doc.article.published,
                text=claim.text,
                modality=claim.modality,
                reading=claim.reading,
                origin=chain[-1] if chain else None,
                chain=chain,
                entity_keys=sorted(keys.get(i, set())),
                article_keys=story,
            )
        )
    return out


def document_block_keys(doc: Document) -> list[set[str]]:
    """The ``block_keys`` of each claim of ``doc``, as of ``facts_from_document``'s facts
    (what the store keeps to find candidates), without making the facts."""
    keys: dict[int, set[str]] = {}
    for m in doc.mentions:
        if m.claim_index is not None:
            keys.setdefault(m.claim_index, set()).add(m.key)
    relay = [doc.relay.name] if doc.relay is not None else []
    empty: set[str] = set()
    return [
        claim_block_keys(
            claim.text, relay + [ref.name for ref in claim.chain], keys.get(i, empty), claim.reading
        )
        for i, claim in enumerate(doc.claims)
    ]
