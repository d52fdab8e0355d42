"""Classification metrics on held-out windows."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import average_precision_score, balanced_accuracy_score, roc_auc_score


def classification_metrics(y_true: np.ndarray, scores: np.ndarray) -> dict[str, float]:
    """Balanced accuracy, AUROC and AUPR from per-class scores [N, K] (logits or probabilities).

    Binary tasks use the positive-class score; more classes use macro one-vs-rest. AUROC/AUPR are
    NaN when the split holds a single class (reported, never faked).
    """
    y_true = np.asarray(y_true)
    scores = np.asarray(scores, dtype=np.float64)
    pred = scores.argmax(axis=1)
    out = {"balanced_accuracy": float(balanced_accuracy_score(y_true, pred)), "n": int(len(y_true))}
    if len(np.unique(y_true)) < 2:
        return out | {"auroc": float("nan"), "aupr": float("nan")}
    probs = np.exp(scores - scores.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    k = scores.shape[1]
    if k == 2:
        out["auroc"] = float(roc_auc_score(y_true, probs[:, 1]))
        out["aupr"] = float(average_precision_score(y_true, probs[:, 1]))
    else:
        onehot = np.eye(k)[y_true]
        out["auroc"] = float(roc_auc_score(onehot, probs, average="macro", multi_class="ovr"))
        out["aupr"] = float(average_precision_score(onehot, probs, average="macro"))
    return out
