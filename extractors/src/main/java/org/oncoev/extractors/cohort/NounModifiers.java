package org.oncoev.extractors.cohort;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words {@link CohortExtractor#NOUN_COUNT} reads between a count and its patient noun ({@code 74 randomized
 * patients}); an empty group has no modifier. Stateless.
 */
final class NounModifiers {
    private NounModifiers() {}

    private static final Pattern RX_SPACES = Pattern.compile("\\s+");
    private static final Set<String> MODIFIER_STOP = Set.of("of", "in", "with", "and", "or", "the", "to", "for",
            "at", "from", "had", "were", "was", "per", "each", "than", "who", "on", "by", "a", "an", "these",
            "those", "vs", "versus", "mg", "kg", "months", "years", "weeks", "days", "cycles", "times", "more",
            "less", "fewer", "other", "only", "are", "is", "not", "no");

    /** True when the modifiers state the count's cohort role ({@link CohortCues#ROLE_MODIFIER}). */
    static boolean role(String mods) {
        return !mods.isEmpty() && CohortCues.ROLE_MODIFIER.matcher(mods).matches();
    }

    /** False when a modifier is a function word, a unit or a number: the count is not of the noun. */
    static boolean allowed(String mods) {
        if (mods.isEmpty()) return true;
        for (String w : RX_SPACES.split(mods.trim())) {
            if (!w.isEmpty() && MODIFIER_STOP.contains(w.toLowerCase(Locale.ROOT))) return false;
            if (!w.isEmpty() && CountWords.parse(w) > 0) return false;
        }
        return true;
    }
}
