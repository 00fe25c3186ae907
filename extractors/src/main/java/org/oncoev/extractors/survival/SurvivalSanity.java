package org.oncoev.extractors.survival;

import org.oncoev.extractors.Fact;

/** Sanity checks for survival values: the reason a value cannot be right, or null when it may be. */
final class SurvivalSanity {
    private SurvivalSanity() {}

    /** A rate must lie in [0, 100] per cent (a printed {@code 594} for 5.94 is rejected, not guessed). */
    static String checkRate(Fact.Survival f) {
        if (f.value() > 100 || (f.valueMax() != null && f.valueMax() > 100)) return "rate over 100%";
        if (f.valueMax() != null && f.valueMax() < f.value()) return "rate range upper bound below lower bound";
        if (f.ciLow() != null && f.ciHigh() != null && (f.value() < f.ciLow() || f.value() > f.ciHigh())) {
            return "CI excludes the rate";
        }
        return null;
    }

    /** A median must be positive, and its CI, when given, must be ordered and contain it. */
    static String checkMedian(Fact.Survival f) {
        if (f.value() <= 0) return "median time not positive";
        if (f.valueMax() != null && f.valueMax() < f.value()) return "median range upper bound below lower bound";
        if (f.ciLow() != null && f.ciHigh() != null) {
            if (f.ciLow() > f.ciHigh()) return "CI bounds reversed";
            if (f.value() < f.ciLow() || f.value() > f.ciHigh()) return "CI excludes the median";
        }
        return null;
    }
}
