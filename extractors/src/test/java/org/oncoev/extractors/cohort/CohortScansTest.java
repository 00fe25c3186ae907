package org.oncoev.extractors.cohort;

import static org.oncoev.extractors.text.ScanAgreement.assertAgrees;
import static org.oncoev.extractors.text.ScanAgreement.assertAgreesAtLiteral;
import static org.oncoev.extractors.text.ScanAgreement.assertAgreesAtTokenStarts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.StartChars;

/** The cohort regexes tried only at their possible starts find what a full scan finds. */
class CohortScansTest {
    private static final List<String> EXTRA = List.of(
            "Feature Arm A ( n =51) Arm B ( n =49) Total ( n =100) P Sex (%) n = 7",
            "Observation Drug X P-value n = 77 n = 79 Low n = 4 High n = 5 Q1 n = 3",
            "A total of 90 (44: drug A, 46: drug B) were randomised; 12,345 participants and 1 251 volunteers.",
            "Patients were stratified into 30 low, 20 high and 10 other patients; comprising 55 men.",
            "aged 40 patients; will be 12 more patients; 3 to 5 patients; 7/9 patients; -4 patients; N = 45 patients",
            "one hundred and twelve thousand, and three patients; 2\u00a0000 cases, 1\u2009500 cases, 17-year-old 8 children");

    @Test
    void nounCounts() {
        assertAgreesAtTokenStarts(CohortExtractor.NOUN_COUNT, CountStarts.FIRST,
                () -> new CountStarts(CohortExtractor.NOUN_WORDS), EXTRA);
    }

    @Test
    void designSentences() {
        List<String> extra = new java.util.ArrayList<>(EXTRA);
        extra.addAll(List.of("The sample size was planned to detect a difference with 80% power; 120 patients were required.",
                "Accrual goal of 200; we aimed to enrol, in order to reach the targeted number, were to be needed; is\tneeded",
                "xpower, resampled, anticipated, expected 30 patients; decided to stop; would be, will be, been required"));
        assertAgreesAtTokenStarts(CohortCues.DESIGN_SENTENCE, CohortCues.DESIGN_STARTS, () -> CohortCues::designMayStart, extra);
    }

    @Test
    void armSplitHeads() {
        List<String> heads = List.of(
                "412 (51.2%) patients were randomly assigned to the drug arm and 405 (49\u00b77 %) to the control arm.",
                "47 were randomized to receive A and 50 were randomised to receive B; (49 for A, 50 for B).",
                "Twenty-one women were treated with X, thirty-two given Y, 1,251 received Z and 8 on the 9 in the arm.",
                "fifty subjects subsequently allocated into either a group; 12.5 to 3/4 to -7 to 2010 in 7.in",
                "12 [40%] patients in X, 3\u2009000 women to Y, 5\tpts for Z, 40 initially assigned to A, 7 further randomised to B",
                "9 then in C, 11 cases (stage IV) in D, 13 was on E, 17 receiving G, 19 given H, 21 into I, 23 months in J",
                "25 grade in K, 27 participants were in L, 12345678 in M, 29 men in P, 31 women in N, 33 subjects then in O, 35");
        List<String> extra = new java.util.ArrayList<>(EXTRA);
        extra.addAll(heads);
        assertAgreesAtTokenStarts(ArmSplits.HEAD, CountStarts.FIRST, ArmSplitStarts::new, extra);
    }

    @Test
    void elidedCounts() {
        List<String> extra = new java.util.ArrayList<>(EXTRA);
        extra.add("50 were given A and , 48 were given B, while  twelve received C whereas the other 9 were treated with D;"
                + " and the remaining 7 in E, andrew 5 in F, and\tfifty to G, among whom 3 were given H; the other 4 in I,"
                + " the  remaining ninety-one to J, then 6 to K, theother 2 in L, fourteen in M, often 3 in N, Seventy to O.");
        extra.add("Of 90, 12 patients received X; ; 98 were eligible; , 1,024 participants were enrolled; : 3 cases in Y; ( 5 given Z;"
                + " , 7 months later; of whom 9 had; among them 11 subjects were randomly assigned to W; , 13\twere allocated;"
                + " , 15 with V; , 17 randomised to U; and 19 underwent T, whereas 21 receiving S; while, 23 treated with R");
        assertAgreesAtTokenStarts(CohortExtractor.ELIDED, ElidedStarts.FIRST, () -> ElidedStarts::mayStart, extra);
        assertAgreesAtTokenStarts(CohortExtractor.ELIDED_COHORT, ElidedStarts.FIRST, () -> ElidedStarts::mayStart, extra);
    }

    @Test
    void sizesInBrackets() {
        assertAgreesAtLiteral(ParenSizes.SIZE_IN_PARENS, "(", List.of(
                "Arm A (n = 45) and arm B (N=44); all patients (48.5%, n = 93) (n: 1,024 patients) ((n = 3, x)",
                "group 1 ( *n* = 12) ($n$ = 7; B (n = 2 , C (n=3)"));
        assertAgrees(ParenSizes.SIZE_IN_PARENS, StartChars.of("("), () -> ParenSizes::sizeMayStart, List.of(
                "Arm A (n = 45) and arm B (N=44); all patients (48.5%, n = 93) (n: 1,024 patients) ((n = 3, x)",
                "group 1 ( *n* = 12) ($n$ = 7; B (n = 2 , C (n=3); (\t\nn = 4) (95% CI) (P = .03) (x (\u00b7 (",
                "arm 2 ( 12% ; n = 5), (12\u00b75 %, N = 6), ($*n = 7), (** N = 8 patients), (n = 9)x (n ="));
    }

    @Test
    void lists() {
        assertAgreesAtTokenStarts(CohortLists.POPULATION_CUE, CohortLists.CUE_STARTS, () -> CohortLists::cueMayStart, EXTRA);
        assertAgreesAtTokenStarts(CohortLists.COUNTS_SHARING_NOUN, CohortLists.VERB_STARTS, () -> CohortLists::verbMayStart,
                List.of("These studies included 503 and 224 patients; we enrolled 1,200, 30 and 12 women, analysed 4, 5 and 6 cases.",
                        "Trials recruiting 40 and 50 subjects; registered 7 and 8 men; accrued 9 and 10 participants; xincluded 3 and 4 cases."));
        List<String> breakdowns = new java.util.ArrayList<>(EXTRA);
        breakdowns.addAll(List.of("In all 1 024 (500: arm A; 524: arm B) and 12,345\t(12,000: x and 345: y); 7\n\n(3: a, 4: b).",
                "99 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 (1: a, 2: b); 5 x (2: a, 3: b); 6 (2: a"));
        assertAgrees(CohortLists.ARM_BREAKDOWN, CohortLists.DIGITS, () -> CohortLists::breakdownMayStart, breakdowns);
        assertAgrees(CohortLists.RESPECTIVE_COUNTS, CohortLists.DIGITS, () -> CohortLists::respectiveMayStart, List.of(
                "40 and 42 arm A and B patients, respectively, were treated; 1,200 AND 30 women respectively were enrolled",
                "12\tand\n13 cases, respectively, were analysed; 7and 8 men respectively were; 5 or 6 patients, respectively, were"));
        assertAgrees(CohortLists.SPLIT_HEADER, StartChars.any(), () -> (s, i) -> {
            boolean[] starts = CohortLists.headerStarts(s.toString());
            return starts != null && starts[i];
        }, EXTRA);
    }

    @Test
    void clauseBreaks() {
        List<String> extra = List.of("were enrolled; of whom 3, who were, which had, that is, all were, and were seen, were: x. y",
                "AMONG WHOM, Of Which, including, Whereas, while, BUT, abut, xwhile, of themes, among them; butter,\tand were");
        assertAgrees(CohortCues.CLAUSE_BREAK, CohortCues.BREAK_STARTS, () -> CohortCues::breakMayStart, extra);
        assertAgrees(CohortCues.SENTENCE_BREAK, CohortCues.BREAK_STARTS, () -> CohortCues::breakMayStart, extra);
    }

    @Test
    void beforeWindows() {
        assertAgrees(CohortCues.BEFORE_NEGATIVE, CohortCues.NEGATIVE_STARTS, () -> CohortCues::negativeMayStart, EXTRA);
        assertAgrees(CohortCues.BEFORE_VERB, CohortCues.VERB_STARTS, () -> CohortCues::verbMayStart, EXTRA);
        assertAgrees(CohortCues.BEFORE_TOTAL, CohortCues.TOTAL_STARTS, () -> CohortCues::totalMayStart, EXTRA);
    }
}
