package org.oncoev.extractors.pvalue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.TestPassages;

/** Significance thresholds written with words ({@code less than}, {@code lower than}, {@code below}, {@code under}). */
class ThresholdWordsTest {
    private final PValueExtractor extractor = new PValueExtractor();

    private List<String> found(String sentence) {
        return extractor.extract(TestPassages.body(sentence), ExtractionContext.empty()).stream()
                .filter(Finding::accepted).map(f -> {
                    Fact.PValue p = (Fact.PValue) f.fact();
                    return p.relation().symbol() + " " + p.value();
                }).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Two-sided P values of less than 0.1 for the DCR and less than 0.05 elsewhere were considered "
                    + "statistically significant.",
            "P values lower than 0.05 were considered statistically significant.",
            "A P value below 0.05 was considered significant.",
            "P values under 0.01 were regarded as significant after correction for multiple testing.",
            "Covariates whose univariate P value was less than 0.15 were entered into the multivariable model."})
    void thresholdsInWordsAreNotResults(String sentence) {
        assertEquals(List.of(), found(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The P value was below 0.001 for the comparison of response rates.|< 0.001",
            "Response differed between the arms (P less than 0.001).|< 0.001",
            "Survival was longer with maintenance (P lower than 0.01), as shown in the figure.|< 0.01"})
    void resultsInWordsAreKept(String sentence, String expected) {
        assertEquals(List.of(expected), found(sentence));
    }
}
