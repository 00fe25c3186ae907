package org.oncoev.extractors.hazard;

import java.util.regex.Pattern;

/**
 * Regular expressions for hazard ratios as papers print them: the HR phrase and its value
 * ({@code HR = 0.488}, {@code hazard ratio for death, 0.70}, {@code adjusted HR (aHR) 1.52}, {@code (HR, 0.67}),
 * the CI that may follow ({@code 95% CI: 0.277-0.860}, {@code [0.61, 0.85]}, {@code (95% CI 0.45 to 0.86}) and
 * an optional p-value. Bounded quantifiers only.
 */
final class HazardSyntax {
    private HazardSyntax() {}

    /**
     * The positions in {@code text} where {@code HR} or {@code azard} starts, in order: every {@link #HR} match contains
     * one of them ({@code HR}, {@code aHR}, {@code hazard ratio}...), so a region holding none has no match.
     */
    static int[] hrWords(String text) {
        int[] out = new int[4];
        int n = 0;
        int hr = text.indexOf("HR");
        int azard = azardAt(text, 0);
        while (hr >= 0 || azard >= 0) {
            int next;
            if (azard < 0 || (hr >= 0 && hr < azard)) {
                next = hr;
                hr = text.indexOf("HR", hr + 1);
            } else {
                next = azard;
                azard = azardAt(text, azard + 1);
            }
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = next;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** {@code text.indexOf("azard", from)}, found from the rarer {@code zard} ({@code a} is a common letter). */
    static int azardAt(String text, int from) {
        for (int z = text.indexOf("zard", from + 1); z >= 0; z = text.indexOf("zard", z + 1)) {
            if (text.charAt(z - 1) == 'a') return z - 1;
        }
        return -1;
    }

    /** True when one of the increasing {@code positions} lies in {@code [from, to)}. */
    static boolean anyIn(int[] positions, int from, int to) {
        int k = java.util.Arrays.binarySearch(positions, from);
        if (k < 0) k = -k - 1;
        return k < positions.length && positions[k] < to;
    }

    static final String NUM = "(?:\\d{1,3}(?:\\.\\d{1,4})?|\\.\\d{1,4})";

    /** Longest description between the HR phrase and its value when no CI follows the value. */
    static final int SHORT_GAP = 60;

    /**
     * Groups: {@code adj} (adjusted/multivariable...), {@code abbr} (aHR...), {@code gap} (the description after
     * {@code for}/{@code of}, up to 150 characters without numbers or brackets), {@code value}.
     */
    /** First letters of an HR phrase (its adjective, {@code hazard}, {@code HR}, {@code aHR}, {@code sHR}): checked first. */
    private static final String HR_START = "(?=[amspuocHhAS])";

    static final Pattern HR = Pattern.compile(HR_START + "(?<![\\p{L}\\p{N}])(?:(?<adj>adjusted|multivariable|multivariate|pooled"
            + "|stratified|unadjusted|univariate|univariable|overall|corresponding|combined|summary)\\s{1,3})?"
            + "(?:[Hh]azard\\s{1,3}[Rr]atios?|HRs?|(?<abbr>aHRs?|AHR|sHR|HRadj))(?![\\p{L}\\p{N}+])"
            + "(?:\\s{0,3}[(\\[]\\s{0,2}(?:a?HR|AHR|\\d{2}\\s{0,2}%\\s{0,2}CIs?|[^()\\[\\]\\d]{1,30}\\s(?:vs\\.?|versus)\\s[^()\\[\\]\\d]{1,30})\\s{0,2}[)\\]])?"
            + "(?:\\s{1,3}(?:for|of|in\\s{1,3}favou?r\\s{1,3}of)\\s{1,3}(?<gap>(?:[^\\d;:=()\\[\\]<>.]|(?<=[\\p{L}-])\\d){1,150}?))?"
            + "\\s{0,3}(?:[:=,]|was|were|is|of|was\\s{1,3}estimated\\s{1,3}(?:at|to\\s{1,3}be)|reached|amounted\\s{1,3}to)?"
            + "\\s{0,3}(?:[:=]\\s{0,3})?"
            + "(?<![\\p{L}\\p{N}.–-])(?<value>" + NUM + ")(?![\\d.]*\\d)(?![-–]?\\p{L})(?!\\s{0,2}(?:%|-?fold|years?|months?|weeks?|days?|patients?|mg|cm|mm|bpm|beats))");

    /** A CI right after the value; a match counts only with {@code open} or {@code label}. Groups: low, high. */
    static final Pattern CI = Pattern.compile("[\\s,;]{0,4}(?<open>[(\\[])?\\s{0,2}"
            + "(?<label>\\d{2}\\s{0,2}%\\s{0,2}[(\\[]\\s{0,2}(?=\\d)|(?:\\d{2}(?:\\.\\d{1,2})?\\s{0,2}%\\s{0,2})?(?:CI|C\\.I\\.|CrI|confidence\\s{1,3}intervals?)"
            + "(?:\\s{0,2}\\d{2}(?:\\.\\d)?\\s{0,2}%)?(?:\\s{0,3}[(\\[]CI[)\\]])?\\s{0,3}(?:[:=,;]|was|of|is|were)?\\s{0,3}[(\\[]?\\s{0,2})?"
            + "(?<low>" + NUM + ")\\s{0,2}(?:-|–|—|to|,|;)\\s{0,2}(?<high>" + NUM + ")(?![\\d.]*\\d)(?!\\s{0,2}%)");

    /** A dash between two numbers: the only separator a bare CI may have ({@code 0.34–0.92}). */
    private static final Pattern BARE_CI = Pattern.compile(",\\s{0,2}" + NUM + "\\s{0,2}[-–—]\\s{0,2}" + NUM);

    /**
     * True when the {@link #CI} match {@code ci} (without bracket or label) is a CI all the same: it follows the value
     * after a comma, its bounds are joined by a dash and hold the value, and a comma, semicolon or closing bracket ends
     * it ({@code HR 0.56, 0.34–0.92, p=0.007}).
     */
    static boolean bareCi(String text, java.util.regex.Matcher ci, double value, int to) {
        if (!BARE_CI.matcher(text).region(ci.start(), ci.end()).matches()) return false;
        double low = Double.parseDouble(ci.group("low"));
        double high = Double.parseDouble(ci.group("high"));
        int i = ci.end();
        while (i < to && text.charAt(i) == ' ') i++;
        return low < high && low <= value && value <= high && i < to && ",;)]".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * A further HR in a comparison or list after a CI: {@code vs 0.82 (95% CI ...)}, {@code for OS and 1.21 (1.0-1.5)}.
     * It counts only with its own CI. Group: {@code value}.
     */
    static final Pattern NEXT = Pattern.compile("[\\s,;)\\]]{0,4}(?:(?:for|in)\\s{1,3}[^\\d;:=()\\[\\]<>.,]{1,60}?\\s{1,3})?"
            + "(?:vs\\.?|versus|and|compared\\s{1,3}with)\\s{1,3}"
            + "(?:(?:an?\\s{1,3})?HR\\s{0,2}(?:of\\s{1,3}|[:=,]\\s{0,2})?)?(?<value>" + NUM + ")(?![\\d.]*\\d)(?!\\s{0,2}(?:%|\\p{L}))");

    /**
     * A description between an HR value and its CI: {@code in favour of the control group, }, {@code for the
     * high-risk subgroup, } (the CI that follows must be labelled).
     */
    static final Pattern VALUE_GAP = Pattern.compile("\\s{1,3}(?:in\\s{1,3}favou?r\\s{1,3}of|favou?ring|for)\\s{1,3}[^\\d;:()\\[\\]=<>]{1,60}?(?=[,;]\\s{0,2}\\d{2}\\s{0,2}%\\s{0,2}CI)");

    /** A p-value right after the CI. Groups: {@code rel}, {@code num}. */
    static final Pattern P = Pattern.compile("[\\s,;)\\]]{0,4}[Pp](?:\\s{0,2}[-_]?\\s{0,2}value)?\\s{0,2}"
            + "(?<rel><=|>=|[<>=≤≥])\\s{0,2}(?<num>\\d{0,2}\\.\\d{1,12}|[01])");

    /** A header cell naming an HR column, possibly with its CI ({@code HR (95% CI)}). */
    static final Pattern HEADER_HR = Pattern.compile("(?i)(?:adjusted\\s{1,3}|multivariate\\s{1,3})?(?:hazard\\s{1,3}ratios?|a?HRs?)"
            + "\\s{0,2}(?<withCi>[(\\[]\\s{0,2}(?:\\d{2}\\s{0,2}%\\s{0,2})?(?:CI|confidence\\s{1,3}interval)\\s{0,2}[)\\]])?"
            + "\\s{0,2}[*†‡§a-d]{0,2}");

    /** A header cell naming a CI column. */
    static final Pattern HEADER_CI = Pattern.compile("(?i)(?:\\d{2}\\s{0,2}%\\s{0,2})?(?:CI|confidence\\s{1,3}intervals?)"
            + "(?:\\s{0,2}(?:of|for)\\s{1,3}(?:a?HR|hazard\\s{1,3}ratio))?\\s{0,2}[*†‡§a-d]{0,2}");

    /** A table cell holding a value, optionally with its CI: {@code 1.216}, {@code 0.72 (0.61–0.85)}. */
    static final Pattern CELL = Pattern.compile("(?<value>" + NUM + ")\\s{0,2}(?:[(\\[]\\s{0,2}(?<low>" + NUM
            + ")\\s{0,2}(?:-|–|—|to|,|;)\\s{0,2}(?<high>" + NUM + ")\\s{0,2}[)\\]])?\\s{0,2}[*†‡§a-d]{0,2}");

    /** A table cell holding a CI only: {@code 0.784–1.885}, {@code (0.61, 0.85)}. */
    static final Pattern CI_CELL = Pattern.compile("[(\\[]?\\s{0,2}(?<low>" + NUM + ")\\s{0,2}(?:-|–|—|to|,|;)\\s{0,2}(?<high>"
            + NUM + ")\\s{0,2}[)\\]]?\\s{0,2}[*†‡§a-d]{0,2}");

    /** Reference-category wording in a cell. */
    static final Pattern REFERENCE = Pattern.compile("(?i)\\bref(?:erence|\\.)?\\b|^1(?:\\.0{1,3})?\\s{0,2}\\(?\\s{0,2}ref");
}
