"""Subject-wise train/val/test splitting."""

from __future__ import annotations

import numpy as np

from .errors import DataError


def _stratum_counts(n: int, val_frac: float, test_frac: float, force: bool) -> list[int]:
    """Return [train, val, test] group counts for one stratum of ``n`` groups."""
    n_val, n_test = round(val_frac * n), round(test_frac * n)
    if force:
        # Enough groups in this stratum to give every split one of them.
        n_val, n_test = max(1, n_val), max(1, n_test)
    while n_val + n_test > n - 1 and n_val + n_test > 0:
        if n_val >= n_test:
            n_val -= 1
        else:
            n_test -= 1
    return [n - n_val - n_test, n_val, n_test]


def split_by_group(
    groups: np.ndarray,
    *,
    val_frac: float = 0.15,
    test_frac: float = 0.15,
    seed: int = 0,
    y: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Split window indices into train/val/test so that each group lands in exactly one split.

    Args:
        groups: [N] subject / recording id per window.
        val_frac: fraction of groups for validation, in (0, 1).
        test_frac: fraction of groups for test, in (0, 1); ``val_frac + test_frac < 1``.
        seed: shuffling seed; the same seed always gives the same split.
        y: optional [N] labels; groups are then stratified by their majority label so each
            split gets every class where the group counts allow it.

    Returns:
        Sorted int64 index arrays ``(train, val, test)``, each non-empty, covering all windows.
    """
    groups = np.asarray(groups)
    if groups.ndim != 1:
        raise DataError(f"groups must be 1-D, got shape {groups.shape}")
    if not (0 < val_frac < 1 and 0 < test_frac < 1 and val_frac + test_frac < 1):
        raise DataError(
            f"split fractions must be in (0, 1) with sum < 1, got val={val_frac}, test={test_frac}"
        )
    uniq, inverse = np.unique(groups, return_inverse=True)
    if len(uniq) < 3:
        raise DataError(f"need at least 3 groups (subjects) to split, got {len(uniq)}")

    if y is None:
        strata = np.zeros(len(uniq), dtype=np.int64)
    else:
        y = np.asarray(y)
        if y.shape != groups.shape:
            raise DataError(f"y shape {y.shape} does not match groups shape {groups.shape}")
        # Majority label per group; ties go to the smaller label so the result is deterministic.
        labels, y_idx = np.unique(y, return_inverse=True)
        counts = np.zeros((len(uniq), len(labels)), dtype=np.int64)
        np.add.at(counts, (inverse, y_idx), 1)
        strata = counts.argmax(axis=1)

    rng = np.random.default_rng(seed)
    members = [rng.permutation(np.flatnonzero(strata == s)) for s in np.unique(strata)]
    counts_per = [_stratum_counts(len(m), val_frac, test_frac, len(m) >= 3) for m in members]

    # Small strata may leave val or test empty overall; borrow from the largest train share.
    for split in (1, 2):
        if sum(c[split] for c in counts_per) == 0:
            donor = max(range(len(counts_per)), key=lambda i: counts_per[i][0])
            counts_per[donor][0] -= 1
            counts_per[donor][split] += 1

    assign = np.empty(len(uniq), dtype=np.int64)
    for m, (n_train, n_val, _) in zip(members, counts_per, strict=True):
        assign[m[:n_train]] = 0
        assign[m[n_train : n_train + n_val]] = 1
        assign[m[n_train + n_val :]] = 2
    window_split = assign[inverse]
    return tuple(np.flatnonzero(window_split == k).astype(np.int64) for k in range(3))


def split_with_test_groups(
    groups: np.ndarray, names: dict[str, int], test_names: list[str], *, val_frac: float,
    seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Test = the windows of the named groups (a dataset's official test subjects); the other
    groups are shuffled with ``seed`` and ``val_frac`` of them (at least one) go to validation.

    Args:
        groups: [N] group id per window.
        names: group name -> group id, for every group in ``groups``.
        test_names: names of the test groups; every one must exist.
    """
    unknown = [n for n in test_names if n not in names]
    if unknown:
        known = sorted(names)
        shown = ", ".join(known[:8]) + (", ..." if len(known) > 8 else "")
        raise DataError(f"test group(s) {', '.join(unknown[:5])} not in the data (groups: {shown})")
    test_ids = np.array(sorted({names[n] for n in test_names}), dtype=np.int64)
    rest = np.setdiff1d(np.unique(groups), test_ids)
    if len(rest) < 2:
        raise DataError(f"naming {len(test_ids)} test groups leaves {len(rest)} for train and "
                        "validation; need at least 2")
    rest = np.random.default_rng(seed).permutation(rest)
    n_val = min(len(rest) - 1, max(1, round(val_frac * len(rest))))
    val_ids = rest[:n_val]
    parts = (~np.isin(groups, np.concatenate([test_ids, val_ids])), np.isin(groups, val_ids),
             np.isin(groups, test_ids))
    return tuple(np.flatnonzero(m).astype(np.int64) for m in parts)
