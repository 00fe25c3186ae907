package org.oncoev.extractors.pvalue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oncoev.extractors.text.ScanAgreement;

/** The cheap tests before the threshold and probability regexes never rule out a region where the regex matches. */
class NotAResultPrefiltersTest {
    private static final List<String> EXTRA = List.of(
            "the success probability p = 0.5; allele frequency of A p = 0.3; under H0: p \u2264 0.20 and Ha : p > 0.2",
            "Binomial(n = 20, p = 0.5), Bin (12, p = .4), Geom(p = 0.1); the null hypothesis (H0) was p = 0.3",
            "Statistical significance was set at P < .05; the threshold of significance was defined as P < 0.01",
            "considered statistically significant when P < 0.05; alpha of 0.05; \u03b1 = 0.025 two-sided; level of significance P < .1",
            "Variables with P < 0.1 in univariate analysis; covariates having P < 0.2; the cut-off was set at p < 0.05",
            "the proportion of responders was p = 0.42; PROPORTION OF X p = .3; chance p=0.5; PARAMETERS p = 0.1",
            "Median OS was 12 months (P = 0.03); no difference in PFS (HR 0.9, P = .41); the alternative hypotheses p < .2",
            "the null hypothesis (Ha)  p; frequency of \u03b1\tp; Bernoulli(0.5, \n p; H1 : p; alternative hypothesis that p;"
            + " null hypotheses was   p; chance of x p; price: p; probabilities   \t p");

    @Test
    void probabilityCueNeedsItsWordsOrMarks() {
        assertSuperset(ProbabilityNotation.BEFORE_CUE, (s, from, to) -> ProbabilityNotation.mayHoldBeforeCue(s, from, to));
    }

    @Test
    void thresholdCueNeedsItsWords() {
        assertSuperset(SignificanceThreshold.BEFORE_CUE, (s, from, to) -> SignificanceThreshold.mayHoldBeforeCue(s, from, to));
    }

    private interface RegionTest {
        boolean mayHold(String s, int from, int to);
    }

    /** For every region end, the test holds where the regex finds a match. */
    private static void assertSuperset(Pattern cue, RegionTest test) {
        int matched = 0;
        for (String s : ScanAgreement.texts(EXTRA)) {
            for (int to = 0; to <= s.length(); to++) {
                for (int from : new int[] {0, Math.max(0, to - 60), Math.max(0, to - 80)}) {
                    if (!cue.matcher(s).region(from, to).find()) continue;
                    matched++;
                    assertTrue(test.mayHold(s, from, to), "[" + from + ", " + to + ") of " + s);
                }
            }
        }
        assertTrue(matched > 20, "the texts exercise the regex");
    }
}
