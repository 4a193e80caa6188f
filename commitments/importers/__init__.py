"""Importers for external data (Kamerstukken, Tweede Kamer open data).

``kamerstuk`` is the pure-Python text core for Kamerstukken (no Django imports) and
``evaluation`` measures it against the labelled set in ``tests/importer_eval/``.
"""
