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
    n = len(keys)
    return {divmod(code, n) for code in candidate_codes(keys, order, focus, cap, window)}


def candidate_codes(
    keys: Sequence[Iterable[str]],
    order: Callable[[int], tuple[object, ...]],
    focus: set[int] | None = None,
    cap: int = BLOCK_CAP,
    window: int = WINDOW,
) -> list[int]:
    """``candidate_pairs`` as sorted codes ``i * len(keys) + j`` (``divmod`` decodes them).

    Sorted, pairs of one item come together: walking them in this order touches each
    item's data in turn instead of all over memory, and ints hash and sort faster than
    tuples.
    """
    n = len(keys)
    index: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in set(ks):
            index[k].append(i)  # members are in increasing order
    if focus is not None and len(focus) == n and all(0 <= f < n for f in focus):
        focus = None  # every item is in focus: no pair to drop
    ranks: dict[int, tuple[object, ...]] = {}
    codes: set[int] = set()
    update = codes.update
    add = codes.add
    for members in index.values():
        size = len(members)
        if size < 2:
            continue
        flags: list[bool] | None = None
        if focus is not None:
            flags = [m in focus for m in members]
            if not any(flags):
                continue
            if all(flags):
                flags = None
        if size <= cap:
            if flags is None:
                for a in range(size - 1):
                    base = members[a] * n
                    update([base + mb for mb in members[a + 1 :]])
                continue
            for a in range(size - 1):
                base = members[a] * n
                if flags[a]:
                    update([base + mb for mb in members[a + 1 :]])
                else:
                    update([base + members[b] for b in range(a + 1, size) if flags[b]])
            continue
        for m in members:
            if m not in ranks:
                ranks[m] = order(m)
        ranked = sorted(members, key=ranks.__getitem__)
        for a, ma in enumerate(ranked):
            in_focus = focus is None or ma in focus
            for mb in ranked[a + 1 : a + 1 + window]:
                if in_focus or mb in focus:  # type: ignore[operator]
                    add(ma * n + mb if ma < mb else mb * n + ma)
    return sorted(codes)
