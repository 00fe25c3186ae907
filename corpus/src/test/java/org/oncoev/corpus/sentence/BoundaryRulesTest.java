package org.oncoev.corpus.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.Span;

/** False boundaries the statistical model proposes in paper-style prose (text written for this test), and real ones. */
class BoundaryRulesTest {
    static Stream<Arguments> kept() {
        return Stream.of(
                // brackets: never end inside unbalanced parentheses or brackets
                Arguments.of("brackets", "Overall survival improved (hazard ratio 0.68; 95% CI, 0.55-0.84; P < .001) with the weekly schedule."),
                Arguments.of("brackets", "Five-year OS was 62.4% [95% CI, 55.1-68.9%; log-rank P = .01] in the combined cohort."),
                Arguments.of("brackets", "Median OS was 15.8 months (95% CI: 14.5 - 17.9) in the induction group."),
                Arguments.of("brackets", "Vials came from a local supplier (Kyoto Chem. Co., Kyoto, Japan) and were stored at -80 °C."),
                Arguments.of("brackets", "Three checks were run: 1) the marker tracks the final outcome (e.g., 4-year DFS); 2) it also tracks the early one."),
                // number ranges and decimals
                Arguments.of("range", "Radiotherapy doses ranged from 45–64.8 Gy in 1.8-Gy fractions."),
                Arguments.of("decimal", "The objective response rate was 45.2% with the doublet and 31.7% with the single agent."),
                // comma and semicolon after an abbreviation or a number
                Arguments.of("comma", "Sections were stained with an antibody from Acme Biotech Ltd., Leeds, UK, according to the protocol."),
                Arguments.of("comma", "Analyses used a statistics package from Delta Soft Co., Ltd., Osaka, Japan."),
                Arguments.of("semicolon", "The benefit held in both strata (node-negative: HR 0.71, 95% CI 0.52-0.97; node-positive: HR 0.80, 95% CI 0.66-0.98)."),
                // abbreviations that never end a sentence
                Arguments.of("abbrev", "Patients took 400 mg b.i.d. with food and 20 mg q.d. at night."),
                Arguments.of("abbrev", "Drugs were given i.p. or s.c. at 10 mg/kg in the mouse cohorts."),
                Arguments.of("abbrev", "Response rates were 41% vs. 29% (Tab. 2) and 38% vs. 30% (cf. Fig. 3)."),
                Arguments.of("abbrev", "Grade 3 neutropenia occurred in 12 patients (see Figs. 2 and 3 and Eq. 4)."),
                Arguments.of("abbrev", "Scans were read centrally by Dr. Ikeda and Prof. Lindgren at the core lab."),
                Arguments.of("abbrev", "Tumours were classified as in Vol. 3, pp. 112-118 of the atlas, viz. by grade."),
                Arguments.of("abbrev", "Treatment continued for approx. 6 months, i.e. until progression or toxicity."),
                Arguments.of("abbrev", "Samples were shipped to St. Gallen for central review."),
                Arguments.of("abbrev", "Patients were treated at sites No. 4 and Nos. 7-9 of the network."),
                // weak abbreviations before a number or bracket
                Arguments.of("weak", "Survival was modelled as described by Lindqvist et al. (2015) with minor changes."),
                Arguments.of("weak", "The kit from Nordic Reagents Inc. (Oslo, Norway) was used as directed."),
                // initials
                Arguments.of("initial", "Slides were reviewed by J. Hartmann and a second pathologist."),
                Arguments.of("initial", "Letrozole (Femara, N. Pharma Group, Lyon, France) was taken once a day."),
                // a bare citation cut from its sentence
                Arguments.of("citation", "Neoadjuvant therapy was given before surgery. [8]."),
                // next starts lower-case
                Arguments.of("lower", "Capecitabine was given p.o. twice daily; oxaliplatin was given i.v. every 3 weeks."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("kept")
    void keepsOneSentence(String rule, String text) {
        List<Span> spans = SentenceSplitter.split(text);
        assertEquals(List.of(text), texts(text, spans), rule);
    }

    static Stream<Arguments> split() {
        return Stream.of(
                Arguments.of("real", List.of("The median OS was 12.1 months.", "The median PFS was 6.3 months.")),
                Arguments.of("real", List.of("Median PFS was 8.1 months in Arm B.", "The difference was not significant.")),
                Arguments.of("real", List.of("Survival was modelled as described by Lindqvist et al.", "The same model was used here.")),
                Arguments.of("real", List.of("Infusions lasted 30 min.", "Vital signs were recorded hourly.")),
                Arguments.of("real", List.of("Blood was drawn every 6 h.", "Samples were frozen at once.")),
                Arguments.of("real", List.of("The drug was supplied by Nordic Reagents Inc.", "Placebo tablets looked identical.")),
                Arguments.of("real", List.of("Eligible patients had hepatitis B.", "Those with hepatitis C were excluded.")),
                Arguments.of("real", List.of("The hazard ratio was 0.71 (95% CI, 0.52-0.97).", "Toxicity was mild.")),
                Arguments.of("real", List.of("Tumours arise in the pancreas.1", "Pancreatic tumours are rare.2,3", "Most are indolent.")),
                Arguments.of("real", List.of("At 3 years, 194 patients had died.", "120 deaths were due to cancer.")),
                Arguments.of("real", List.of("The dose was 60 Gy.", "(a) Acute toxicity was graded weekly.")),
                Arguments.of("unclosed", List.of("Results were mixed (see the appendix.", "The next trial will enrol 300 patients.",
                        "Accrual starts next year.")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("split")
    void keepsRealBoundaries(String rule, List<String> sentences) {
        String text = String.join(" ", sentences);
        assertEquals(sentences, texts(text, SentenceSplitter.split(text)), rule);
    }

    @Test
    void mergesAreBounded() {
        String text = "Doses were reduced once. " + "then the next cycle was delayed by a week. ".repeat(400);
        List<Span> spans = SentenceSplitter.split(text);
        assertTrue(spans.size() > 5, "several sentences: " + spans.size());
        for (Span s : spans) assertTrue(s.end() - s.start() <= BoundaryRules.MAX_MERGED, "bounded: " + (s.end() - s.start()));
    }

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> s.coveredText(text)).toList();
    }
}
