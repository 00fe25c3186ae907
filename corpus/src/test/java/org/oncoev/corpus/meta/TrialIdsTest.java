package org.oncoev.corpus.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrialIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The study was registered at ClinicalTrials.gov (NCT 01234567).|NCT:NCT01234567",
            "Registered as nct09876543 and ISRCTN11223344.|NCT:NCT09876543 ISRCTN:ISRCTN11223344",
            "EudraCT number: 2011-004321-17.|EudraCT:2011-004321-17",
            "Chinese registry ChiCTR-TRC-13003456 and chictr2000031234.|ChiCTR:ChiCTR-TRC-13003456 ChiCTR:ChiCTR2000031234",
            "Registered with UMIN-CTR UMIN000012345.|UMIN:UMIN000012345",
            "ANZCTR ACTRN12612000123456; CTRI/2015/04/005678.|ACTRN:ACTRN12612000123456 CTRI:CTRI/2015/04/005678",
            "A study of 120 patients with no registration given.|",
            "The number 2011-004321-17 without the registry's name.|",
    })
    void findsEachRegistrysIdsInAnyCase(String sentence, String expected) {
        String got = TrialIds.ids(sentence).stream().map(id -> id[0] + ":" + id[1]).collect(Collectors.joining(" "));
        assertEquals(expected == null ? "" : expected, got);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Registered as NcT01234567.|true",
            "euDRAct 2011-004321-17|true",
            "Median overall survival was 14.2 months.|false",
            "|false",
    })
    void theGateRejectsOnlyTextsWithoutAnyRegistryPrefix(String text, boolean mayHold) {
        String t = text == null ? "" : text;
        assertEquals(mayHold, TrialIds.mayHoldId(t));
        if (!mayHold) assertTrue(TrialIds.ids(t).isEmpty());
        else assertFalse(TrialIds.ids(t).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"NCT12345678 ", "x İSRCTN12345678 NCT87654321"})
    void unicodeCaseFoldingNeverHidesAnAsciiId(String text) {
        List<String[]> ids = TrialIds.ids(text);
        assertTrue(ids.stream().anyMatch(id -> id[0].equals("NCT")));
    }
}
