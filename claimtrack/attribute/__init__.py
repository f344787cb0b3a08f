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
   Same-paragraph continuation needs positive evidence: an organisation's report (not a
   person's) followed by a sentence that is not an editorial note (``[own_voice]`` in
   cues.toml: "The claim could not be independently verified.", "It was the 58th
   exchange ..."), or any source followed by a sentence inside a quote it opened.
4. Quotes: the own-voice sentences of a quote that spans several sentences and closes with
   its attribution ('"We were not ready. ... We lost," said Maria Lopez.') take that chain.
5. Layouts: a ``Source: X`` line gives X the own-voice lead before it; paragraphs labelled
   ``Details:`` / ``Quote:`` / ``Update:`` continue the last source.
6. Relay: when the article retells one outlet (title " - Financial Times", lead
   "..., the Guardian reports."), that outlet heads every chain except editorial background.
   An outlet relaying one speaker mid-article ("Aliyev accused ..., Interfax reported")
   also heads that speaker's next claims ("Aliyev said ...") in the same or next paragraph.
7. Publisher: the article's metadata (``--publisher``, a saved page's site name) or a wire
   dateline ("MOSCOW, March 5. /TASS/.", "(Bloomberg) --") names the article's publisher;
   "X told TASS" in TASS copy is X alone, and "data compiled by Bloomberg" in Bloomberg copy
   is the article's own voice (nothing continues into it).

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
from claimtrack.attribute.mentions import ORG_KINDS, names_source, parse_source
from claimtrack.lexicons import table
from claimtrack.normalise.gazetteer import lookup as gazetteer_lookup
from claimtrack.normalise.sources import SourceRegistry, default_registry
from claimtrack.records import ClaimDraft, Modality, RawArticle, Sentence, SourceRef
from claimtrack.segment import dateline_wire

__all__ = ["attribute"]

# the writer in the first person (an op-ed, a column): no body's report goes on in it
_WRITER_I = re.compile(r"(?:^|\s)(?:I|I've|I'm|I’ve|I’m)\s|\b(?:my|me)\b")
_CONTINUES = re.compile(
    r"^(?:(?:In addition|Additionally|Furthermore|Moreover|Also|Besides)\b|"
    r"(?:\S+\s+){0,5}?also\b)|\b(?:reportedly|allegedly|purportedly)\b",
)
# a sentence about other people, described in lower case before its verb ("A bank
# spokesperson did not dispute the figure", "Economists had expected a fall"): no more of
# a body's report
_DESCRIBED_OPENER = re.compile(
    r"^(?:(?:a|an|the|another|other|some|many|most|several|two|three|four|five)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?P<h>[a-z]+)\s+(?:(?:had|has|have|did|does|do|was|were|would|"
    r"could|will|is|are|also|not)\b|[a-z]+ed\b)",
    re.I,
)


def _other_people(text: str) -> bool:
    m = _DESCRIBED_OPENER.match(text)
    if m is None:
        return False
    head = m.group("h").casefold()
    return head in _PEOPLE_HEADS or (head.endswith("s") and head[:-1] in _PEOPLE_HEADS)


_PEOPLE_HEADS = frozenset(lexicon().anonymous) | lexicon().collective | frozenset(lexicon().titles)
# (a space first in ``_quote_view``); a straight apostrophe opens a quote before a capital or
# a digit, as in British copy ('I would urge anyone ...')
_OPENS_QUOTE = re.compile(r"^\s?(?:[\"“‘«]|'(?=[A-Z0-9]))")
# a single quote opened after a space, a colon or a bracket: "said: 'This was ..."
_SINGLE_QUOTE_OPENS = re.compile(r"(?:^|[\s:(—–])['‘](?=[A-Z0-9])")
_TRIM = " ,;:—–-"
_REPORTERS = ("agency", "outlet", "government", "organisation")
_LAYOUT_SOURCE = re.compile(r"^Sources?\s*:\s*(?P<src>.+?)\s*\.?$")
_LAYOUT_TAIL = re.compile(
    r"\s+(?:on|in|via)\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:official\s+)?"
    r"(?:Facebook|Telegram|X|Twitter|YouTube|Instagram|website|channel|page|account|statement)"
    r"\b.*$|;.*$",
    re.I,
)
_LAYOUT_LABEL = re.compile(r"^(?:Details|Quote|Quote from [^:]{1,60}|Update|Addendum)\s*:")
_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"


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
    publisher: SourceRef | None = None  # the wire of the dateline
    layout: list[SourceRef] | None = None  # the "Source:" line's chain
    label_para: int = -1  # a "Details:" / "Quote:" paragraph
    in_quote: bool = False  # inside a quote opened in this paragraph
    quote_run: list[int] = field(default_factory=list)  # own-voice claims inside that quote
    # the chain of the quoted words of this paragraph, and of a quotation left open at the
    # end of the last one (news style opens each paragraph of a long quotation with a quote
    # mark and closes it only at its end): (chain, the paragraph it goes on in)
    quote_chain: list[SourceRef] | None = None
    open_quote: tuple[list[SourceRef], int] | None = None
    local: tuple[SourceRef, str, int] | None = None  # (outlet, speaker, paragraph)
    lead_relay_para: int = -1  # the paragraph of a lead relay (-1: none, or a title relay)
    relay_marked: set[int] = field(default_factory=set)  # paragraphs that name the relay
    remention: bool = False  # a later paragraph names the lead relay again
    colon: tuple[list[SourceRef], int] | None = None  # "X added:" (chain, paragraph)
    quoted: tuple[list[SourceRef], int] | None = None  # a person's quote: (chain, paragraph)
    speaker: tuple[SourceRef, int] | None = None  # a speaker label's person, and its paragraph


_ASCII_QUOTE = re.compile(r"''")


def _quote_view(text: str) -> str:
    """``''Not so,'' he said.`` (quotes typed as two apostrophes, as in many archived texts)
    as ``" Not so," he said.``: each pair becomes one straight quote and a space, placed so
    that the quote still touches the quoted words; every offset stays the same. Cues are
    found in this view."""
    if "''" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        i = m.start()
        opens = (i == 0 or text[i - 1] in " (\n—–-") and text[m.end() : m.end() + 1].strip() != ""
        return ' "' if opens else '" '

    return _ASCII_QUOTE.sub(one, text)


def _quote_delta(text: str) -> int:
    """+1 when ``text`` leaves a quote open, -1 when it closes one, else 0."""
    opened = sum(text.count(q) for q in _OPEN_QUOTES)
    closed = sum(text.count(q) for q in _CLOSE_QUOTES)
    straight = text.count('"')
    if straight % 2:
        pos = text.rindex('"')
        opens = (pos == 0 or text[pos - 1] in " (:—–-") and text[pos + 1 : pos + 2].strip() != ""
        return 1 if opens else -1
    return (opened > closed) - (closed > opened)


def attribute(
    article: RawArticle, sentences: list[Sentence], registry: SourceRegistry | None = None
) -> tuple[list[ClaimDraft], SourceRef | None]:
    reg = registry or default_registry()
    tracker = Tracker(reg, article.text)
    st = _State()
    claims: list[ClaimDraft] = []
    explicit: list[bool] = []  # per claim: chain came from the claim's own cues
    implicit: list[tuple[int, int]] = []  # (claim, paragraph) headed by the lead relay only
    title = article.title
    if title is None:
        first = next((s for s in sentences if not s.boilerplate), None)
        if (
            first is not None
            and first.heading
            and first.paragraph == 0
            and dateline_wire(first.text) is None
        ):
            title = first.text
    st.relay = title_relay(title, reg)
    st.publisher = _publisher(article.publisher, reg)
    body = 0
    last_para = -1
    para_start: dict[int, int] = {}
    for t in sentences:
        if not t.heading:
            para_start.setdefault(t.paragraph, t.start)
    by_para: dict[int, list[Sentence]] = {}  # filled when first needed
    for s in sentences:
        tracker.pos = s.start
        layout = _LAYOUT_SOURCE.match(s.text) if s.text.startswith("Source") else None
        if layout is not None and (s.heading or s.boilerplate):
            chain = _layout_chain(layout.group("src"), tracker, reg)
            if chain:
                for i in st.run:
                    claims[i].chain = _with_relay(chain, st)
                    claims[i].cue = "source"
                st.layout = chain
                st.cont, st.cont_para, st.cont_person = chain, s.paragraph, False
                st.run = []
            continue
        if s.boilerplate:
            continue
        if s.heading:
            if not body and st.publisher is None:
                wire = dateline_wire(s.text)
                if wire is not None:
                    found_wire = reg.lookup(wire)
                    if found_wire is not None and found_wire.kind in ("agency", "outlet"):
                        st.publisher = found_wire
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
        if new_para:
            st.open_quote = None
            if st.in_quote and st.quote_chain and _OPENS_QUOTE.match(_quote_view(s.text)):
                st.open_quote = (st.quote_chain, s.paragraph)
            st.in_quote = False
            st.quote_run = []
            st.quote_chain = None
            if _LAYOUT_LABEL.match(s.text) and (st.cont is not None or st.layout is not None):
                st.label_para = s.paragraph
            speaker = _speaker(s.text, tracker, reg)
            if speaker is not None:
                st.speaker = (speaker, s.paragraph)  # 'KAMAU: We will ...', 'A: Because ...'
            elif _speaker_goes_on(st, s, sentences, by_para):
                st.speaker = (st.speaker[0], s.paragraph)  # type: ignore[index]
        view = _quote_view(s.text)
        frames = find_frames(view)
        if len(frames) > 1 and ('"' in view or "“" in view):
            frames = _outside_quotes(view, frames)
        delta = _quote_delta(view) if ('"' in view or "“" in view or "”" in view) else 0
        was_in_quote = st.in_quote

        relay_cue: str | None = None
        if st.relay is None and body <= 3:
            found = lead_relay(view, frames, reg)
            if (
                found is not None
                and st.publisher is not None
                and found[0].name == st.publisher.name
            ):
                found = None  # "..., TASS reported" in TASS copy
            if found is not None and (body == 1 or found[1].kind == "backref"):
                st.relay = found[0]
                st.lead_relay_para = s.paragraph
                st.relay_marked.add(s.paragraph)
                if found[1].kind != "backref" and not found[1].inner:
                    frames.remove(found[1])
                    relay_cue = found[1].cue
                for c in claims:
                    c.chain = [st.relay, *c.chain]

        backref = next((f for f in frames if f.kind == "backref"), None)
        if backref is not None:
            chain = _frame_chain(backref, view, [], tracker, reg)
            if chain:
                for i in st.run:
                    claims[i].chain = _with_relay(chain, st)
                    claims[i].cue = backref.cue
                st.cont, st.cont_para = chain, s.paragraph
                st.cont_person = chain[-1].kind == "person"
            st.run = []
            continue

        marker = lexicon().marker_re.match(view) is not None
        if marker:
            st.cont = None
            st.org = None
            st.run = []
            if st.relay is not None:
                st.background = True
        if st.colon is not None and s.paragraph > st.colon[1] + 1:
            st.colon = None
        said: list[SourceRef] = []  # the chain of the sentence's last piece, from its own cues
        for start, end, piece_frames in _pieces(s.text, frames):
            text = view[start:end]
            chain, cue, modality = _build(piece_frames, view, tracker, reg)
            chain = _local_relay(chain, piece_frames, s.paragraph, st)
            chain = _relay_description(chain, st, reg)
            pub = st.publisher
            quiet = marker  # no continuation, relay or back-reference reaches this claim
            if pub is not None and chain and chain[0].name == pub.name:
                # "X told TASS" in TASS copy is X; "a TASS correspondent reported" and "data
                # compiled by Bloomberg" in Bloomberg copy are the publisher's own voice
                chain = chain[1:]
                quiet = quiet or not chain
            if chain and piece_frames and _relayed_by_voice(piece_frames[0], view, st, s):
                # "KenGen has told us ...", '"Installers tell us ..."' in a speaker's answer or
                # quote, anything a transcript's speaker reports: the speaker relays it
                voice = _voice(st, s.paragraph, text, was_in_quote)
                if voice and all(v.name != chain[0].name for v in voice):
                    chain = [*voice, *chain]
            if not chain and st.speaker is not None and st.speaker[1] == s.paragraph:
                chain = [st.speaker[0]]  # a transcript's or an interview's speaker label
            own = not chain
            said = chain
            if chain:
                nominal = all(f.kind == "nominal" for f in piece_frames)
                st.cont = None if nominal else chain
                st.cont_para = s.paragraph
                st.cont_person = chain[-1].kind == "person"
                if not nominal and chain[-1].kind in _REPORTERS:
                    st.org, st.org_para = chain, s.paragraph
            elif (
                not quiet
                and st.open_quote is not None
                and st.open_quote[1] == s.paragraph
                and (new_para or was_in_quote)
                and not _paragraph_has_cue(sentences, s.paragraph, by_para)
            ):
                # a quotation that goes on from the last paragraph: its speaker's words
                chain = list(st.open_quote[0])
            elif (
                not quiet
                and st.colon is not None
                and s.paragraph == st.colon[1] + 1
                and (was_in_quote or not lexicon().own_voice(text))
            ):
                # "Limbaugh added:" + a paragraph of what he added (inside the quote it
                # opens, every sentence is his, whatever it looks like)
                chain = list(st.colon[0])
            elif (
                not quiet
                and new_para
                and st.quoted is not None
                and s.paragraph == st.quoted[1] + 1
                and _OPENS_QUOTE.match(text)
                and not lexicon().own_voice(text)
                and not _paragraph_has_cue(sentences, s.paragraph, by_para)
            ):
                # '"No one writes songs for her," he said.' + a paragraph that only quotes:
                # the same speaker goes on (a new speaker would be named in it)
                chain = list(st.quoted[0])
                st.cont, st.cont_para, st.cont_person = chain, s.paragraph, True
            elif not quiet and st.cont is not None:
                same = st.cont_para == s.paragraph
                last = st.cont[-1].kind
                editorial = lexicon().own_voice(text)
                if st.label_para == s.paragraph and not editorial:
                    chain = list(st.cont)  # "Details:" / "Quote:" paragraphs
                    st.cont_para = s.paragraph
                elif same and was_in_quote and not editorial:
                    chain = list(st.cont)  # still inside the quote the source opened
                elif (
                    same
                    and not editorial
                    and not lexicon().third_person_re.match(text)
                    and (last in _REPORTERS or (st.cont_person and _OPENS_QUOTE.match(text)))
                    and not _other_people(text)
                    # "I have argued before that ...": the writer, outside any quote
                    and not (last in _REPORTERS and _WRITER_I.search(text))
                ):
                    chain = list(st.cont)
                elif (
                    new_para
                    and st.cont_para == s.paragraph - 1
                    and (last in _REPORTERS or last == "anonymous")
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
                and not quiet
                and new_para
                and st.org
                and _CONTINUES.search(text)
                and st.org_para == s.paragraph - 1
                and not lexicon().own_voice(text)
            ):
                chain = list(st.org)
                st.cont, st.cont_para, st.cont_person = chain, s.paragraph, False
                st.org_para = s.paragraph
            if not chain and relay_cue is not None:
                cue = relay_cue
            final = _with_relay(chain, st) if chain or not st.background else chain
            if not chain and st.relay is not None and not st.background and not quiet:
                final = [st.relay]
            if st.lead_relay_para >= 0 and st.relay is not None:
                if any(r.name == st.relay.name for r in chain) or relay_cue is not None:
                    st.relay_marked.add(s.paragraph)
                    if s.paragraph > st.lead_relay_para:
                        st.remention = True
                elif final and final[0].name == st.relay.name:
                    implicit.append((len(claims), s.paragraph))
            if quiet and own:
                # "As a reminder, ..." opens the publisher's own background; a source the
                # sentence names itself ("Earlier, the governor said ...") still speaks
                final = []
            for ref in final:
                if st.relay is not None and not st.background:
                    st.relay_seen.add(ref.name)
            idx = len(claims)
            claims.append(
                ClaimDraft(
                    start=s.start + start,
                    end=s.start + end,
                    text=s.text[start:end],
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
            if own and not final and not marker and (was_in_quote or delta > 0):
                st.quote_run.append(idx)
            if final and (was_in_quote or delta > 0):
                st.quote_chain = final
        if (
            said
            and said[-1].kind == "person"
            and ('"' in view or "“" in view or "”" in view or _SINGLE_QUOTE_OPENS.search(view))
        ):
            st.quoted = (said, s.paragraph)
        elif st.quoted is not None and st.quoted[1] == s.paragraph - 1 and new_para:
            st.quoted = None  # the paragraph after the quote did not go on with it
        if said and s.text.rstrip().endswith(":"):
            st.colon = (said, s.paragraph)  # "The governor added:" introduces the next paragraph
        if delta > 0:
            st.in_quote = True
        elif delta < 0:
            if st.in_quote and st.quote_run and claims and explicit[-1] and claims[-1].chain:
                # '"We were not ready. ... We lost," said Maria Lopez.'
                for i in st.quote_run:
                    claims[i].chain = list(claims[-1].chain)
                    claims[i].cue = claims[-1].cue
            st.in_quote = False
            st.quote_run = []
    if st.remention and st.relay is not None:
        # the article marks what it relays ("The British newspaper, citing ...", "It said"):
        # the lead relay heads only those paragraphs, not the publisher's own background
        for i, para in implicit:
            if (
                para not in st.relay_marked
                and claims[i].chain[:1]
                and (claims[i].chain[0].name == st.relay.name)
            ):
                claims[i].chain = claims[i].chain[1:]
    tracker.finish()
    for c in claims:
        c.chain = [r.model_copy() for r in c.chain]
    return claims, st.relay.model_copy() if st.relay is not None else None


def _publisher(name: str | None, reg: SourceRegistry) -> SourceRef | None:
    """The outlet the article's metadata names (``--publisher``, a saved page's site name):
    "X told NHK" in NHK's own copy is X, "NHK has learned" is the article's own voice."""
    if not name or not name.strip():
        return None
    known = reg.lookup(name)
    if known is not None:
        return known if known.kind in ("agency", "outlet") else None
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return SourceRef(name=bare, kind="outlet", surface=name.strip())


_SPEAKER_LABEL = re.compile(
    r"^(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]+){0,3})\s*:\s+(?=[\"“A-Z0-9])"
)
_ANSWER = frozenset({"A", "Answer"})
_QUESTION_NUMBER = re.compile(r"^Q\d+\s+")  # "Q41 Chair:" in a committee's transcript
_SPEAKER_ROLES: dict[str, str] = table("cues.toml")["speaker_roles"]
_HOLDER = r"\s+by\s+(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"


def _speaker(text: str, tracker: Tracker, reg: SourceRegistry) -> SourceRef | None:
    """The person a paragraph's speaker label names: "KAMAU: We will ..." or "Dr Wanjiru
    Kamau: ..." in a transcript; "A: ..." in an interview is the person it interviews (the
    person the article has quoted most). None for any other label ("Update:", "Q:")."""
    m = _SPEAKER_LABEL.match(text)
    if m is None:
        return None
    label = _QUESTION_NUMBER.sub("", m.group("label"))
    if label.casefold() in _SPEAKER_ROLES:
        return _role_holder(label.casefold(), tracker)
    if label in _ANSWER:
        # the person the article has quoted most, else the one its opening names ("Esther
        # Wanjiru Kamau, managing director of ..., spoke to the Nation")
        return tracker.most_quoted() or tracker.first_named_person()
    if label.isupper():
        label = label.title()  # "KAMAU" as a transcript writes it
    place = gazetteer_lookup(label)
    if place is not None and place.kind == "place":
        return None  # "NEW DELHI: The Centre will ...": a dateline
    if label.startswith("The "):
        return None  # "The Storm Moves North: ...": a headline's, no one's name
    parsed = parse_source(label, reg)
    if not isinstance(parsed, SourceRef) or parsed.kind != "person":
        return None
    if " " not in label and not tracker.names_person(label):
        return None  # "Update:", "Note:": a one-word label must be a surname of the article
    return tracker.resolve(parsed)


def _role_holder(role: str, tracker: Tracker) -> SourceRef | None:
    """The person the article named in a transcript label's role: "Chair:" after "the
    session, chaired by Ana Ruiz" is Ana Ruiz. None if the article names no one so."""
    found = re.search(_SPEAKER_ROLES[role] + _HOLDER, tracker.text[: tracker.pos])
    if found is None:
        return None
    name = found.group("n")
    return tracker.resolve(SourceRef(name=name, kind="person", surface=name))


_FIRST_PERSON_AFTER = re.compile(r"\s+(?:me|us)\b")


def _relayed_by_voice(frame: Frame, view: str, st: _State, s: Sentence) -> bool:
    """Whether the speaker of the sentence relays what its cue reports: anything under a
    transcript's speaker label ("MP Jo Ames: The minister said ..."), else only a cue whose
    audience is the speaker ("tells me")."""
    labelled = st.speaker is not None and st.speaker[1] == s.paragraph
    return labelled or _told_first_person(frame, view)


def _told_first_person(frame: Frame, view: str) -> bool:
    """A cue whose audience is the speaker: "tells me", "has told us", "promised us"."""
    if frame.listener in ("me", "us"):
        return True
    end = frame.cue_start + len(frame.cue)
    return frame.cue_start >= 0 and _FIRST_PERSON_AFTER.match(view, end) is not None


def _voice(st: _State, para: int, text: str, was_in_quote: bool) -> list[SourceRef] | None:
    """Who is speaking in this sentence without a cue of their own: the speaker label of its
    paragraph, or the person whose quote it goes on with."""
    if st.speaker is not None and st.speaker[1] == para:
        return [st.speaker[0]]
    if (
        st.quoted is not None
        and st.quoted[1] in (para, para - 1)
        and (was_in_quote or _OPENS_QUOTE.match(text))
    ):
        return list(st.quoted[0])
    return None


def _speaker_goes_on(
    st: _State, s: Sentence, sentences: list[Sentence], by_para: dict[int, list[Sentence]]
) -> bool:
    """Whether a paragraph with no label goes on with the speaker labelled in the paragraph
    before: a transcript gives each speaker's next paragraph no label of its own. Not when
    it opens with a label of another kind ("Update:") or names a source of its own."""
    return (
        st.speaker is not None
        and st.speaker[1] == s.paragraph - 1
        and _SPEAKER_LABEL.match(s.text) is None
        and not lexicon().own_voice(s.text)
        and not _paragraph_has_cue(sentences, s.paragraph, by_para)
    )


def _paragraph_has_cue(
    sentences: list[Sentence], para: int, by_para: dict[int, list[Sentence]]
) -> bool:
    """Does any sentence of paragraph ``para`` name a source of its own?"""
    if not by_para:
        for t in sentences:
            by_para.setdefault(t.paragraph, []).append(t)
    return any(find_frames(_quote_view(t.text)) for t in by_para.get(para, []) if not t.heading)


def _layout_chain(phrase: str, tracker: Tracker, reg: SourceRegistry) -> list[SourceRef]:
    """ "General Staff of the Armed Forces of Ukraine on Facebook" -> [Ukrainian General Staff]."""
    phrase = _LAYOUT_TAIL.sub("", phrase).strip(" .,")
    inner: str | None = None
    cited = re.search(r",?\s+(?:citing|quoting)\s+(?P<i>.+)$", phrase)
    if cited:
        inner = cited.group("i")
        phrase = phrase[: cited.start()]
    ref = tracker.resolve(parse_source(phrase, reg))
    if ref is None:
        return []
    chain = [ref]
    if inner:
        iref = tracker.resolve(parse_source(inner, reg))
        if iref is not None:
            chain.append(iref)
    return chain


def _local_relay(
    chain: list[SourceRef], frames: list[Frame], para: int, st: _State
) -> list[SourceRef]:
    """An outlet relaying a speaker mid-article heads that speaker's next claims (the
    speaker named again, or by a pronoun or description that resolves to them)."""
    if not chain:
        return chain
    if (
        len(chain) >= 2
        and chain[0].kind in ("outlet", "agency")
        and chain[1].kind in ("person", "anonymous")
    ):
        # "Aliyev accused ..., Interfax reported"; "A source told The Sun the pair ..."
        if any(
            0 < f.content_end <= f.src_start or (f.listener and chain[1].kind == "anonymous")
            for f in frames
        ):
            st.local = (chain[0], chain[1].name, para)
        return chain
    if st.local is not None:
        outlet, speaker, at = st.local
        if para - at > 1:
            st.local = None
        elif chain[0].name == speaker and all(r.name != outlet.name for r in chain):
            st.local = (outlet, speaker, para)
            return [outlet, *chain]
    return chain


def _relay_description(chain: list[SourceRef], st: _State, reg: SourceRegistry) -> list[SourceRef]:
    """ "The British newspaper, citing ..." in an article relaying the Guardian is the Guardian
    (a description of the relayed outlet's own kind that names no other outlet)."""
    relay = st.relay
    if relay is None or not chain or relay.kind not in ("outlet", "agency"):
        return chain
    head = chain[0]
    words = head.name.split()
    if (
        head.kind != relay.kind
        or head.name == relay.name
        or not (head.surface or "").casefold().startswith("the ")
        or not words
        or words[-1].casefold() not in lexicon().anaphors.get(relay.kind, ())
        or reg.lookup(head.name) is not None
    ):
        return chain
    return [relay, *chain[1:]]


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


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _outside_quotes(text: str, frames: list[Frame]) -> list[Frame]:
    """Drop frames inside a quotation when a frame outside it attributes the quote:
    '"We have spoken, and they have said no," she said.' is one claim of hers."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    if not spans:
        return frames
    inside = [
        f for f in frames if any(a < f.cue_start < b and a < f.src_start < b for a, b in spans)
    ]
    if not inside or len(inside) == len(frames):
        return frames
    return [f for f in frames if f not in inside]


def _pieces(text: str, frames: list[Frame]) -> list[tuple[int, int, list[Frame]]]:
    """Split a sentence at the clauses that frames start with a conjunction."""
    found: set[int] = set()
    for f in frames:
        if f.anchor > 0:
            found.add(f.anchor)
        if f.clause_end > 0:
            found.add(f.clause_end)
    cuts = sorted(found)
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
    if outer is inner or not outer.content_start <= inner.src_start < outer.content_end:
        return False
    if inner.content_start <= outer.src_start < inner.content_end:
        # each inside the other: "Aliyev accused ..., Interfax reported" -- the frame that
        # closes the sentence (its content before its cue) is the outer one
        return outer.content_end <= outer.cue_start and inner.content_end > inner.cue_start
    return True


def _build(
    frames: list[Frame], text: str, tracker: Tracker, reg: SourceRegistry
) -> tuple[list[SourceRef], str | None, str]:
    """The chain, cue and cue modality of one clause from its frames (outermost first)."""
    if not frames:
        return [], None, "asserted"
    # a frame whose source is no source at all ("Following initial reports of ...", "In a
    # message posted Friday") does not hide the real one after it
    if len(frames) > 1:
        named = [f for f in frames if names_source(f.src, reg, f.appositive)]
        if named and len(named) < len(frames):
            frames = named
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
    chain = _company_said_itself(_spokesperson_for_body(chain), text)
    modality = "asserted"
    for f in ordered:
        if f.modality == "denied":
            modality = "denied"
        elif f.modality == "hedged" and modality == "asserted":
            modality = "hedged"
    return chain, root.cue, modality


_SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative"})


def _company_said_itself(chain: list[SourceRef], text: str) -> list[SourceRef]:
    """ "Volvex expects sales to fall, the company said": a body named by its kind that
    nothing before resolves, around the name that opens its own claim, is that body (no
    relay of its own); a one-word name it stands for is a body's, not a person's."""
    if len(chain) < 2:
        return chain
    outer, named = chain[0], chain[1]
    if (
        not text.lstrip().startswith(named.surface or named.name)
        or outer.name.casefold() not in lexicon().anaphors.get("organisation", ())
        or not (outer.surface or "").casefold().startswith("the ")
        or not (named.kind in ORG_KINDS or (named.kind == "person" and not named.full_name))
    ):
        return chain
    if named.kind == "person":
        named = named.model_copy(update={"kind": "organisation", "role": None})
    return [named, *chain[2:]]


def _spokesperson_for_body(chain: list[SourceRef]) -> list[SourceRef]:
    """ "The ministry denied the claims, a spokesman said": an unnamed spokesperson who
    reports what a body said speaks for it, no link of the chain of their own."""
    return [
        r
        for i, r in enumerate(chain)
        if not (
            r.kind == "anonymous"
            and r.name.casefold() in _SPOKESPEOPLE
            and i + 1 < len(chain)
            and chain[i + 1].kind in ORG_KINDS
        )
    ]


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
            # only a named outlet relays: "told state TV", "told the news agency" do not
            and any(c.isupper() for c in lref.name)
            and all(lref.name != o.name for o in outer)
        ):
            out.append(lref)
    out.append(src)
    for inner in f.inner:
        ref = tracker.resolve(parse_source(inner, reg))
        if ref is not None and ref is not src:
            out.append(ref)
    return out


_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose)\s[^,;:\"“”]*,")


def _modality(text: str, cue_modality: str, attributed: bool) -> Modality:
    if cue_modality == "denied":
        return "denied"
    if attributed and NEGATION_RE.search(text):
        # what a relative clause between commas says, or why a source goes unnamed, is no
        # denial of the claim ("The findings, which have not been peer reviewed, suggest C")
        bare = _RELATIVE_ASIDE.sub(",", text) if ", wh" in text else text
        bare = lexicon().anonymity_re.sub("", bare) if "not" in bare else bare
        if NEGATION_RE.search(bare):
            return "denied"
    if cue_modality == "hedged" or HEDGE_RE.search(text):
        return "hedged"
    return "asserted"
