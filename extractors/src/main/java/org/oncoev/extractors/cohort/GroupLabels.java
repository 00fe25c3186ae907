package org.oncoev.extractors.cohort;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a group written without a treatment word, as papers name control and comparison arms:
 * {@code the control group (n = 319)}, {@code the D group}. Levels of a variable ({@code the high-risk group}),
 * ages and stages are not arm names. Pure and thread-safe.
 */
final class GroupLabels {
    private GroupLabels() {}

    /** One to three words ending right before the group word, after an article, preposition or the cell start. */
    private static final Pattern WORDS_BEFORE = Pattern.compile("(?i)(?:^|\\b(?:the|a|an|in|of|for|to|into|between|and|"
            + "versus|vs)\\s+)((?!(?:the|a|an)\\s)(?:[\\p{L}\\p{N}][\\p{L}\\p{N}+/\\-]*\\s+){0,2}[\\p{L}\\p{N}][\\p{L}\\p{N}+/\\-]*)\\s*$");

    /** A cell that reports an outcome or an evaluable subset before the group: {@code 44% for the D group}. */
    private static final Pattern OUTCOME_CELL = Pattern.compile("(?i)%|\\b(?:respond\\w*|responders?|evaluable|"
            + "assessable|rates?|median|incidence)\\b");

    /**
     * The label written before {@code groupStart} in {@code cell} (where {@code group}/{@code arm} begins), or null
     * when there is none or the cell reports an outcome.
     */
    static String before(String cell, int groupStart) {
        if (OUTCOME_CELL.matcher(cell).find()) return null;
        String head = cell.substring(Math.max(0, groupStart - 60), groupStart);
        Matcher m = WORDS_BEFORE.matcher(head);
        if (!m.find()) return null;
        String label = m.group(1).strip();
        if (ArmSplits.LEVEL_LABEL.matcher(label).matches() || label.equalsIgnoreCase("study")
                || label.equalsIgnoreCase("treatment") || label.equalsIgnoreCase("this")) return null;
        return label;
    }
}
