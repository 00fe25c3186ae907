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

/** Spellings of p-values seen across journals: spacing, decimal commas, log-rank labels, lists. */
class TextFormsTest {
    private final PValueExtractor extractor = new PValueExtractor();

    private List<String> found(String sentence) {
        return extractor.extract(TestPassages.body(sentence), ExtractionContext.empty()).stream()
                .filter(Finding::accepted).map(f -> {
                    Fact.PValue p = (Fact.PValue) f.fact();
                    return p.relation().symbol() + " " + p.value();
                }).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Recurrence was less frequent after the longer course (P=.04).|= 0.04",
            "Curves diverged after six months (p<.0001).|< 1.0E-4",
            "Grade 3 diarrhoea was more common with the triplet (P-value < 0.001).|< 0.001",
            "The benefit was larger in older patients (P for interaction = 0.03).|= 0.03",
            "Survival favoured the resected group (p (log-rank) = 0.02).|= 0.02",
            "Survival favoured the resected group (P(log-rank)=0.01).|= 0.01",
            "Time to relapse was longer in the maintenance arm (Plog-rank < 0.001).|< 0.001",
            "The response rate was higher with the doublet (p = 0,05).|= 0.05",
            "Relapse-free survival was longer after surgery (P < 0,001).|< 0.001",
            "Median survival was 14,2 months versus 11,0 months (p=0,012).|= 0.012",
            "The P values were 0.03 and 0.04, respectively, for the two endpoints.|= 0.03;= 0.04",
            "Both the response and the control rates differed (P = 0.03 and 0.002).|= 0.03;= 0.002",
            "Overall and progression-free survival differed (P = 0.03, 0.002 and 0.41, respectively).|= 0.03;= 0.002;= 0.41"})
    void readsSpellingVariants(String sentence, String expected) {
        assertEquals(List.of(expected.split(";")), found(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Toxicity was similar (P = 0.03) and 2 patients stopped early.",
            "The hazard of relapse fell (HR 0.70, P = 0.03 and 0.82 for death).",
            "In all, 1,250 patients were screened and 0,5 % were excluded.",
            "Dose levels of 0,5 and 1,0 mg/kg were tested in 12,000 mice."})
    void listTailsAndDecimalCommasDoNotOverreach(String sentence) {
        List<String> found = found(sentence);
        assertEquals(sentence.contains("P = 0.03") ? List.of("= 0.03") : List.of(), found);
    }
}
