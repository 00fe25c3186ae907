package org.oncoev.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Section;

/** Markdown input: the first {@code #} heading is the title, heading levels nest sections. */
class MarkdownStructureTest {
    private static final String PAPER = """
            # Everolimus maintenance after induction in neuroendocrine tumours: a cohort study

            ## Abstract

            We followed 58 patients who continued everolimus after an induction phase.

            ## Methods

            ### Eligibility

            Adults with a well-differentiated tumour were eligible.

            ## Results

            ### Patients

            The median age was 61 years and most tumours arose in the pancreas.

            ### Survival outcomes

            Median progression-free survival was 14.2 months (95% CI, 11.0-17.4).

            ## Discussion

            Maintenance appeared tolerable.

            ## References

            1. Someone A, Another B. An earlier study. J Example Oncol. 2011;4:10-19.
            """;

    private final TextDocumentReader reader = new TextDocumentReader();

    @Test
    void firstHashHeadingIsTheTitle() throws Exception {
        Document d = reader.read("paper.md", PAPER.getBytes(StandardCharsets.UTF_8));
        String title = "Everolimus maintenance after induction in neuroendocrine tumours: a cohort study";
        assertEquals(title, d.title());
        Passage first = d.passages().get(0);
        assertEquals(PassageKind.TITLE, first.kind());
        assertEquals(title, d.sourceText().substring(first.charStart(), first.charEnd()).strip(), "offsets skip the #");
    }

    @ParameterizedTest
    @CsvSource({
            // heading, kind, level
            "Abstract, ABSTRACT, 1",
            "Methods, METHODS, 1",
            "Eligibility, METHODS, 2",
            "Results, RESULTS, 1",
            "Patients, RESULTS, 2",   // its words alone would say methods
            "Survival outcomes, RESULTS, 2",
            "Discussion, DISCUSSION, 1",
    })
    void headingLevelsNestSections(String heading, String kind, int level) throws Exception {
        Document d = reader.read("paper.md", PAPER.getBytes(StandardCharsets.UTF_8));
        List<Section> found = d.sections().stream().filter(s -> heading.equals(s.heading())).toList();
        assertEquals(1, found.size(), heading + " in " + d.sections());
        assertEquals(kind, found.get(0).kind().name(), heading);
        assertEquals(level, found.get(0).level(), heading);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"# Title|1", "## Results|2", "###### Deep|6", "####### Seven|0", "#NoSpace|0",
            "Plain|0", "#|0"})
    void markdownLevels(String text, int level) {
        assertEquals(level, BlockClassifier.markdownLevel(text));
    }
}
