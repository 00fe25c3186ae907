package org.oncoev.extractors.pvalue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oncoev.corpus.text.TextNormalizer;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.gold.TestPassages;

/**
 * P-values as other fields write them (psychology/APA, genetics, epidemiology, ecology, economics), read through
 * the text normaliser as the pipeline reads them. Each row: a sentence, then {@code ||}, then the expected facts
 * ({@code relation value} separated by {@code ;}, nothing for none). Thresholds, significance legends, q-values and
 * probabilities that are no p-value give nothing.
 */
class OtherFieldsTest {
    private static final String[] ROWS = {
            // psychology, APA style
            "Participants in the mindfulness condition reported less rumination, t(28) = 2.20, p = .036, d = 0.80.||= .036",
            "There was a main effect of load on accuracy, F(2, 57) = 4.31, p < .05, \u03b7p2 = .13.||< .05",
            "Preference differed by condition, \u03c72(1, N = 90) = 4.50, p = .034.||= .034",
            "Self-esteem correlated with optimism, r(48) = .31, p = .03.||= .03",
            "Both simple effects were reliable (ps < .001).||< .001",
            "None of the remaining interactions approached significance (p's > .10).||> .10",
            "The order effect was not reliable (p\u2019s > .25).||> .25",
            "The effect held without the outlier, t(27) = 2.05, two-tailed p = .048.||= .048",
            "The contrast survived correction (Bonferroni-corrected p = .02).||= .02",
            "The correlation with reaction time was weak, r = .12, p = n.s.||",
            "Accuracy did not differ between the groups, t(40) = 0.62, p > .05 (n.s.).||> .05",
            "Choices were identical in both groups, \u03c72(1) = 0.00, p = 1.000.||= 1",
            "The permutation test returned p = 0 in every resample.||= 0",
            "Reading times were longer for ambiguous sentences (p =.03).||= .03",
            "Recall improved after sleep (p=.03).||= .03",
            "Errors rose under time pressure (p< .001).||< .001",
            "The priming effect was robust, F(1, 38) = 9.12, p\n= .01.||= .01",
            "Scores increased over the sessions (p\u00a0<\u00a0.001).||< .001",
            "Scores increased over the sessions (p\u2009=\u2009.004).||= .004",
            "The slope differed from zero (p\u202f\u2264\u202f.01).||<= .01",
            "The slope differed from zero (p \u2a7d .01).||<= .01",
            "Latencies were shorter for congruent trials (P<.0001).||< .0001",
            "Group differences were significant at the p < .01 level.||< .01",
            "Note. *p < .05. **p < .01. ***p < .001.||",
            "Significance: * p < .05, ** p < .01, *** p < .001.||",
            "Bars show means. *P < 0.05 versus the control group.||",
            "Asterisks indicate p < .05 after correction.||",
            "Note. \u2020p = .002 for the comparison with baseline.||= .002",
            "Effects were considered significant at p < .05.||",
            "All analyses used an alpha level of .05.||",
            "The interaction was significant at the 5% level.||",
            // genetics
            "The lead variant reached P = 3 \u00d7 10\u22128 in the discovery sample.||= 3e-8",
            "The lead variant was associated with height (P = 3.2 \u00d7 10^-8).||= 3.2e-8",
            "The association replicated (p = 2.1e-5).||= 2.1e-5",
            "The association replicated in the second cohort (P = 2.1E\u221205).||= 2.1e-5",
            "The association replicated in the third cohort (P = 2.1E\u201305).||= 2.1e-5",
            "Loci were declared significant at the genome-wide threshold of P < 5 \u00d7 10^(-8).||",
            "Variants passing genome-wide significance (P < 5 \u00d7 10\u22128) were taken forward.||",
            "Suggestive loci (P < 1 \u00d7 10\u22125) are listed in the supplement.||",
            "The meta-analysis confirmed the signal (Pmeta = 4.1 \u00d7 10\u207b\u00b9\u00b2).||= 4.1e-12",
            "The signal was independent of the lead variant (P_conditional = 0.002).||= 0.002",
            "The burden test was significant (P = 1.5 \u00d7 10^(-6)).||= 1.5e-6",
            "The top hit had P < 10\u207b\u00b9\u2076 in the combined sample.||< 1e-16",
            "Expression differed strongly between the strains (P < 2.2e-16).||< 2.2e-16",
            // a superscript exponent a converter set on the line: the caret is lost, the minus kept
            "The top hit had P < 10\u221216 in the combined sample.||< 1e-16",
            "The second signal was weaker (P=10-7).||= 1e-7",
            "Mice were 10-12 weeks old and differed in weight (P = 0.04).||= 0.04",
            "Differentially expressed genes (q = 0.03) clustered on one arm.||",
            "The pathway was enriched (FDR q < 0.05; p = 0.0004).||= 0.0004",
            "The top gene remained after correction (p_adj = 0.01).||= 0.01",
            "After correction the locus remained (P-adj < 0.05).||< 0.05",
            "With allele frequency p = 0.3 the expected heterozygosity is 0.42.||",
            "Each trial was simulated as a Bernoulli draw with success probability p = 0.5.||",
            "Counts were modelled as Binomial(n = 20, p = 0.5).||",
            "We set p = 0.5, where p is the proportion of informative markers.||",
            "The probability P(X > 3) was 0.12 under the model.||",
            "Under the null model, P(X \u2265 3) = 0.04.||",
            "The design tested H0: p \u2264 0.20 against H1: p \u2265 0.40.||",
            "Allele frequencies: p = 0.6 and q = 0.4 in the founders.||",
            "The density was estimated as p(x) = 0.3 at the mode.||",
            "Replication was likely (p_rep = .95).||",
            "The vessel was held at p = 0.5 atm during the run.||",
            "After Bonferroni correction P < 0.0125 was considered significant.||",
            "Firms set the price p = 0.8 in equilibrium.||",
            // epidemiology
            "Risk rose across quartiles of intake (P for trend = .02).||= .02",
            "The association differed by sex (P_interaction = 0.04).||= 0.04",
            "Risk increased linearly with dose (P value for trend = 0.003).||= 0.003",
            "There was no departure from linearity (P for nonlinearity = 0.41).||= 0.41",
            "Heterogeneity across studies was moderate (I2 = 45%, Pheterogeneity = 0.03).||= 0.03",
            "Mortality was higher among smokers (p-value = 0.003).||= 0.003",
            "Mortality fell with adherence (adjusted HR 0.7; PCox = 0.036), and all PWald were < 0.001.||= 0.036;< 0.001",
            "The treatments ranked similarly (P-score = 0.85 for the first).||",
            "Incidence was higher in the exposed cohort, with a P value of 0.04.||= 0.04",
            "The adjusted odds ratio was 1.8 (95% CI 1.2\u20132.7; P-value 0.004).||= 0.004",
            "The two comparisons gave P values 0.02 and 0.04, respectively.||= 0.02;= 0.04",
            "Prevalence differed by region (P-Value = 0.012).||= 0.012",
            "Scores differed at every visit (P values 0.008, 0.02 and 0.001 respectively).||= 0.008;= 0.02;= 0.001",
            "Table 3. Scores by group Group A Group B P value Pain 3.1 4.2 0.03 Fatigue 2.0 2.5 0.41 † P <0.05 versus baseline||= 0.03;= 0.41",
            "Serum phosphate was normal (P = 0.9 mmol/L) at entry.||",
            // ecology
            "Nest survival declined with temperature (GLMM, z = \u22122.31, P = 0.021).||= 0.021",
            "Body mass differed between islands (F1,34 = 5.21, P = 0.029).||= 0.029",
            "Seed predation did not vary with distance (\u03c7\u00b2 = 1.2, d.f. = 2, P = 0.55).||= 0.55",
            "Dispersal was female-biased (Mantel test, P \u2264 0.001).||<= 0.001",
            // economics
            "The coefficient on tenure is significant at the 1% level.||",
            "The null of no effect is rejected (p-value 0.023).||= 0.023",
            "Wages rose by 4.2% (standard error 1.1; p = 0.001).||= 0.001",
            "The F-test rejects equal slopes (Prob > F = 0.0000).||= 0",
            "The Hausman test favoured fixed effects (Prob > chi2 = 0.013).||= 0.013",
            "Robust standard errors in parentheses. *** p<0.01, ** p<0.05, * p<0.1||",
            "Values in bold are significant at p < .05.||",
            "Bold values indicate p < 0.05.||",
            "Correlations with p < .05 are shown in bold.||",
            "Significant correlations (p < .05) are in bold.||",
            "Coefficients with P < 0.01 are highlighted.||",
            "Fatigue improved (P < 0.001), marked by fewer naps.||< 0.001",
            "We used p < .05 as the significance criterion.||",
            "The p-value was found to be 0.03 for the main effect.||= 0.03",
            "Interaction p-values were all above .10.||> .10",
    };

    private final PValueExtractor extractor = new PValueExtractor();

    static Stream<Arguments> rows() {
        return Stream.of(ROWS).map(r -> {
            int bar = r.indexOf("||");
            return Arguments.of(r.substring(0, bar), r.substring(bar + 2));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsWhatEachFieldReports(String sentence, String expected) {
        List<String> want = new ArrayList<>();
        for (String e : expected.split(";")) {
            if (e.isBlank()) continue;
            int sp = e.indexOf(' ');
            want.add(e.substring(0, sp) + " " + canonical(Double.parseDouble(e.substring(sp + 1))));
        }
        assertEquals(want, found(sentence));
    }

    private List<String> found(String raw) {
        String text = TextNormalizer.normalize(raw).text();
        List<String> out = new ArrayList<>();
        for (Finding f : extractor.extract(TestPassages.body(text), ExtractionContext.empty())) {
            if (!f.accepted()) continue;
            Fact.PValue p = (Fact.PValue) f.fact();
            out.add(p.relation().symbol() + " " + canonical(p.value()));
        }
        return out;
    }

    private static String canonical(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
