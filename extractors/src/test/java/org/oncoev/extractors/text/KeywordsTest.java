package org.oncoev.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordsTest {
    private static final Keywords WORDS = new Keywords("skin", "kinase", "inter");
    /** A one-letter keyword beside longer ones with the same first letter; second letters are folded too. */
    private static final Keywords MIXED = new Keywords("s", "sk", "ak", "at");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "words|no match in this line|0|-1",
            "words|the SKIN graft|0|4",
            "words|a \u017fkin patch|0|2",
            "words|a \u212ainase assay|0|2",
            "words|\u0130nter alia|0|0",
            "words|inter and skin|1|10",
            "words|inter|5|-1",
            "mixed|no much here|0|-1",
            "mixed|a mouse|0|5",
            "mixed|an a\u212Aa, AT|0|3",
            "mixed|an \u0130K|0|-1",
            "mixed|bbb\u017f|0|3",
            "mixed|qa|0|-1",
            "mixed|qat|0|1"})
    void indexInFindsFoldedKeywords(String set, String text, int from, int expected) {
        assertEquals(expected, (set.equals("words") ? WORDS : MIXED).indexIn(text, from));
    }

    /** Sets whose shortest keyword has three letters or more: {@link Keywords#indexIn} skips by letter pairs. */
    private static final List<Keywords> SKIPPING = List.of(WORDS,
            new Keywords("surviv", "control", "time", "duration", "free"),
            new Keywords("the", "patients", "arm", "mg/m2", "eee", "ee-e"),
            new Keywords("aaa", "aab", "baa", "p = "));

    @Test
    void skippingSearchFindsEveryKeywordStart() {
        List<String> texts = new java.util.ArrayList<>(ScanAgreement.texts(List.of(
                "aaaab baab aabaa eeeee-e ee-eee mg/m2 MG/M2 p = 0.1 P = .2 TIME-FREE Survival controls durations",
                "a", "aa", "aaa", "")));
        for (Keywords k : SKIPPING) {
            for (String t : texts) {
                for (int from = 0; from <= t.length() + 1; from++) {
                    int expected = -1;
                    for (int i = Math.max(0, from); i < t.length() && expected < 0; i++) if (k.at(t, i)) expected = i;
                    assertEquals(expected, k.indexIn(t, from), "from " + from + " in " + t);
                    for (int to = Math.max(0, from); to <= t.length(); to++) {
                        boolean starts = expected >= 0 && expected < to;
                        assertEquals(starts, k.startsIn(t, from, to), "[" + from + ", " + to + ") of " + t);
                    }
                }
            }
        }
    }
}
