"""The provenance graph of a topic as Graphviz DOT, Mermaid, or a self-contained HTML page.

Nodes: articles, sources (outlets, agencies, people, ...) and claims, left to right in the
order the story travelled: article → outermost relay → ... → originating source → claim.
Red edges join claims in conflict; green edges join claims of one corroboration group.

Every label comes from article text and is hostile until escaped for its format: DOT
quoted strings (``\\`` and ``"`` escaped, newlines as ``\\n``), Mermaid entity codes
(``#35;``) for everything but plain word characters, and HTML escaping for the page. The
HTML page is an inline SVG laid out here (a small layered layout); it loads nothing from
the network and its Content-Security-Policy forbids it to.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from claimtrack.catalog import Provenance
from claimtrack.records import Claim

# C0/C1 controls (newline and tab kept), DEL, bidi embeddings/overrides/isolates
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")

KIND_COLOURS = {
    "article": "#e8e8e8",
    "outlet": "#cfe2f3",
    "agency": "#d9d2e9",
    "government": "#fce5cd",
    "person": "#fff2cc",
    "organisation": "#d0e0e3",
    "anonymous": "#eeeeee",
    "collective": "#ead1dc",
    "claim": "#ffffff",
}
CONFLICT_COLOUR = "#d62728"
CORROBORATION_COLOUR = "#2ca02c"


def clean(text: str | None) -> str:
    """One line of display text: controls dropped, runs of white space made one space."""
    return _SPACES.sub(" ", _CONTROLS.sub("", text or "")).strip()


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _wrap(text: str, width: int, lines: int) -> list[str]:
    words = clean(text).split(" ")
    out: list[str] = []
    line = ""
    for w in words:
        if len(w) > width:
            w = w[: width - 1] + "…"
        if not line:
            line = w
        elif len(line) + 1 + len(w) <= width:
            line += " " + w
        else:
            out.append(line)
            line = w
            if len(out) == lines:
                break
    if line and len(out) < lines:
        out.append(line)
    if out and " ".join(out) != clean(text) and not out[-1].endswith("…"):
        last = out[-1] if len(out[-1]) < width else out[-1][: width - 1].rstrip()
        out[-1] = last + "…"
    return out or [""]


@dataclass
class Node:
    id: str
    kind: str  # article, claim, or a source kind
    label: str  # short display text (cleaned)
    title: str  # full text for tooltips (cleaned)
    group: str  # article, source or claim
    layer: int = 0


@dataclass
class Edge:
    source: str
    target: str
    kind: str  # publishes, cites, asserts, conflict, corroboration
    label: str = ""
    count: int = 1


@dataclass
class Graph:
    topic: str | None
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)


def _claim_label(c: Claim) -> str:
    mark = {"hedged": " (hedged)", "denied": " (denied)"}.get(c.modality, "")
    return f"#{c.id} {clean(c.text)}{mark}"


def build_graph(p: Provenance) -> Graph:
    """Nodes and edges of the provenance of ``p``'s claims, with layers for the layout."""
    g = Graph(topic=p.topic)
    structural: dict[tuple[str, str, str], Edge] = {}

    def link(a: str, b: str, kind: str, label: str = "") -> None:
        key = (a, b, kind)
        if key in structural:
            structural[key].count += 1
            if label and label not in structural[key].label.split(" / "):
                structural[key].label = _shorten(f"{structural[key].label} / {label}", 40)
        else:
            structural[key] = Edge(a, b, kind, label)

    depth: dict[str, int] = defaultdict(int)
    for c in p.claims:
        aid = f"a{c.article.id}"
        if aid not in g.nodes:
            name = c.article.title or c.article.path.replace("\\", "/").rsplit("/", 1)[-1]
            bits = [
                clean(c.article.publisher),
                c.article.published.isoformat() if c.article.published else "",
            ]
            extra = " · ".join(b for b in bits if b)
            g.nodes[aid] = Node(
                aid,
                "article",
                _shorten(clean(name), 60) + (f" ({extra})" if extra else ""),
                clean(f"article #{c.article.id}: {name} {extra}"),
                "article",
            )
        prev = aid
        for pos, s in enumerate(c.chain):
            sid = f"s{s.id}"
            if sid not in g.nodes:
                full = f" — {s.full_name}" if s.full_name and s.full_name != s.name else ""
                g.nodes[sid] = Node(
                    sid,
                    s.kind,
                    _shorten(clean(s.name), 40),
                    clean(f"{s.name}{full} ({s.kind})"),
                    "source",
                )
            depth[sid] = max(depth[sid], pos + 1)
            link(prev, sid, "publishes" if pos == 0 else "cites")
            prev = sid
        cid = f"c{c.id}"
        g.nodes[cid] = Node(cid, "claim", _claim_label(c), _claim_label(c), "claim")
        link(prev, cid, "asserts", clean(c.cue) if c.chain and c.cue else "")
    claim_layer = max(depth.values(), default=0) + 1
    for n in g.nodes.values():
        n.layer = 0 if n.group == "article" else claim_layer if n.group == "claim" else depth[n.id]
    g.edges.extend(structural.values())
    for cf in p.conflicts:
        a, b = cf.claims
        if f"c{a.id}" in g.nodes and f"c{b.id}" in g.nodes:
            g.edges.append(Edge(f"c{a.id}", f"c{b.id}", "conflict", clean(cf.kind)))
    for grp in p.groups:
        ids = [f"c{c.id}" for c in grp.claims if f"c{c.id}" in g.nodes]
        for x, y in itertools.pairwise(ids):
            g.edges.append(
                Edge(x, y, "corroboration", f"agrees ({grp.independent_origins} origins)")
            )
    return g


# --------------------------------------------------------------------------- DOT


def dot_quote(text: str) -> str:
    """A DOT quoted string: backslashes and quotes escaped, line breaks as ``\\n``."""
    body = _CONTROLS.sub("", text).replace("\\", "\\\\").replace('"', '\\"')
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f'"{body}"'


def to_dot(g: Graph) -> str:
    title = f"Provenance of {clean(g.topic)}" if g.topic else "Provenance"
    out = [
        "digraph provenance {",
        f"  graph [rankdir=LR, fontname=Helvetica, labelloc=t, label={dot_quote(title)}];",
        '  node [shape=box, style="rounded,filled", fontname=Helvetica, fontsize=10];',
        '  edge [fontname=Helvetica, fontsize=9, color="#666666"];',
    ]
    for layer in sorted({n.layer for n in g.nodes.values()}):
        members = [n for n in g.nodes.values() if n.layer == layer]
        out.append("  { rank=same;")
        for n in members:
            label = "\n".join(_wrap(n.label, 48, 4)) if n.group == "claim" else n.label
            out.append(
                f"    {dot_quote(n.id)} [label={dot_quote(label)}, tooltip={dot_quote(n.title)}, "
                f'fillcolor="{KIND_COLOURS.get(n.kind, "#ffffff")}"];'
            )
        out.append("  }")
    for e in g.edges:
        attrs = []
        if e.label:
            attrs.append(f"label={dot_quote(e.label)}")
        if e.kind == "conflict":
            attrs += [
                f'color="{CONFLICT_COLOUR}"',
                f'fontcolor="{CONFLICT_COLOUR}"',
                "dir=none",
                "constraint=false",
                "penwidth=2",
            ]
        elif e.kind == "corroboration":
            attrs += [
                f'color="{CORROBORATION_COLOUR}"',
                f'fontcolor="{CORROBORATION_COLOUR}"',
                "dir=none",
                "constraint=false",
                "penwidth=2",
            ]
        elif e.count > 1:
            attrs.append(f"penwidth={min(1 + e.count / 2, 5):.1f}")
        out.append(f"  {dot_quote(e.source)} -> {dot_quote(e.target)} [{', '.join(attrs)}];")
    out.append("}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- Mermaid

_MERMAID_SAFE = re.compile(r"[A-Za-z0-9 .,:;!?/_\-'()]")


def mermaid_text(text: str) -> str:
    """Label text for Mermaid: anything but plain characters as an entity code (``#35;``)."""
    return "".join(ch if _MERMAID_SAFE.fullmatch(ch) else f"#{ord(ch)};" for ch in clean(text))


def to_mermaid(g: Graph) -> str:
    out = ["flowchart LR"]
    for kind, colour in KIND_COLOURS.items():
        out.append(f"  classDef {kind} fill:{colour},stroke:#555,color:#111")
    for n in g.nodes.values():
        label = "<br/>".join(mermaid_text(line) for line in _wrap(n.label, 48, 3))
        out.append(f'  {n.id}["{label}"]:::{n.kind if n.kind in KIND_COLOURS else "claim"}')
    red: list[int] = []
    green: list[int] = []
    for i, e in enumerate(g.edges):
        arrow = "---" if e.kind in ("conflict", "corroboration") else "-->"
        label = f'|"{mermaid_text(e.label)}"|' if e.label else ""
        out.append(f"  {e.source} {arrow}{label} {e.target}")
        if e.kind == "conflict":
            red.append(i)
        elif e.kind == "corroboration":
            green.append(i)
    if red:
        out.append(
            f"  linkStyle {','.join(map(str, red))} stroke:{CONFLICT_COLOUR},stroke-width:2px"
        )
    if green:
        out.append(
            f"  linkStyle {','.join(map(str, green))} "
            f"stroke:{CORROBORATION_COLOUR},stroke-width:2px"
        )
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- layout and HTML

_LINE_HEIGHT = 15
_PAD = 8
_GAP_Y = 14
_GAP_X = 90
_WIDTHS = {"article": 190, "source": 170, "claim": 380}
_WRAP = {"article": (30, 3), "source": (24, 2), "claim": (54, 3)}


@dataclass
class Box:
    x: float
    y: float
    w: float
    h: float
    lines: list[str]


def layout(g: Graph) -> dict[str, Box]:
    """A layered layout: one column per layer, rows ordered by the barycentre of neighbours."""
    layers: dict[int, list[str]] = defaultdict(list)
    for n in g.nodes.values():
        layers[n.layer].append(n.id)
    preds: dict[str, list[str]] = defaultdict(list)
    succs: dict[str, list[str]] = defaultdict(list)
    for e in g.edges:
        if e.kind in ("publishes", "cites", "asserts"):
            preds[e.target].append(e.source)
            succs[e.source].append(e.target)
    order = sorted(layers)
    rank: dict[str, float] = {}
    for layer in order:
        for i, nid in enumerate(layers[layer]):
            rank[nid] = i

    def sweep(seq: list[int], nbrs: dict[str, list[str]]) -> None:
        for layer in seq:
            ids = layers[layer]
            keyed = [
                (
                    sum(rank[m] for m in nbrs[nid]) / len(nbrs[nid]) if nbrs[nid] else rank[nid],
                    i,
                    nid,
                )
                for i, nid in enumerate(ids)
            ]
            layers[layer] = [nid for _, _, nid in sorted(keyed)]
            for i, nid in enumerate(layers[layer]):
                rank[nid] = i

    for _ in range(4):
        sweep(order[1:], preds)
        sweep(list(reversed(order[:-1])), succs)
    boxes: dict[str, Box] = {}
    x = 20.0
    heights: dict[int, float] = {}
    for layer in order:
        ids = layers[layer]
        group = g.nodes[ids[0]].group
        width = _WIDTHS[group]
        y = 0.0
        for nid in ids:
            node = g.nodes[nid]
            cols, rows = _WRAP[node.group]
            lines = _wrap(node.label, cols, rows)
            h = len(lines) * _LINE_HEIGHT + 2 * _PAD
            boxes[nid] = Box(x, y, width, h, lines)
            y += h + _GAP_Y
        heights[layer] = y
        x += width + _GAP_X
    tallest = max(heights.values(), default=0.0)
    # The tallest column stays packed; every other column is placed, right to left and then
    # left to right, near the mean height of its neighbours, pushed apart where boxes meet.
    packed = max(order, key=lambda layer: heights[layer])
    for seq, nbrs in (
        (sorted((la for la in order if la < packed), reverse=True), succs),
        ([la for la in order if la > packed], preds),
    ):
        for layer in seq:
            _place(layers[layer], boxes, nbrs, tallest)
    top = min((b.y for b in boxes.values()), default=0.0)
    for b in boxes.values():
        b.y += 70 - top
    return boxes


def _place(
    ids: list[str], boxes: dict[str, Box], nbrs: dict[str, list[str]], height: float
) -> None:
    """Put each box of a column at its neighbours' mean centre, keeping order, no overlap."""

    def want(nid: str) -> float:
        placed = [boxes[m] for m in nbrs[nid] if m in boxes]
        if not placed:
            return boxes[nid].y + boxes[nid].h / 2
        return sum(b.y + b.h / 2 for b in placed) / len(placed)

    ids.sort(key=want)
    y = -1e9
    for nid in ids:
        b = boxes[nid]
        b.y = max(want(nid) - b.h / 2, y)
        y = b.y + b.h + _GAP_Y
    overflow = y - _GAP_Y - height
    if overflow > 0:  # pushed past the bottom: shift up, then undo overlaps from the top
        y = 0.0
        for nid in ids:
            b = boxes[nid]
            b.y = max(b.y - overflow, y)
            y = b.y + b.h + _GAP_Y


def _e(text: str) -> str:
    return html.escape(clean(text), quote=True)


def _curve(*xy: float) -> str:
    """An SVG cubic Bézier through four points given as x, y pairs."""
    pts = [f"{xy[i]:.1f},{xy[i + 1]:.1f}" for i in range(0, 8, 2)]
    return f"M{pts[0]} C{pts[1]} {pts[2]} {pts[3]}"


def _edge_path(a: Box, b: Box, same_column: bool) -> tuple[str, float, float]:
    if same_column:
        x1, y1 = a.x + a.w, a.y + a.h / 2
        x2, y2 = b.x + b.w, b.y + b.h / 2
        bulge = 30 + min(abs(y2 - y1) / 4, 70)
        mx, my = max(x1, x2) + bulge * 0.75, (y1 + y2) / 2
        return (
            _curve(x1, y1, x1 + bulge, y1, x2 + bulge, y2, x2, y2),
            mx,
            my,
        )
    x1, y1 = a.x + a.w, a.y + a.h / 2
    x2, y2 = b.x, b.y + b.h / 2
    if x2 < x1:  # a backward edge: leave from the left side instead
        x1, x2 = a.x, b.x + b.w
    dx = max(abs(x2 - x1) / 2, 40)
    sign = 1 if x2 >= x1 else -1
    path = _curve(x1, y1, x1 + sign * dx, y1, x2 - sign * dx, y2, x2, y2)
    return path, (x1 + x2) / 2, (y1 + y2) / 2


def to_html(g: Graph) -> str:
    """A self-contained page: inline SVG and CSS, no scripts, nothing fetched."""
    boxes = layout(g)
    width = max((b.x + b.w for b in boxes.values()), default=400) + 200
    height = max((b.y + b.h for b in boxes.values()), default=200) + 40
    title = f"Provenance of {g.topic}" if g.topic else "Provenance of every claim"
    n_claims = sum(1 for n in g.nodes.values() if n.group == "claim")
    n_sources = sum(1 for n in g.nodes.values() if n.group == "source")
    n_conf = sum(1 for e in g.edges if e.kind == "conflict")
    n_corr = sum(1 for e in g.edges if e.kind == "corroboration")
    svg: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" id="graph" width="{width:.0f}" '
        f'height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label="{_e(title)}">',
        "<defs>"
        '<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#777"/></marker>'
        "</defs>",
    ]
    seen_layers = sorted({n.layer for n in g.nodes.values()})
    for layer in seen_layers:
        if layer == 0:
            head = "Articles"
        elif layer == seen_layers[-1]:
            head = "Claims"
        elif len(seen_layers) == 3:
            head = "Sources"
        else:
            head = f"Sources, hop {layer}"
        x = min(boxes[nid].x for nid, n in g.nodes.items() if n.layer == layer)
        svg.append(f'<text class="colhead" x="{x:.1f}" y="52">{html.escape(head)}</text>')
    for e in g.edges:
        a, b = boxes[e.source], boxes[e.target]
        same = e.kind in ("conflict", "corroboration")
        d, mx, my = _edge_path(a, b, same)
        marker = "" if same else ' marker-end="url(#arrow)"'
        width_attr = f' stroke-width="{min(1.2 + e.count * 0.5, 5):.1f}"' if not same else ""
        svg.append(
            f'<g class="edge {e.kind}" data-from="{e.source}" data-to="{e.target}">'
            f'<path d="{d}"{marker}{width_attr}/>'
            + (f'<text x="{mx:.1f}" y="{my - 3:.1f}">{_e(e.label)}</text>' if e.label else "")
            + f"<title>{_e(e.kind + (': ' + e.label if e.label else ''))}</title></g>"
        )
    for nid, n in g.nodes.items():
        bx = boxes[nid]
        fill = KIND_COLOURS.get(n.kind, "#ffffff")
        texts = "".join(
            f'<tspan x="{bx.x + _PAD:.1f}" y="{bx.y + _PAD + (i + 1) * _LINE_HEIGHT - 3:.1f}">'
            f"{_e(line)}</tspan>"
            for i, line in enumerate(bx.lines)
        )
        svg.append(
            f'<g class="node {n.group}" data-id="{nid}" data-kind="{_e(n.kind)}">'
            f"<title>{_e(n.title)}</title>"
            f'<rect x="{bx.x:.1f}" y="{bx.y:.1f}" width="{bx.w:.1f}" height="{bx.h:.1f}" '
            f'rx="6" fill="{fill}"/>'
            f"<text>{texts}</text></g>"
        )
    svg.append("</svg>")
    legend = "".join(
        f'<span class="key"><i style="background:{colour}"></i>{html.escape(kind)}</span>'
        for kind, colour in KIND_COLOURS.items()
        if any(n.kind == kind for n in g.nodes.values())
    )
    legend += (
        f'<span class="key"><b style="background:{CONFLICT_COLOUR}"></b>conflict</span>'
        f'<span class="key"><b style="background:{CORROBORATION_COLOUR}"></b>corroboration</span>'
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)} · claimtrack</title>
<style>
body {{ font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
       margin: 16px; color: #111; background: #fafafa; }}
h1 {{ font-size: 18px; margin: 0 0 4px; }}
.summary {{ color: #555; margin-bottom: 6px; }}
.legend {{ margin-bottom: 8px; }}
.key {{ margin-right: 14px; white-space: nowrap; }}
.key i {{ display: inline-block; width: 12px; height: 12px; border: 1px solid #777;
         border-radius: 3px; vertical-align: -2px; margin-right: 4px; }}
.key b {{ display: inline-block; width: 18px; height: 3px; vertical-align: 3px;
         margin-right: 4px; }}
svg {{ background: #fff; border: 1px solid #ddd; border-radius: 6px; }}
.colhead {{ font-weight: 600; fill: #444; font-size: 13px; }}
.node rect {{ stroke: #666; stroke-width: 1; }}
.node.claim rect {{ stroke: #999; }}
.node text {{ font-size: 12px; fill: #111; }}
.node:hover rect {{ stroke: #000; stroke-width: 2.5; }}
.edge path {{ fill: none; stroke: #888; stroke-width: 1.3; }}
.edge text {{ font-size: 10px; fill: #555; text-anchor: middle; paint-order: stroke;
             stroke: #fff; stroke-width: 3px; }}
.edge.conflict path {{ stroke: {CONFLICT_COLOUR}; stroke-width: 2.2; stroke-dasharray: 6 3; }}
.edge.conflict text {{ fill: {CONFLICT_COLOUR}; font-weight: 600; }}
.edge.corroboration path {{ stroke: {CORROBORATION_COLOUR}; stroke-width: 2.2; }}
.edge.corroboration text {{ fill: {CORROBORATION_COLOUR}; }}
.edge:hover path {{ stroke-width: 3.5; }}
</style>
</head>
<body>
<h1>{_e(title)}</h1>
<div class="summary">{n_claims} claim(s) · {n_sources} source(s) · {n_conf} conflict(s) ·
{n_corr} corroboration link(s). Hover a box for its full text.</div>
<div class="legend">{legend}</div>
{"".join(svg)}
</body>
</html>
"""
