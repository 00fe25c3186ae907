package org.oncoev.corpus.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Span;

/** Sentence boundaries in paper-style text written for this test. */
class SentenceSplitterTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("The median OS was 14.0 vs. 8.0 months in the two arms.", List.of(
                        "The median OS was 14.0 vs. 8.0 months in the two arms.")),
                Arguments.of("Patients received 85 mg/m2 oxaliplatin i.v. on Day 1 followed by infusional fluorouracil. Cycles repeated every 2 weeks.", List.of(
                        "Patients received 85 mg/m2 oxaliplatin i.v. on Day 1 followed by infusional fluorouracil.",
                        "Cycles repeated every 2 weeks.")),
                Arguments.of("As shown by Moreau et al. in a prior series, toxicity was mild. Dose delays were rare.", List.of(
                        "As shown by Moreau et al. in a prior series, toxicity was mild.", "Dose delays were rare.")),
                Arguments.of("Survival curves are shown in Fig. 2 for both groups. No deaths occurred.", List.of(
                        "Survival curves are shown in Fig. 2 for both groups.", "No deaths occurred.")),
                Arguments.of("Capecitabine was given p.o. twice daily. Responses were assessed by CT.", List.of(
                        "Capecitabine was given p.o. twice daily.", "Responses were assessed by CT.")),
                Arguments.of("Some agents, e.g. sorafenib, were excluded. Others, i.e. cytotoxics, were allowed.", List.of(
                        "Some agents, e.g. sorafenib, were excluded.", "Others, i.e. cytotoxics, were allowed.")),
                Arguments.of("The trial enrolled approx. 300 patients at site No. 4 over ca. 5 years. Accrual ended early.", List.of(
                        "The trial enrolled approx. 300 patients at site No. 4 over ca. 5 years.", "Accrual ended early.")),
                Arguments.of("Rates were 40% and 25%, resp. in the two cohorts. The difference was significant.", List.of(
                        "Rates were 40% and 25%, resp. in the two cohorts.", "The difference was significant.")),
                Arguments.of("The hazard ratio was 0.71. The 95% CI was 0.52 to 0.97.", List.of(
                        "The hazard ratio was 0.71.", "The 95% CI was 0.52 to 0.97.")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void splitsScientificProse(String text, List<String> expected) {
        List<Span> spans = SentenceSplitter.split(text);
        assertEquals(expected, spans.stream().map(s -> s.coveredText(text)).toList());
    }

    @org.junit.jupiter.api.Test
    void tableRowsAreLines() {
        String table = "Arm\tN\tMedian OS\nA\t52\t14.0\n\nB\t49\t8.0";
        assertEquals(List.of("Arm\tN\tMedian OS", "A\t52\t14.0", "B\t49\t8.0"),
                SentenceSplitter.splitLines(table).stream().map(s -> s.coveredText(table)).toList());
    }
}
