package org.oncoev.extractors.table;

import java.util.regex.Pattern;

/** The header wordings the table package recognises, one pattern per {@link ColumnRole}. Bounded patterns only. */
final class HeaderTerms {
    private HeaderTerms() {}

    /** A whole header cell naming a P column; up to three bracketed comparisons, each with a note mark ({@code P (A vs B)* (A vs C)*}). */
    static final Pattern P = Pattern.compile("(?i)(?:(?:wald'?s?|log-?rank|two-sided|adjusted|overall|HR|cox)\\s{1,3})?"
            + "(?:[Pp](?:\\s{0,2}[-_]?\\s{0,2}(?:values?|trend|interaction|int|heterogeneity|het|for\\s{1,3}(?:trend|interaction|heterogeneity)"
            + "|adj(?:usted)?|meta|combined|joint|nominal|corr(?:ected)?|bonf(?:erroni)?|holm|gc|discovery|replication))?"
            + "|sig\\.?|significance)\\s{0,2}[*\u2217†‡§¶#a-e\\d]{0,3}(?:\\s{0,2}\\([^()]{1,30}\\)\\s{0,2}[*\u2217†‡§¶#a-e\\d]{0,3}){0,3}");

    /** A P term inside a longer or glued header: {@code P value}, {@code P-value}, a lone {@code p} or {@code P}. */
    static final Pattern P_TERM = Pattern.compile("(?<![\\p{Ll}])[Pp]\\s{0,2}-?\\s{0,2}values?"
            + "|(?<![\\p{L}\\d])[Pp](?=[a-d*†‡§]?(?:\\s|$|\\p{Lu}|[(\\d]))"
            + "|(?<=\\p{Ll}{3}|%|\\)|CI)p(?=[a-d]?(?:\\p{Lu}|$))");

    /**
     * A whole header cell naming an HR column, optionally after the endpoint it is for ({@code PFS HR},
     * {@code OS hazard ratio}); group {@code ci} when it holds the CI too.
     */
    static final Pattern HR = Pattern.compile("(?i)(?:(?:OS|PFS|DFS|RFS|EFS|TTP|DSS|CSS|D?MFS|LRFS)\\s{1,3})?"
            + "(?:adjusted\\s{1,3}|multivariate\\s{1,3}|multivariable\\s{1,3}|univariate\\s{1,3}"
            + "|univariable\\s{1,3}|unadjusted\\s{1,3})?(?:hazard\\s{1,3}ratios?|a?HRs?)"
            + "\\s{0,2}(?<ci>[(\\[,]\\s{0,2}(?:\\d{2}\\s{0,2}%\\s{0,2})?(?:CI|confidence\\s{1,3}intervals?)\\s{0,2}[)\\]]?)?"
            + "\\s{0,2}[*†‡§a-d]{0,2}");

    /** An HR term inside a longer or glued header. */
    static final Pattern HR_TERM = Pattern.compile("HR(?![A-Za-z])|(?<![A-Za-z])[Hh]azard\\s{1,3}[Rr]atio");

    /** A CI header cell or term. */
    static final Pattern CI = Pattern.compile("(?i)(?:\\d{2}\\s{0,2}%\\s{0,2})?(?:CI|confidence\\s{1,3}intervals?)"
            + "(?:\\s{0,2}(?:of|for)\\s{1,3}(?:a?HR|hazard\\s{1,3}ratio))?\\s{0,2}[*†‡§a-d]{0,2}");
    static final Pattern CI_TERM = Pattern.compile("(?<![A-Z])CI(?![A-Z])|confidence\\s{1,3}interval");

    static final Pattern MEDIAN = Pattern.compile("(?i)\\bmedian\\b");
    static final Pattern RATE = Pattern.compile("(?i)\\b\\d{1,2}[- ](?:year|yr|month|mo)\\b|\\brate\\b");
    static final Pattern COUNT = Pattern.compile("(?i)(?:no\\.?|n|number|patients?,?\\s{1,3}n|n\\s{0,2}\\(%\\)|no\\.?\\s{0,2}\\(%\\)|events?)\\s{0,2}[*†‡§a-d]?");

    /**
     * A header naming a population rather than an arm: a subset of patients by what they have or lack
     * ({@code Patients with marker data}, {@code Patients without follow-up}, {@code Patients in the substudy}),
     * a set evaluable for a measure ({@code Evaluable}, {@code Biomarker-evaluable cohort}), patients grouped by
     * their outcome ({@code Survivors}, {@code Deceased within 2 years}, {@code Non-responders}), or the larger study
     * the table compares against ({@code Original cohort}, {@code Parent trial population}). Never an arm or group
     * ({@code Patients in arm A}).
     */
    static final Pattern POPULATION = Pattern.compile("(?i)^(?:all\\s{1,3})?(?:patients|subjects|cases|participants|women|men"
            + "|children)\\s{1,3}(?:with|without|having|lacking|in(?!\\s{1,3}(?:the\\s{1,3})?(?:arms?|groups?)\\b))\\b"
            + "|\\b(?:evaluable|assessable)\\b|^(?:deceased|died|dead|alive|survivors?|non-?survivors?|responders?|non-?responders?)\\b"
            + "|^(?:original|parent|source|initial|main)\\s{1,3}(?:[\\p{L}-]{1,20}\\s{1,3})?(?:cohort|population|trial|study)\\b");

    /** A header naming the whole population beside the arms: {@code Total}, {@code Overall}, {@code All patients},
     * {@code Whole cohort}. */
    static final Pattern WHOLE = Pattern.compile("(?i)^(?:total|overall|all|whole|entire|full)\\b(?!\\s{1,3}(?:with|without)\\b)");

    /** An arm size in a header: {@code (n = 41)}, {@code (N=51)}, {@code n = 89}, {@code (n = 1,024)}. Group {@code n}. */
    static final Pattern ARM_SIZE = Pattern.compile("[(\\[]?\\s{0,2}[Nn]\\s{0,2}[=:]\\s{0,2}(?<n>\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,6}(?!\\d))\\s{0,2}[)\\]]?");
}
