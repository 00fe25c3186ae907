package org.oncoev.extractors.pvalue;

import java.util.regex.Pattern;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;

/**
 * Tells a {@code p} that is a probability or proportion in a model from a p-value: the event of a probability
 * ({@code P(X) = 0.3}, {@code P(A) was 0.12}), the replication probability {@code p_rep}, a parameter named just before ({@code success probability p = 0.5},
 * {@code allele frequency p = 0.3}, {@code Binomial(n = 20, p = 0.5)}), a hypothesis ({@code H0: p ≤ 0.20}) or a
 * definition just after ({@code p = 0.5, where p is the proportion of ...}). Pure; regions are bounded.
 */
final class ProbabilityNotation {
    private ProbabilityNotation() {}

    private static final int BEFORE = 60;
    private static final int AFTER = 60;

    /** The event of a probability written in the parenthesis after P: one letter, maybe a digit ({@code P(A)}, {@code p(x)}, {@code P(H1)}). */
    private static final Pattern EVENT = Pattern.compile("\\s{0,2}\\p{L}\\p{N}?\\s{0,2}");

    /** Words just before the p: the parameter it is, a hypothesis label, a distribution's argument list. */
    static final Pattern BEFORE_CUE = Pattern.compile("(?i)(?:\\b(?:probabilit(?:y|ies)|proportions?|frequenc(?:y|ies)"
            + "|prevalence|parameters?|chance|price)(?:\\s{1,3}of\\s{1,3}\\p{L}{1,20})?\\s{0,2}:?"
            + "|\\bH[01a]\\s{0,2}:|\\b(?:null|alternative)\\s{1,3}hypothes[ie]s(?:\\s{0,3}\\(H[01a]\\))?\\s{0,3}(?::|of|that|was|is)?"
            + "|\\b(?:Bin(?:omial)?|Bernoulli|Ber|Geom(?:etric)?)\\s{0,2}\\([^()]{0,25}?,)\\s{0,3}$");

    /** A word every {@link #BEFORE_CUE} naming a parameter or hypothesis holds (the others hold a colon, or a bracket and a comma). */
    private static final Keywords BEFORE_WORDS = new Keywords("probabilit", "proportion", "frequenc", "prevalence",
            "parameter", "chance", "price", "null", "alternative");

    /** Words just after the number that define the p: {@code , where p is the proportion}. */
    private static final Pattern AFTER_CUE = Pattern.compile("(?i)\\s{0,3},?\\s{0,3}(?:(?:where|with|and)\\s{1,3})?(?:p\\s{1,3})?"
            + "(?:is|denotes|denoting|represents|being|as)\\s{1,3}(?:the\\s{1,3}|a\\s{1,3})?(?:\\p{L}{1,15}\\s{1,3})?"
            + "(?:probability|proportion|frequency|prevalence|chance)\\b");

    /** True when the P-paren {@code paren} (may be null) is an event, as in {@code P(X)}, or the suffix is {@code _rep}. */
    static boolean isEventOrReplication(String paren, String suffix) {
        if (suffix != null && (suffix.equalsIgnoreCase("_rep") || suffix.equalsIgnoreCase("_{rep}"))) return true;
        return paren != null && EVENT.matcher(paren).matches();
    }

    /**
     * False only when {@link #BEFORE_CUE} cannot match in {@code [from, to)}: it ends, but for {@code \s}, with a colon,
     * a comma, a closing bracket or a letter, and needs one of {@link #BEFORE_WORDS}, a colon ({@code H0:}) or a bracket
     * and a comma ({@code Bin(n, }).
     */
    static boolean mayHoldBeforeCue(String text, int from, int to) {
        int e = to;
        while (e > from && Folded.isRegexSpace(text.charAt(e - 1))) e--;
        if (e == from) return false;
        char last = text.charAt(e - 1);
        if (last != ':' && last != ',' && last != ')' && !Character.isLetter(last) && !Character.isSurrogate(last)) return false;
        boolean colon = false;
        boolean bracket = false;
        boolean comma = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            colon |= c == ':';
            bracket |= c == '(';
            comma |= c == ',';
        }
        return colon || (bracket && comma) || BEFORE_WORDS.startsIn(text, from, to);
    }

    /** True when the p mention at {@code [start, end)} of {@code text} is a probability or proportion, not a p-value. */
    static boolean isProbability(String text, int sentenceStart, int sentenceEnd, int start, int end) {
        int from = Math.max(sentenceStart, start - BEFORE);
        if (mayHoldBeforeCue(text, from, start) && BEFORE_CUE.matcher(text).region(from, start).find()) return true;
        return AFTER_CUE.matcher(text).region(end, Math.min(sentenceEnd, end + AFTER)).lookingAt();
    }
}
