package org.oncoev.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.SectionKind;

/** Running lines, inserted boilerplate, abstract ends and journal banners, over papers written for this test. */
class PassageStructureTest {
    private static final String HEADER = "Example Oncology Letters · Volume 12";
    private static final String LINE_A = "Patients were randomly assigned to weekly paclitaxel or to the three-weekly schedule, stratified by";
    private static final String LINE_B = "centre and nodal status, and the primary endpoint was progression-free survival at two years.";
    private static final String JOINED = LINE_A + " " + LINE_B;
    private static final String PAGE_OF_TEXT = "Other text follows here on the rest of the page. ".repeat(22).strip();

    private static Document assemble(String... lines) throws Exception {
        Document d = DocumentAssembler.assemble("t.txt", "txt", String.join("\n", lines), null, List.of());
        SeedCorpusTest.assertRoundTrip(d);
        return d;
    }

    private static Passage body(Document d, String start) {
        return d.passages().stream().filter(p -> p.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no passage " + start + " in " + d.passages()));
    }

    static Stream<Arguments> brokenParagraphs() {
        String title = "A Randomised Trial Of Two Paclitaxel Schedules";
        return Stream.of(
                // a running header recurs page by page: its repeats lie a page of text apart
                Arguments.of("running header inside the paragraph", List.of(title, "", "Methods", "", LINE_A, HEADER, LINE_B, "",
                        PAGE_OF_TEXT, "", HEADER, "", PAGE_OF_TEXT, "", HEADER, "")),
                Arguments.of("page number inside the paragraph", List.of(title, "", "Methods", "", LINE_A, "7", LINE_B, "")),
                Arguments.of("page number between blank lines", List.of(title, "", "Methods", "", LINE_A, "", "- 7 -", "", LINE_B, "")),
                Arguments.of("inserted boilerplate blocks", List.of(title, "", "Methods", "", LINE_A, "",
                        "Copyright © 2024 the authors. Published under a CC BY licence.", "",
                        "Correspondence: Department of Oncology, Example University Hospital, Springfield.", "",
                        "Received: 3 March 2024 / Accepted: 9 May 2024", "", LINE_B, "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenParagraphs")
    void brokenParagraphsAreJoined(String name, List<String> lines) throws Exception {
        Document d = assemble(lines.toArray(String[]::new));
        Passage p = body(d, LINE_A.substring(0, 30));
        assertEquals(PassageKind.BODY, p.kind());
        assertEquals(JOINED, p.text(), name);
        assertEquals(1, p.sentences().size(), "one sentence across the join");
        for (Passage q : d.passages()) assertFalse(q.text().contains("Copyright") || q.text().equals("7"), "cut-out block is no passage: " + q);
    }

    @Test
    void realParagraphEndBeforeBoilerplateIsNotJoined() throws Exception {
        Document d = assemble("A Randomised Trial Of Two Paclitaxel Schedules", "", "Methods", "", "Patients were randomised centrally.", "",
                "Copyright © 2024 the authors. Published under a CC BY licence.", "", "Treatment continued until progression.", "");
        assertEquals(PassageKind.BODY, body(d, "Patients were").kind());
        assertEquals(PassageKind.BOILERPLATE, body(d, "Copyright").kind());
        assertEquals("Treatment continued until progression.", body(d, "Treatment").text());
    }

    @Test
    void proseNamingAnInstitutionIsBodyNotAffiliation() throws Exception {
        String prose = "A later series by Novak et al. reviewed 412 consecutive patients treated at the Riverside University "
                + "Cancer Center, Lakeside Hospital and the Northern Institute. The patients were divided into two groups, "
                + "and the 1-, 2- and 3-year overall survival rates were 81.2, 66.0 and 52.3%, respectively.";
        Document d = assemble("Editorial: Where Next For Regional Chemotherapy", "", prose, "",
                "Department of Oncology, Riverside University Hospital, Lakeside, Freedonia", "");
        assertEquals(PassageKind.BODY, body(d, "A later series").kind());
        assertEquals(PassageKind.AFFILIATION, body(d, "Department of Oncology").kind());
    }

    @Test
    void headingLineDirectlyAboveItsParagraphStartsASection() throws Exception {
        Document d = assemble("Weekly Paclitaxel In Older Patients: A Phase II Study", "",
                "ABSTRACT", "Background: Weekly dosing may be better tolerated.", "Results: Median PFS was 5.1 months.", "",
                "METHODS", "Paclitaxel 80 mg/m2 was given on days 1, 8 and 15 of a 28-day cycle.", "",
                "Results", "A total of 48 patients were enrolled.", "");
        assertEquals(PassageKind.HEADING, body(d, "METHODS").kind());
        assertEquals(PassageKind.BODY, body(d, "Paclitaxel 80").kind());
        assertEquals(PassageKind.HEADING, body(d, "Results").kind());
        assertEquals(PassageKind.ABSTRACT, body(d, "Background:").kind());
        assertTrue(d.sections().stream().anyMatch(s -> s.kind() == SectionKind.METHODS), d.sections().toString());
        assertTrue(d.sections().stream().anyMatch(s -> s.kind() == SectionKind.RESULTS), d.sections().toString());
    }

    @Test
    void runningLineNeedsProseOnBothSides() throws Exception {
        Document d = assemble("A Randomised Trial Of Two Paclitaxel Schedules", "", "Results", "", "Arm\tN", "A\t12", "7", "B\t9", "");
        assertTrue(d.passages().stream().noneMatch(p -> p.kind() == PassageKind.BODY && p.text().contains("Arm")), d.passages().toString());
    }

    static Stream<Arguments> abstractEnds() {
        return Stream.of(
                Arguments.of("after the conclusion label", List.of("Background: Schedules differ in toxicity.", "",
                        "Results: Median PFS was 9.1 months.", "", "Conclusions: Weekly dosing was better tolerated.", ""), PassageKind.BODY),
                Arguments.of("after keywords", List.of("Background: Schedules differ in toxicity.", "",
                        "Results: Median PFS was 9.1 months.", "", "Keywords: paclitaxel, schedule", ""), PassageKind.BODY),
                Arguments.of("not before the abstract ends", List.of("Background: Schedules differ in toxicity.", "",
                        "Results: Median PFS was 9.1 months.", ""), PassageKind.ABSTRACT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("abstractEnds")
    void unlabelledParagraphAfterAbstract(String name, List<String> abstractLines, PassageKind expected) throws Exception {
        String next = "Breast cancer remains a leading cause of death in women, and taxanes are central to its treatment.";
        String[] lines = Stream.concat(Stream.concat(Stream.of("A Randomised Trial Of Two Paclitaxel Schedules", ""), abstractLines.stream()),
                Stream.of(next, "", "Methods", "", "Patients were randomised centrally.", "")).toArray(String[]::new);
        Document d = assemble(lines);
        Passage p = body(d, "Breast cancer remains");
        assertEquals(expected, p.kind(), name);
        if (expected == PassageKind.BODY) assertEquals(SectionKind.OTHER, d.sections().get(p.sectionOrdinal()).kind());
        assertEquals(PassageKind.ABSTRACT, body(d, "Results: Median PFS").kind());
    }

    static Stream<Arguments> titles() {
        String title = "Weekly Versus Three-Weekly Paclitaxel In Metastatic Breast Cancer";
        return Stream.of(
                Arguments.of(List.of("Open Access", "", "Example Journal of Clinical Oncology 2023; 14(2): 101–110", "",
                        "https://doi.org/10.1000/example.2023.101", "", "Research Article", "", title, ""), title),
                Arguments.of(List.of("ORIGINAL ARTICLE", "", "Published online: 12 May 2023", "", "Annals of Example Medicine", "", title, ""), title),
                Arguments.of(List.of("TITLE: " + title, ""), title),
                Arguments.of(List.of(title, ""), title));
    }

    @ParameterizedTest
    @MethodSource("titles")
    void titleSkipsJournalBanner(List<String> front, String title) throws Exception {
        String[] lines = Stream.concat(front.stream(), Stream.of("Background: Schedules differ in toxicity.", "",
                "Results: Median PFS was 9.1 months.", "")).toArray(String[]::new);
        assertEquals(title, assemble(lines).title());
    }
}
