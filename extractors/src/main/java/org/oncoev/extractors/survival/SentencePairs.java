package org.oncoev.extractors.survival;

import java.util.List;
import java.util.regex.Pattern;
import org.oncoev.extractors.survival.NumberChains.Chain;

/**
 * Two single values of one kind compared across groups with the group named after each
 * ({@code 203 days for drug A vs 171 days for placebo}, {@code 41.5% in the short-course group vs 38.7% in the long-course group},
 * {@code 74% in the daily and 79% in the twice-daily groups}). Such a pair reports one value per arm, so words of a
 * difference before it ({@code no difference in OS}) do not make it a difference. Stateless.
 */
final class SentencePairs {

    private static final Pattern PAIR_GAP = Pattern.compile(
            "(?i)\\s*,?\\s*(?:for|in|with|among|on)\\s+(?:the\\s+|those\\s+|patients\\s+(?:in|on|with)\\s+(?:the\\s+)?)?"
            + "[\\w+/-]+(?:\\s+[\\w+/-]+){0,4}?\\s*,?\\s*(?:vs\\.?|versus|compared\\s+(?:with|to)|and|whereas|while)\\s+(?:the\\s+)?");

    private SentencePairs() {}

    /** True when chain {@code i} and its neighbour (before or after) are such a pair. */
    static boolean paired(String s, List<Chain> chains, int i) {
        Chain c = chains.get(i);
        if (c.members().size() != 1) return false;
        return i + 1 < chains.size() && pair(s, c, chains.get(i + 1)) || i > 0 && pair(s, chains.get(i - 1), c);
    }

    private static boolean pair(String s, Chain a, Chain b) {
        if (a.members().size() != 1 || b.members().size() != 1 || a.kind() != b.kind() || b.start() - a.end() > 80) return false;
        return PAIR_GAP.matcher(s).region(a.end(), b.start()).matches();
    }
}
