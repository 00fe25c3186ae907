package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Route precedence: the first route written after the dose, then before it, then a procedure's (intra-arterial first). */
class DoseRoutesTest {

    @Test
    void firstRouteInTextOrderWins() {
        assertEquals("oral", DoseDetails.route("", " orally, then intravenously", "", ""));
        assertEquals("IV", DoseDetails.route("", " as an infusion; capsules later", "", ""));
        assertEquals("s.c.", DoseDetails.route("", " SC or IM", "", ""));
        assertEquals("i.m.", DoseDetails.route("given IM", " daily", "", ""));
        assertEquals("IV", DoseDetails.route("", " given I.V. on day 1", "", ""));
    }

    @Test
    void caseRulesOfEachRouteHold() {
        // s.c. and i.m. abbreviations are case-sensitive; the others are not
        assertNull(DoseDetails.route("", " sc im daily", "", ""));
        assertEquals("intraperitoneal", DoseDetails.route("", " by Hipec", "", ""));
    }

    @Test
    void intraArterialProcedureWinsOverAnEarlierIntraperitonealOne() {
        assertEquals("intra-arterial", DoseDetails.route("", "", "HIPEC was followed by TACE.", ""));
        assertEquals("intraperitoneal", DoseDetails.route("", "", "HIPEC was given.", "Later TACE."));
        assertEquals("intra-arterial", DoseDetails.route("", "", "No procedure here.", "Given by HAIC, not HIPEC."));
        assertNull(DoseDetails.route("", "", "No procedure here.", "Nor here."));
    }
}
