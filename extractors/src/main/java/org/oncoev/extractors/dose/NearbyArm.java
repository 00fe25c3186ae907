package org.oncoev.extractors.dose;

import java.util.List;
import java.util.regex.Pattern;

/** The arm label written before a dose in its sentence, and whether the text uses it as an arm. Stateless and thread-safe. */
final class NearbyArm {
    private NearbyArm() {}

    /** A lettered arm ({@code Arm B}, {@code group 2}): found whatever its case ({@code the standard arm (arm B)}). */
    private static final Pattern LETTERED = Pattern.compile("(?i)(?:arm|group|cohort)\\s(?:[A-D]|[1-4]|I{1,3}|IV)");
    /** An arm label used as one: {@code (RT; 25 Gy ...)}, {@code CRT arm}, {@code RT group}, {@code (CRT)}. */
    private static final Pattern AS_ARM = Pattern.compile("\\s{0,2}(?:[;)]|(?:arm|group|cohort)s?\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The arm label written last before {@code pos} as whole words (so {@code RT} is not found inside {@code CRT};
     * lettered labels in any case), or null; {@code at[0]} receives where it starts and {@code at[1]}, when there, how
     * many labels are written before {@code pos}.
     */
    static String before(String s, List<String> labels, int pos, int[] at) {
        String arm = null;
        at[0] = -1;
        if (at.length > 1) at[1] = 0;
        for (String label : labels) {
            if (label.isBlank()) continue;
            boolean anyCase = LETTERED.matcher(label).matches() || label.length() >= 8 && label.indexOf(' ') > 0;
            for (int i = lastIndex(s, label, pos, anyCase); i >= 0; i = lastIndex(s, label, i - 1, anyCase)) {
                int e = i + label.length();
                if ((i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '-')
                        && (e >= s.length() || !Character.isLetterOrDigit(s.charAt(e)))) {
                    if (at.length > 1) at[1]++;
                    if (i > at[0]) {
                        at[0] = i;
                        arm = label;
                    }
                    break;
                }
            }
        }
        return arm;
    }

    /** {@link String#lastIndexOf(String, int)}, ignoring case when {@code anyCase}. */
    private static int lastIndex(String s, String label, int from, boolean anyCase) {
        if (!anyCase) return s.lastIndexOf(label, from);
        char lower = Character.toLowerCase(label.charAt(0));
        char upper = Character.toUpperCase(label.charAt(0));
        for (int i = Math.min(from, s.length() - label.length()); i >= 0; i--) {
            char c = s.charAt(i);
            if ((c == lower || c == upper) && s.regionMatches(true, i, label, 0, label.length())) return i;
        }
        return -1;
    }

    /** True when {@code label} is a lettered arm ({@code Arm B}, {@code group 2}). */
    static boolean lettered(String label) {
        return label != null && LETTERED.matcher(label.strip()).matches();
    }

    /** True when the label found at {@code at} is used as an arm ({@link #AS_ARM} follows it). */
    static boolean usedAsArm(String s, String label, int at) {
        return label != null && at >= 0 && AS_ARM.matcher(s).region(Math.min(s.length(), at + label.length()), s.length()).lookingAt();
    }
}
