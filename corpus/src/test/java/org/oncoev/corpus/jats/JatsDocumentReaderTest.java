package org.oncoev.corpus.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReaders;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Section;
import org.oncoev.corpus.SectionKind;

/** Structure, inline markup and offsets of a small JATS article written for the project. */
class JatsDocumentReaderTest {
    private static Document doc;

    @BeforeAll
    static void read() throws Exception {
        doc = JatsFixtures.read("small-trial.nxml");
    }

    private static String textOf(PassageKind kind) {
        return doc.passages().stream().filter(p -> p.kind() == kind).map(Passage::text).collect(Collectors.joining("\n"));
    }

    @Test
    void registeredForXmlAndNxml() {
        assertTrue(DocumentReaders.forFile("a.nxml").orElseThrow() instanceof JatsDocumentReader);
        assertTrue(DocumentReaders.forFile("A.XML").orElseThrow() instanceof JatsDocumentReader);
        assertEquals("jats", doc.format());
    }

    @Test
    void titleAndSourceText() {
        assertEquals("Drug A plus radiotherapy versus radiotherapy alone in stage III disease: a randomised trial", doc.title());
        assertTrue(doc.sourceText().startsWith("<?xml"));
    }

    @ParameterizedTest(name = "{0} holds \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "ABSTRACT|Median overall survival was 18.2 months (95% CI 15.1–21.3) with drug A",
            "ABSTRACT|(HR 0.68, 95% CI 0.49–0.94; P = 0.019)",
            "ABSTRACT|Drug A was given at 75 mg/m2 on day 1.",
            "BODY|with 5-year survival near 15% and little progress over two decades [1,2].",
            "BODY|of each 21-day cycle. Platelets",
            "BODY|100 × 10^9/L",
            "BODY|(P < 0.001; odds 2.5 × 10^-4)",
            "BODY|Radiotherapy: 60 Gy in 30 fractions.",
            "BODY|Drug A lengthened survival.",
            "HEADING|2.1 Treatment",
            "HEADING|Key points",
            "REFERENCES|Earlier A Survival in stage III disease Example J 2001",
            "BOILERPLATE|We thank the patients.",
            "BOILERPLATE|Creative Commons licence",
            "BOILERPLATE|Funded by the Example Cancer Foundation.",
            "AFFILIATION|Department of Oncology, Example University Hospital",
            "AFFILIATION|Correspondence to Ann B Example",
    })
    void passagesOfEachKind(PassageKind kind, String expected) {
        assertTrue(textOf(kind).contains(expected), kind + ": " + textOf(kind));
    }

    @Test
    void nothingOutsideEvidenceLeaksIntoEvidencePassages() {
        String evidence = doc.passages().stream().filter(p -> p.kind().carriesEvidence()).map(Passage::text)
                .collect(Collectors.joining("\n"));
        for (String s : List.of("Creative Commons", "thank", "Example University", "Funded by", "Earlier A", "radiotherapy; randomised"))
            assertFalse(evidence.contains(s), s);
    }

    @Test
    void sectionsCarryHeadingsAndKinds() {
        List<String> headings = doc.sections().stream().map(s -> s.kind() + ":" + s.heading()).toList();
        assertTrue(headings.containsAll(List.of("ABSTRACT:Background", "ABSTRACT:Results", "INTRODUCTION:Introduction",
                "METHODS:Patients and methods", "METHODS:2.1 Treatment", "RESULTS:Results", "BACK_MATTER:Acknowledgements",
                "REFERENCES:References")), headings.toString());
        int prevEnd = 0;
        for (Section s : doc.sections()) {
            assertEquals(prevEnd, s.charStart(), "sections tile the source");
            prevEnd = s.charEnd();
        }
        assertEquals(doc.sourceText().length(), prevEnd);
        assertEquals(SectionKind.FRONT_MATTER, doc.sections().get(0).kind());
        List<String> levels = doc.sections().stream().filter(s -> s.heading() != null && s.kind() != SectionKind.ABSTRACT)
                .map(s -> s.heading() + "@" + s.level()).toList();
        assertTrue(levels.containsAll(List.of("Introduction@1", "Patients and methods@1", "2.1 Treatment@2", "Results@1",
                "References@0")), levels.toString());
    }

    @Test
    void everyCharacterMapsToTheXmlThatWroteIt() {
        String src = doc.sourceText();
        for (Passage p : doc.passages()) {
            assertFalse(p.text().isBlank(), p.toString());
            for (int i = 0; i < p.text().length(); i++) {
                char c = p.text().charAt(i);
                int s = p.sourceStart(i), e = p.sourceEnd(i + 1);
                assertTrue(s <= e && e <= src.length(), p + " @" + i);
                if (i > 0) assertTrue(s >= p.sourceStart(i - 1), "non-decreasing starts in " + p);
                if (Character.isLetter(c) && e - s == 1) assertEquals(c, src.charAt(s), p + " @" + i);
            }
        }
    }

    @ParameterizedTest(name = "\"{0}\" comes from \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "P < 0.001|P</italic>&#x2009;&lt;&#x2009;0.001",
            "15.1–21.3|15.1&#x2013;21.3",
            "10^-4|10<sup>&#x2212;4</sup>",
            "near 15% and|near 15%<xref ref-type=\"bibr\" rid=\"R1\">1</xref> and",
    })
    void sourceRangeOfAPhraseIsItsMarkup(String phrase, String xml) {
        Passage p = doc.passages().stream().filter(q -> q.text().contains(phrase)).findFirst().orElseThrow();
        int i = p.text().indexOf(phrase);
        String slice = doc.sourceText().substring(p.sourceStart(i), p.sourceEnd(i + phrase.length()));
        assertEquals(xml, slice);
    }

    @Test
    void metadataFromFrontMatter() {
        var m = doc.metadata();
        assertNotNull(m);
        assertEquals("Example Oncology Reports", m.journal());
        assertEquals(2019, m.year());
        assertEquals("10.9999/eor.2019.0042", m.doi());
        assertEquals("99000001", m.pmid());
        assertEquals("PMC9900001", m.pmcid());
        assertEquals("12", m.volume());
        assertEquals("3", m.issue());
        assertEquals("101-109", m.pages());
        assertEquals("http://creativecommons.org/licenses/by/4.0/", m.license());
        assertEquals(List.of("Example:Ann B", "Sample:Carl", "The Example Trial Group:null"),
                m.authors().stream().map(a -> a.family() + ":" + a.given()).toList());
        assertEquals(List.of("NCT:NCT01234567:text", "NCT:NCT07654321:references"),
                m.trials().stream().map(t -> t.registry() + ":" + t.registrationId() + ":" + t.source()).toList());
        assertEquals("jats", m.sources().get("doi"));
    }
}
