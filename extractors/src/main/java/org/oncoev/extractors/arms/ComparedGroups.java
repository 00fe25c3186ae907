package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the two groups of patients a sentence compares before a pair of values written {@code a versus b}, when
 * the groups are no arms of the study but subgroups: {@code women with high p53 had shorter OS than those without
 * high p53 (11 versus 14 months)} gives {@code high p53} and {@code without high p53}; {@code OS was shorter among
 * older women (10 versus 13 months)} and {@code Women over 50 years had better OS (10 versus 13 months)} give that
 * group and nothing for the second value; {@code between matched and unmatched groups (10 vs 13%)} gives both. Reads at most
 * {@value #WINDOW} characters before the pair; every pattern is bounded. Thread-safe.
 */
public final class ComparedGroups {
    private ComparedGroups() {}

    private static final int WINDOW = 220;
    /** A group name: up to four words, ended by a verb, a clause mark or the pair's bracket. */
    private static final String NAME = "([\\p{L}\\p{N}][\\p{L}\\p{N}/+\\-]{0,40}(?:\\s+(?!had\\b|have\\b|has\\b|was\\b|were\\b)"
            + "[\\p{L}\\p{N}/+\\-]{1,40}){0,3}?)";
    private static final String END = "(?=\\s+(?:had|have|has|was|were|showed|experienced|achieved|lived)\\b|\\s*[,;(]|\\s*$)";
    /** {@code patients with X}, {@code those without X}. */
    private static final Pattern WITH = Pattern.compile(
            "\\b(?:patients|women|men|those|cases|subjects|tumou?rs)\\s+(with|without)\\s+" + NAME + END,
            Pattern.CASE_INSENSITIVE);
    /** {@code among older women (} right before the pair. */
    private static final Pattern AMONG = Pattern.compile(
            "\\bamong\\s+(?:the\\s+)?([\\p{L}\\p{N}][\\p{L}\\p{N}/+\\-]{0,40}(?:\\s+[\\p{L}\\p{N}/+\\-]{1,40}){0,3}?)\\s*\\(\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** {@code between matched and unmatched groups [}, {@code in the A and B groups}: both names, the head noun after the second. */
    private static final Pattern BETWEEN = Pattern.compile(
            "\\b(?:between|in|for|of|among)\\s+(?:both\\s+)?(?:the\\s+)?([\\p{L}\\p{N}][\\p{L}\\p{N}*/+\\-]{0,40}(?:\\s+[\\p{L}\\p{N}*/+\\-]{1,40}){0,3}?)"
            + "\\s+and\\s+(?:the\\s+)?([\\p{L}\\p{N}][\\p{L}\\p{N}*/+\\-]{0,40}(?:\\s+[\\p{L}\\p{N}*/+\\-]{1,40}){0,3}?)"
            + "\\s+(?:groups|subgroups|patients|cohorts|arms)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A sentence whose subject is a group of patients: {@code Women >50 years had better DFS (}. */
    private static final Pattern SUBJECT = Pattern.compile(
            "^\\s*((?:patients|women|men)\\s+(?!with\\b|without\\b|who\\b|in\\b|of\\b|and\\b|had\\b|were\\b|was\\b)"
            + "[^\\s,;()]{1,30}(?:\\s+(?!had\\b|have\\b|showed\\b)[^\\s,;()]{1,30}){0,3}?)\\s+(?:had|have|showed|experienced|achieved)\\b",
            Pattern.CASE_INSENSITIVE);

    /** {@code patients with low compared with high marker levels (}: the first name takes the second's head words. */
    private static final Pattern WITH_COMPARED = Pattern.compile(
            "\\b(?:patients|women|men|those|cases|subjects)\\s+with\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}/+\\-]{0,30}(?:\\s+[\\p{L}\\p{N}/+\\-]{1,30})?)"
            + "\\s+(?:compared\\s+(?:with|to)|versus|vs\\.?)\\s+(?:those\\s+with\\s+)?" + NAME + "\\s*\\(\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** {@code the marker-negative phenotype was associated with shorter OS (}: that group, then the others. */
    private static final Pattern ASSOCIATED = Pattern.compile(
            "(?:^|[,;:]\\s*|\\bthe\\s+)(?:the\\s+)?(?!(?:and|or|but|which|that|it|they|this|these|both|all)\\b)([\\p{L}\\p{N}][\\p{L}\\p{N}/+\\-]{0,30}(?:\\s+[\\p{L}\\p{N}/+\\-]{1,30}){0,2})"
            + "\\s+(?:was|were)\\s+(?:significantly\\s+)?associated\\s+with\\s+(?:an?\\s+)?(?:[\\p{L}-]{1,20}\\s+){0,2}?"
            + "(?:reduction|decrement|decrease|shorter|worse|poorer|longer|better|improved|improvement|increase|prolonged|prolongation)\\b"
            + "[^()]{0,40}\\(\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The two groups named together before {@code pairStart} ({@code in the matched and unmatched groups was 46 and 30%}),
     * or null: what a pair joined by {@code and} may take.
     */
    public static String[] listed(String sentence, int pairStart) {
        if (pairStart <= 0 || pairStart > sentence.length()) return null;
        Matcher b = BETWEEN.matcher(sentence.substring(Math.max(0, pairStart - WINDOW), pairStart));
        String[] out = null;
        while (b.find()) out = new String[] {b.group(1).strip(), b.group(2).strip()};
        return out == null ? null : sharedModifier(out);
    }

    /**
     * Opposites joined under one modifier ({@code X-positive matched and unmatched}): the second is the negation of
     * the first's last word ({@code un-}, {@code non-}, {@code in-}, {@code no}), so it takes the words before that
     * word too ({@code X-positive unmatched}).
     */
    static String[] sharedModifier(String[] pair) {
        String[] first = pair[0].split("\\s+");
        if (first.length < 2 || pair[1] == null) return pair;
        String last = first[first.length - 1].toLowerCase(java.util.Locale.ROOT);
        String head = pair[1].split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        if (last.length() < 3 || !NEGATIONS.contains(head.replace(last, "#"))) return pair;
        String prefix = pair[0].substring(0, pair[0].length() - first[first.length - 1].length()).strip();
        return new String[] {pair[0], prefix + " " + pair[1]};
    }

    /** A word negated: {@code #} stands for the word ({@code unmatched} is {@code un#} of {@code matched}). */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("un#", "non#", "non-#", "in#", "im#", "dis#");

    /**
     * The groups compared before {@code pairStart}: two names (either may be null), or null when the sentence names
     * none. The first value of the pair belongs to the first.
     */
    public static String[] before(String sentence, int pairStart) {
        if (pairStart <= 0 || pairStart > sentence.length()) return null;
        String window = sentence.substring(Math.max(0, pairStart - WINDOW), pairStart);
        Matcher compared = WITH_COMPARED.matcher(window);
        if (compared.find()) {
            String first = compared.group(1).strip();
            String second = compared.group(2).strip();
            String[] words = second.split("\\s+");
            if (!first.contains(" ") && words.length > 1) first = first + second.substring(words[0].length());
            return new String[] {first, second};
        }
        Matcher associated = ASSOCIATED.matcher(window);
        if (associated.find()) return new String[] {associated.group(1).strip(), "non-" + associated.group(1).strip()};
        List<String> named = new ArrayList<>();
        Matcher m = WITH.matcher(window);
        while (m.find() && named.size() < 3) {
            String name = m.group(2).strip();
            named.add(m.group(1).equalsIgnoreCase("without") ? "without " + name : name);
        }
        if (named.size() == 2 && !named.get(0).equalsIgnoreCase(named.get(1))) return new String[] {named.get(0), named.get(1)};
        if (named.size() == 1 && window.toLowerCase(java.util.Locale.ROOT).contains(" than ")) return null;
        Matcher b = BETWEEN.matcher(window);
        String[] between = null;
        while (b.find()) between = new String[] {b.group(1).strip(), b.group(2).strip()};
        if (between != null && named.isEmpty()) return sharedModifier(between);
        Matcher subject = SUBJECT.matcher(sentence);
        if (named.isEmpty() && pairStart <= WINDOW && subject.find() && subject.end() <= pairStart)
            return new String[] {subject.group(1).strip(), null};
        Matcher a = AMONG.matcher(window);
        if (named.isEmpty() && a.find()) return new String[] {a.group(1).strip(), null};
        return null;
    }
}
