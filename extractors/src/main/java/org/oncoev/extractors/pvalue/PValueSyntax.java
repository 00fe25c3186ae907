package org.oncoev.extractors.pvalue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.oncoev.extractors.Relation;

/**
 * The regular expressions and number parsing for p-values as papers print them (after normalisation:
 * markup removed, LaTeX relations as {@code ≤ ≥}, powers of ten as {@code 10^-48}). All patterns use
 * bounded quantifiers only, so their cost is linear in the input.
 */
public final class PValueSyntax {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_SPACES = java.util.regex.Pattern.compile("\\s+");
    private PValueSyntax() {}

    /** The digits of a printed number: {@code .05}, {@code 0.001}, {@code 5.81}. */
    private static final String MANTISSA = "(?:\\d{1,3}(?:\\.\\d{1,12})?|\\.\\d{1,12})";

    /** A negative power of ten's exponent after a caret: {@code -8}, {@code (-8)}, {@code (−8)}. */
    private static final String NEGATIVE_EXPONENT = "(?:\\(\\s{0,2}[-−–]\\s{0,2}\\d{1,3}\\s{0,2}\\)|[-−–]\\s{0,2}\\d{1,3})";

    /** The scale after a mantissa: {@code × 10^-8}, {@code x 10^(-8)}, {@code ×10-8}, {@code × 10(−8)}, {@code e-5}, {@code E–05}. */
    private static final String SCALE = "(?:\\s{0,2}[×xX*·]\\s{0,2}10\\s{0,2}(?:\\^\\s{0,2}(?:\\(\\s{0,2}[-−–]?\\s{0,2}\\d{1,3}\\s{0,2}\\)"
            + "|[-−–]?\\s{0,2}\\d{1,3})|\\(\\s{0,2}[-−–]\\s{0,2}\\d{1,3}\\s{0,2}\\)|[-−–]\\s{0,2}\\d{1,3})|[eE][-−–]?\\d{1,3})";

    /**
     * A number as p-values are printed: {@code .05}, {@code 0.001}, {@code 5.81 × 10^-48}, {@code 1.2e-5},
     * {@code 5 × 10^(-8)}, or a bare negative power of ten ({@code 10^-16}).
     */
    static final String NUMBER = "(?:10\\s{0,2}\\^\\s{0,2}" + NEGATIVE_EXPONENT + "|" + MANTISSA + SCALE + "?)";

    /**
     * A power of ten whose caret a converter lost, right after a relation symbol: {@code P < 10−6}, {@code P=10-12}
     * (a p-value is never 10, so {@code 10} then a minus and one or two digits is the exponent, not a range).
     */
    private static final String BARE_POWER_AFTER_RELATION = "(?<=[<=≤⩽≦]\\s{0,2})10[−-]\\d{1,2}(?![\\d.,]\\d)";

    /** What after a number makes it a measurement, not a p-value: {@code %}, {@code 0.9 mmol/L}, {@code 1.2 mg/dL}, a pressure ({@code p = 0.5 atm}). */
    private static final String UNIT_AFTER = "\\s{0,2}(?:%|[mµμun]?mol\\b|[mµμun]?g\\s?/|mg\\b|m[lL]\\b|mmHg|mEq|IU\\b|kg\\b|cm\\b|mm\\b"
            + "|atm\\b|m?bar\\b|[kM]?Pa\\b|psi\\b|Torr\\b)";

    /** Relation symbols and words, longest first. */
    static final String RELATION = "(?:<\\s{0,2}or\\s{1,2}=|<=|>=|=<|=>|==|[<>=≤≥≦≧⩽⩾]"
            + "|(?:less|lower|smaller)\\s{1,3}than(?:\\s{1,3}or\\s{1,3}equal\\s{1,3}to)?|below|under"
            + "|(?:greater|more|higher|larger)\\s{1,3}than(?:\\s{1,3}or\\s{1,3}equal\\s{1,3}to)?|above|exceeding"
            + "|equal\\s{1,3}to|equals)";

    /** Words that may follow {@code P for}: {@code P for trend}, {@code P for linear trend}, {@code P for nonlinearity}. */
    private static final String FOR_WORDS = "for\\s{1,3}(?:linear\\s{1,3}|overall\\s{1,3})?(?:trend|interaction|heterogeneity|difference"
            + "|non-?inferiority|superiority|non-?linearity|association)";

    /**
     * Words written after the P, glued, spaced or hyphenated ({@code Ptrend}, {@code P-interaction}, {@code Pmeta},
     * {@code P-adj}, {@code Pholm}, {@code PCox}, {@code P_Wald}), and the {@code Prob > F} / {@code Pr > |t|} of statistics packages; matched
     * case-insensitively.
     */
    private static final String SUFFIX_WORDS = FOR_WORDS + "|trend|interaction|inter|int|het(?:erogeneity)?|log[- ]?rank"
            + "|adj(?:usted)?|diff|non-?lin(?:ear(?:ity)?)?|overall|meta|combined|joint|cond(?:itional)?|discovery|replication"
            + "|gc|perm(?:utation)?|emp(?:irical)?|corr(?:ected)?|uncorr(?:ected)?|bonf(?:erroni)?|fdr|holm|nominal"
            + "|cox|wald|gray|fisher|wilcoxon|kruskal|mantel|breslow|tarone|peto|gehan|welch|mcnemar|friedman|cochran|anova|lrt"
            + "|rob?\\s{0,2}>\\s{0,2}(?:\\|\\s{0,2}[tz]\\s{0,2}\\||[tzf]|chi-?2|χ2|chisq|chi-?square)";

    /**
     * A p-value in running text: the P token with an optional suffix ({@code ps}, {@code p's}, {@code P value},
     * {@code P value for trend}, {@code Ptrend}, {@code P_conditional}), an optional parenthesis ({@code P
     * (log-rank)}, never a probability's event such as {@code P(X > 3)}), an optional verb or {@code of}/colon,
     * an optional relation, the number, not followed by a unit. Groups: {@code suf} (the suffix), {@code vw}
     * (its value word), {@code paren}, {@code verb}, {@code rel}, {@code num}.
     */
    static final Pattern TEXT = Pattern.compile("(?<![\\p{L}\\p{N}'’])[Pp](?<suf>['’]s|s|\\s{0,2}[-_]?\\s{0,2}"
            + "(?:(?<vw>(?i:values?|val))(?:\\s{1,3}" + FOR_WORDS + ")?|(?i:" + SUFFIX_WORDS + "))|_\\{?\\p{L}{1,24}\\}?)?"
            + "(?![\\p{L}\\p{N}])\\s{0,3}(?:\\((?<paren>[^()<>=≤≥|]{1,30})\\)\\s{0,3})?"
            + "(?<verb>(?:(?:was|were|is|are)(?:\\s{1,3}(?:all|found\\s{1,3}to\\s{1,3}be|calculated\\s{1,3}(?:as|to\\s{1,3}be)"
            + "|estimated\\s{1,3}(?:as|at|to\\s{1,3}be)))?|of|:|reached|remained)\\s{0,3})?"
            + "(?<rel>" + RELATION + ")?\\s{0,3}(?<num>" + BARE_POWER_AFTER_RELATION + "|" + NUMBER + ")(?![\\d.]*\\d)(?!"
            + UNIT_AFTER + ")");

    /** What may follow a p-value printed with no relation after its value word: a clause or list end. */
    static final Pattern CLAUSE_END = Pattern.compile("\\s{0,2}(?:[),;\\]]|$|(?:and|or)\\s|\\.(?:\\s|$))");

    /** A further value of a list after a p-value: {@code , 0.04} / {@code and P = 0.04}. Groups: rel, num. */
    static final Pattern LIST_TAIL = Pattern.compile("\\s{0,3}(?:,\\s{0,3}(?:and\\s{1,3}|or\\s{1,3})?|\\s{1,3}(?:and|or)\\s{1,3})"
            + "(?:[Pp]\\s{0,2})?(?<rel>" + RELATION + ")?\\s{0,3}(?<num>" + NUMBER + ")(?![\\d.]*\\d)"
            + "(?!\\s{0,2}(?:%|(?!(?:and|or)\\s|respectively\\b)\\p{L}))");

    /**
     * A second value joined by {@code and} without {@code respectively}: {@code P = 0.03 and 0.002}. Only a
     * p-like number ({@code 0.xx}, {@code .xx}) that ends the clause counts. Group: num.
     */
    static final Pattern AND_P_LIKE = Pattern.compile("\\s{1,3}and\\s{1,3}(?<num>0?\\.\\d{1,6})(?![\\d.])"
            + "(?=\\s{0,2}(?:[);,\\]]|$|\\.(?:\\s|$)))");

    /** A table header cell that names a P column ({@code P}, {@code P value}, {@code P-value*}, {@code Padj}, {@code Pmeta}, {@code Sig.}). */
    static final Pattern HEADER = Pattern.compile("(?i)(?:[Pp](?:\\s{0,2}[-_]?\\s{0,2}(?:values?|trend|interaction|int"
            + "|for\\s{1,3}(?:trend|interaction)|adj(?:usted)?|meta|combined|joint|nominal|corr(?:ected)?|bonf(?:erroni)?|holm))?"
            + "|sig\\.?|significance)"
            + "\\s{0,2}(?:\\([^()]{1,30}\\))?\\s{0,2}[*†‡§¶#a-e\\d]{0,3}");

    /** A table P-column cell: optional relation, a number, optional footnote marks. Groups: rel, num. */
    static final Pattern CELL = Pattern.compile("(?<rel><=|>=|[<>=≤≥])?\\s{0,2}(?<num>" + NUMBER + ")\\s{0,2}[*†‡§¶#a-e]{0,3}");

    /**
     * Parses a printed number, with {@code × 10^-k}, {@code × 10^(-k)} or {@code e-k}, or a bare {@code 10^-k} or
     * {@code 10-k} (a power of ten that lost its caret); NaN when it is not one.
     */
    public static double parseNumber(String s) {
        String t = RX_SPACES.matcher(s.replace('−', '-').replace('–', '-')).replaceAll("");
        if (t.indexOf('(') >= 0) t = t.replace("(", "").replace(")", "");
        try {
            if (t.startsWith("10^")) return BigDecimal.ONE.scaleByPowerOfTen(Integer.parseInt(t.substring(3))).doubleValue();
            if (t.startsWith("10-")) return BigDecimal.ONE.scaleByPowerOfTen(-Integer.parseInt(t.substring(3))).doubleValue();
            int e = t.toLowerCase(Locale.ROOT).indexOf('e');
            if (e > 0) return Double.parseDouble(t);
            int ten = indexOfPowerOfTen(t);
            if (ten < 0) return Double.parseDouble(t);
            String exp = t.substring(ten + 2).replace("^", "");
            return new BigDecimal(t.substring(0, ten - 1)).scaleByPowerOfTen(Integer.parseInt(exp)).doubleValue();
        } catch (NumberFormatException | IndexOutOfBoundsException ex) {
            return Double.NaN;
        }
    }

    private static int indexOfPowerOfTen(String t) {
        for (int i = 1; i + 2 <= t.length(); i++) {
            char c = t.charAt(i - 1);
            if ((c == '×' || c == 'x' || c == 'X' || c == '*' || c == '·') && t.startsWith("10", i)) return i;
        }
        return -1;
    }

    /** The relation a symbol or phrase means; {@code null} for none. */
    public static Relation relation(String s) {
        if (s == null || s.isBlank()) return null;
        String t = RX_SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        boolean orEqual = t.endsWith("equal to") && !t.startsWith("equal");
        if (t.startsWith("less") || t.startsWith("lower") || t.startsWith("smaller") || t.equals("below")
                || t.equals("under")) {
            return orEqual ? Relation.LE : Relation.LT;
        }
        if (t.startsWith("greater") || t.startsWith("more") || t.startsWith("higher") || t.startsWith("larger")
                || t.equals("above") || t.equals("exceeding")) {
            return orEqual ? Relation.GE : Relation.GT;
        }
        if (t.equals("equal to") || t.equals("equals") || t.equals("==")) return Relation.EQ;
        if (t.equals("< or =")) return Relation.LE;
        if (t.equals("=>")) return Relation.GE;
        return Relation.parse(t);
    }
}
