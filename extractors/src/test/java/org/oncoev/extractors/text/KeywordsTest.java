package org.oncoev.extractors.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordsTest {
    private static final Keywords WORDS = new Keywords("skin", "kinase", "inter");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no match in this line|0|-1",
            "the SKIN graft|0|4",
            "a \u017fkin patch|0|2",
            "a \u212ainase assay|0|2",
            "\u0130nter alia|0|0",
            "inter and skin|1|10",
            "inter|5|-1"})
    void indexInFindsFoldedKeywords(String text, int from, int expected) {
        assertEquals(expected, WORDS.indexIn(text, from));
    }
}
