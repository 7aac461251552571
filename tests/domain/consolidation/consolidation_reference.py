"""Slow, obvious implementations of the statistics definitions, for comparison.

Written from docs/statistics.md with plain loops (and numpy only for least squares), sharing
no code with the engine, so that a vectorisation mistake cannot hide in both.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy import stats

Obs = tuple[int, int, float]  # (submission, juror, value)


def mean(obs: Sequence[Obs], n_sub: int) -> list[float]:
    out = []
    for i in range(n_sub):
        xs = [x for s, _, x in obs if s == i]
        out.append(sum(xs) / len(xs) if xs else math.nan)
    return out


def median(obs: Sequence[Obs], n_sub: int) -> list[float]:
    out = []
    for i in range(n_sub):
        xs = [x for s, _, x in obs if s == i]
        out.append(float(np.median(xs)) if xs else math.nan)
    return out


def trimmed(obs: Sequence[Obs], n_sub: int) -> list[float]:
    out = []
    for i in range(n_sub):
        xs = [x for s, _, x in obs if s == i]
        out.append(float(stats.trim_mean(xs, 0.2)) if xs else math.nan)
    return out


def zscore(obs: Sequence[Obs], n_sub: int) -> list[float]:
    values = [x for _, _, x in obs]
    mu, sigma = float(np.mean(values)), float(np.std(values))
    by_juror: dict[int, list[float]] = {}
    for _, j, x in obs:
        by_juror.setdefault(j, []).append(x)
    rescaled = []
    for s, j, x in obs:
        xs = by_juror[j]
        mu_j, sigma_j = float(np.mean(xs)), float(np.std(xs))
        if len(xs) < 2 or sigma_j <= 1e-9:
            rescaled.append((s, j, x - mu_j + mu))
        else:
            rescaled.append((s, j, mu + sigma * (x - mu_j) / sigma_j))
    return mean(rescaled, n_sub)


def components(obs: Sequence[Obs]) -> list[set[int]]:
    """Connected groups of jurors (breadth-first search over shared submissions)."""
    jurors_of: dict[int, set[int]] = {}
    subs_of: dict[int, set[int]] = {}
    for s, j, _ in obs:
        jurors_of.setdefault(s, set()).add(j)
        subs_of.setdefault(j, set()).add(s)
    seen: set[int] = set()
    found = []
    for start in sorted(subs_of):
        if start in seen:
            continue
        group, queue = {start}, [start]
        while queue:
            j = queue.pop()
            for s in subs_of[j]:
                for k in jurors_of[s]:
                    if k not in group:
                        group.add(k)
                        queue.append(k)
        seen |= group
        found.append(group)
    return found


def adjusted(obs: Sequence[Obs], n_sub: int, n_jur: int) -> tuple[list[float], list[float]]:
    """Least squares x = m_i + b_j with one constraint row Σ b = 0 per component."""
    rows = []
    target = []
    for s, j, x in obs:
        row = np.zeros(n_sub + n_jur)
        row[s] = 1
        row[n_sub + j] = 1
        rows.append(row)
        target.append(x)
    for group in components(obs):
        row = np.zeros(n_sub + n_jur)
        for j in group:
            row[n_sub + j] = 1
        rows.append(row)
        target.append(0.0)
    solution = np.linalg.lstsq(np.array(rows), np.array(target), rcond=None)[0]
    reviewed = {s for s, _, _ in obs}
    present = {j for _, j, _ in obs}
    m = [float(solution[i]) if i in reviewed else math.nan for i in range(n_sub)]
    b = [float(solution[n_sub + j]) if j in present else 0.0 for j in range(n_jur)]
    return m, b


def consolidated(
    method: str, columns: Sequence[Sequence[Obs]], n_sub: int, n_jur: int
) -> list[list[float]]:
    """One list of submission values per criterion column."""
    out = []
    for obs in columns:
        if method == "mean":
            out.append(mean(obs, n_sub))
        elif method == "median":
            out.append(median(obs, n_sub))
        elif method == "trimmed":
            out.append(trimmed(obs, n_sub))
        elif method == "zscore":
            out.append(zscore(obs, n_sub))
        else:
            out.append(adjusted(obs, n_sub, n_jur)[0])
    return out


def competition_ranks(keys: Sequence[Sequence[float]], tolerance: float = 1e-9) -> list[int]:
    """Rank 1 + number of entries strictly better (key by key, higher first, NaN last)."""

    def better(a: int, b: int) -> bool:
        for key in keys:
            x, y = key[a], key[b]
            if math.isnan(x) and math.isnan(y):
                continue
            if math.isnan(y):
                return True
            if math.isnan(x):
                return False
            if x > y + tolerance:
                return True
            if y > x + tolerance:
                return False
        return False

    n = len(keys[0])
    return [1 + sum(better(b, a) for b in range(n)) for a in range(n)]
