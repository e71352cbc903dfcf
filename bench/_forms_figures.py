"""Catalog figures: search per keystroke on 2,000 procedures, and opening a form definition."""

from __future__ import annotations

import random
import time

import forms
from bench._core import Figure, percentile, timed

_WORDS = (
    "cấp giấy phép đăng ký xác nhận chứng thực bản sao thay đổi bổ sung điều chỉnh gia hạn "
    "hộ kinh doanh xây dựng nhà ở đất đai môi trường giáo dục y tế lao động thương binh xã hội "
    "văn hoá thể thao du lịch nông nghiệp thuỷ lợi giao thông tư pháp hộ tịch quốc tịch nuôi con "
    "nuôi giám hộ công chứng hoà giải khiếu nại tố cáo trợ cấp bảo trợ người cao tuổi khuyết tật"
).split()
_QUERIES = [
    "khai sinh",
    "lam giay khai sinh cho con",
    "ket hon",
    "bao tu",
    "doc than",
    "ho khau",
    "thuong tru",
    "tam tru",
    "chung thuc",
    "trich luc",
    "giấy phép kinh doanh",
    "xay dung",
    "tro cap nguoi cao tuoi",
    "dang ky lai khai sinh",
    "khai tu",
    "xac nhan tinh trang hon nhan",
]


def _generated(n: int, seed: int = 42) -> list[forms.FormDefinition]:
    rng = random.Random(seed)
    base = forms.load_catalog().get("1.004873")
    out = []
    for i in range(n):
        name = " ".join(rng.sample(_WORDS, rng.randint(3, 7))).capitalize()
        out.append(
            base.model_copy(
                update={
                    "code": f"9.{i:06d}",
                    "name": name,
                    "synonyms": [" ".join(rng.sample(_WORDS, 3)) for _ in range(2)],
                }
            )
        )
    return out + list(forms.load_catalog().latest())


def catalog_search() -> list[Figure]:
    """Search per keystroke (every prefix of real queries) vs a plain scan of precomputed keys."""
    definitions = _generated(2000)
    index = forms.SearchIndex(definitions)
    keys = [(d.code, forms.fold(" ".join([d.name, d.code, *d.synonyms]))) for d in definitions]
    prefixes = [q[:n] for q in _QUERIES for n in range(2, len(q) + 1)]
    ours, floor = [], []
    for prefix in prefixes:
        t0 = time.perf_counter()
        index.search(prefix, limit=10)
        ours.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        folded = forms.fold(prefix)
        [code for code, key in keys if folded in key][:10]
        floor.append((time.perf_counter() - t0) * 1000)
    return [
        Figure(
            "catalog search per keystroke p50",
            percentile(ours, 50),
            percentile(floor, 50),
            "ms",
            note="2,009 procedures; plain substring scan of precomputed folded keys",
        ),
        Figure(
            "catalog search per keystroke p95",
            percentile(ours, 95),
            percentile(floor, 95),
            "ms",
            "< 5 ms",
            note="each keystroke typed for the first time (cache misses)",
        ),
    ]


def form_open() -> list[Figure]:
    """Loading and validating the largest bundled definition vs parsing its YAML alone."""
    import yaml

    from resources import path

    files = sorted(path("catalog").glob("*.yaml"), key=lambda p: p.stat().st_size)
    largest = files[-1]
    text = largest.read_text(encoding="utf-8")
    ours = timed(lambda: forms.load_definition(text, source=largest.name), 30)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    floor = timed(lambda: yaml.load(text, Loader=loader), 30)  # noqa: S506
    return [
        Figure(
            "open a form definition",
            percentile(ours, 50),
            percentile(floor, 50),
            "ms",
            "< 50 ms",
            note=f"{largest.name}: parse + schema validation vs the bare (libyaml) parse",
        )
    ]
