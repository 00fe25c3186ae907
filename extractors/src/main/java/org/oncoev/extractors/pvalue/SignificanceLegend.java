package org.oncoev.extractors.pvalue;

import java.util.regex.Pattern;
import org.oncoev.extractors.Relation;

/**
 * Tells the legend of a significance marker ({@code *p < .05, **p < .01}, {@code * P < 0.05 versus control},
 * {@code asterisks indicate p < .05}, {@code values in bold are significant at p < .05}, {@code p < .05 (*)}, {@code correlations with p < .05 are shown in bold}) from a reported result: a {@code <} or {@code <=} of a
 * conventional cut-off that a marker symbol stands right before (or, bracketed, right after). A legend says what
 * a mark means, a threshold, not a test's result; {@code †p = .002} is a result and is kept. Pure; regions are bounded.
 */
final class SignificanceLegend {
    private SignificanceLegend() {}

    private static final int BEFORE = 40;
    private static final int AFTER = 12;
    private static final int AFTER_WORDS = 100;

    /** A run of marker symbols right before the P, itself after a space, a bracket, punctuation or the text start. */
    private static final Pattern MARK_BEFORE = Pattern.compile("(?:^|[\\s(\\[;,.:])[*†‡§¶#]{1,4}\\s{0,2}[,:]?\\s{0,2}$");

    /** Words that say a marker means the p: {@code asterisks indicate}, {@code * denotes}, {@code bold values indicate}. */
    private static final Pattern WORDS_BEFORE = Pattern.compile("(?i)(?:\\b(?:asterisks?|stars?|daggers?|symbols?"
            + "|bold(?:face)?(?:\\s{1,3}(?:values?|font|type|numbers|entries))?|(?:values?|numbers|entries|estimates)\\s{1,3}in\\s{1,3}bold)"
            + "|[*†‡§¶#]{1,4})\\s{0,3}(?:\\([^()]{0,20}\\)\\s{0,3})?(?:indicates?|denotes?|represents?|marks?|shows?|signif(?:y|ies)"
            + "|means?|=|(?:are|is)\\s{1,3}(?:statistically\\s{1,3})?significant\\s{1,3}at(?:\\s{1,3}the)?)"
            + "\\s{1,3}(?:a\\s{1,3}|that\\s{1,3})?$");

    /** Words after the number that say how such results are marked: {@code are shown in bold}, {@code are highlighted}. */
    private static final Pattern MARKED_AFTER = Pattern.compile("(?i)[\\s,;)]{0,4}(?:\\([^()]{0,40}\\)\\s{0,3})?(?:"
            + "(?:are|is|were|was)\\s{1,3}(?:shown|printed|presented|given|displayed|highlighted|marked|indicated|flagged)\\s{1,3}"
            + "(?:in\\s{1,3}(?:bold|italics?|gr[ae]y|colou?r)|(?:with|by)\\s{1,3}(?:an?\\s{1,3})?(?:asterisks?|stars?|daggers?))"
            + "|(?:are|is|were|was)\\s{1,3}(?:highlighted|bolded|underlined|flagged)"
            + "|(?:are|is|were|was)?\\s{0,3}(?:in\\s{1,3}bold|bolded|in\\s{1,3}italics?|boldfaced))\\b");

    /** A bracketed marker right after the number: {@code p < .05 (*)}. */
    private static final Pattern MARK_AFTER = Pattern.compile("\\s{0,2}\\(\\s{0,2}[*†‡§¶#]{1,4}\\s{0,2}\\)");

    /** True when the mention at {@code [start, end)} of {@code text} explains a significance marker. */
    static boolean isLegend(String text, int start, int end, Relation relation, double value) {
        if (relation != Relation.LT && relation != Relation.LE) return false;
        if (!SignificanceThreshold.conventional(value) && Math.abs(value - 0.0001) > 1e-12) return false;
        int from = Math.max(0, start - BEFORE);
        if (MARK_BEFORE.matcher(text).region(from, start).find()) return true;
        if (WORDS_BEFORE.matcher(text).region(from, start).find()) return true;
        if (MARK_AFTER.matcher(text).region(end, Math.min(text.length(), end + AFTER)).lookingAt()) return true;
        return MARKED_AFTER.matcher(text).region(end, Math.min(text.length(), end + AFTER_WORDS)).lookingAt();
    }
}
