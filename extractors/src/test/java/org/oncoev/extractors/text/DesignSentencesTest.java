package org.oncoev.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oncoev.extractors.text.ScanAgreement.assertAgrees;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Design sentences (power calculations, a design's hypotheses) against results. */
class DesignSentencesTest {
    private static final List<String> EXTRA = List.of(
            "80% power to detect a hazard ratio of 0.7, assuming a median of 9 months; the sample size was 200",
            "a non-inferiority margin of 1.3; PFS was expected to be 6 months and estimated to be 8; reconsidered acceptable",
            "an OS under 6 months was deemed unacceptable and 12 months was regarded as promising; ruled out; should achieve 5%",
            "the hypothesized survival; the hypotheses; noninferiority margin; subsample size; TO DETECT; Power; ASSUMPTION; we assumed 3 years");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "With 90% power, 250 events were needed to detect a hazard ratio of 0.70.|true",
            "The sample size assumed a 2-year survival of 40% in the control arm.|true",
            "Our hypothesis was that the combination would cut the risk of death by a quarter (HR 0.75).|true",
            "A 1-year rate below 20% was considered unacceptable.|true",
            "The hazard ratio for death was 0.72 (95% CI 0.58 to 0.90).|false",
            "Median overall survival was 14.2 months with the combination.|false",
            "Statistical powers of ten were avoided in the tables.|false",
    })
    void tellsDesignFromResults(String sentence, boolean design) {
        assertEquals(design, DesignSentences.isDesign(sentence), sentence);
    }

    @Test
    void leadWordScanFindsWhatAFullScanFinds() {
        assertAgrees(DesignSentences.CUE, DesignSentences.STARTS, () -> DesignSentences.LEADS::at, EXTRA);
        for (String s : ScanAgreement.texts(EXTRA)) assertEquals(DesignSentences.CUE.matcher(s).find(), DesignSentences.isDesign(s), s);
    }
}
