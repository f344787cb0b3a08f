"""claimtrack: claim-provenance tracking for the command line."""

__version__ = "0.1.0"
