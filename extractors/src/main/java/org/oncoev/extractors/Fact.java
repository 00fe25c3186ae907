package org.oncoev.extractors;

/**
 * The normalised values of one finding. Each evidence type has its own record; the scoring key of each
 * is defined in the gold format (see {@code FORMAT.md}).
 */
public sealed interface Fact permits Fact.Cohort, Fact.Survival, Fact.PValue, Fact.HazardRatio, Fact.Dose {

    EvidenceType type();

    /** A study's or an arm's number of patients. */
    record Cohort(int size) implements Fact {
        public EvidenceType type() { return EvidenceType.COHORT; }
    }

    /**
     * A median (a time in {@code unit}) or a rate (a percentage at {@code timeMonths}, null when unstated).
     * {@code endpoint} is one of OS, PFS, DFS, RFS, TTP, EFS, DSS, CSS, LC; {@code measure} is
     * {@code median} or {@code rate}; CI bounds and {@code valueMax} are null when absent.
     */
    record Survival(String endpoint, String measure, double value, Double valueMax, String unit,
                    Double timeMonths, Double ciLow, Double ciHigh) implements Fact {
        public EvidenceType type() { return EvidenceType.SURVIVAL; }
    }

    /** A p-value as modifier and number; {@code inTable} tells whether it was read from a table. */
    record PValue(Relation relation, double value, boolean inTable) implements Fact {
        public EvidenceType type() { return EvidenceType.P_VALUE; }
    }

    /**
     * A hazard ratio with its CI and p-value where given (nulls when absent). {@code covariate} is true when the
     * words labelling it name a patient characteristic (a covariate of a multivariable model such as age, sex or
     * stage, or a subgroup of a subgroup analysis) rather than the treatments compared.
     */
    record HazardRatio(double value, Double ciLow, Double ciHigh, Relation pRelation, Double pValue,
                       boolean adjusted, boolean covariate) implements Fact {
        public EvidenceType type() { return EvidenceType.HAZARD_RATIO; }

        /** A hazard ratio of the treatments compared (not a covariate's). */
        public HazardRatio(double value, Double ciLow, Double ciHigh, Relation pRelation, Double pValue, boolean adjusted) {
            this(value, ciLow, ciHigh, pRelation, pValue, adjusted, false);
        }
    }

    /**
     * One agent and amount in a regimen. {@code agent} is the lower-case generic name; {@code unit} as in
     * the gold format ({@code mg/m2}, {@code Gy}, ...); route, schedule and regimen are null when unstated.
     */
    record Dose(String agent, double amount, Double amountMax, String unit, String route, String schedule,
                String regimen) implements Fact {
        public EvidenceType type() { return EvidenceType.DOSE; }
    }
}
