package org.oncoev.extractors.pvalue;

import java.util.regex.Pattern;
import org.oncoev.extractors.Relation;
import org.oncoev.extractors.text.Keywords;

/**
 * Tells a significance threshold ({@code P < 0.05 was considered statistically significant}, {@code a
 * two-sided P value of <0.05 indicated significance}, {@code significance was set at P < .05}, {@code
 * variables with P < 0.1 in univariate analysis were entered into the model}, {@code P values of less than 0.1
 * for the DCR and less than 0.05 elsewhere were considered significant}) from a reported result. A
 * threshold is an {@code =} mention of a conventional cut-off, or a {@code <} or {@code <=} mention of any cut-off up
 * to {@value #MAX_BOUND} ({@code P < 0.0125 after Bonferroni correction was considered significant}), whose words just
 * before or just after state a decision rule ({@code considered significant at p < .05}), or a genomic cut-off:
 * {@code P < 5 × 10^-8} always, {@code P < 1 × 10^-5} after words such as {@code suggestive} or {@code genome-wide}. Pure; regions are bounded.
 */
final class SignificanceThreshold {
    private SignificanceThreshold() {}

    private static final double[] CUTOFFS = {0.001, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25};
    private static final int BEFORE = 80;
    /** The largest {@code <} bound read as a threshold when its words say so. */
    static final double MAX_BOUND = 0.25;
    private static final int AFTER = 100;

    /** Words after the mention: "... was considered significant", "... in univariate analysis were entered". */
    private static final Pattern AFTER_CUE = Pattern.compile("(?i)(?:\\s{0,3}(?:\\([^()]{0,40}\\)\\s{0,3})?"
            + "(?:was\\s{1,3}|were\\s{1,3}|is\\s{1,3})?(?:indicat\\w*|denot\\w*|signif(?:y|ied|ies))"
            + "|[\\s,;)]{0,4}(?:\\([^()]{0,40}\\)\\s{0,3})?(?:"
            + "(?:was|were|is|are|being|has\\s{1,3}been|will\\s{1,3}be|to\\s{1,3}be)?\\s{0,3}(?:statistically\\s{1,3})?"
            + "(?:considered|regarded|deemed|accepted|taken\\s{1,3}as|defined|used\\s{1,3}(?:as|to)"
            + "|chosen|set\\s{1,3}as|required|declared|as\\s{1,3}(?:the\\s{1,3}|an?\\s{1,3})?(?:(?:significance|statistical|nominal)\\s{1,3})?"
            + "(?:threshold|cut-?off|criterion|level))"
            + "|(?:[^.;()]|(?<=\\d)\\.(?=\\d)){0,50}?\\s(?:was|were|are|is)\\s{1,3}(?:then\\s{1,3})?(?:considered|regarded"
            + "|deemed|entered|included"
            + "|selected|retained|defined|accepted|used)))\\b");

    /** Words before the mention: "significance was set at", "considered significant when", "alpha of". */
    static final Pattern BEFORE_CUE = Pattern.compile("(?i)(?:"
            + "(?:significan\\w*|threshold|cut-?\\s?off|criterion|level)\\b[^.;()]{0,40}?\\b(?:defined|set|considered"
            + "|accepted|assumed|established|fixed|determined|regarded|declared|taken|when|if|whenever|where)\\b"
            + "(?:\\s{1,3}(?:as|at|by|to\\s{1,3}be))?[^.;()]{0,25}"
            + "|(?:considered|regarded|deemed|declared|accepted)\\s{1,3}(?:to\\s{1,3}be\\s{1,3})?(?:statistically\\s{1,3})?significant[^.;()]{0,25}"
            + "|(?:alpha|α)\\b[^.;()]{0,20}"
            + "|(?:significance|significant)\\s{1,3}level[^.;()]{0,20}"
            + "|level\\s{1,3}of\\s{1,3}(?:statistical\\s{1,3})?significance[^.;()]{0,20}"
            + "|(?:variables|factors|covariates|parameters)\\s{1,3}(?:with|having|showing|that\\s{1,3}had)[^.;()]{0,20})$");

    /** A word every {@link #BEFORE_CUE} holds but {@code α}: each alternative names significance, a level or the variables. */
    private static final Keywords BEFORE_WORDS = new Keywords("significan", "threshold", "cut", "criterion", "level",
            "alpha", "variables", "factors", "covariates", "parameters");

    /** False only when {@link #BEFORE_CUE} cannot match in {@code [from, to)}: it needs {@code α} or one of {@link #BEFORE_WORDS}. */
    static boolean mayHoldBeforeCue(String text, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == '\u03b1') return true;
        return BEFORE_WORDS.startsIn(text, from, to);
    }

    /** Cut-offs of genome-wide and suggestive association ({@code P < 5 × 10^-8}, {@code P < 1 × 10^-5}). */
    private static final double[] GENOMIC_CUTOFFS = {5e-8, 1e-8, 5e-6, 1e-6, 1e-5, 5e-5};

    /** Words near a genomic cut-off that make it one: {@code genome-wide}, {@code suggestive}, {@code threshold}. */
    private static final Pattern GENOMIC_CUE = Pattern.compile("(?i)genome-?\\s?wide|exome-?wide|study-?wide|suggestive"
            + "|threshold|cut-?\\s?off|Bonferroni");

    /** True when the mention at {@code [start, end)} of {@code text} is a threshold rather than a result. */
    static boolean isThreshold(String text, int sentenceStart, int sentenceEnd, int start, int end,
                               Relation relation, double value) {
        if (relation == Relation.GT || relation == Relation.GE) return false;
        if (genomicThreshold(text, sentenceStart, start, relation, value)) return true;
        if (relation == Relation.EQ ? !conventional(value) : value > MAX_BOUND) return false;
        int to = Math.min(sentenceEnd, end + AFTER);
        if (AFTER_CUE.matcher(text).region(end, to).lookingAt()) return true;
        int from = Math.max(sentenceStart, start - BEFORE);
        return mayHoldBeforeCue(text, from, start) && BEFORE_CUE.matcher(text).region(from, start).find();
    }

    /** {@code P < 5 × 10^-8} always (the genome-wide convention); another genomic cut-off with its words before it. */
    private static boolean genomicThreshold(String text, int sentenceStart, int start, Relation relation, double value) {
        if (relation != Relation.LT && relation != Relation.LE) return false;
        for (double c : GENOMIC_CUTOFFS) {
            if (Math.abs(value - c) > c * 1e-6) continue;
            if (c == 5e-8) return true;
            return GENOMIC_CUE.matcher(text).region(Math.max(sentenceStart, start - BEFORE), start).find();
        }
        return false;
    }

    /** True for a conventional cut-off ({@code 0.05}, {@code 0.01}, {@code 0.001}, ...). */
    static boolean conventional(double value) {
        for (double c : CUTOFFS) {
            if (Math.abs(value - c) < 1e-9) return true;
        }
        return false;
    }
}
