package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.ScanAgreement;

/** The lettered-arm name patterns tried only near the arm's first word find what a full find() loop finds. */
class NearWordTest {
    private static final List<String> EXTRA = List.of(
            "Patients received XY-1 (arm B) or drug Z (ZQ; Arm A); Arm A: ABC (n = 40), Arm B DEF (12 cycles)",
            "Group 2 FLX (N = 48)\tFLX Arm B (N = 47)\tcohort 3 (\u00b2)  (  GEM ,  group   2 )",
            "The control (arm B) was drug X then drug Y (XY). ARM b\u00a0Q (n=3) alarm (pharmARM B) ARMB",
            "\ud835\udc00\ud835\udc00\ud835\udc00\ud835\udc00\ud835\udc00\ud835\udc00\ud835\udc00\ud835\udc00\ud835\udc00\ud835\udc00"
                    + "\ud835\udc00\ud835\udc00\ud835\udc00\ud835\udc00 ( \u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9; Group 1)",
            "x+ABC (Arm B), a/DEF (arm B), -GHI (arm B), \u00e9JKL (Arm B), 7MNO arm B (n = 5), (PQR, arm A) x(STU; arm A)");

    @Test
    void matchesAgreeWithFindLoop() {
        List<String> texts = new ArrayList<>(ScanAgreement.texts(EXTRA));
        texts.add(String.join(" ", texts));
        for (String lettered : List.of("Arm A", "Arm B", "arm b", "Group 1", "Group 2", "Cohort 3", "ARM B")) {
            List<Pattern> patterns = new ArrayList<>(List.of(LetteredArmNames.patterns(lettered)));
            patterns.add(LetteredArmNames.opening(lettered));
            for (int q = 0; q < patterns.size(); q++) {
                Pattern p = patterns.get(q);
                for (String text : texts) {
                    List<String> full = new ArrayList<>();
                    Matcher m = p.matcher(text);
                    while (m.find()) full.add(m.start() + "-" + m.end() + ":" + m.group(m.groupCount() > 0 ? 1 : 0));
                    List<String> near = new ArrayList<>();
                    int[] starts = NearWord.starts(text, NearWord.firstWord(lettered));
                    // as LetteredArmNames tries them: the bracketed patterns at brackets, the others at token starts
                    starts = q == 1 || q == 4 ? NearWord.brackets(text, starts) : NearWord.tokenStarts(text, starts);
                    NearWord.forEachMatch(p.matcher(text), starts,
                            n -> near.add(n.start() + "-" + n.end() + ":" + n.group(n.groupCount() > 0 ? 1 : 0)));
                    assertEquals(full, near, lettered + " / " + p + " / " + text);
                }
            }
        }
    }

    @Test
    void someMatchesAreFound() {
        String text = EXTRA.get(0);
        List<String> near = new ArrayList<>();
        for (Pattern p : LetteredArmNames.patterns("Arm A")) {
            NearWord.forEachMatch(p.matcher(text), NearWord.starts(text, "arm"), m -> near.add(m.group(1)));
        }
        assertEquals(List.of("Z", "ZQ", "ABC"), near);
    }

    @Test
    void startsFromTheLowerCasedTextAreThoseOfAPerPositionTest() {
        List<String> texts = new ArrayList<>(ScanAgreement.texts(EXTRA));
        texts.add("\u0130 arm GROUP cohort \u212A arm sk\u0131 Arm");
        for (String text : texts) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            for (String word : List.of("arm", "group", "cohort", "risk", "k")) {
                assertEquals(java.util.Arrays.toString(NearWord.starts(text, word)),
                        java.util.Arrays.toString(NearWord.starts(text, lower, word)), word + ": " + text);
            }
        }
    }
}
