package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.ScanAgreement;

/** The literal gate of {@link AmountPatterns}' bad-before pattern holds wherever the pattern matches. */
class BadBeforeGateTest {
    private static final List<String> EXTRA = List.of(
            "less than 5 mg, more than  10 mg, >= 3 mg, =< 2 mg, at least 4 Gy, above 20 Gy, below 1 g, under 3 mg, range: 2 mg",
            "cut-off value of 3 mg, thresholds = 4 mg, cutoff: 5 mg, ranging from 2 mg, IC50 3 nM, median exposure was 4 mg",
            "exposure of 2 mg, mean daily dose was 5 mg, the median relative dose of 3 mg, average = 4 mg, mean: 2 mg, EXCEEDS 5 mg",
            "exceeding 2 mg, exceeded 3 mg, exceed 4 mg, LOWER THAN 4 mg, \u2264 5 mg, \u2a7e6 mg, RANGED FROM 7 mg, doses ranging from 8 mg",
            "thunder 5 mg, lessthan 6 mg, cut-offs 3 mg, threshold value 5 mg, range, 5 mg, the total exposure of 7 mg, of 8 mg",
            "Threshold was 2 mg, mean dose = 3 mg, aMOUNT OF 4 mg, no less THAN\t5 mg, Above\n6 mg, was 7 mg, from 8 mg, ff 9 mg");

    @Test
    void gateHoldsWherePatternMatches() {
        int matched = 0;
        for (String text : ScanAgreement.texts(EXTRA)) {
            for (int start = 0; start <= text.length(); start++) {
                int from = Math.max(0, start - 48);
                if (!AmountPatterns.BAD_BEFORE.matcher(text).region(from, start).find()) continue;
                matched++;
                assertTrue(AmountPatterns.badBeforeMayEnd(text, from, start), text + " @" + start);
            }
        }
        assertTrue(matched > 50);
    }
}
