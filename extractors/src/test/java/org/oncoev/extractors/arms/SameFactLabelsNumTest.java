package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path of {@code SameFactLabels.num} gives exactly what the formatter gives. */
class SameFactLabelsNumTest {
    @Test
    void writtenValuesMatchTheFormatter() {
        double[] values = {0.0, -0.0, -3.5, 0.001, 0.002, 0.0005, 0.00005, 2.5e-5, 1.0 / 3, 0.1 + 0.2, 7, 14.25,
                37.125, 62.0625, 9999999.5, 1e7, 2.5e9, Double.NaN, Double.POSITIVE_INFINITY};
        for (double d : values) assertEquals(String.format(Locale.ROOT, "%.4f", d), SameFactLabels.num(d), "value " + d);
    }

    @Test
    void randomValuesMatchTheFormatter() {
        Random r = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            double d = i % 2 == 0 ? r.nextInt(5_000_000) / 10000.0 : r.nextDouble() * Math.pow(10, r.nextInt(10) - 3);
            assertEquals(String.format(Locale.ROOT, "%.4f", d), SameFactLabels.num(d), "value " + d);
        }
    }
}
