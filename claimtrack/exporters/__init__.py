"""Formats other tools read: W3C PROV (``prov``) and provenance graphs (``graph``).

Exporters turn output records into text; they never print and never touch the store.
"""
