package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lettered arms ({@code Arm A}, {@code Group 2}, {@code Cohort III}) among a document's arm labels. Stateless and thread-safe. */
final class LetteredArms {
    private LetteredArms() {}

    private static final Pattern LETTERED = Pattern.compile("(?i)(arm|group|cohort)\\s+([A-D]|[1-4]|I{1,3}|IV)");
    private static final List<List<String>> SERIES = List.of(List.of("A", "B", "C", "D"), List.of("1", "2", "3", "4"),
            List.of("I", "II", "III", "IV"));

    /** The one contiguous series of lettered arms among {@code armLabels} ({@code Arm A, Arm B}); empty when there is none or more than one. */
    static List<String> series(List<String> armLabels) {
        Map<String, List<String>> series = new LinkedHashMap<>();
        for (String label : armLabels) {
            Matcher m = LETTERED.matcher(label.strip());
            if (m.matches()) series.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(label);
        }
        List<String> found = List.of();
        for (List<String> labels : series.values()) {
            if (labels.size() < 2 || !contiguous(labels)) continue;
            if (!found.isEmpty()) return List.of();
            found = labels;
        }
        return found;
    }

    /** {@code Arm A, Arm B} or {@code Group 1, Group 2, Group 3}: the series starts at its first member, no gaps. */
    private static boolean contiguous(List<String> labels) {
        Set<String> ids = new LinkedHashSet<>();
        for (String l : labels) {
            Matcher m = LETTERED.matcher(l.strip());
            if (m.matches()) ids.add(m.group(2).toUpperCase(Locale.ROOT));
        }
        for (List<String> order : SERIES) {
            if (!ids.contains(order.get(0))) continue;
            int n = 0;
            while (n < order.size() && ids.contains(order.get(n))) n++;
            if (n == ids.size()) return true;
        }
        return false;
    }

}
