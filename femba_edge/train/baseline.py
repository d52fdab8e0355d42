"""The obvious baseline a trained FEMBA has to beat: logistic regression on band powers.

Log power per channel in the classical EEG bands (Welch), standardised, an L2 logistic
regression with balanced class weights, fitted on the training split and scored on the test
split, from the same normalised windows the network sees. `qat` prints it as a row of its table
so a model that loses to five numbers per channel is visible at once.
"""

from __future__ import annotations

import numpy as np
from scipy.signal import welch
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from femba_edge.train.metrics import classification_metrics

# delta, theta, alpha, beta, low gamma (Hz); bands above Nyquist are dropped.
BANDS = ((1.0, 4.0), (4.0, 8.0), (8.0, 13.0), (13.0, 30.0), (30.0, 70.0))


def band_powers(x: np.ndarray, fs: float) -> np.ndarray:
    """[N, C, T] windows -> [N, C * bands] log band powers (1 s Welch segments, 50 % overlap)."""
    nper = int(min(x.shape[-1], round(fs)))
    f, p = welch(x.astype(np.float64), fs=fs, nperseg=nper, axis=-1)
    bands = [(lo, hi) for lo, hi in BANDS if lo < fs / 2]
    feats = []
    for lo, hi in bands:
        sel = (f >= lo) & (f < min(hi, fs / 2))
        if not sel.any():  # short windows: a band narrower than the frequency grid
            sel = np.abs(f - (lo + hi) / 2) == np.abs(f - (lo + hi) / 2).min()
        feats.append(np.log(p[..., sel].mean(axis=-1) + 1e-12))
    return np.stack(feats, axis=-1).reshape(len(x), -1)


def bandpower_baseline(x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray,
                       y_test: np.ndarray, fs: float) -> dict:
    """Fit on the training windows, return classification metrics on the test windows."""
    clf = make_pipeline(StandardScaler(),
                        LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000))
    clf.fit(band_powers(x_train, fs), y_train)
    logits = clf.decision_function(band_powers(x_test, fs))
    if logits.ndim == 1:  # binary: sklearn gives one margin; as logits [-m/2, m/2]
        logits = np.stack([-logits / 2, logits / 2], axis=1)
    return classification_metrics(y_test, logits)
