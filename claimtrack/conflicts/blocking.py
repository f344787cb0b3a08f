"""Candidate pairs from an inverted index of block keys, never from all pairs.

A claim's block keys join an event *family* (an event class, or the exclusive group it
belongs to, so that "resigned" meets "was dismissed") with one of its anchors (a name, a
place, a participant class). Two claims are compared only when they share a key.

Cost: every key with ``n`` members yields ``n*(n-1)/2`` pairs, so a key held by many claims
("strike|russia" in a war corpus) would make the cost quadratic. Such blocks are not
skipped (real conflicts live there) but searched as a *sorted neighbourhood*: members sorted
by publication date and id, each compared with its ``window`` nearest neighbours only.
The number of pairs is therefore at most ``keys_per_claim * n * window``: linear in ``n``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

BLOCK_CAP = 64  # blocks up to this size are searched exhaustively
WINDOW = 16  # neighbours per claim in larger blocks


def candidate_pairs(
    keys: Sequence[Iterable[str]],
    order: Callable[[int], tuple[object, ...]],
    focus: set[int] | None = None,
    cap: int = BLOCK_CAP,
    window: int = WINDOW,
) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of items sharing a key.

    ``keys[i]`` are the block keys of item ``i``; ``order(i)`` sorts big blocks; ``focus``
    (item indexes) keeps only pairs with at least one focus item.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in set(ks):
            index[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) < 2:
            continue
        if focus is not None and not any(m in focus for m in members):
            continue
        if len(members) <= cap:
            for a in range(len(members)):
                ma = members[a]
                for b in range(a + 1, len(members)):
                    mb = members[b]
                    if focus is None or ma in focus or mb in focus:
                        pairs.add((ma, mb) if ma < mb else (mb, ma))
            continue
        ranked = sorted(members, key=order)
        for a, ma in enumerate(ranked):
            for mb in ranked[a + 1 : a + 1 + window]:
                if focus is None or ma in focus or mb in focus:
                    pairs.add((ma, mb) if ma < mb else (mb, ma))
    return pairs
