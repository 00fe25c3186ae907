package org.oncoev.extractors.dose;

import java.util.List;

/**
 * A measured amount found in a sentence: characters {@code [start, end)} of the sentence, one or more
 * amounts (several for slash lists such as {@code 90/600 mg/m2}), an optional range maximum, and the
 * normalised unit ({@code mg/m2}, {@code Gy}, {@code AUC}, {@code mg/day}, ...). {@code unitStart} is where the
 * unit text begins; {@code gyFractions} holds the fraction count written with a Gy dose, or null.
 */
record AmountMatch(int start, int end, int unitStart, List<Double> amounts, Double amountMax, String unit,
                   Integer gyFractions) {
    AmountMatch {
        amounts = List.copyOf(amounts);
    }

    boolean isRadiation() {
        return unit.startsWith("Gy");
    }
}
