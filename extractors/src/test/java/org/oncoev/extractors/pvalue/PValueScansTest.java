package org.oncoev.extractors.pvalue;

import static org.oncoev.extractors.text.ScanAgreement.assertAgreesAtTokenStarts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The p-value regex tried only at a possible P finds what a full scan finds. */
class PValueScansTest {
    @Test
    void textPValues() {
        assertAgreesAtTokenStarts(PValueSyntax.TEXT, PValueExtractor.P_STARTS, () -> PValueExtractor::pMayStart, List.of(
                "P for trend = 0.02, P-values 0.03, 0.04; Ps < .05; p (log-rank) = .01; 3P = 2; 'P = 1; \u2019P=1; \u00e9P = .1",
                "P = 5.81 \u00d7 10^-48, P\u2009=\u20090.2, P<0.001, P \u2264 0.05, P was 0.3, P: 0.4, padj = 0.5, Pinteraction=.03",
                "Pheterogeneity = 0.2, Ptrend<.01, Plog-rank = .04, Pdiff 0.3, Pvalue: .05, P2 = 0.1, Pa = 3, patients 12, "
                        + "Pfor interaction = .2, Psuperiority = .01, Pint=0.06, pp = 0.1, P_value = .3, P- value = 0.2",
                "p's > .1, p\u2019s > .2, Pmeta = 3 \u00d7 10^(-8), PGC = 1e-9, Pholm = .02, P_conditional = 0.1, P-Value = .2, "
                        + "P value for trend = 0.3, Pnonlinearity = .4, P-adj < .05, Prob > F = 0.01, Pr > |t| = 0.2, Pr>F = .3, "
                        + "Prob > chi2 = .02, Pcombined = 0.3, Pjoint=.1, P < 10^-16, Pval = .3, Ps = .4, PS = 1, Pre = 0.2, "
                        + "PCox = 0.04, P_Wald < .01, PGray = .2, P-Fisher = 1.0, PANOVA = .3, Pscore = .5"));
    }
}
