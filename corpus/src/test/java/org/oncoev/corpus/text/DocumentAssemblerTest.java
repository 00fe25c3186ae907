package org.oncoev.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Section;
import org.oncoev.corpus.SectionKind;

/** Sectioning and passage kinds over a paper written for this test in the style converters produce. */
class DocumentAssemblerTest {
    static final String PAPER = String.join("\n",
            "",
            "Adjuvant Capecitabine After Resection of Biliary Tract Cancer: A Single-Centre Cohort",
            "",
            "Ana Ribeiro^{1,*}, Tomas Keller², Mei Lin^{1}",
            "",
            "¹Department of Oncology, Riverside University Hospital, Springfield; ²Institute of Pathology, Lakeview Medical School",
            "",
            "Correspondence: Ana Ribeiro, Department of Oncology, Riverside University Hospital, email a.ribeiro@example.org",
            "",
            "Background: Adjuvant therapy after resection remains debated.",
            "",
            "Methods: We reviewed 212 patients treated between 2012 and 2019.",
            "",
            "Results: Median OS was 41.2 vs. 33.0 months (*P* = .018).",
            "",
            "Conclusion: Capecitabine was associated with longer survival.",
            "",
            "Keywords: capecitabine, cholangiocarcinoma, adjuvant",
            "",
            "1. Introduction",
            "",
            "Biliary tract cancers are rare but lethal.¹ Resection offers the only chance of cure.^{2,3}",
            "",
            "The study was approved by the institutional review board of Riverside University Hospital.",
            "",
            "Copyright © 2024 the authors. Published under a CC BY licence.",
            "",
            "2. Methods",
            "",
            "2.1. Patients",
            "",
            "Patients received 1250 mg/m² capecitabine p.o. twice daily on days 1–14 of each 21-day cycle.",
            "",
            "Results",
            "",
            "Table 2 Survival by treatment group",
            "",
            "Group\tN\tMedian OS\tP",
            "Capecitabine\t104\t41.2\t.018",
            "Observation\t108\t33.0\t",
            "",
            "Figure 1. Kaplan–Meier estimates of overall survival by group.",
            "",
            "The 3-year survival rate was 58.4% versus 46.1% and the hazard ratio was 0.71 (95% CI, 0.52–0.97) in favour of",
            "",
            "capecitabine, an effect seen in all subgroups.",
            "",
            "DISCUSSION",
            "",
            "Our data support adjuvant capecitabine.",
            "",
            "12",
            "",
            "Acknowledgements",
            "",
            "We thank the nursing staff of the day unit.",
            "",
            "References",
            "",
            "1. Doe J, Roe R. Outcomes after resection of biliary cancer. J Surg Oncol. 2015;12:1–9.",
            "2. Poe K. Adjuvant trials in cholangiocarcinoma. Ann Oncol. 2018;29:100–110.",
            "");

    static Document doc() throws DocumentReadException {
        return DocumentAssembler.assemble("paper.txt", "txt", PAPER, null, List.of());
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("Adjuvant Capecitabine After Resection", PassageKind.TITLE),
                Arguments.of("Ana Ribeiro, Tomas Keller, Mei Lin", PassageKind.AFFILIATION),
                Arguments.of("Department of Oncology, Riverside", PassageKind.AFFILIATION),
                Arguments.of("Correspondence: Ana Ribeiro", PassageKind.AFFILIATION),
                Arguments.of("Background: Adjuvant therapy", PassageKind.ABSTRACT),
                Arguments.of("Results: Median OS was 41.2 vs. 33.0 months (P = .018).", PassageKind.ABSTRACT),
                Arguments.of("Keywords: capecitabine", PassageKind.ABSTRACT),
                Arguments.of("1. Introduction", PassageKind.HEADING),
                Arguments.of("Biliary tract cancers are rare but lethal. Resection offers the only chance of cure.", PassageKind.BODY),
                Arguments.of("The study was approved by the institutional", PassageKind.BODY),
                Arguments.of("Copyright © 2024", PassageKind.BOILERPLATE),
                Arguments.of("2.1. Patients", PassageKind.HEADING),
                Arguments.of("Patients received 1250 mg/m2 capecitabine p.o. twice daily on days 1–14", PassageKind.BODY),
                Arguments.of("Table 2 Survival by treatment group\nGroup\tN\tMedian OS\tP\nCapecitabine\t104\t41.2\t.018\nObservation\t108\t33.0", PassageKind.TABLE),
                Arguments.of("Figure 1. Kaplan–Meier estimates", PassageKind.CAPTION),
                Arguments.of("in favour of capecitabine, an effect seen in all subgroups.", PassageKind.BODY),
                Arguments.of("DISCUSSION", PassageKind.HEADING),
                Arguments.of("12", PassageKind.BOILERPLATE),
                Arguments.of("We thank the nursing staff", PassageKind.BOILERPLATE),
                Arguments.of("1. Doe J, Roe R.", PassageKind.REFERENCES));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void passageKinds(String textStart, PassageKind kind) throws Exception {
        Document d = doc();
        Passage p = d.passages().stream().filter(x -> x.text().equals(textStart)).findFirst().or(() -> d.passages().stream().filter(x -> x.text().contains(textStart)).findFirst())
                .orElseThrow(() -> new AssertionError("no passage with " + textStart + " in " + d.passages()));
        assertEquals(kind, p.kind(), p.toString());
    }

    @Test
    void labelledStatementBeforeTheTitleIsNotTheTitle() throws Exception {
        String text = "Data Availability Statement: Every dataset is held in the public archive named in the paper.\n\n"
                + "Maintenance Therapy After Induction in Advanced Ovarian Cancer\n\nAbstract\n\n"
                + "We followed 212 women for a median of 30 months after induction.\n";
        Document d = new TextDocumentReader().read("statement.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("Maintenance Therapy After Induction in Advanced Ovarian Cancer", d.title());
    }

    @Test
    void sectionsFollowHeadings() throws Exception {
        Document d = doc();
        assertEquals("Adjuvant Capecitabine After Resection of Biliary Tract Cancer: A Single-Centre Cohort", d.title());
        List<SectionKind> kinds = d.sections().stream().map(Section::kind).toList();
        assertEquals(List.of(SectionKind.FRONT_MATTER, SectionKind.ABSTRACT, SectionKind.INTRODUCTION, SectionKind.METHODS,
                SectionKind.METHODS, SectionKind.RESULTS, SectionKind.DISCUSSION, SectionKind.BACK_MATTER, SectionKind.REFERENCES), kinds);
        assertEquals("2.1. Patients", d.sections().get(4).heading());
        for (int i = 1; i < d.sections().size(); i++)
            assertEquals(d.sections().get(i - 1).charEnd(), d.sections().get(i).charStart(), "sections tile the text");
        for (Passage p : d.passages()) {
            Section s = d.sections().get(p.sectionOrdinal());
            assertTrue(s.charStart() <= p.charStart() && p.charEnd() <= s.charEnd(), "passage inside its section: " + p);
        }
    }

    @Test
    void passagesSliceTheSourceAndRoundTrip() throws Exception {
        Document d = doc();
        SeedCorpusTest.assertRoundTrip(d);
        Passage body = d.passages().stream().filter(p -> p.text().startsWith("Patients received")).findFirst().orElseThrow();
        int i = body.text().indexOf("1250 mg/m2");
        assertEquals("1250 mg/m²", PAPER.substring(body.sourceStart(i), body.sourceEnd(i + "1250 mg/m2".length())));
        Passage table = d.passages().stream().filter(p -> p.kind() == PassageKind.TABLE).findFirst().orElseThrow();
        assertEquals(4, table.sentences().size(), "one span per table line");
        assertTrue(PAPER.substring(table.charStart(), table.charEnd()).startsWith("Table 2"));
    }

    @Test
    void longParagraphsAreSplitAtSentences() throws Exception {
        String sentence = "The median progression-free survival was 7.4 months in the treated arm and 5.1 months in the control arm. ";
        String text = "A Title For A Long Paper About Survival\n\nResults\n\n" + sentence.repeat(60) + "\n";
        Document d = DocumentAssembler.assemble("long.txt", "txt", text, null, List.of());
        List<Passage> body = d.passages().stream().filter(p -> p.kind() == PassageKind.BODY).toList();
        assertTrue(body.size() >= 3, "split into several passages");
        for (Passage p : body) {
            assertTrue(p.text().length() <= DocumentAssembler.MAX_PASSAGE, "bounded size");
            assertTrue(p.text().endsWith("control arm."), "split at a sentence boundary");
        }
        SeedCorpusTest.assertRoundTrip(d);
    }

    @Test
    void pagesComeFromPageStarts() throws Exception {
        String text = "A Paper Title With Several Words\n\nFirst page paragraph with text.\n\nSecond page paragraph with text.\n";
        int second = text.indexOf("Second");
        Document d = DocumentAssembler.assemble("p.pdf", "pdf", text, new int[] {0, second}, List.of());
        assertEquals(2, d.pages());
        assertEquals(1, d.passages().get(0).page());
        assertEquals(2, d.passages().get(d.passages().size() - 1).page());
    }

    @Test
    void refusesHugeAndEmptyText() {
        assertThrows(DocumentReadException.class, () -> DocumentAssembler.assemble("e.txt", "txt", " \n\u200B\n", null, List.of()));
        String huge = "a".repeat(DocumentAssembler.MAX_CHARS + 1);
        DocumentReadException e = assertThrows(DocumentReadException.class, () -> DocumentAssembler.assemble("h.txt", "txt", huge, null, List.of()));
        assertEquals("parse", e.stage());
    }
}
