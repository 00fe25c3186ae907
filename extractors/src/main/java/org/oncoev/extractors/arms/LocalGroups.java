package org.oncoev.extractors.arms;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a group of patients written right after a value when that group is no arm of the study: a subgroup or a
 * comparison group ({@code 70% for the 2 cm group}, {@code 62 months for IDHmt/codel patients}, {@code 82% for
 * patients with critical weight loss}), or right before it ({@code the rate for patients with X was 82%}). The name is
 * the paper's words without the head noun. Thread-safe.
 */
public final class LocalGroups {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_DIGIT_FIRST = java.util.regex.Pattern.compile("\\d.*");
    private static final java.util.regex.Pattern RX_SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern RX_END_MARKS = java.util.regex.Pattern.compile("[.,;:]+$");
    private static final java.util.regex.Pattern RX_NUMERIC = java.util.regex.Pattern.compile("[\\d.,%]+");
    private LocalGroups() {}

    private static final int WINDOW = 120;
    private static final Pattern AFTER = Pattern.compile(
            "^\\s*(?:months?|years?|weeks?|%)?\\s*(?:\\([^()]{0,60}\\)\\s*)?,?\\s*(?:in|for|among)\\s+(?:the\\s+)?"
            + "(?:(patients|those|women|men)\\s+(with|without|who\\s+had)\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}/*+\\-\u2264\u2265<>=.]*"
            + "(?:\\s+[\\p{L}\\p{N}/*+\\-\u2264\u2265<>=.]+){0,3}?)(?=\\s*(?:[,;.)(]|and\\b|or\\b|versus\\b|vs\\b|compared\\b|$))"
            + "|([\\p{L}\\p{N}][\\p{L}\\p{N}/*+\\-\u2264\u2265<>=.]*(?:\\s+[\\p{L}\\p{N}/*+\\-\u2264\u2265<>=.]+){0,3}?)\\s+"
            + "(group|subgroup|patients|cohort)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_GROUPS = Set.of("all", "both", "each", "the", "these", "those", "two", "three",
            "other", "whole", "entire", "overall", "study", "treatment", "remaining", "same", "our", "eligible",
            "evaluable", "enrolled", "treated", "randomized", "randomised", "control", "this", "that", "their");

    /** {@code for patients with X was} right before a value. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?:in|for|among)\\s+(?:the\\s+)?(?:patients|those|women|men)\\s+(with|without)\\s+"
            + "([\\p{L}\\p{N}][\\p{L}\\p{N}/*+\\-]*(?:\\s+[\\p{L}\\p{N}/*+\\-]+){0,3}?)\\s+(?:was|were|is|are)\\s+(?:about\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** The group named right before {@code start} ({@code the rate for patients with X was 82%}), or null. */
    public static String before(String sentence, int start) {
        if (start <= 0 || start > sentence.length()) return null;
        Matcher m = BEFORE.matcher(sentence.substring(Math.max(0, start - WINDOW), start));
        if (!m.find()) return null;
        String name = RX_SPACES.matcher(m.group(2)).replaceAll(" ").strip();
        if (NOT_GROUPS.contains(name.split(" ")[0].toLowerCase(Locale.ROOT))) return null;
        return (m.group(1).equalsIgnoreCase("without") ? "without " : "") + name;
    }

    /** The group named right after {@code end} in {@code sentence}, or null. */
    public static String after(String sentence, int end) {
        if (end < 0 || end >= sentence.length()) return null;
        String window = sentence.substring(end, Math.min(sentence.length(), end + WINDOW));
        Matcher m = AFTER.matcher(window);
        if (!m.find()) return null;
        String name;
        if (m.group(3) != null) {
            name = (m.group(2).toLowerCase(Locale.ROOT).startsWith("without") ? "without " : "") + m.group(3);
        } else {
            name = m.group(4);
            if (m.group(5).equalsIgnoreCase("group") && RX_DIGIT_FIRST.matcher(name).matches()) name = name + " group";
        }
        name = RX_END_MARKS.matcher(RX_SPACES.matcher(name).replaceAll(" ")).replaceAll("").strip();
        String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
        if (NOT_GROUPS.contains(first) || RX_NUMERIC.matcher(name).matches()) return null;
        return name;
    }
}
