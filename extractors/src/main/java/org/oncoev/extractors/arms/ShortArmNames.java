package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oncoev.extractors.Finding;

/**
 * Adds to an arm's label the short name the paper also calls it by ({@code radiotherapy alone (RT)}), so a
 * reader finds the arm under either name. Pure.
 */
public final class ShortArmNames {
    private ShortArmNames() {}

    /** Returns the findings in the same order, catalog labels completed with the arm's short name. */
    public static List<Finding> apply(List<Finding> findings, StudyArms arms) {
        if (arms.isEmpty()) return findings;
        List<String> full = new ArrayList<>();
        for (StudyArm a : arms.arms()) full.add(withShortName(a));
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int i = f.arm() == null ? -1 : arms.labels().indexOf(f.arm());
            out.add(i >= 0 && !full.get(i).equals(f.arm()) ? f.withArm(full.get(i)) : f);
        }
        return out;
    }

    /** The label, followed by the arm's one-word short name in brackets when the label does not contain it. */
    static String withShortName(StudyArm arm) {
        String label = arm.label();
        String lower = " " + label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String alias : arm.aliases()) {
            if (alias.length() < 2 || alias.length() > 5 || !alias.matches("[\\p{L}\\p{N}\\-]+")) continue;
            if (lower.contains(" " + alias.toLowerCase(Locale.ROOT) + " ")) continue;
            return label + " (" + alias.toUpperCase(Locale.ROOT) + ")";
        }
        return label;
    }
}
