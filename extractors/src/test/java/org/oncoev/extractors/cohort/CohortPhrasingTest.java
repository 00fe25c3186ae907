package org.oncoev.extractors.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.PassageKind;
import org.oncoev.extractors.ExtractionContext;

/**
 * Study and arm sizes as trial reports in different journals phrase them (sentences written for this test):
 * splits of a total into arms, elided nouns, verbs after the count, thousands with spaces, screened counts.
 * Screened patients are not a cohort (they are not all in the study); the enrolled count after them is.
 */
class CohortPhrasingTest {
    private static final CohortExtractor EXTRACTOR = new CohortExtractor();
    private static final List<String> ARMS = List.of("nivolumab", "docetaxel", "FOLFOX4", "FOLFIRI", "Arm A", "Arm B");

    static Stream<Arguments> cohorts() {
        return Stream.of(
                Arguments.of("Between Jan 2015 and Dec 2018, 612 patients were randomly assigned (305 to nivolumab and "
                        + "307 to docetaxel).", "612|305 nivolumab|307 docetaxel"),
                Arguments.of("The intention-to-treat population comprised 450 patients.", "450"),
                Arguments.of("Of 1,024 patients screened, 720 were enrolled.", "720"),
                Arguments.of("Of 310 patients assessed for eligibility, 254 were randomised.", "254"),
                Arguments.of("A total of 88 eligible patients were analysed for the primary end point.", "88"),
                Arguments.of("This retrospective study included 1 318 patients.", "1318"),
                Arguments.of("The final study population was composed of 1210 patients.", "1210"),
                Arguments.of("Overall, 505 patients underwent randomisation: 252 were assigned to the nivolumab group and "
                        + "253 to the docetaxel group.", "505|252 nivolumab|253 docetaxel"),
                Arguments.of("A total of 96 patients (48 in the FOLFOX4 group and 48 in the FOLFIRI group) were enrolled.",
                        "96|48 FOLFOX4|48 FOLFIRI"),
                Arguments.of("In all, 122 patients were registered (59 in Arm A and 63 in Arm B).",
                        "122|59 Arm A|63 Arm B"),
                Arguments.of("We randomly assigned 640 patients to surgery with either a narrow margin (n=322) or a wide "
                        + "margin (n=318).", "640|322 narrow margin|318 wide margin"),
                Arguments.of("A total of 96 patients were enrolled; 12 in the FOLFOX4 group had grade 3 neutropenia.", "96"),
                Arguments.of("A pooled analysis of more than 4,000 women with early disease found no benefit.", "4000"),
                Arguments.of("In this open trial, 90 patients received docetaxel every 3 weeks (D); nivolumab every 2 weeks "
                        + "(N); or both (D + N) before surgery.", "90"),
                Arguments.of("Overall, 45 patients received docetaxel every 3 weeks, or 60 mg/m2 weekly when frail.",
                        "45 docetaxel"),
                Arguments.of("In an earlier dose-finding study with 80 patients, 20% of them required transfusions.", "80"),
                Arguments.of("Seventy-four patients completed six cycles of FOLFOX4; two declined further treatment.", "74"),
                Arguments.of("An interim report of this trial including the first 64 patients appeared in 2012.", "64"),
                Arguments.of("Our finding differs from that of one small study (n=64) in older patients.", "64"),
                Arguments.of("A randomised phase II trial (n = 120) found no difference in response.", "120"),
                Arguments.of("An earlier trial including over 900 patients reported a similar effect.", "900"),
                Arguments.of("Docetaxel group (n = 152)\tNivolumab group (n = 150)", "152 docetaxel|150 nivolumab"));
    }

    static Stream<String> notCohorts() {
        return Stream.of(
                "In total, 2,410 patients were screened for the trial.",
                "We excluded 61 patients (28 in the FOLFOX4 group and 33 in the FOLFIRI group) who had no scan.",
                "An estimated 900 patients were expected to be screened to find eligible tumours.",
                "Only the 540 patients with available data who underwent resection (270 in the FOLFOX4 group and 270 "
                        + "in the FOLFIRI group) were compared.",
                "In 12 in the FOLFOX4 group grade 3 events occurred.",
                "Toxicity was more frequent in more than 40 patients aged over 70 years.",
                "The two-stage design required a total of 58 evaluable patients.",
                "These questions will be addressed by a future confirmatory trial (n = 300).");
    }

    @ParameterizedTest
    @MethodSource("cohorts")
    void findsSizesAsJournalsPhraseThem(String sentence, String expected) {
        PassageKind kind = sentence.contains("\t") ? PassageKind.TABLE : PassageKind.BODY;
        assertEquals(expected, CohortExtractorTest.describe(EXTRACTOR.extract(TestDocuments.passage(0, kind, sentence),
                new ExtractionContext(null, ARMS))), sentence);
    }

    @ParameterizedTest
    @MethodSource("notCohorts")
    void skipsScreenedExcludedAndSubsetCounts(String sentence) {
        assertEquals("", CohortExtractorTest.describe(EXTRACTOR.extract(TestDocuments.passage(0, PassageKind.BODY, sentence),
                new ExtractionContext(null, ARMS))), sentence);
    }
}
