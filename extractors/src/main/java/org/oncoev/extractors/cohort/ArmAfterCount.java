package org.oncoev.extractors.cohort;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.arms.ArmPhrases.ArmPhrase;

/** The arm written right after a count: a lettered arm ({@code Arm A}) or the words after {@code randomised ... to}. Stateless. */
final class ArmAfterCount {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final Pattern LETTERED_START = Pattern.compile("^(?:the\\s+)?((?:group|arm|cohort)\\s+(?:[A-D]|[1-4]|"
            + "I{1,3}|IV))(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ARM = Pattern.compile("(?i)^(?:the\\s+|a\\s+|an\\s+)?"
            + "((?:[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*\\s+){0,4}?(?:regimen|group|arm|margin|schedule|strategy|"
            + "therapy|treatment|surgery|resection|dose|cohort))\\b");

    private ArmAfterCount() {}

    /** A lettered arm right at {@code from}: {@code Arm A}, {@code the group B}. */
    static ArmPhrase letteredAt(String s, int from) {
        Matcher m = LETTERED_START.matcher(s.substring(from, Math.min(s.length(), from + 30)));
        if (!m.find()) return null;
        String label = RX_SPACES.matcher(m.group(1)).replaceAll(" ");
        label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
        return new ArmPhrase(from + m.start(1), from + m.end(1), label, label.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code CohortExtractor}'s elided counts, for a count followed by {@code to}: the words up to a clause boundary. */
    static ArmPhrase randomisedTo(String s, int from) {
        // the cheap look at the words before the count first
        if (!s.substring(Math.max(0, from - 4), from).toLowerCase(java.util.Locale.ROOT).contains("to")
                || !CohortExtractor.RANDOMISED.matcher(s).find()) return null;
        Matcher m = LEADING_ARM.matcher(s.substring(from, Math.min(s.length(), from + 80)));
        if (!m.find()) return null;
        String label = m.group(1).strip();
        return new ArmPhrase(from + m.start(1), from + m.start(1) + label.length(), label,
                label.toLowerCase(java.util.Locale.ROOT));
    }
}
