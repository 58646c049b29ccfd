"""``python -m normalizer``: the same filter as ``persian-normalize``."""
from .cli import entry

entry()
