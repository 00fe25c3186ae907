package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.ScanAgreement;
import org.oncoev.extractors.text.StartScan;

/** Regexes tried only where their lead words stand find what a plain search finds. */
class LiteralStartsTest {
    private static final List<String> TEXTS = List.of(
            "Patients were randomised to chemotherapy plus cetuximab (CTX) or chemotherapy alone (CT; Arm B).",
            "PATIENTS WERE RANDOMLY ASSIGNED to CTX; Randomization was 1:1; the ctx ( arm b ) group.",
            "Chemotherapy Plus Cetuximab ( ctx , arm B) and \u0130stanbul RANDOMIZED; cTx (Arm B) allocated.",
            "\u212aTX (arm b) and \u017fandomised; Chemotherapy plus cetuximab\u00a0(CTX) \u03a3 \u00e9 randomi\u017fed",
            "", "random", "xrandomized to A", "assignedallocated assigned, allocated.");

    @Test
    void positionsAreTheLowerCasedOccurrences() {
        assertArrayEquals(new int[] {0, 4, 6, 11}, LiteralStarts.of("Arm a ARM xarm", "arm a arm xarm", "arm", "a a"));
        assertArrayEquals(new int[] {}, LiteralStarts.of("none", "none", "arm"));
        assertNull(LiteralStarts.of("\u0130x", "\u0130x".toLowerCase(Locale.ROOT), "x"));
    }

    @Test
    void findAgreesWithPlainSearch() {
        List<String> texts = new ArrayList<>(ScanAgreement.texts(TEXTS));
        String[][] cases = {
            {"chemotherapy plus cetuximab", "\\s*\\((?:[^()]{0,20}[;,]\\s*)?CTX\\s*[;,)]"},
            {"CTX", "\\s*[(;,]\\s*Arm B\\s*[;,)]"},
            {"chemotherapy alone", "\\s*\\((?:[^()]{0,20}[;,]\\s*)?Arm B\\s*[;,)]"},
            {"\u00e9", "\\s*x"},
            {"Arm", "\\s"},
        };
        for (String[] c : cases) {
            Pattern p = Pattern.compile(Pattern.quote(c[0]) + c[1], Pattern.CASE_INSENSITIVE);
            for (String t : texts) {
                assertEquals(p.matcher(t).find(), LiteralStarts.find(p, t, t.toLowerCase(Locale.ROOT), c[0]), c[0] + " in " + t);
            }
        }
    }

    @Test
    void scanAgreesWithFindLoop() {
        for (String t : ScanAgreement.texts(TEXTS)) {
            for (Pattern p : List.of(ArmCatalog.DESIGN, ArmCatalog.RANDOMISED)) {
                List<String> plain = new ArrayList<>();
                Matcher m = p.matcher(t);
                while (m.find()) plain.add(m.start() + "-" + m.end());
                List<String> scanned = new ArrayList<>();
                StartScan scan = LiteralStarts.scan(p, t, t.toLowerCase(Locale.ROOT), "random", "assigned", "allocated");
                for (int at = 0; scan.find(at); at = scan.next()) scanned.add(scan.matcher().start() + "-" + scan.matcher().end());
                assertEquals(plain, scanned, p.pattern() + " on " + t);
            }
        }
    }
}
