"""Realistic, valid sample answers for each bundled procedure: the product's own samples."""

from __future__ import annotations

from forms._samples import HANOI_ADDRESS, JPEG, PDF, SAMPLE_SETS, SAMPLE_TODAY, SAMPLES

TODAY_ISO = SAMPLE_TODAY

__all__ = ["HANOI_ADDRESS", "JPEG", "PDF", "SAMPLES", "SAMPLE_SETS", "TODAY_ISO"]
