package org.oncoev.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: asserts that a {@link StartScan} over a regex finds exactly what a plain {@code find()} loop finds,
 * on sentences written for the tests and on variants of each (case changed, spaces widened or made non-breaking,
 * letters swapped for the non-ASCII ones case-insensitive regexes equate with them).
 */
public final class ScanAgreement {
    private ScanAgreement() {}

    /** Sentences of every evidence type, with the odd characters papers have. */
    public static final List<String> SENTENCES = List.of(
            "A total of 122 patients were enrolled (59 in Arm A and 63 in Arm B); of whom 117 were eligible.",
            "Of 1,024 patients screened, 720 were randomized to receive FOLFOX4 or placebo; the remaining 304 were not.",
            "There were 120 low-risk, 95 intermediate-risk and 40 high-risk patients; sixty-six women and twelve men.",
            "Arm A\tArm B\n n = 45\t n = 44\nOS rate (%)\t1-year\t3-year\nArm A\t88.9\t82.4",
            "Group A (n = 32) received TACE plus sorafenib 400 mg twice daily, days 1-14 of a 21-day cycle.",
            "Oxaliplatin 85 mg/m2 i.v. on day 1 and capecitabine 1000 mg/m\u00b2 orally b.i.d.; 60 Gy in 30 fractions.",
            "Cisplatin AUC 5 and 10 to 20 mL lipiodol via HAIC; HIPEC was followed by intraperitoneal 5-FU (2\u00d7200 mg).",
            "The median OS was 14.2 vs 11.0 months (95% CI, 12.1\u201316.3; HR 0.72; P < .001) in the sorafenib group.",
            "1-, 2-, and 3-year PFS rates were 85.4%, 72.0%, and 67.2%, respectively; mPFS 9 mo, DMFS and LRC at 5 yrs.",
            "Progression-free survival, time to progression and locoregional control (LC) rates were reported previously.",
            "Smith et al. reported in the SHARP trial [12, 14] that 3 of the 35 patients had grade 3 events (^{4}).",
            "We found (P = 0.03 and 0.04, respectively) p-value of 0,05; Pinteraction = .02; (all P > .05) log-rank P<0.0001.",
            "patients who received gemcitabine alone vs those treated with nab-paclitaxel in the control arm, cohort 2.",
            "Eighteen (37.1%) of the 48 subjects aged 65 or over; over 40 patients; each 12 more than 5 people.",
            "x_12 patients, \ud835\udc0012 patients p = .1, \u0301p = 0.2, \u00e912 men, \u0663 patients; \u00e9p=1, _p=2 in arms",
            "\u00e9t\u00e9 12\u2009345 patients \u2013 \u2264 0.05 \u2265 1 \u2a7d 2 \ud835\udc00 23 patients \u0345 in 7 men.");

    /** Each sentence and its variants. */
    public static List<String> texts(List<String> extra) {
        Set<String> out = new LinkedHashSet<>();
        List<String> base = new ArrayList<>(SENTENCES);
        base.addAll(extra);
        for (String s : base) {
            out.add(s);
            out.add(s.toUpperCase(Locale.ROOT));
            out.add(s.toLowerCase(Locale.ROOT));
            out.add(s.replace(' ', '\u00a0'));
            out.add(s.replace(" ", "  "));
            out.add(s.replace(" ", "\n"));
            out.add(s.replace("i", "\u0131").replace("I", "\u0130").replace("s", "\u017f").replace("k", "\u212a"));
            out.add(s.replace(" ", ""));
        }
        return new ArrayList<>(out);
    }

    /** Asserts agreement of a fresh scan (from {@code scan}) with a find() loop of {@code p} on every text. */
    public static void assertAgrees(Pattern p, StartChars first, Supplier<StartScan.StartTest> test, List<String> extra) {
        for (String s : texts(extra)) {
            List<String> plain = new ArrayList<>();
            Matcher m = p.matcher(s);
            while (m.find()) plain.add(m.start() + "-" + m.end());
            List<String> scanned = new ArrayList<>();
            StartScan scan = new StartScan(p, s, first, test.get());
            for (int at = 0; scan.find(at); at = scan.next()) scanned.add(scan.matcher().start() + "-" + scan.matcher().end());
            assertEquals(plain, scanned, p.pattern().substring(0, Math.min(40, p.pattern().length())) + " on " + s);
        }
    }

    /**
     * As {@link #assertAgrees}, for a scan over token starts ({@link StartScan#atTokenStarts}); also asserts that the
     * test holds only at positions {@link TokenStarts} lists, on every text.
     */
    public static void assertAgreesAtTokenStarts(Pattern p, StartChars first, Supplier<StartScan.StartTest> test,
                                                 List<String> extra) {
        assertAgrees(p, first, test, extra);
        for (String s : texts(extra)) {
            List<String> plain = new ArrayList<>();
            Matcher m = p.matcher(s);
            while (m.find()) plain.add(m.start() + "-" + m.end());
            List<String> scanned = new ArrayList<>();
            StartScan scan = StartScan.atTokenStarts(p, s, first, test.get());
            for (int at = 0; scan.find(at); at = scan.next()) scanned.add(scan.matcher().start() + "-" + scan.matcher().end());
            assertEquals(plain, scanned, "at token starts: " + p.pattern().substring(0, Math.min(40, p.pattern().length())) + " on " + s);
            TokenStarts tokens = TokenStarts.of(s);
            Set<Integer> listed = new java.util.HashSet<>();
            for (int k = 0; k < tokens.size(); k++) listed.add(tokens.get(k));
            StartScan.StartTest t = test.get();
            for (int i = 0; i < s.length(); i++) {
                if (first.contains(s.charAt(i)) && t.mayStart(s, i))
                    assertEquals(true, listed.contains(i), "test holds off the token starts at " + i + " of " + s);
            }
        }
    }

    /** As {@link #assertAgrees}, for a scan tried only where {@code literal} stands ({@link StartScan#atLiteral}). */
    public static void assertAgreesAtLiteral(Pattern p, String literal, List<String> extra) {
        for (String s : texts(extra)) {
            List<String> plain = new ArrayList<>();
            Matcher m = p.matcher(s);
            while (m.find()) plain.add(m.start() + "-" + m.end());
            List<String> scanned = new ArrayList<>();
            StartScan scan = StartScan.atLiteral(p, s, literal);
            for (int at = 0; scan.find(at); at = scan.next()) scanned.add(scan.matcher().start() + "-" + scan.matcher().end());
            assertEquals(plain, scanned, "at " + literal + ": " + p.pattern().substring(0, Math.min(40, p.pattern().length())) + " on " + s);
        }
    }
}
