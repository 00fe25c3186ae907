package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArmNounWindowsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Patients in the weekly docetaxel arm lived longer than those in the 3-weekly arm.",
            "Survival was longer in the A and B groups than in the control group (p = 0.02).",
            "No arm noun here at all, only the usual words of the and to.",
            "The Arms of the study: ARM A received drug X; in the Group B patients received drug Y.",
            "between the chemotherapy plus cetuximab and chemotherapy alone groups, and in the observation arm",
            "the group",
            "arm",
            "Outcomes differed between the alpha-1 + beta2 and the gamma + delta/x treatment groups at each visit.",
            "Rates were lower with the one + two + three treatment arms than vs. the four + five + six treatment arms.",
            "BETWEEN THE LOW + HIGH AND THE MID TREATMENT GROUPS; FROM\tthe\nalpha\u000Bbeta   Arm.",
            "Toxicity in the drug (low dose) group, of the high, dose arm and vs. the X vs. Y arms, for the \u00bd-dose arm",
            "Compared with the \u2160\u2010\u2192* arm, and the caf\u00e9 + th\u00e9 groups; than the \ud835\udc00 group"})
    void windowedScansFindWhatAFullScanFinds(String sentence) {
        String text = ("Background text that pads the passage so windows start inside it. ").repeat(5) + sentence
                + " " + sentence;
        for (Pattern p : List.of(ArmCatalog.NAMED, ArmCatalog.PAIR)) {
            assertEquals(fullScan(p.matcher(text), text, true), windowed(p.matcher(text), text, true), p.pattern());
            assertEquals(fullScan(p.matcher(text), text, false), windowed(p.matcher(text), text, false), p.pattern());
        }
    }

    private static List<String> fullScan(Matcher m, String text, boolean overlapping) {
        List<String> out = new ArrayList<>();
        if (overlapping) {
            for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) out.add(m.start() + ":" + m.group());
        } else {
            while (m.find()) out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> windowed(Matcher m, String text, boolean overlapping) {
        List<String> out = new ArrayList<>();
        ArmNounWindows.forEachMatch(m, ArmNounWindows.scan(text), overlapping, x -> out.add(x.start() + ":" + x.group()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Patients in the weekly docetaxel arm lived longer than those in the 3-weekly arm.",
            "The pharmacology group and the subgroup analyses of the alarm arms; the GROUP of the ARMS.",
            "\u0130n the \u0130\u0130 arm and the \u212A group, the \u017F arm; the \ud801\udc00 group of the arm",
            "armgroup arm group arm",
            "the  group",
            "vs. the X arm; of the + arm; versus the \u2192 group"})
    void scanFindsTheWindowsAndLeadsOfACharacterScan(String sentence) {
        String text = ("Pads the passage, so that windows begin inside of it, with the words. ").repeat(4) + sentence;
        ArmNounWindows.Scan plain = ArmNounWindows.scan(text);
        ArmNounWindows.Scan lowered = ArmNounWindows.scan(text, text.toLowerCase(java.util.Locale.ROOT));
        List<String> expected = windowsAsText(referenceWindows(text));
        assertEquals(expected, windowsAsText(plain.windows()));
        assertEquals(expected, windowsAsText(lowered.windows()));
        List<Integer> leads = referenceLeads(text, referenceWindows(text));
        assertEquals(leads, asList(plain.leads()));
        assertEquals(leads, asList(lowered.leads()));
    }

    private static List<String> windowsAsText(List<int[]> windows) {
        List<String> out = new ArrayList<>();
        for (int[] w : windows) out.add(w[0] + "-" + w[1]);
        return out;
    }

    private static List<Integer> asList(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int x : a) out.add(x);
        return out;
    }

    /** Windows by a test at every character: 200 back from each arm noun, merged. */
    private static List<int[]> referenceWindows(String text) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int len = noun(text, i);
            if (len == 0) continue;
            int start = Math.max(0, i - ArmNounWindows.REACH);
            int end = Math.min(text.length(), i + len + 2);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && start <= last[1]) last[1] = Math.max(last[1], end);
            else out.add(new int[] {start, end});
        }
        return out;
    }

    private static int noun(String text, int i) {
        if (org.oncoev.extractors.text.Folded.startsWith(text, i, "arm")) return 3;
        return org.oncoev.extractors.text.Folded.startsWith(text, i, "group") ? 5 : 0;
    }

    /** Leads by a forward search at each position: a noun after a space reached through name characters only. */
    private static List<Integer> referenceLeads(String text, List<int[]> windows) {
        List<Integer> out = new ArrayList<>();
        for (int[] w : windows) {
            for (int i = w[0]; i < w[1]; i++) {
                if (!ArmNounWindows.leadMayStart(text, i)) continue;
                for (int j = i; j < w[1]; j++) {
                    if (j > 0 && Character.isWhitespace(text.charAt(j - 1)) && " \t\n\u000B\f\r".indexOf(text.charAt(j - 1)) >= 0
                            && noun(text, j) > 0) { out.add(i); break; }
                    char c = text.charAt(j);
                    boolean vsDot = c == '.' && j >= 2 && org.oncoev.extractors.text.Folded.startsWith(text, j - 2, "vs");
                    boolean name = Character.isLetterOrDigit(c) || " \t\n\u000B\f\r+/-*\u2010\u2192".indexOf(c) >= 0
                            || Character.isSurrogate(c) || Character.getType(c) == Character.LETTER_NUMBER
                            || Character.getType(c) == Character.OTHER_NUMBER || vsDot;
                    if (!name) break;
                }
            }
        }
        return out;
    }
}
