package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oncoev.extractors.text.ScanAgreement.assertAgrees;
import static org.oncoev.extractors.text.ScanAgreement.assertAgreesAtTokenStarts;

import java.util.List;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.ScanAgreement;
import org.oncoev.extractors.text.StartScan;
import org.junit.jupiter.api.Test;

/** The arm and citation regexes tried only at their possible starts find what a full scan finds. */
class ArmScansTest {
    private static final List<String> EXTRA = List.of(
            "the ATRA plus FOLFOX4 group ) group, arms; TACE plus IMRT (n = 47), ( $ *N* = 5), Group A, arm B, cohort IV",
            "were randomised to receive X, allocated to Y, underwent Z, undergoing W, given V, received U, treated with T",
            "In the present study we found, as our series shows, in this cohort; the present trial; Smith et. al said",
            "previously published 3 trials; has been recently reported; reported by; in the KEYNOTE-189 trial [1-3] (4, 5) ^{2}",
            "They said this trial, that study, the same cohort, their analysis, these series; x[12] y^3 _this study 2they",
            "as shown (12), (3,5\u20137), (8 - 9), (10,\t11), (95% CI), (n = 4), (2), (1-, (7)x, (12 patients), ((3)), (4,,5)",
            "(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30)",
            "Group\tD, arm  IV, Cohort\n2, group E, arm 5, cohort III, armB, Arm\u00a0C, group I, groups A, arm IIx, Arm 4.");

    @Test
    void anchors() {
        assertAgrees(ArmDetector.GROUP_ANCHOR, ArmDetector.GROUP_ANCHOR_STARTS,
                () -> (s, i) -> ArmDetector.groupAnchorStarts(s.toString())[i], EXTRA);
        assertAgreesAtTokenStarts(ArmDetector.VERB_ANCHOR, ArmDetector.VERB_STARTS, () -> ArmDetector::verbMayStart, EXTRA);
        assertAgreesAtTokenStarts(ArmDetector.LETTERED, ArmDetector.LETTERED_STARTS, () -> ArmDetector::letteredMayStart, EXTRA);
    }

    @Test
    void citations() {
        assertAgreesAtTokenStarts(CitationCues.OWN, CitationCues.OWN_STARTS, () -> CitationCues::ownMayStart, EXTRA);
        assertAgrees(CitationCues.CITED, CitationCues.CITED_STARTS, () -> CitationCues::citedMayStart, EXTRA);
    }

    @Test
    void citationCuesFoundAnywhereAsByFind() {
        List<String> texts = new java.util.ArrayList<>(ScanAgreement.texts(EXTRA));
        texts.addAll(List.of("", "[", "^", "[1]", "^1", "x[1]", "a^{2}", "(3)", "th", "The", "this study", "xthis study"));
        for (String s : texts) {
            assertEquals(CitationCues.CITED.matcher(s).find(), CitationCues.citedCue(s), s);
            assertEquals(CitationCues.CONTINUES.matcher(s).find(), CitationCues.continues(s), s);
        }
        assertAgreesAtTokenStarts(CitationCues.CONTINUES, CitationCues.CONTINUES_STARTS,
                () -> CitationCues::continuesMayStart, EXTRA);
    }

    @Test
    void roleTreatments() {
        List<String> extra = new java.util.ArrayList<>(EXTRA);
        extra.addAll(List.of("the control arm (observation only) and the experimental group (drug X plus Y); Standard  Arm ( best care )",
                "xcontrol arm (a b c), investigational group (Z), intervention arm(watchful waiting), 2control group (q r s)"));
        assertAgreesAtTokenStarts(GenericArmTreatments.ROLE_TREATMENT, GenericArmTreatments.ROLE_STARTS,
                () -> GenericArmTreatments::roleMayStart, extra);
    }

    @Test
    void gatedSearchesAgreeWithPlainSearches() {
        List<String> texts = new java.util.ArrayList<>(ScanAgreement.texts(EXTRA));
        texts.addAll(List.of("rates for these groups were 60%, 52% and 40%", "for each of these three strata",
                "in the two subgroups", "among those categories", "PFS was 8 and 3 years for each, respectively",
                "arms A and B", "Groups 1 vs 2", "cohorts II or III", "for these group", "arm A and B"));
        StudyArms arms = new StudyArms(List.of(new StudyArm("Arm A", List.of("arm a"), null),
                new StudyArm("Arm B", List.of("arm b"), null)), false);
        for (String s : texts) {
            assertEquals(EarlierGroups.BACK.matcher(s).find(), EarlierGroups.refersBack(s), s);
            // a pair of lettered arms gives a mention of each letter: both arms are named
            if (StudyArms.LETTER_PAIR.matcher(s).find() && s.toLowerCase(java.util.Locale.ROOT).contains("a and b"))
                assertEquals(2, arms.mentions(s).stream().map(StudyArms.Mention::arm).distinct().count(), s);
        }
    }

    @Test
    void regimenEnds() {
        assertAgrees(PerArmFacts.REGIMEN_END, PerArmFacts.REGIMEN_END_STARTS, () -> PerArmFacts::regimenEndMayStart, List.of(
                "drug A 40 mg/m2 (AB) or drug B; X versus Y, X vs. Y, VS Z, OR w, for, over, vsx. The end. lower. Next, ORAL",
                "a. \u00c9tude, b.\tZ, c.  z, d.A, xor, savvy, (or), -or-, 3or, \u00e9or"));
    }

    @Test
    void groupAnchorStartsAgreeWithPerCharacterScan() {
        List<String> texts = new java.util.ArrayList<>(ScanAgreement.texts(EXTRA));
        texts.addAll(List.of("", "(", ")", " ) (", "arm", "xarm ) ) group", "groupgroup  \t)arm", "cohort(", "a ( ) g",
                "A (n = 3), B ( $n$=4), C (*N* = 5), D (\u00a0n = 6), E (\tn=7) F ( x) G (12) (n"));
        for (String s : texts) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(groupAnchorStartsPerChar(s), ArmDetector.groupAnchorStarts(s), s);
        }
    }

    @Test
    void anchorsFromLowerCasedNounsAgree() {
        List<String> texts = new java.util.ArrayList<>(ScanAgreement.texts(EXTRA));
        texts.addAll(List.of("", "Arm arm ARM", "the GROUP group) ( Group", "\u0130 arm (n = 3) group", "xarmgroup arm"));
        texts.addAll(List.of("Cohort 2 and COHORT B; cohort(s) xcohort", "\u0130 Group A, arm B, cohort 3"));
        for (String s : texts) {
            String lower = s.toLowerCase(java.util.Locale.ROOT);
            int[] nouns = ArmNounWindows.nounStarts(s, lower);
            int[] cohorts = ArmTexts.cohortStarts(s, lower);
            boolean[] starts = new boolean[s.length()];
            for (int at : ArmDetector.groupAnchorPositions(s, nouns, cohorts)) starts[at] = true;
            org.junit.jupiter.api.Assertions.assertArrayEquals(groupAnchorStartsPerChar(s), starts, s);
            // the lettered arms tried at the listed nouns and cohorts are those of a find() loop
            List<String> plain = new java.util.ArrayList<>();
            java.util.regex.Matcher m = ArmDetector.LETTERED.matcher(s);
            while (m.find()) plain.add(m.start() + "-" + m.end());
            List<String> listed = new java.util.ArrayList<>();
            StartScan scan = StartScan.atPositions(ArmDetector.LETTERED, s, ArmDetector.letteredPositions(s, nouns, cohorts));
            for (int at = 0; scan.find(at); at = scan.next()) listed.add(scan.matcher().start() + "-" + scan.matcher().end());
            assertEquals(plain, listed, s);
        }
    }

    /** {@link ArmDetector#groupAnchorStarts} by one test per character, from the end (brackets that may open {@code n =}). */
    private static boolean[] groupAnchorStartsPerChar(String text) {
        boolean[] starts = new boolean[text.length()];
        boolean target = false;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Folded.isRegexSpace(c) || c == ')') {
                starts[i] = target;
                continue;
            }
            boolean word = c == 'g' ? text.startsWith("group", i) : c == 'a' ? text.startsWith("arm", i)
                    : c == 'c' && text.startsWith("cohort", i);
            boolean size = c == '(' && opensSize(text, i);
            target = size || word;
            starts[i] = size || word && StartScan.wordMayStart(text, i);
        }
        return starts;
    }

    /** The bracket at {@code i} is followed, after any {@code \s}, by {@code $}, {@code *}, {@code n} or {@code N}. */
    private static boolean opensSize(String text, int i) {
        int j = i + 1;
        while (j < text.length() && Folded.isRegexSpace(text.charAt(j))) j++;
        return j < text.length() && (text.charAt(j) == '$' || text.charAt(j) == '*' || text.charAt(j) == 'n' || text.charAt(j) == 'N');
    }

}
