package org.oncoev.extractors.arms;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups of a compared pair that the text writes short: the second group with its head words left out ({@code 64%
 * for patients with a low score versus 56% for high score}: {@code high score}, read because it ends with the
 * first group's last word), and a pair that refers to the pair of the sentence before ({@code The corresponding
 * figures for OS were 70% versus 61%}). Every pattern is bounded. Thread-safe.
 */
final class PairedGroups {
    private PairedGroups() {}

    /** After the second value: its unit or bracket, then {@code for X} up to a clause mark. */
    private static final Pattern BARE_AFTER = Pattern.compile(
            "^\\s*(?:%|months?|years?)?\\s*(?:\\([^()]{0,60}\\)\\s*)?,?\\s*(?:for|in|among)\\s+(?:the\\s+)?"
            + "([\\p{L}\\p{N}][\\p{L}\\p{N}/+\\-]{0,30}(?:\\s+[\\p{L}\\p{N}/+\\-]{1,30}){0,2})\\s*(?=[,;.)]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CORRESPONDING = Pattern.compile("(?i)\\b(?:the\\s+)?corresponding\\s+(?:figures|numbers|rates|values|estimates)\\b");

    /**
     * The group written after the second value of a pair ({@code after}: the text from that value's end) when its
     * last word is the last word of the first value's group {@code first}; else null.
     */
    static String elided(String after, String first) {
        if (first == null) return null;
        Matcher m = BARE_AFTER.matcher(after.length() > 140 ? after.substring(0, 140) : after);
        if (!m.find()) return null;
        String name = m.group(1).strip();
        String[] a = first.strip().split("\\s+");
        String[] b = name.split("\\s+");
        if (b.length < 2 || name.equalsIgnoreCase(first.strip())) return null;
        return a[a.length - 1].toLowerCase(Locale.ROOT).equals(b[b.length - 1].toLowerCase(Locale.ROOT)) ? name : null;
    }

    /** True when the sentence gives the figures corresponding to the pair before it. */
    static boolean correspondsBack(String sentence) {
        return CORRESPONDING.matcher(sentence.length() > 400 ? sentence.substring(0, 400) : sentence).find();
    }
}
