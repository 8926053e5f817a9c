"""Stated values -> intervals (SPEC §4), and the quantities of running text (SPEC §6)."""
from reconcile.quantities.lexicon import LANG_RULE
from reconcile.quantities.parse import MODELS, checked_lang, detect_lang, find_quantities, parse_quantity
from reconcile.quantities.running import quantities_in_text

__all__ = ["LANG_RULE", "MODELS", "checked_lang", "detect_lang", "find_quantities", "parse_quantity",
           "quantities_in_text"]
