package org.oncoev.extractors.table;

/** Tables written for the tests, in the shapes papers print them (no paper's words or numbers). */
public final class TableFixtures {
    private TableFixtures() {}

    static final String EM = "\u2003";

    /** One cell per line, separate header lines, a reference row, an HR and its CI in two columns. */
    public static final String LINES_HR = String.join("\n",
            "The multivariable model kept four factors after backward selection, as listed below in full.",
            "Table 3Multivariable analysis of progression-free survival",
            "Factor", "HR", "95% CI", "P value",
            "Age ≥ 65", "1.42", "1.05–1.91", "0.021",
            "Stage III", "2.10", "1.40–3.15", "<0.001",
            "Female sex", "1.00 (ref)", "", "",
            "Smoking", "0.88", "0.61–1.27", "0.49",
            "Abbreviations: HR, hazard ratio; CI, confidence interval. Cox regression stratified by centre and region.",
            "");

    /** One cell per line, header glued onto the first row label, blank lines as empty cells, em-space sub-rows. */
    public static final String LINES_GLUED = String.join("\n",
            "Baseline characteristics were balanced between the two groups, as the table below shows in detail.",
            "Table 1Baseline characteristics",
            "Drug X (n = 52)Placebo (n = 50)pSex",
            "",
            "",
            "0.34",
            EM + "Male", "30", "28",
            "",
            EM + "Female", "22", "22",
            "",
            "Age",
            "",
            "",
            "<.001",
            EM + "< 65 years", "41", "25",
            "",
            EM + "≥ 65 years", "11", "25",
            "",
            "Values are numbers of patients. The p values come from the chi-square test for each characteristic.",
            "");

    /** An inline flattened table inside a body line, with arm sizes in the header and a P column. */
    public static final String INLINE_P = "Response rates were higher with the combination (Table 2).   Table 2 Response by arm "
            + "Response Drug X (n = 61) Drug Y (n = 59) P value Objective response 24 (39.3) 15 (25.4) 0.10 "
            + "Disease control 50 (82.0) 41 (69.5) 0.11 Grade ≥3 events 12 (19.7) 20 (33.9) .074\n";

    /** An inline flattened table with HR (95% CI) in one cell and a reference row. */
    public static final String INLINE_HR = "The Cox model is shown (Table 4).   Table 4 Cox model for overall survival "
            + "Variable HR (95% CI) P Age per year 1.02 (1.00–1.04) 0.03 ECOG 1 vs 0 1.65 (1.10–2.48) 0.016 "
            + "Control arm 1.00 (ref) Treatment 0.72 (0.58-0.90) 0.004\n";

    /** Tab-separated lines (PDF text) with HR, CI and p in three columns. */
    public static final String TABBED = "Table 5. Survival by endpoint\nEndpoint\tHR\t95% CI\tp\n"
            + "OS\t0.81\t0.66–0.99\t0.04\nPFS\t0.65\t0.52–0.81\t<.001\n";

    /** A markdown pipe table with a P value header over two sub-columns. */
    public static final String PIPES = "| Factor | P value | |\n|---|---|---|\n| Model | Univariate | Multivariate |\n"
            + "| Age | 0.12 | 0.30 |\n| Grade | 0.002 | 0.018 |\n";

    /** A tab table with a transposed P row. */
    public static final String P_ROW = "Outcome\tDrug X (N=51)\tDrug Y (N=49)\nResponse rate\t40%\t25%\nP value\t0.03\t\n";

    /** A caption glued onto a prose line, its rows glued into the next line; medians with CI beside each other. */
    public static final String GLUED_ROWS = "The factors were tested one by one in the Cox model.Table 6Univariable model for "
            + "progressionNEventsMedian (95% CI)HR95 % CIp\n\np-valueAge < 6522189.1 (7.0 – 11.2)5.0 (3.1 – 6.6)1.40(0.80, 2.45)0.24"
            + "Age ≥ 6530252.05(1.10, 3.82)0.02Stage III40311.10(0.61, 1.98)0.75\n";
}
