package org.oncoev.extractors.dose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Span;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/** The extractor over whole passages: provenance, sentence handling and hostile input. */
class DoseExtractorPassageTest {
    private final DoseExtractor extractor = new DoseExtractor();

    private static Passage passage(String text, int sourceOffset, List<Span> sentences) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            starts[i] = sourceOffset + i;
            ends[i] = sourceOffset + i + 1;
        }
        return new Passage(3, 1, PassageKind.BODY, text, starts, ends, sentences, null);
    }

    @Test
    void findingsCarryRawTextOffsetsAndProvenance() {
        String text = "Patients were randomised. The arm received oxaliplatin 85 mg/m2 IV on day 1 every 2 weeks.";
        Passage p = passage(text, 1000, List.of(new Span(0, 25), new Span(26, text.length())));
        List<Finding> found = extractor.extract(p, ExtractionContext.empty());
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals("oxaliplatin 85 mg/m2", f.raw());
        assertEquals(text.indexOf("oxaliplatin"), f.passageStart());
        assertEquals(1000 + f.passageStart(), f.sourceStart());
        assertEquals(1000 + f.passageEnd(), f.sourceEnd());
        assertEquals(3, f.passageOrdinal());
        assertEquals("dose", f.extractor());
        assertEquals("3.4.11", f.extractorVersion());
        Fact.Dose d = (Fact.Dose) f.fact();
        assertEquals("IV", d.route());
        assertEquals("on day 1, every 2 weeks", d.schedule());
        assertTrue(f.accepted());
    }

    @Test
    void aSentenceSplitInsideARangeIsRejoined() {
        String text = "The prescribed dose ranged 45-64.8 Gy in daily fractions.";
        Passage p = passage(text, 0, List.of(new Span(0, 32), new Span(33, text.length())));
        List<Finding> found = extractor.extract(p, ExtractionContext.empty());
        assertEquals(1, found.size());
        Fact.Dose d = (Fact.Dose) found.get(0).fact();
        assertEquals(45.0, d.amount());
        assertEquals(64.8, d.amountMax());
    }

    @Test
    void armLabelsFromTheContextAreAttached() {
        String text = "In the ATRA plus FOLFOX4 group, ATRA 20 mg was taken three times a day.";
        Passage p = passage(text, 0, List.of(new Span(0, text.length())));
        List<Finding> found = extractor.extract(p, new ExtractionContext(null, List.of("ATRA plus FOLFOX4")));
        assertEquals("ATRA plus FOLFOX4", found.get(0).arm());
    }

    @Test
    void impossibleDosesAreKeptAsRejectedFindings() {
        String text = "Radiotherapy delivered 0 Gy to the contralateral breast.";
        List<Finding> found = extractor.extract(passage(text, 0, List.of()), ExtractionContext.empty());
        assertEquals(1, found.size());
        assertEquals("amount is not positive", found.get(0).rejectedReason());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void hostileInputStaysBoundedAndDoesNotThrow(int kind) {
        String text = switch (kind) {
            case 1 -> "1/".repeat(20_000) + "1 mg sorafenib";
            case 2 -> "sorafenib " + "9".repeat(30_000) + " mg";
            case 3 -> "oxaliplatin (".repeat(5_000) + "85 mg/m2";
            case 4 -> "day 1 and ".repeat(5_000) + "oxaliplatin 85 mg/m2";
            default -> ("5-FU 400 mg/m2 " + "x ".repeat(100)).repeat(200);
        };
        List<Finding> found = extractor.extract(passage(text, 0, List.of()), ExtractionContext.empty());
        assertTrue(found.size() <= text.length(), "bounded output");
    }
}
