package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.ScanAgreement;

/** The literal gates of {@link ArmCatalog}'s design patterns hold wherever a pattern matches. */
class DesignGateTest {
    private static final List<String> EXTRA = List.of(
            "Subjects got randomized into X or Y; randomisation used blocks; randomly allocated; randomly divided.",
            "were assigned to drug X, allocated to drug Y, RANDOMISED, Randomly Assigned, randomised to receive Z.");

    @Test
    void gatesHoldWhereThePatternsMatch() {
        int matched = 0;
        for (String text : ScanAgreement.texts(EXTRA)) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (ArmCatalog.RANDOMISED.matcher(text).find()) {
                matched++;
                assertTrue(lower.contains("random"), text);
            }
            if (ArmCatalog.DESIGN.matcher(text).find()) {
                matched++;
                assertTrue(lower.contains("random") || lower.contains("gned") || lower.contains("allocated"), text);
            }
        }
        assertTrue(matched > 10);
    }
}
