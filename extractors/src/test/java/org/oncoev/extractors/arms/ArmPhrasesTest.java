package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.extractors.arms.ArmPhrases.ArmPhrase;

/** Treatment phrases that name arms, read forwards after a verb and backwards before a group word or size. */
class ArmPhrasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ATRA plus FOLFOX4 and 32 with FOLFOX4 only|ATRA plus FOLFOX4",
            "the combined therapy of TACE, IMRT, and sorafenib.|TACE, IMRT, and sorafenib",
            "TACE and IMRT alone (n = 47)|TACE and IMRT alone",
            "weekly docetaxel followed by surgery|weekly docetaxel followed by surgery",
            "gemcitabine in combination with cisplatin every 3 weeks|gemcitabine in combination with cisplatin",
            "5-FU/LV on day 1|5-FU/LV",
            "carboplatin/paclitaxel/QZ-417 every 3 weeks|carboplatin/paclitaxel/QZ-417",
            "carboplatin + AB2210 on day 1|carboplatin + AB2210",
            "carboplatin and HER2 testing|carboplatin",
            "the combination of sorafenib and TACE; the others|sorafenib and TACE",
            "placebo versus sorafenib|placebo"})
    void readsForwards(String text, String label) {
        ArmPhrase ph = ArmPhrases.startingAt(text, 0);
        assertEquals(label, ph == null ? null : ph.label(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "in the ATRA plus FOLFOX4 group|ATRA plus FOLFOX4",
            "of patients in the TACE plus IMRT in combination with sorafenib group|TACE plus IMRT in combination with sorafenib",
            "Characteristic\tTwice-daily radiotherapy|Twice-daily radiotherapy",
            "versus those treated with capecitabine alone|capecitabine alone",
            "No RT|No RT",
            "in the QZ-417/carboplatin/paclitaxel group|QZ-417/carboplatin/paclitaxel"})
    void readsBackwards(String text, String label) {
        int end = text.endsWith(" group") ? text.length() - " group".length() : text.length();
        ArmPhrase ph = ArmPhrases.endingAt(text, end);
        assertEquals(label, ph == null ? null : ph.label(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"in the two groups", "patients with hepatitis B", "Male sex", "the control arm"})
    void ignoresPhrasesWithoutATreatment(String text) {
        assertNull(ArmPhrases.endingAt(text, text.length()), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ATRA plus FOLFOX4|ATRA+FOLFOX4",
            "TACE plus IMRT alone|TACE and IMRT",
            "TACE, IMRT, and sorafenib|TACE plus IMRT in combination with sorafenib",
            "5-FU plus oxaliplatin|fluorouracil and OXA"})
    void sameArmSameKey(String a, String b) {
        assertEquals(ArmPhrases.key(a), ArmPhrases.key(b));
    }

    /** A code-named agent joined to a regimen makes another arm than the regimen alone; its key keeps the code. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "QZ-417/carboplatin/paclitaxel|carboplatin/paclitaxel",
            "AB2210 plus docetaxel|docetaxel"})
    void codeNamedAgentMakesAnotherKey(String withCode, String without) {
        org.junit.jupiter.api.Assertions.assertNotEquals(ArmPhrases.key(withCode), ArmPhrases.key(without));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "QZ-417|true", "AB2210|true", "HER2|true", "XELOX|false", "IMRT|false", "Ki67|false", "T2|false"})
    void codeNames(String word, boolean code) {
        assertEquals(code, ArmPhrases.isCodeName(word), word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "weekly docetaxel|3-weekly docetaxel",
            "TACE plus IMRT|TACE plus IMRT plus sorafenib",
            "RT|No RT",
            "once-daily radiotherapy|twice-daily radiotherapy"})
    void differentArmsDifferentKeys(String a, String b) {
        org.junit.jupiter.api.Assertions.assertNotEquals(ArmPhrases.key(a), ArmPhrases.key(b));
    }
}
