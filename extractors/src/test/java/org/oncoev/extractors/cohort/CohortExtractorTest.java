package org.oncoev.extractors.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/** Cohort sizes from sentences written for the project in the styles trial papers use. */
class CohortExtractorTest {
    private static final CohortExtractor EXTRACTOR = new CohortExtractor();
    private static final List<String> ARMS = List.of("gemcitabine plus cisplatin", "gemcitabine alone",
            "TACE plus RFA", "TACE alone", "Group A", "Group B");

    static Stream<Arguments> cohorts() {
        return Stream.of(
                Arguments.of("We enrolled 74 NSCLC patients between 2015 and 2019.", "74"),
                Arguments.of("A total of 210 patients were randomized in the trial.", "210"),
                Arguments.of("In total, 58 patients were eligible for analysis.", "58"),
                Arguments.of("Between March 2012 and June 2018, 96 patients were included in this study.", "96"),
                Arguments.of("Seventy-three patients were enrolled at two centres.", "73"),
                Arguments.of("One hundred and twelve patients were enrolled during the study period.", "112"),
                Arguments.of("Two thousand four hundred patients were screened, of whom 1,180 were randomised.", "1180"),
                Arguments.of("We reviewed the records of 2,304 consecutive patients treated at our institution.", "2304"),
                Arguments.of("The analysis comprised 57 subjects with measurable disease.", "57"),
                Arguments.of("Data from 1 318 patients with gastric cancer were analysed.", "1318"),
                Arguments.of("The final study population consisted of 418 patients.", "418"),
                Arguments.of("48 patients were suitable for inclusion in the present analysis.", "48"),
                Arguments.of("The pooled analysis analyzed 3140 advanced HCC patients from nine trials.", "3140"),
                Arguments.of("Among the 415 patients in that trial, the median OS was 10.7 months.", "415"),
                Arguments.of("A phase III trial involving 602 patients with advanced disease was stopped early.", "602"),
                Arguments.of("Of the 320 women who were enrolled, 310 received at least one dose.", "320|310"), // the treated population counts (Rulings)
                Arguments.of("A total of 88 postmenopausal patients with ER+, HER2- disease that had progressed after "
                        + "endocrine therapy were enrolled.", "88"),
                Arguments.of("Forty-four patients who received gemcitabine plus cisplatin and 41 with gemcitabine alone "
                        + "were analysed.", "44 gemcitabine plus cisplatin|41 gemcitabine alone"),
                Arguments.of("We analyzed 90 patients, among whom 52 were treated with TACE plus RFA and 38 were treated "
                        + "with TACE alone.", "90|52 TACE plus RFA|38 TACE alone"),
                Arguments.of("Of these, 45 patients received gemcitabine plus cisplatin (n = 45), while the remaining 43 "
                        + "patients received gemcitabine alone (n = 43).", "45 gemcitabine plus cisplatin|43 gemcitabine alone"),
                Arguments.of("Overall survival was longer with gemcitabine plus cisplatin (n = 60) than with gemcitabine "
                        + "alone (n = 59).", "60 gemcitabine plus cisplatin|59 gemcitabine alone"),
                Arguments.of("Patients were randomly assigned to Group A (N = 47) or Group B (N = 46).",
                        "47 Group A|46 Group B"),
                Arguments.of("A total of 150 patients were randomized to receive either TACE plus RFA or TACE alone.", "150"),
                Arguments.of("Baseline characteristics of all patients (n = 120) are given in Table 1.", "120"),
                Arguments.of("From 2011 to 2014, 80 patients were randomly assigned: 41 to the concurrent regimen and 39 "
                        + "to the sequential regimen.", "80|41 concurrent regimen|39 sequential regimen"),
                Arguments.of("We randomly assigned 900 patients to either a 1 cm margin (n=452) or a 3 cm margin (n=448).",
                        "900|452 1 cm margin|448 3 cm margin"),
                Arguments.of("The trial randomised 240 patients to gemcitabine plus cisplatin (n = 120) or gemcitabine "
                        + "alone (n = 120).", "240|120 gemcitabine plus cisplatin|120 gemcitabine alone"));
    }

    static Stream<Arguments> notCohorts() {
        return Stream.of(
                "There were 41 males and 19 females.",
                "Hepatitis B infection was present in most patients (n = 51, 85.0%).",
                "Two patients achieved a complete response and 9 had a partial response.",
                "5 patients achieved CR after the second cycle.",
                "13 patients (21.7%) had portal vein tumour thrombus.",
                "Grade 3 neutropenia developed in 11 patients (18.3%).",
                "14 had grade 3 hepatotoxicity, including 6 (10.0%) in the TACE alone group.",
                "A total of 7 patients had grade 4 thrombocytopenia.",
                "The study was conducted at 12 centres in three countries.",
                "Twenty-five studies were included in the meta-analysis.",
                "We identified 31 eligible randomized trials.",
                "Thirty deaths were recorded during follow-up.",
                "Progression events occurred in 62 patients.",
                "The median age was 58 years (range 31-79 years).",
                "Tumour growth was studied in 24 nude mice and 4 cell lines.",
                "Patients received gemcitabine 1000 mg/m2 on days 1 and 8 of a 21-day cycle.",
                "Headache occurred in 3 patients in the gemcitabine plus cisplatin group.",
                "Three of the 60 patients withdrew consent.",
                "For every 100 patients treated, 12 additional responses were seen.",
                "A future trial will include a total of 600 patients.",
                "Four cases could not be analysed because of haemolysis.",
                "Two patients in each group did not complete treatment.",
                "Data for 12 patients with lesions that could be evaluated were not included in the analysis.",
                "Among the 35 patients with a durable response, 20 remained alive at two years.",
                "In 2014, 82% of patients were alive.",
                "One patient in the gemcitabine alone group and two patients in the TACE alone group received antibiotics.",
                "Patients were randomized after staging as IIIB (n = 40), IIIC (n = 51), or IV (n = 63).",
                "Survival was 14 months in 22 (36.7%) patients of the gemcitabine alone group.").map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("cohorts")
    void findsStudyAndArmSizes(String sentence, String expected) {
        assertEquals(expected, describe(extract(PassageKind.BODY, sentence)), sentence);
    }

    @ParameterizedTest
    @MethodSource("notCohorts")
    void skipsSubgroupsAndOtherCounts(String sentence) {
        assertEquals("", describe(extract(PassageKind.BODY, sentence)), sentence);
    }

    @Test
    void readsArmSizesFromTableHeaders() {
        String table = "Table 1 Baseline characteristics of all patients (n = 93)\n"
                + "Characteristic\tGemcitabine alone (n = 46)\tGemcitabine plus cisplatin (n=47)\tP\n"
                + "Male (n = 50)\t24\t26\t.61\n"
                + "Group A (N = 47)\tGroup B (N = 46)\n";
        assertEquals("93|46 gemcitabine alone|47 gemcitabine plus cisplatin|47 Group A|46 Group B",
                describe(extract(PassageKind.TABLE, table)));
    }

    @Test
    void tableHeaderResolvesAbbreviatedRegimenOntoTheDocumentLabel() {
        ExtractionContext ctx = new ExtractionContext(null, List.of("ATRA plus FOLFOX4", "FOLFOX4"));
        String table = "Variable\tFOLFOX (n=30)\tATRA+FOLFOX (n=31)\tP value";
        assertEquals("30 FOLFOX4|31 ATRA plus FOLFOX4", describe(EXTRACTOR.extract(passage(PassageKind.TABLE, table), ctx)));
    }

    @Test
    void aSingleArmStudyKeepsItsSizeWithoutAnArm() {
        Passage p = passage(PassageKind.BODY, "In total, 120 patients underwent hepatectomy at our centre.");
        assertEquals("120", describe(EXTRACTOR.extract(p, ExtractionContext.empty())));
    }

    @Test
    void findingsCarryProvenance() {
        String text = "Background text. Finally, 66 patients were enrolled in this study.";
        Finding f = extract(PassageKind.BODY, text).get(0);
        assertEquals("66 patients", f.raw());
        assertEquals(text.indexOf("66"), f.passageStart());
        assertEquals(text.indexOf("66"), f.sourceStart());
        assertEquals("cohort", f.extractor());
        assertEquals("3.15", f.extractorVersion());
        assertTrue(f.accepted());
    }

    /** An arm's size in brackets quotes the arm and its bracket, not the clause before it cut mid-word. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "In this multicentre open-label phase II study, 84 patients with resectable disease were randomised 1:1 to "
                    + "gemcitabine plus cisplatin (n = 42) or gemcitabine alone (n = 42).|gemcitabine plus cisplatin (n = 42)|gemcitabine alone (n = 42)",
            "Patients were randomly assigned to arm A (n = 55) or arm B (n = 57).|arm A (n = 55)|arm B (n = 57)"})
    void armSizesQuoteTheArm(String sentence, String first, String second) {
        List<Finding> found = extract(PassageKind.BODY, sentence).stream().filter(f -> f.arm() != null).toList();
        assertEquals(List.of(first, second), found.stream().map(Finding::raw).toList());
    }

    @Test
    void boundsHostileInput() {
        String huge = "patients ".repeat(5000) + "1 2 3 4 5 ".repeat(5000) + "(n = " + "9".repeat(50) + ")";
        assertTrue(extract(PassageKind.BODY, huge).isEmpty());
    }

    private static List<Finding> extract(PassageKind kind, String text) {
        return EXTRACTOR.extract(passage(kind, text), new ExtractionContext(null, ARMS));
    }

    private static Passage passage(PassageKind kind, String text) {
        if (kind != PassageKind.TABLE) return TestDocuments.passage(0, kind, text);
        return TestDocuments.passage(0, kind, text);
    }

    /** "size arm|size arm" in passage order (arm omitted when null). */
    static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            if (sb.length() > 0) sb.append('|');
            sb.append(((Fact.Cohort) f.fact()).size());
            if (f.arm() != null) sb.append(' ').append(f.arm());
        }
        return sb.toString();
    }
}
