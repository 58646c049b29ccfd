"""persian-normalizer: composable, fast, explainable normalization of Persian text.

>>> from normalizer import normalize
>>> normalize("كتاب هاي علي ٣٤٥")
'کتاب‌های علی ۳۴۵'
"""
from __future__ import annotations

from functools import lru_cache

from .pipeline import (Aligned, Explanation, Pipeline, SpecError, Step, get_step, parse_spec,
                       step_classes, step_names)
from .lexicon import read_words
from .presets import PRESETS, SPECS as PRESET_SPECS, preset

__all__ = [
    "normalize", "Pipeline", "Step", "SpecError", "Aligned", "Explanation", "preset",
    "PRESETS", "PRESET_SPECS", "get_step", "parse_spec", "step_classes", "step_names", "read_words",
]
__version__ = "0.1.0"


@lru_cache(maxsize=64)
def _pipeline(preset_name: str | None, spec: str | None) -> Pipeline:
    if spec is not None:
        if preset_name is not None:
            raise SpecError("give a preset or a spec, not both")
        return Pipeline.from_spec(spec)
    return preset(preset_name or "default")


def normalize(text: str, preset: str | None = None, spec: str | None = None) -> str:
    """Normalize ``text`` with a named preset (``default`` unless given) or a spec string."""
    return _pipeline(preset, spec)(text)
