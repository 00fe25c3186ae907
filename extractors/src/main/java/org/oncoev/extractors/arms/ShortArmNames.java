package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oncoev.extractors.Finding;

/**
 * Adds to an arm's label the short name the paper also calls it by ({@code radiotherapy alone (RT)}, {@code chemotherapy (Group B)}), so a
 * reader finds the arm under either name, and the treatment all arms share ({@link StudyArms#fullName}). Pure.
 */
public final class ShortArmNames {
    private ShortArmNames() {}

    /** An arm the paper letters or numbers: {@code group a}, {@code arm 2}. */
    private static final java.util.regex.Pattern LETTERED = java.util.regex.Pattern.compile("(group|arm|cohort) ([a-z]|\\d{1,2})");

    /** Returns the findings in the same order, catalog labels completed with the arm's short name. */
    public static List<Finding> apply(List<Finding> findings, StudyArms arms) {
        if (arms.isEmpty()) return findings;
        List<String> full = new ArrayList<>();
        for (int i = 0; i < arms.arms().size(); i++) {
            StudyArm a = arms.arms().get(i);
            full.add(withShortName(new StudyArm(arms.fullName(i), a.aliases(), a.size())));
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int i = f.arm() == null ? -1 : arms.labels().indexOf(f.arm());
            out.add(i >= 0 && !full.get(i).equals(f.arm()) ? f.withArm(full.get(i)) : f);
        }
        return out;
    }

    /**
     * The label, followed in brackets by the arm's letter name ({@code Group A}) or else its one-word short name,
     * when the label does not contain it.
     */
    static String withShortName(StudyArm arm) {
        String label = arm.label();
        String lower = " " + label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String alias : arm.aliases()) {
            java.util.regex.Matcher letter = LETTERED.matcher(alias);
            if (letter.matches() && !lower.contains(" " + letter.group(1) + " " + letter.group(2) + " ")) {
                return label + " (" + Character.toUpperCase(alias.charAt(0)) + letter.group(1).substring(1) + " "
                        + letter.group(2).toUpperCase(Locale.ROOT) + ")";
            }
        }
        for (String alias : arm.aliases()) {
            if (alias.length() < 2 || alias.length() > 5 || !alias.matches("[\\p{L}\\p{N}\\-]+")) continue;
            if (lower.contains(" " + alias.toLowerCase(Locale.ROOT) + " ")) continue;
            return label + " (" + alias.toUpperCase(Locale.ROOT) + ")";
        }
        return label;
    }
}
