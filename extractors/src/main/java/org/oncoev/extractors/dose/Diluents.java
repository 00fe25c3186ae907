package org.oncoev.extractors.dose;

import java.util.regex.Pattern;

/**
 * Tells a volume that carries a drug from a dose of one ({@code oxaliplatin in 250 mL of 5% dextrose},
 * {@code diluted in 1000 mL of saline}, {@code hydration with 2 L}): such a volume is no dose of the drug (Rulings:
 * diluents are not doses). Reads a bounded window around the amount. Stateless and thread-safe.
 */
final class Diluents {
    private Diluents() {}

    private static final int AFTER = 40;
    private static final int BEFORE = 30;
    private static final Pattern CARRIER_AFTER = Pattern.compile("(?i)^[^;.]{0,25}?\\b(?:saline|NaCl|sodium chloride|"
            + "dextrose|glucose|G5|D5W|water|Ringer|diluent|solvent)");
    /** Agents that are solutions themselves: their volume is their dose. */
    private static final java.util.Set<String> SOLUTIONS = java.util.Set.of("glucose", "dextrose", "sodium chloride", "water");
    private static final Pattern CARRIER_BEFORE = Pattern.compile("(?i)\\b(?:diluted|dissolved|reconstituted|"
            + "(?:pre-?|post-?)?hydration)\\b[^;.]{0,20}$");

    /**
     * True when the volume at {@code [start, end)} of {@code s} is a carrier of {@code agent}: a solution follows or a
     * dilution precedes it, and the agent is no solution itself.
     */
    static boolean carrier(String agent, String s, int start, int end) {
        if (SOLUTIONS.contains(agent)) return false;
        String after = s.substring(end, Math.min(s.length(), end + AFTER));
        String before = s.substring(Math.max(0, start - BEFORE), start);
        return CARRIER_AFTER.matcher(after).find() || CARRIER_BEFORE.matcher(before).find();
    }
}
