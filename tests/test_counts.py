"""Counts in the owner's language: a Bengali reader groups past a lakh (২,৪৫,৯০৩), as Taka
amounts already were; an English reader in thousands."""
from __future__ import annotations

import pytest

from khatir.i18n import thousands


@pytest.mark.parametrize("value, bn, en", [
    (0, "০", "0"),
    (999, "৯৯৯", "999"),
    (12345, "১২,৩৪৫", "12,345"),
    (99999, "৯৯,৯৯৯", "99,999"),
    (100000, "১,০০,০০০", "100,000"),
    (245903, "২,৪৫,৯০৩", "245,903"),
    (12345678, "১,২৩,৪৫,৬৭৮", "12,345,678"),
    (-150000, "-১,৫০,০০০", "-150,000"),
])
def test_counts_are_grouped_as_each_language_reads_them(value, bn, en):
    assert (thousands(value, "bn"), thousands(value, "en")) == (bn, en)
