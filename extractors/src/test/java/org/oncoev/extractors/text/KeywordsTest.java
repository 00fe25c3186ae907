package org.oncoev.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
