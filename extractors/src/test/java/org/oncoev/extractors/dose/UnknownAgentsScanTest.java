package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.ScanAgreement;

/** The stem regex tried only at the word runs it may match finds what a full find() loop finds. */
class UnknownAgentsScanTest {
    private static final List<String> EXTRA = List.of(
            "Zorvatinib 40 mg, plomerumab and Kelvicept; AB-12345, XYZ123, ABCDE-123, crizotinibe, fosmab-x, -lenatinib",
            "nivolumab_2, abc_degib, described, accepted, oligopeptide, ZZ99999999, Ab-123, Qwertyplatin/doxorubicin(",
            "a grastimgrastimgrastimgrastimgrastimgrastim, Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaavir, Bbbvir, vir, ABvir",
            "Carboplatino, zelotecana; ciclofosfamida, metotrexato, Vinorelbina and plarozolo; trexato, isona, Bbbison");

    @Test
    void candidatesAgreeWithFindLoop() {
        int found = 0;
        for (String text : ScanAgreement.texts(EXTRA)) {
            List<String> full = new ArrayList<>();
            Matcher m = UnknownAgents.DRUG.matcher(text);
            while (m.find()) full.add(m.start() + "-" + m.end());
            List<String> gated = new ArrayList<>();
            Matcher g = UnknownAgents.DRUG.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            char[] chars = text.toCharArray();
            for (int s = 0; (s = UnknownAgents.nextCandidate(chars, s)) >= 0; s = UnknownAgents.wordEnd(chars, s)) {
                g.region(s, text.length());
                if (g.lookingAt()) gated.add(g.start() + "-" + g.end());
            }
            assertEquals(full, gated, text);
            found += full.size();
        }
        assertTrue(found > 20);
    }
}
