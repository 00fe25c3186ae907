package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/** Arm attribution, sanity rejections, provenance and hostile input. */
class SurvivalExtractorArmsAndChecksTest {

    static Stream<Arguments> arms() {
        return Stream.of(
                c("The median OS was 9.0 months and 15.5 months for the cisplatin group and the cisplatin plus "
                        + "gemcitabine group, respectively.", "cisplatin", "cisplatin plus gemcitabine"),
                c("In the nivolumab plus chemotherapy group, the median PFS was 12.1 months.", "nivolumab plus chemotherapy"),
                c("The median OS was 20.3 months (95% CI, 17.0-24.1) for the TACE plus RT alone group.", "TACE plus RT"),
                c("Patients treated with capecitabine plus oxaliplatin showed a longer median OS than those treated "
                        + "with capecitabine alone (22.4 vs 16.0 months; P = .01).",
                        "capecitabine plus oxaliplatin", "capecitabine"),
                c("The median OS was 11.0 and 8.2 months for patients who received lenvatinib or placebo, respectively.",
                        "lenvatinib", "placebo"),
                c("The 1-, 2-, and 3-year OS rates were 88.1, 70.0, and 61.5% in the HR group and 93.0, 80.2, and "
                        + "72.4% in the NHR group, respectively.",
                        "HR", "HR", "HR", "NHR", "NHR", "NHR"),
                c("The 1-year OS rate was higher in the ATRA+ FOLFOX4 group (64.7%) than the FOLFOX4 group (21.9%).",
                        "ATRA plus FOLFOX4", "FOLFOX4"),
                c("Those in the arm B group had a median PFS of 6.3 months and a median OS of 11.5 months, exceeding "
                        + "the outcomes in the arm A group.", "arm B", "arm B"));
    }

    @ParameterizedTest
    @MethodSource("arms")
    void attachesArms(String sentence, List<String> expectedArms) {
        List<String> got = SurvivalTestSupport.extract(sentence).stream().filter(Finding::accepted)
                .map(Finding::arm).toList();
        assertEquals(expectedArms, got, sentence);
    }

    @Test
    void carriesArmsAndTimePointsToTheNextSentence() {
        String text = "The median OS was 8.5 months and 13.0 months for the S group and the S+R group, respectively "
                + "(P < 0.001). The corresponding 1-year and 2-year survival rates were 30.0% and 10.5% and 55.0% "
                + "and 25.5%, respectively. The RFS rates were 20.0% and 5.0% vs. 40.0% and 15.0%.";
        List<Finding> found = SurvivalTestSupport.extract(text);
        List<String> facts = found.stream().map(f -> SurvivalTestSupport.render((Fact.Survival) f.fact())).toList();
        assertEquals(List.of("OS median 8.5 months", "OS median 13 months", "OS rate@12 30", "OS rate@24 10.5",
                "OS rate@12 55", "OS rate@24 25.5", "RFS rate@12 20", "RFS rate@24 5", "RFS rate@12 40",
                "RFS rate@24 15"), facts);
        assertEquals(Arrays.asList("S", "S plus R", "S", "S", "S plus R", "S plus R"),
                found.subList(0, 6).stream().map(Finding::arm).toList());
    }

    @Test
    void rejectsRateOverHundredWithoutGuessing() {
        List<Finding> found = SurvivalTestSupport.extract(
                "The PFS at second-line therapy was 431 and 3.10% at 12 and 18 months, respectively.");
        assertEquals(2, found.size());
        assertFalse(found.get(0).accepted());
        assertEquals(431.0, ((Fact.Survival) found.get(0).fact()).value());
        assertTrue(found.get(0).rejectedReason().contains("100%"));
        assertTrue(found.get(1).accepted());
        assertEquals("PFS rate@18 3.1", SurvivalTestSupport.render((Fact.Survival) found.get(1).fact()));
    }

    @Test
    void rejectsMedianOutsideItsCi() {
        List<Finding> found = SurvivalTestSupport.extract("The median OS was 25.3 months (95% CI, 10.1-18.2).");
        assertEquals(1, found.size());
        assertEquals("CI excludes the median", found.get(0).rejectedReason());
    }

    @Test
    void recordsProvenanceAndExtractorIdentity() {
        String text = "Overall, the median PFS was 7.7 months (95% CI, 6.1-9.0).";
        Finding f = SurvivalTestSupport.extract(text).get(0);
        assertEquals("survival", f.extractor());
        assertEquals("2.2.7", f.extractorVersion());
        assertEquals(EvidenceType.SURVIVAL, f.type());
        assertTrue(f.raw().startsWith("7.7 months"));
        assertEquals(text.indexOf("7.7"), f.passageStart());
        assertEquals(100 + f.passageStart(), f.sourceStart());
        assertEquals(f.raw(), text.substring(f.passageStart(), f.passageEnd()));
        assertTrue(f.confidence() > 0.5 && f.confidence() <= 1.0);
    }

    @Test
    void usesDocumentArmLabelsWhenGiven() {
        List<Finding> found = SurvivalTestSupport.extract(
                "The median OS was 14.1 months in the TACE in combination with sorafenib group.",
                List.of("TACE plus sorafenib", "TACE alone"));
        assertEquals("TACE plus sorafenib", found.get(0).arm());
    }

    @Test
    void marksCitedStudies() {
        Finding f = SurvivalTestSupport.extract("Smith et al reported a median OS of 10.2 months.").get(0);
        assertTrue(f.cited());
        Finding own = SurvivalTestSupport.extract("In our cohort the median OS was 10.2 months.").get(0);
        assertFalse(own.cited());
        assertNull(own.arm());
    }

    @Test
    void survivesHostileInput() {
        StringBuilder sb = new StringBuilder("The median OS was ");
        for (int i = 0; i < 20000; i++) sb.append("1, ");
        sb.append("2 months. ");
        for (int i = 0; i < 5000; i++) sb.append("survival ((((( 1-2-3-4 %% ");
        List<Finding> found = SurvivalTestSupport.extract(sb.toString());
        assertTrue(found.size() < 50000);
        assertTrue(SurvivalTestSupport.extract("%%%% ---- 1-").isEmpty());
    }

    private static Arguments c(String sentence, String... arms) {
        return Arguments.of(sentence, Arrays.asList(arms));
    }
}
