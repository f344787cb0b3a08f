"""Article-level relays: an article that retells one outlet's story.

Signals (the outlet must be a known outlet or news agency):

* a title ending " - Financial Times" / " | Reuters";
* the lead sentence ending "..., the Guardian reports." (the cue frame that names it);
* a back-reference in the lead: "This was reported by the Financial Times."
"""

from __future__ import annotations

import re

from claimtrack.attribute.cues import Frame
from claimtrack.normalise.sources import SourceRegistry
from claimtrack.records import SourceRef

_TITLE_TAIL = re.compile(r"\s[-–—|]\s*(?P<o>[^-–—|]{2,60})$")
_RELAY_KINDS = ("outlet", "agency")
_RELAY_CUES = frozenset(
    {
        "reports",
        "reported",
        "writes",
        "wrote",
        "says",
        "said",
        "informs",
        "reported by",
        "according to",
        "notes",
        "added",
    }
)


def title_relay(title: str | None, registry: SourceRegistry) -> SourceRef | None:
    if not title:
        return None
    m = _TITLE_TAIL.search(title.strip())
    if not m:
        return None
    ref = registry.lookup(m.group("o"))
    return ref if ref is not None and ref.kind in _RELAY_KINDS else None


def lead_relay(
    text: str, frames: list[Frame], registry: SourceRegistry
) -> tuple[SourceRef, Frame] | None:
    """A frame of the lead sentence that names the outlet the whole article retells."""
    for f in reversed(frames):
        if f.cue not in _RELAY_CUES or f.inner:
            continue
        ref = registry.lookup(f.src)
        if ref is None or ref.kind not in _RELAY_KINDS:
            continue
        if f.kind == "backref":
            return ref, f
        # the frame must close the sentence: "C, the Guardian reports."
        tail = text[f.cue_start + len(f.cue) :].strip(" .")
        if f.kind in ("pre", "post", "prep") and f.content_start == 0 and not tail:
            return ref, f
        if f.kind == "post" and not text[f.src_end :].strip(" ."):
            return ref, f
    return None
