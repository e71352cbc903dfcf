"""Procedure search the way residents type: no diacritics, wrong tones, a typo, half a word.

Every name and synonym is folded (``forms.fold``: NFD, marks dropped, đ→d,
case-folded) into tokens once, when the index is built. A query is folded the
same way, so NFC/NFD input and both tone placements give identical results.
Each query token is matched against the vocabulary exactly, as a prefix, or
within one edit (a deletion index finds those candidates without scanning),
and only phrases holding a matched token are scored.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from forms._schema import FormDefinition
from forms._text import fold

__all__ = ["SearchHit", "SearchIndex"]

_TOKEN = re.compile(r"[a-z0-9]+")
_CODE_QUERY = re.compile(r"^[0-9][0-9.\s]*$")
_EXACT, _PREFIX, _TYPO = 1.0, 0.8, 0.6


@dataclass(frozen=True)
class SearchHit:
    """One result: the procedure and how well it matched (0..1, higher is better)."""

    code: str
    name: str
    score: float
    version: str


@dataclass(frozen=True)
class _Phrase:
    doc: int
    tokens: tuple[str, ...]
    weight: float  # the official name counts a little more than a synonym


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


def _deletes(token: str) -> set[str]:
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


def _within_one_edit(a: str, b: str) -> bool:
    """Damerau distance ≤ 1: one insertion, deletion, substitution or swap of neighbours."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    return a[i + 1 :] == b[i:] if la > lb else a[i:] == b[i + 1 :]


class SearchIndex:
    """A read-only search index over definitions (the newest version of each code)."""

    def __init__(self, definitions: Iterable[FormDefinition]) -> None:
        self._docs: list[FormDefinition] = list(definitions)
        self._phrases: list[_Phrase] = []
        postings: dict[str, list[int]] = {}
        doc_freq: dict[str, set[int]] = {}
        for d, defn in enumerate(self._docs):
            texts = [(defn.name, 1.0), *((s, 0.95) for s in defn.synonyms), (defn.name_en, 0.9)]
            for text, weight in texts:
                toks = tuple(_tokens(text))
                if not toks:
                    continue
                p = len(self._phrases)
                self._phrases.append(_Phrase(d, toks, weight))
                for tok in set(toks):
                    postings.setdefault(tok, []).append(p)
                    doc_freq.setdefault(tok, set()).add(d)
        self._postings = postings
        self._sizes = [len(set(ph.tokens)) for ph in self._phrases]
        self._name_postings = {
            t: [p for p in ps if self._phrases[p].weight == 1.0] for t, ps in postings.items()
        }
        self._vocab = sorted(postings)
        n = max(len(self._docs), 1)
        # Rare words ("tử", "trú") decide the procedure; common ones ("đăng", "ký") barely do.
        self._idf = {t: math.log(1 + n / len(docs)) for t, docs in doc_freq.items()}
        self._unknown_weight = math.log(1 + n)  # as telling as the rarest known word
        self._deletes: dict[str, list[str]] = {}
        for tok in self._vocab:
            if len(tok) >= 3:
                for variant in _deletes(tok):
                    self._deletes.setdefault(variant, []).append(tok)
        self._cache: dict[tuple[str, int], list[SearchHit]] = {}
        self._codes = [(defn.code, defn.code.replace(".", "")) for defn in self._docs]

    def __len__(self) -> int:
        return len(self._docs)

    def _matches(self, token: str, *, allow_prefix: bool) -> dict[str, float]:
        """Vocabulary tokens that match ``token`` and how well."""
        out: dict[str, float] = {}
        if token in self._postings:
            out[token] = _EXACT
        if allow_prefix:
            start = bisect.bisect_left(self._vocab, token)
            for cand in self._vocab[start : start + 200]:
                if not cand.startswith(token):
                    break
                if cand != token:
                    # A longer completion is a weaker guess than a near-complete word.
                    out.setdefault(cand, _PREFIX * (0.75 + 0.25 * len(token) / len(cand)))
        # A word that exists as typed is taken as typed: Vietnamese syllables are
        # often one edit apart ("lam"/"lai"), so typo matches would only add noise.
        if len(token) >= 3 and token not in self._postings:
            candidates = set(self._deletes.get(token, ()))
            for variant in _deletes(token) | {token}:
                candidates.update(self._deletes.get(variant, ()))
                if variant in self._postings:
                    candidates.add(variant)
            for cand in candidates:
                if cand not in out and _within_one_edit(token, cand):
                    out[cand] = _TYPO
        return out

    def search(self, query: str, *, limit: int = 10) -> list[SearchHit]:
        """Procedures matching ``query``, best first; never raises, empty query gives no hits."""
        if not isinstance(query, str) or limit <= 0:
            return []
        # Keystrokes repeat (typing, deleting, retyping): remember recent answers.
        key = (fold(query) + ("␠" if query[-1:].isspace() else ""), limit)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._search(query, limit)
            if len(self._cache) >= 512:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = cached
        return list(cached)

    def _search(self, query: str, limit: int) -> list[SearchHit]:
        scores: dict[int, float] = {}
        compact = query.strip()
        if _CODE_QUERY.match(compact) and any(ch.isdigit() for ch in compact):
            self._score_codes(re.sub(r"[\s.]", "", compact), scores)
        qtokens = _tokens(query)[:12]
        if qtokens:
            self._score_text(qtokens, query, scores)
        ranked = heapq.nsmallest(limit, scores.items(), key=lambda kv: (-kv[1], kv[0]))
        return [
            SearchHit(self._docs[d].code, self._docs[d].name, round(s, 3), self._docs[d].version)
            for d, s in ranked[:limit]
        ]

    def _score_codes(self, digits: str, scores: dict[int, float]) -> None:
        for d, (_, bare) in enumerate(self._codes):
            if bare == digits:
                scores[d] = 1.0
            elif bare.startswith(digits):
                scores[d] = max(scores.get(d, 0.0), 0.7 + 0.25 * len(digits) / len(bare))

    def _score_text(self, qtokens: list[str], query: str, scores: dict[int, float]) -> None:
        # The last word may be half-typed; earlier words only as prefixes of 2+ letters.
        typing_last = not query[-1:].isspace()
        per_token: list[dict[str, float]] = []
        weights: list[float] = []
        for i, tok in enumerate(qtokens):
            is_last = i == len(qtokens) - 1
            allow_prefix = (is_last and typing_last) or len(tok) >= 3
            matches = self._matches(tok, allow_prefix=allow_prefix)
            per_token.append(matches)
            best = max(matches, key=lambda t: matches[t] * self._idf[t], default=None)
            weights.append(self._idf[best] if best is not None else self._unknown_weight)
        total = sum(weights)
        # Per query word: phrase -> best match quality. Built with dict operations
        # that run in C; a keystroke may touch every phrase of a 2,000-procedure catalog.
        per_word: list[dict[int, float]] = []
        for tok, matches in zip(qtokens, per_token, strict=True):
            # One letter says little: match it against official names only, not synonyms.
            postings = self._name_postings if len(tok) == 1 else self._postings
            best_for_word: dict[int, float] = {}
            for vocab_token, quality in sorted(matches.items(), key=lambda kv: kv[1]):
                best_for_word.update(dict.fromkeys(postings.get(vocab_token, ()), quality))
            per_word.append(best_for_word)
        candidates: set[int] = set().union(*per_word)
        pairs = list(zip(per_word, weights, strict=True))
        doc_best: dict[int, float] = {}
        by_name: dict[int, float] = {}
        phrases, sizes = self._phrases, self._sizes
        # Accumulate per phrase in one pass over each word's matches.
        cover: dict[int, float] = {}
        count: dict[int, int] = {}
        for found, w in pairs:
            for p, q in found.items():
                cover[p] = cover.get(p, 0.0) + q * w
                count[p] = count.get(p, 0) + 1
        for p in candidates:
            query_cover = cover[p] / total
            if query_cover < 0.35:
                continue  # a stray typo match on one small word is not a result
            phrase = phrases[p]
            phrase_cover = min(count[p] / sizes[p], 1.0)
            score = (0.7 * query_cover + 0.3 * phrase_cover) * phrase.weight
            if score > doc_best.get(phrase.doc, 0.0):
                doc_best[phrase.doc] = score
            if phrase.weight == 1.0:
                by_name[phrase.doc] = score
        # How well the official name itself matches breaks ties between synonyms.
        for d, score in doc_best.items():
            scores[d] = max(scores.get(d, 0.0), 0.95 * score + 0.05 * by_name.get(d, 0.0))
        top = max(scores.values(), default=0.0)
        for d in [d for d, s in scores.items() if s < max(0.2, 0.45 * top)]:
            del scores[d]
