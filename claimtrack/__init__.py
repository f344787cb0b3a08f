"""claimtrack: claim-provenance tracking for the command line."""

from __future__ import annotations

__version__ = "0.1.0"

# One module of each compiled stage; `HATCH_BUILD_HOOK_ENABLE_CUSTOM=1 pip install .`
# compiles them all with mypyc (hatch_build.py), a plain install compiles none.
_COMPILED_PROBES = (
    "claimtrack.segment",
    "claimtrack.attribute.cues",
    "claimtrack.conflicts.detect",
)


def compiled() -> bool:
    """Whether this install runs the mypyc-compiled extraction and conflict modules."""
    import importlib

    return all(
        not (importlib.import_module(name).__file__ or "").endswith(".py")
        for name in _COMPILED_PROBES
    )
