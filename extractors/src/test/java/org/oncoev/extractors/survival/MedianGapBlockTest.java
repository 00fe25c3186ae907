package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.ScanAgreement;

/** The word gate of the median gap block answers as its regex does. */
class MedianGapBlockTest {
    @Test
    void agreesWithTheRegex() {
        List<String> gaps = List.of("median follow-up was", "the response duration", "patients aged 65", "AGE of", "stayed in",
                "hospital", "mean time", "range", "interval between", "2 cycles of", "at doses", "administered", "infusion",
                "within", "delayed", "toxicities", "adverse", "admission", "operative", "procedure", "longer by", "shorter  by",
                "was", "the median OS was", "interval of", "longer than", "images", "Average", "meant", "stage", "", "cycled");
        for (String gap : ScanAgreement.texts(gaps)) {
            assertEquals(SurvivalCues.MEDIAN_GAP_BLOCK.matcher(gap).find(), SurvivalCues.medianGapBlocked(gap), gap);
        }
    }
}
