package org.oncoev.extractors.gold;

/**
 * True positives, false positives and false negatives of one evidence type (or all together), with the
 * derived precision, recall and F1. A ratio whose denominator is zero is 1.0 when there was nothing to find
 * and nothing was predicted, else 0.0.
 */
public record TypeCounts(int tp, int fp, int fn) {
    public static final TypeCounts ZERO = new TypeCounts(0, 0, 0);

    public TypeCounts plus(TypeCounts other) {
        return new TypeCounts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private double ratio(int num, int den) {
        if (den > 0) return (double) num / den;
        return tp + fp + fn == 0 ? 1.0 : 0.0;
    }
}
