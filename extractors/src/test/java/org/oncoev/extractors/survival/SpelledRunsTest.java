package org.oncoev.extractors.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The run-narrowed search finds exactly the spelled endpoints a plain scan of the whole sentence finds. */
class SpelledRunsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Median overall survival and progression-free survival were 14.2 and 6.1 months.",
            "OVERALL SURVIVAL at 3 years; Loco\u2010regional control rates were high.",
            "The time to treatment failure, duration of response and time-to-tumour progression differed.",
            "Distant metastasis-free survival (DMFS), cancer specific survival and survivors were compared.",
            "Progression free rate at 6 months, toxicity-free survival, event-free survivals: all reported.",
            "No endpoint here: the controls received 3 cycles at that time, free of charge (p = 0.2).",
            "Local-regional tumour progression-free survival, local control, and survival benefit; survival.",
            "survival",
            "free",
            "",
            "Time-Free-Survival and time–to–progression (en dashes) and time\u2011to\u2011recurrence.",
            "x-free survival1 survival_ survival-free-survival, disease\u2010free\u2011survival.",
            "\u00e9survival, 3survival, _survival, \u0301overall survival, caf\u00e9 disease-free survival,x-free survival"})
    void findsWhatAPlainScanFinds(String s) {
        assertSameAsPlainScan(s);
    }

    @Test
    void findsWhatAPlainScanFindsInVariants() {
        for (String s : org.oncoev.extractors.text.ScanAgreement.texts(List.of(
                "Toxicity-free survival, x-free survival, ABC-free survivals and 1-free survival; TIME TO DEATH.",
                "metastases-free survival, melanoma-specific survival, tumor specific survival, cause-specific survival",
                "time to first local progression, time to any progression, relapse free survival, failure-free survival"))) {
            assertSameAsPlainScan(s);
        }
    }

    private static void assertSameAsPlainScan(String s) {
        List<String> plain = new ArrayList<>();
        Matcher all = EndpointLexicon.SPELLED.matcher(s);
        while (all.find()) plain.add(all.start() + "-" + all.end() + ":" + all.group());
        List<String> narrowed = new ArrayList<>();
        SpelledRuns runs = new SpelledRuns(EndpointLexicon.SPELLED, s);
        for (int at = 0; (at = runs.next(at)) >= 0; at = runs.matcher().end()) {
            Matcher m = runs.matcher();
            narrowed.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        assertEquals(plain, narrowed, s);
    }
}
