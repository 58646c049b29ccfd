"""Every step family, one module each. Importing this package registers all steps.

===============  ========================================================================
module           steps
===============  ========================================================================
``letters``      unify_letters, compose_letters, fold_hamza, lowercase, repeated_letters
``digits``       digits
``marks``        remove_tatweel, remove_diacritics, remove_invisibles, repeated_marks,
                 ezafe
``spacing``      unify_spaces, punctuation_spacing, number_spacing
``punctuation``  punctuation
``zwnj``         clean_zwnj, fix_zwnj, remove_zwnj
===============  ========================================================================
"""
from . import letters, marks, digits, punctuation, spacing, zwnj  # noqa: F401  (registers)
