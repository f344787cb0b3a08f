"""Stage 3 (attribute): sentences -> claims, each with its chain of sources.

Needs: the article and its sentences. Adds: ``ClaimDraft`` records and the article-level
relay outlet, if the article relays one.

How a claim gets its chain, in order of precedence:

1. Cue frames in the sentence (``cues.find_frames``): "X said", "according to X",
   "C, claims X, citing Y", "despite reports from X that ...". Nested frames chain up
   (outermost first); a frame whose clause starts with a conjunction ("..., while X told Y
   that ...") splits the sentence into two claims.
2. Back-reference: "This was reported by X." gives X the own-voice sentences just before it
   (same or previous paragraph, back to the last attribution).
3. Continuation: an unattributed sentence in the same paragraph as an organisation's report
   stays that organisation's; a new paragraph continues it only when it says so ("also",
   "reportedly", "In addition"). Headings and editorial markers ("As a reminder",
   "What preceded", "It is known that") return to the article's own voice.
4. Relay: when the article retells one outlet (title " - Financial Times", lead
   "..., the Guardian reports."), that outlet heads every chain except editorial background.

Wrong attribution is the worst error: whatever cannot be resolved stays in own voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from claimtrack.attribute.chain import lead_relay, title_relay
from claimtrack.attribute.coref import Tracker
from claimtrack.attribute.cues import Frame, find_frames
from claimtrack.attribute.lexicon import HEDGE_RE, NEGATION_RE, lexicon
from claimtrack.attribute.mentions import parse_source
from claimtrack.normalise.sources import SourceRegistry, default_registry
from claimtrack.records import ClaimDraft, Modality, RawArticle, Sentence, SourceRef

__all__ = ["attribute"]

_CONTINUES = re.compile(
    r"^(?:(?:In addition|Additionally|Furthermore|Moreover|Also|Besides)\b|"
    r"(?:\S+\s+){0,5}?also\b)|\b(?:reportedly|allegedly|purportedly)\b",
)
_OPENS_QUOTE = re.compile(r"^[\"“‘«]")
_TRIM = " ,;:—–-"
_REPORTERS = ("agency", "outlet", "government", "organisation")


@dataclass
class _State:
    relay: SourceRef | None = None
    background: bool = False
    relay_seen: set[str] = field(default_factory=set)
    cont: list[SourceRef] | None = None
    cont_para: int = -1
    cont_person: bool = False
    org: list[SourceRef] | None = None  # the last organisation's report, for "also" paragraphs
    org_para: int = -1
    run: list[int] = field(default_factory=list)  # own-voice claims open to a back-reference


def attribute(
    article: RawArticle, sentences: list[Sentence], registry: SourceRegistry | None = None
) -> tuple[list[ClaimDraft], SourceRef | None]:
    reg = registry or default_registry()
    tracker = Tracker(reg, article.text)
    st = _State()
    claims: list[ClaimDraft] = []
    explicit: list[bool] = []  # per claim: chain came from the claim's own cues
    title = article.title
    if title is None:
        first = next((s for s in sentences if not s.boilerplate), None)
        if first is not None and first.heading and first.paragraph == 0:
            title = first.text
    st.relay = title_relay(title, reg)
    body = 0
    last_para = -1
    para_start: dict[int, int] = {}
    for t in sentences:
        if not t.heading:
            para_start.setdefault(t.paragraph, t.start)
    for s in sentences:
        if s.boilerplate:
            continue
        if s.heading:
            if body:
                st.background = True
                st.cont = None
                st.org = None
                st.run = []
            continue
        body += 1
        new_para = s.paragraph != last_para
        last_para = s.paragraph
        if new_para and st.run:
            floor = para_start.get(s.paragraph - 1, s.start)
            st.run = [i for i in st.run if claims[i].start >= floor]
        frames = find_frames(s.text)

        relay_cue: str | None = None
        if st.relay is None and body <= 3:
            found = lead_relay(s.text, frames, reg)
            if found is not None and (body == 1 or found[1].kind == "backref"):
                st.relay = found[0]
                if found[1].kind != "backref":
                    frames.remove(found[1])
                    relay_cue = found[1].cue
                for c in claims:
                    c.chain = [st.relay, *c.chain]

        backref = next((f for f in frames if f.kind == "backref"), None)
        if backref is not None:
            chain = _frame_chain(backref, s.text, [], tracker, reg)
            if chain:
                for i in st.run:
                    claims[i].chain = _with_relay(chain, st)
                    claims[i].cue = backref.cue
                st.cont, st.cont_para = chain, s.paragraph
                st.cont_person = chain[-1].kind == "person"
            st.run = []
            continue

        marker = lexicon().marker_re.match(s.text) is not None
        if marker:
            st.cont = None
            st.org = None
            st.run = []
            if st.relay is not None:
                st.background = True
        for start, end, piece_frames in _pieces(s.text, frames):
            text = s.text[start:end]
            chain, cue, modality = _build(piece_frames, s.text, tracker, reg)
            own = not chain
            if chain:
                nominal = all(f.kind == "nominal" for f in piece_frames)
                st.cont = None if nominal else chain
                st.cont_para = s.paragraph
                st.cont_person = chain[-1].kind == "person"
                if not nominal and chain[-1].kind in _REPORTERS:
                    st.org, st.org_para = chain, s.paragraph
            elif not marker and st.cont is not None:
                same = st.cont_para == s.paragraph
                last = st.cont[-1].kind
                if same and (last in _REPORTERS or (st.cont_person and _OPENS_QUOTE.match(text))):
                    chain = list(st.cont)
                elif (
                    new_para
                    and st.cont_para == s.paragraph - 1
                    and last in (*_REPORTERS, "anonymous")
                    and _CONTINUES.search(text)
                ):
                    chain = list(st.cont)
                    st.cont_para = s.paragraph
                else:
                    st.cont = None
                if chain and chain[-1].kind in _REPORTERS:
                    st.org, st.org_para = chain, s.paragraph
            if (
                not chain
                and not marker
                and new_para
                and st.org
                and _CONTINUES.search(text)
                and st.org_para == s.paragraph - 1
            ):
                chain = list(st.org)
                st.cont, st.cont_para, st.cont_person = chain, s.paragraph, False
                st.org_para = s.paragraph
            if not chain and relay_cue is not None:
                cue = relay_cue
            final = _with_relay(chain, st) if chain or not st.background else chain
            if not chain and st.relay is not None and not st.background and not marker:
                final = [st.relay]
            if marker:
                final = []
            for ref in final:
                if st.relay is not None and not st.background:
                    st.relay_seen.add(ref.name)
            idx = len(claims)
            claims.append(
                ClaimDraft(
                    start=s.start + start,
                    end=s.start + end,
                    text=text,
                    cue=cue,
                    modality=_modality(text, modality, bool(chain) and not own),
                    chain=final,
                )
            )
            explicit.append(not own)
            if own and not chain and not marker:
                st.run.append(idx)
            else:
                st.run = []
    tracker.finish()
    for c in claims:
        c.chain = [r.model_copy() for r in c.chain]
    return claims, st.relay.model_copy() if st.relay is not None else None


def _with_relay(chain: list[SourceRef], st: _State) -> list[SourceRef]:
    relay = st.relay
    if relay is None:
        return chain
    if chain and chain[0].name == relay.name:
        return chain
    if st.background:
        if any(r.name in st.relay_seen for r in chain):
            st.background = False
        else:
            return chain
    return [relay, *chain]


def _pieces(text: str, frames: list[Frame]) -> list[tuple[int, int, list[Frame]]]:
    """Split a sentence at the clauses that frames start with a conjunction."""
    cuts = sorted({f.anchor for f in frames if f.anchor > 0})
    bounds = [0, *cuts, len(text)]
    out: list[tuple[int, int, list[Frame]]] = []
    for a, b in pairwise(bounds):
        s, e = a, b
        while s < e and text[s] in _TRIM + " ":
            s += 1
        while e > s and text[e - 1] in _TRIM + " ":
            e -= 1
        if e <= s:
            continue
        inside = [f for f in frames if a <= f.cue_start < b]
        out.append((s, e, inside))
    if not out:
        out.append((0, len(text), frames))
    return out


def _contains(outer: Frame, inner: Frame) -> bool:
    return outer is not inner and outer.content_start <= inner.src_start < outer.content_end


def _build(
    frames: list[Frame], text: str, tracker: Tracker, reg: SourceRegistry
) -> tuple[list[SourceRef], str | None, str]:
    """The chain, cue and cue modality of one clause from its frames (outermost first)."""
    if not frames:
        return [], None, "asserted"
    roots = [f for f in frames if not any(_contains(o, f) for o in frames)]
    root = roots[0] if roots else frames[0]
    ordered = [root]
    current = root
    while True:
        nxt = [f for f in frames if f not in ordered and _contains(current, f)]
        if not nxt:
            break
        current = min(nxt, key=lambda f: f.src_start)
        ordered.append(current)
    chain: list[SourceRef] = []
    for i, f in enumerate(ordered):
        part = _frame_chain(f, text, chain, tracker, reg)
        if not part:
            if i == 0:
                return [], None, "asserted"
            continue
        chain.extend(r for r in part if all(r is not c for c in chain))
    modality = "asserted"
    for f in ordered:
        if f.modality == "denied":
            modality = "denied"
        elif f.modality == "hedged" and modality == "asserted":
            modality = "hedged"
    return chain, root.cue, modality


def _frame_chain(
    f: Frame, text: str, outer: list[SourceRef], tracker: Tracker, reg: SourceRegistry
) -> list[SourceRef]:
    """The sources one frame names: [listener outlet?, source, cited sources...]."""
    src = tracker.resolve(parse_source(f.src, reg, f.appositive))
    if src is None:
        return []
    out: list[SourceRef] = []
    if f.listener:
        listener = parse_source(f.listener, reg)
        if listener is not None and not isinstance(listener, SourceRef):
            lref = tracker.resolve(listener)
        else:
            lref = listener
        if (
            isinstance(lref, SourceRef)
            and lref.kind in ("outlet", "agency")
            and all(lref.name != o.name for o in outer)
        ):
            out.append(lref)
    out.append(src)
    for inner in f.inner:
        ref = tracker.resolve(parse_source(inner, reg))
        if ref is not None and ref is not src:
            out.append(ref)
    return out


def _modality(text: str, cue_modality: str, attributed: bool) -> Modality:
    if cue_modality == "denied":
        return "denied"
    if attributed and NEGATION_RE.search(text):
        return "denied"
    if cue_modality == "hedged" or HEDGE_RE.search(text):
        return "hedged"
    return "asserted"
