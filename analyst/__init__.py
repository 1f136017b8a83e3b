"""analyst: diplomacy and trade news turned into facts with evidence."""

__version__ = "0.1.0"
