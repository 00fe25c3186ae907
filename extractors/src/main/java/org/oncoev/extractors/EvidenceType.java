package org.oncoev.extractors;

/** The kinds of evidence oncoev extracts; {@link #key()} is the name used in exports and the gold format. */
public enum EvidenceType {
    COHORT("cohorts"), SURVIVAL("survival"), P_VALUE("p_values"), HAZARD_RATIO("hazard_ratios"), DOSE("doses");

    private final String key;

    EvidenceType(String key) { this.key = key; }

    public String key() { return key; }
}
