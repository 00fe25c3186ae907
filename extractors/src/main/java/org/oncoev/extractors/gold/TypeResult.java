package org.oncoev.extractors.gold;

import java.util.List;

/**
 * How one evidence type scored on one document: the counts, the unmatched gold facts (false negatives) and
 * predicted facts (false positives) as readable labels, arm attribution (matched facts whose gold carries
 * an arm, and how many of those the prediction attributed correctly) and, for p-values, gold mentions and
 * the mentions recalled ({@code min(predicted, gold)} per matched fact), and the gold facts found only in
 * tables (p-values whose {@code source} is {@code table}) with how many of those were matched.
 * {@code armMisses} lists the matched facts whose gold arm the prediction did not agree with, as
 * {@code gold label -> [predicted arm]}.
 */
public record TypeResult(TypeCounts counts, List<String> missed, List<String> spurious,
                         int armTotal, int armCorrect, int goldMentions, int recalledMentions,
                         int tableGold, int tableFound, List<String> armMisses) {
    public TypeResult {
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        armMisses = List.copyOf(armMisses);
    }

    /** A result without the list of arm disagreements. */
    public TypeResult(TypeCounts counts, List<String> missed, List<String> spurious, int armTotal, int armCorrect,
                      int goldMentions, int recalledMentions, int tableGold, int tableFound) {
        this(counts, missed, spurious, armTotal, armCorrect, goldMentions, recalledMentions, tableGold, tableFound,
                List.of());
    }
}
