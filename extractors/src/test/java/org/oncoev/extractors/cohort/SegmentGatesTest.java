package org.oncoev.extractors.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The per-segment gates hold wherever the rules they gate can match, and the cheap count reads agree with the slow ones. */
class SegmentGatesTest {
    private static final List<String> SENTENCES = List.of(
            "A total of 82 HCC patients were enrolled.", "Sixty-six Subjects were randomised; 3 PTS withdrew.",
            "Of 1,024 patients screened, 720 were enrolled, of whom 12 were treated with drug A.",
            "Among them, 40 received B.", "OF THESE, 9 were given C; of them 7 in arm D.",
            "We treated 45\tWOMEN and 30\nmen (n = 75).", "The response rate was 45% in arm A.",
            "Among whom eleven received X.", "twelve individuals, 5 volunteers, 8 children and 14 adults took part.");

    @Test
    void nounGateHoldsWhereNounRulesMatch() {
        for (String s : SENTENCES) {
            boolean matched = CohortExtractor.NOUN_COUNT.matcher(s).find()
                    || CohortLists.COUNTS_SHARING_NOUN.matcher(s).find();
            if (matched) assertTrue(SegmentGates.nounAfterSpace(s), s);
        }
        assertEquals(false, SegmentGates.nounAfterSpace("The response rate was 45% in arm A."));
        assertEquals(false, SegmentGates.nounAfterSpace("patients alone at the start"));
        assertEquals(true, SegmentGates.nounAfterSpace("in 12 Patients"));
    }

    @Test
    void relativeGateHoldsWhereRelativeLeadsMatch() {
        for (String s : SENTENCES) {
            for (Matcher m = CohortExtractor.ELIDED.matcher(s); m.find(); ) {
                String lead = m.group(1);
                if (lead != null && !List.of("and", "while", "whereas").contains(lead.toLowerCase(java.util.Locale.ROOT)))
                    assertTrue(SegmentGates.relativeLead(s), s);
            }
        }
        assertEquals(false, SegmentGates.relativeLead("Twenty patients received A and 20 received B."));
        assertEquals(true, SegmentGates.relativeLead("AMONG THEM, 4 were given C."));
    }

    @Test
    void countReads() {
        record Case(String text, int value) {}
        for (Case c : List.of(new Case("82", 82), new Case("1,251", 1251), new Case("1\u2009251", 1251),
                new Case("1 251 ", 1251), new Case("123456789", 123456789), new Case("1234567890", -1),
                new Case("12a", -1), new Case("Sixty-six", 66), new Case("one hundred and twelve", 112)))
            assertEquals(c.value(), CountWords.parse(c.text()), c.text());
        assertTrue(CountWords.mayContainCount("no digits but Seventy words", 0, 27));
        assertTrue(CountWords.mayContainCount("cases: 7", 0, 8));
        assertEquals(false, CountWords.mayContainCount("someone often tenth", 0, 19));
        assertEquals(false, CountWords.mayContainCount("x 7 y", 0, 2));
    }

    @Test
    void beforeTailsHoldWhereTheWindowRegexesMatch() {
        List<String> windows = List.of("Of the ", "eight (14%) OF\t", "28 out of the  ", "a trial of more than ",
                "a meta-analysis of nearly ", "data were available for all ", "available from ", "aged 18 to ",
                "ages 3-", "ages 3 \u2013 ", "only the ", "we will later enrol a further ", "remaining 12 and ",
                "Of the \u2028", "age of ", "Excluding ", "of the 80 ", "patients ", "");
        for (String w : windows) {
            if (CohortCues.FRACTION_BEFORE.matcher(w).find()) assertTrue(BeforeTails.endsWithWord(w, BeforeTails.FRACTION), w);
            if (CohortCues.STUDY_OF_ABOUT.matcher(w).find())
                assertTrue(BeforeTails.endsWithWord(w, BeforeTails.STUDY_OF_ABOUT), w);
            if (CohortCues.AVAILABLE_BEFORE.matcher(w).find()) assertTrue(BeforeTails.endsWithWord(w, BeforeTails.AVAILABLE), w);
            if (CohortCues.BEFORE_NEGATIVE.matcher(w).find()) assertTrue(BeforeTails.mayEndNegative(w), w);
        }
        assertEquals(false, BeforeTails.mayEndNegative("of the 80 "));
        assertEquals(true, BeforeTails.mayEndNegative("Of the \u2028"));
        assertEquals(false, BeforeTails.endsWithWord("patients ", BeforeTails.FRACTION));
    }

    @Test
    void listTriggers() {
        record Case(String text, int bits) {}
        for (Case c : List.of(new Case("Toxicity was assessed in 40 of 42 patients", ListTriggers.SAFETY),
                new Case("Safety analyses", ListTriggers.SAFETY), new Case("no adverse events", ListTriggers.SAFETY),
                new Case("40 and 42, respectively, were treated", ListTriggers.RESPECTIVELY),
                new Case("RESPECTIVELY", 0), new Case("safety of 4 and 5, respectively", 3), new Case("", 0)))
            assertEquals(c.bits(), ListTriggers.of(c.text()), c.text());
    }
}
