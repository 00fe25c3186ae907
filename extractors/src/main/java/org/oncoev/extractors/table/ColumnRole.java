package org.oncoev.extractors.table;

/** What a table column holds, as its header (or, for a glued header, its header terms and its data) says. */
public enum ColumnRole {
    /** Column 0: the row labels. */
    LABEL,
    /** P values ({@code P}, {@code p}, {@code P value}, {@code P-value}, {@code Wald's p}, a {@code P value} over sub-columns). */
    P_VALUE,
    /** Hazard ratios without their CI ({@code HR}, {@code Hazard ratio}, {@code aHR}). */
    HAZARD_RATIO,
    /** Hazard ratios with their CI in the same cell ({@code HR (95% CI)}). */
    HAZARD_RATIO_WITH_CI,
    /** A confidence interval ({@code 95% CI}). */
    CI,
    /** Medians ({@code Median}, {@code Median OS, months}). */
    MEDIAN,
    /** Rates or percentages at a time point ({@code 2-year OS}, {@code Rate (%)}). */
    RATE,
    /** Patient counts ({@code n}, {@code No.}, {@code Patients, n}). */
    COUNT,
    /** An arm or group column ({@code Drug X (n = 210)}); see {@link TableView#arms()}. */
    ARM,
    /** Anything else. */
    OTHER
}
