package org.oncoev.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.ExclusionReason;
import org.oncoev.corpus.Exclusions;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.SectionKind;

/**
 * The exclusion rule: text is evidence-bearing unless positively recognised as references, affiliations, a licence,
 * funding or interests, or journal furniture; every excluded range is recorded with its reason. Each case is a short
 * paper written for this test.
 */
class ExclusionRuleTest {
    private static final String EVIDENCE = "Median overall survival was 11.4 months (95% CI 9.8-13.0) versus 8.9 months (P = 0.017).";
    private static final String TITLE = "Weekly paclitaxel with or without a second agent in advanced gastric cancer";

    private static String paper(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Three pages of prose, each headed by the same running line; the evidence sentence sits on the last page. */
    private static String pagedPaper() {
        String filler = "Patients were assessed every eight weeks with imaging and laboratory tests until progression. ".repeat(12).strip();
        StringBuilder s = new StringBuilder(TITLE + "\n\nResults\n\n");
        for (int page = 0; page < 3; page++) {
            s.append("Imaginary Journal of Clinical Oncology\n\n").append(filler).append("\n\n");
        }
        return s.append(EVIDENCE).append("\n\n7\n").toString();
    }

    /** Name, paper, excluded text fragment (null: nothing is excluded), its reason, the kind of the evidence's section. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a body after an unrecognised first line stays body",
                        paper("Reported results", "", "Between 2016 and 2020, 148 patients were enrolled at four centres. Median age was 61 years.",
                                "", EVIDENCE, "", "Grade 3 neutropenia occurred in 22% of patients."),
                        null, null, SectionKind.FRONT_MATTER),
                Arguments.of("a Keywords: line closes the abstract and opens no back matter",
                        paper(TITLE, "", "Background: Options after platinum are limited.", "", "Results: Disease control was 61%.", "",
                                "Keywords: gastric cancer; informed consent; paclitaxel", "", "Patients and treatment", "",
                                "Eligible patients had measurable disease after one prior regimen.", "", EVIDENCE),
                        null, null, SectionKind.OTHER),
                Arguments.of("a bare Keywords label line opens no back matter",
                        paper(TITLE, "", "Abstract", "", "Results: Disease control was 61%.", "", "Keywords:", "",
                                "gastric cancer, paclitaxel", "", "Introduction", "", "Second-line options are few.", "",
                                "Study conduct", "", EVIDENCE),
                        null, null, SectionKind.INTRODUCTION),
                Arguments.of("an Abbreviations: line stays evidence and opens no back matter",
                        paper(TITLE, "", "1. Methods", "", "Patients received paclitaxel weekly.", "",
                                "Abbreviations: OS, overall survival", "", "Outcome measures", "", EVIDENCE),
                        null, null, SectionKind.METHODS),
                Arguments.of("an Ethics statement sub-heading does not turn the rest of the methods into back matter",
                        paper(TITLE, "", "Abstract", "", "Aims: To compare two schedules.", "", "2. Materials and methods", "",
                                "Ethics statement", "", "The protocol was approved by the review board and all patients gave written informed consent.",
                                "", "Eligibility", "", "Adults with measurable disease were eligible.", "", "Follow-up and end points", "", EVIDENCE),
                        null, null, SectionKind.METHODS),
                Arguments.of("a Methods heading merged with Study population stays body",
                        paper(TITLE, "", "Abstract", "", "Aims: To describe outcomes.", "", "Methods Study population", "", EVIDENCE),
                        null, null, SectionKind.METHODS),
                Arguments.of("a reference list is excluded as references",
                        paper(TITLE, "", "Results", "", EVIDENCE, "", "References", "",
                                "1. Novak P, Lind K. Weekly taxanes in gastric cancer. Imag J Oncol. 2018;12:101-109."),
                        "1. Novak P, Lind K. Weekly taxanes in gastric cancer. Imag J Oncol. 2018;12:101-109.",
                        ExclusionReason.REFERENCES, SectionKind.RESULTS),
                Arguments.of("affiliations are excluded as affiliations",
                        paper(TITLE, "", "Department of Medical Oncology, Northfield University Hospital, Lakeside, Elsewhere", "",
                                "Results", "", EVIDENCE),
                        "Department of Medical Oncology, Northfield University Hospital, Lakeside, Elsewhere",
                        ExclusionReason.AFFILIATIONS, SectionKind.RESULTS),
                Arguments.of("a copyright notice is excluded as licence",
                        paper(TITLE, "", "Results", "", EVIDENCE, "", "Copyright 2022 The Authors. Distributed under a CC BY licence."),
                        "Copyright 2022 The Authors. Distributed under a CC BY licence.", ExclusionReason.LICENCE, SectionKind.RESULTS),
                Arguments.of("an ISSN and copyright line is excluded as licence",
                        paper(TITLE, "", "Results", "", EVIDENCE, "", "0000-0000/© 2021 Imaginary Society of Oncology. Published by Nobody Ltd."),
                        "0000-0000/© 2021 Imaginary Society of Oncology. Published by Nobody Ltd.", ExclusionReason.LICENCE, SectionKind.RESULTS),
                Arguments.of("a sidebar's interests statement in two paragraphs is excluded whole and opens no back matter",
                        paper("Competing interests: The authors have declared", "", "that no competing interests exist.", "", TITLE, "",
                                "Results", "", EVIDENCE),
                        "Competing interests: The authors have declared\n\nthat no competing interests exist.", ExclusionReason.FUNDING,
                        SectionKind.RESULTS),
                Arguments.of("a funding section is excluded as funding",
                        paper(TITLE, "", "Results", "", EVIDENCE, "", "Funding", "",
                                "This trial received a grant from an imaginary cancer charity (grant 00-000)."),
                        "This trial received a grant from an imaginary cancer charity (grant 00-000).", ExclusionReason.FUNDING,
                        SectionKind.RESULTS),
                Arguments.of("a competing-interests statement is excluded as funding",
                        paper(TITLE, "", "Results", "", EVIDENCE, "", "The authors declare no competing interests."),
                        "The authors declare no competing interests.", ExclusionReason.FUNDING, SectionKind.RESULTS),
                Arguments.of("a funding section that reports results stays body",
                        paper(TITLE, "", "Results", "", "Response was seen in 30% of patients.", "", "Acknowledgements", "", EVIDENCE),
                        null, null, SectionKind.BACK_MATTER),
                Arguments.of("publication dates are excluded as furniture",
                        paper(TITLE, "", "Received: 3 May 2021; Accepted: 9 August 2021", "", "Results", "", EVIDENCE),
                        "Received: 3 May 2021; Accepted: 9 August 2021", ExclusionReason.FURNITURE, SectionKind.RESULTS),
                Arguments.of("reference entries running on under a funding heading are references",
                        paper(TITLE, "", "Results", "", EVIDENCE, "", "Funding", "", "None declared.", "",
                                "12. Novak P, Lind K. Weekly taxanes in gastric cancer. Imag J Oncol. 2018;12:101-109."),
                        "12. Novak P, Lind K. Weekly taxanes in gastric cancer. Imag J Oncol. 2018;12:101-109.",
                        ExclusionReason.REFERENCES, SectionKind.RESULTS),
                Arguments.of("an ethics and consent paragraph in the methods is read",
                        paper(TITLE, "", "Methods", "", "The study was approved by the ethics committee and all patients gave informed consent.",
                                "", EVIDENCE),
                        null, null, SectionKind.METHODS),
                Arguments.of("a running head repeated on every page is excluded as furniture",
                        pagedPaper(), "Imaginary Journal of Clinical Oncology", ExclusionReason.FURNITURE, SectionKind.RESULTS),
                Arguments.of("a page number is excluded as furniture",
                        pagedPaper(), "\n7\n", ExclusionReason.FURNITURE, SectionKind.RESULTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evidenceIsReadAndExclusionsCarryTheirReason(String name, String text, String excluded, ExclusionReason reason,
                                                     SectionKind evidenceSection) throws Exception {
        Document d = DocumentAssembler.assemble("t.txt", "txt", text, null, List.of());
        Passage evidence = d.passages().stream().filter(p -> p.text().contains(EVIDENCE)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": evidence sentence not in one passage: " + d.passages()));
        assertTrue(evidence.kind().carriesEvidence(), name + ": " + evidence);
        assertEquals(evidenceSection, d.sections().get(evidence.sectionOrdinal()).kind(), name);
        Exclusions ex = d.exclusions();
        for (Exclusions.Range r : ex.ranges())
            assertTrue(r.end() <= evidence.charStart() || r.start() >= evidence.charEnd(), name + ": evidence excluded " + r);
        if (excluded == null) {
            assertEquals(Map.of(), Map.copyOf(ex.charsByReason()),
                    name + ": nothing excluded, but " + ex.ranges().stream().map(r -> text.substring(r.start(), r.end())).toList());
            return;
        }
        String fragment = excluded.strip();
        int at = excluded.startsWith("\n") ? text.lastIndexOf(excluded) + 1 : text.indexOf(fragment);
        Exclusions.Range range = ex.ranges().stream().filter(r -> r.start() <= at && at < r.end()).findFirst().orElse(null);
        assertNotNull(range, name + ": not excluded: " + fragment + " in " + ex.ranges());
        assertEquals(reason, range.reason(), name);
        assertEquals(fragment, text.substring(range.start(), range.end()), name);
        assertTrue(ex.chars(reason) >= fragment.length(), name);
        assertEquals(ex.totalChars(), ex.charsByReason().values().stream().mapToInt(Integer::intValue).sum(), name);
    }
}
