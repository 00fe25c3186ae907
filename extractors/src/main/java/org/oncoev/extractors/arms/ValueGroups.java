package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the groups of values compared in ways {@link ComparedGroups} does not read: a pair written {@code 61% with
 * drug X vs 70% without} gives {@code drug X} and {@code without drug X} (either order); three values written {@code
 * a vs. b vs. c} after a sentence names three groups of patients ({@code patients with marker A lived longer than
 * those with marker B or marker C}) give those groups in order. Every pattern is bounded. Thread-safe.
 */
final class ValueGroups {
    private ValueGroups() {}

    private static final int WINDOW = 300;
    /** The verbs and joining words that end a group name. */
    private static final String NOT_NAME = "(?:or|and|than|vs|versus|compared|had|have|has|was|were|showed|demonstrated"
            + "|experienced|achieved|lived)\\b";
    /** A group name: up to four words that are no verb or joining word. */
    private static final String NAME = "([\\p{L}\\p{N}][\\p{L}\\p{N}/+\\-]{0,40}"
            + "(?:\\s+(?!" + NOT_NAME + ")[\\p{L}\\p{N}/+\\-]{1,40}){0,3}?)";
    private static final String NAME_END = "(?=\\s+" + NOT_NAME + "|\\s*[,;()]|\\s*$)";
    /** Right after a value: its unit, a bracket, then {@code with} or {@code without}. */
    private static final String TAIL = "^\\s*(?:%|months?|years?|weeks?|days?)?\\s*(?:\\([^()]{0,60}\\)\\s*)?,?\\s*"
            + "(?:(?:in|for|among)\\s+(?:patients|those)\\s+)?";
    private static final Pattern WITH_FIRST = Pattern.compile(TAIL + "(with|without)\\s+" + NAME
            + "\\s*,?\\s*(?:vs\\.?|versus|compared\\s+(?:with|to))\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_SECOND = Pattern.compile(TAIL + "(with|without)\\b", Pattern.CASE_INSENSITIVE);
    /** A group of patients: {@code patients who had X}, {@code those with X}, {@code cases without X}. */
    private static final Pattern GROUP = Pattern.compile(
            "\\b(?:patients|those|women|men|cases|subjects)\\s+(who\\s+(?:had|have)|with|without|harbou?ring)\\s+" + NAME + NAME_END,
            Pattern.CASE_INSENSITIVE);
    /** A further group joined to the one before: {@code or X}, {@code and those without X}. */
    private static final Pattern JOINED = Pattern.compile(
            "^\\s+(?:or|and)\\s+(?:(?:patients|those)\\s+(with|without)\\s+)?" + NAME + NAME_END, Pattern.CASE_INSENSITIVE);
    /** Between two values of a three-way comparison. */
    private static final Pattern VERSUS_GAP = Pattern.compile(
            "(?i)^\\s*(?:%|months?|years?|weeks?|days?)?\\s*(?:vs\\.?|versus)\\s*$");

    /**
     * The groups of a pair {@code 61% with X vs 70% without}: the text between the values ({@code between}) names the
     * first one's group, the text after the second value ({@code after}) opens with the opposite word. Null otherwise.
     */
    static String[] withWithout(String between, String after) {
        Matcher first = WITH_FIRST.matcher(between);
        if (!first.find()) return null;
        Matcher second = OTHER_SECOND.matcher(after.length() > 80 ? after.substring(0, 80) : after);
        if (!second.find()) return null;
        boolean withFirst = first.group(1).equalsIgnoreCase("with");
        if (withFirst == second.group(1).equalsIgnoreCase("with")) return null;
        String name = first.group(2).strip();
        return withFirst ? new String[] {name, "without " + name} : new String[] {"without " + name, name};
    }

    /** True when the text between two values of a series joins them as {@code vs.} or {@code versus}. */
    static boolean versusGap(String between) {
        return between.length() <= 20 && VERSUS_GAP.matcher(between).matches();
    }

    /** The three groups of patients the sentence names before {@code start}, in order, or null. */
    static List<String> threeBefore(String sentence, int start) {
        if (start <= 0 || start > sentence.length()) return null;
        String window = sentence.substring(Math.max(0, start - WINDOW), start);
        List<String> names = new ArrayList<>();
        Matcher m = GROUP.matcher(window);
        int from = 0;
        while (names.size() <= 3 && m.find(from)) {
            names.add(named(m.group(1), m.group(2)));
            int end = m.end();
            Matcher j = JOINED.matcher(window.substring(end));
            while (names.size() <= 3 && j.find()) {
                names.add(named(j.group(1), j.group(2)));
                end += j.end();
                j = JOINED.matcher(window.substring(end));
            }
            from = end;
        }
        return names.size() == 3 ? names : null;
    }

    private static String named(String relation, String name) {
        boolean without = relation != null && relation.toLowerCase(Locale.ROOT).startsWith("without");
        return (without ? "without " : "") + name.strip();
    }
}
