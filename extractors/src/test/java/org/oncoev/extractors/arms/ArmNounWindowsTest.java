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
}
