package org.oncoev.extractors.dose;

/**
 * Folic acid dosed per body surface ({@code 20 mg/m2 of folic acid} beside fluorouracil) is folinic acid written
 * loosely: the vitamin is never dosed per square metre, leucovorin is (Rulings: {@code leucovorin} for folinic acid).
 * Stateless and thread-safe.
 */
final class FolinicAcid {
    private FolinicAcid() {}

    /** {@code leucovorin} for {@code folic acid} in a per-square-metre unit; else {@code agent}. */
    static String named(String agent, String unit) {
        return agent.equals("folic acid") && unit.contains("/m2") ? "leucovorin" : agent;
    }
}
