package org.oncoev.extractors.hazard;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a hazard ratio compares levels of a patient characteristic (a covariate of a multivariable model, or a
 * subgroup of a subgroup analysis) rather than the treatments of a study, from the words that label it:
 * <ul>
 *   <li>in a table, the row label ({@code Age ≥65 years}, {@code ECOG PS 1 vs 0}, {@code Male}) or, for a level row
 *   ({@code ≥65}, {@code Yes}), the group heading above it ({@code Age}, {@code Smoking status}): see
 *   {@link #row};</li>
 *   <li>in running text, the clause right before the HR phrase ({@code In multivariable analysis, older age (HR ...)},
 *   {@code ... and ECOG performance status 2 (HR ...)}) or the words after {@code HR for} ({@code the hazard ratio for
 *   male sex was 1.3}): see {@link #clause}.</li>
 * </ul>
 * A label naming a treatment ({@code Treatment arm}, {@code Sorafenib vs placebo}, {@code Randomised group}) or the
 * whole population ({@code Overall}, {@code All patients}) is not a covariate. Pure and thread-safe.
 */
final class Covariates {
    private Covariates() {}

    /** Patient characteristics that models adjust for and subgroup analyses split by. */
    private static final String TERM = "(?:age[ds]?|sex|gender|male|female|men|women|race|ethnicity|ethnic\\s{1,3}group|region"
            + "|geographic(?:al)?\\s{1,3}region|stage|t\\s{0,2}stage|n\\s{0,2}stage|tnm|figo|ajcc|ecog|performance\\s{1,3}status"
            + "|karnofsky|kps|grade|histolog\\w{0,6}|smok\\w{0,6}|bmi|body\\s{1,3}mass\\s{1,3}index|weight|comorbidit\\w{0,3}"
            + "|charlson|tumou?r\\s{1,3}(?:size|location|site|burden|differentiation)|lymph\\s{1,3}nodes?|nodal\\s{1,3}status"
            + "|number\\s{1,3}of\\s{1,3}metasta\\w{0,5}|metastatic\\s{1,3}sites?|liver\\s{1,3}metasta\\w{0,5}"
            + "|child[-\\s]pugh|albumin|bilirubin|ldh|lactate\\s{1,3}dehydrogenase|cea|afp|psa|hemoglobin|haemoglobin"
            + "|neutrophil\\w{0,20}|nlr|prior\\s{1,3}(?:therapy|treatment|surgery|chemotherapy|lines?)|previous\\s{1,3}(?:therapy|treatment)"
            + "|hormone[-\\s]receptor|estrogen[-\\s]receptor|oestrogen[-\\s]receptor|er\\s{1,3}status|her2\\s{1,3}status"
            + "|status|levels?|expression|mutat\\w{0,6}|methylat\\w{0,6}|wild[-\\s]type|baseline|who\\s{1,3}ps"
            + "|(?:type|extent)\\s{1,3}of\\s{1,3}(?:surgery|resection)|residual\\s{1,3}(?:tumou?r|disease)|primary\\s{1,3}(?:tumou?r\\s{1,3})?site"
            + "|tumou?r\\s{1,3}type|sidedness|differentiation|location|score|occupation|employment|insurance|income|education)";

    /** A row or clause that is (or starts with) a characteristic, after an optional qualifier ({@code older age}). */
    /** A conjunction opening a clause, dropped before the clause is read. */
    private static final Pattern CONJUNCTION_LEAD = Pattern.compile("(?i)^(?:and|or|while|whereas|but)\\s+");
    private static final Pattern LEADS = Pattern.compile("(?iu)^(?:(?:the\\s{1,3})?(?:presence|absence)\\s{1,3}of\\s{1,3}"
            + "|patients?\\s{1,3}(?:with|aged)\\s{1,3}|(?:an?\\s{1,3}|the\\s{1,3})?(?:older|younger|higher|lower|increasing|advanced"
            + "|elevated|high|low|poor|good|worse|better|positive|negative|current|former|ever|never)\\s{1,3})?"
            + TERM + "(?![\\p{L}])");

    /** A characteristic anywhere in a short table row label ({@code Patients aged ≥65}, {@code Disease stage}). */
    private static final Pattern NAMES = Pattern.compile("(?iu)(?<![\\p{L}])" + TERM + "(?![\\p{L}])");

    /** A characteristic's levels compared: {@code Type of surgery: biopsy versus resection}, {@code MGMT: methylated vs not}. */
    private static final Pattern LEVELS = Pattern.compile("(?iu)^[^:]{2,40}:\\s.{0,40}?(?<![\\p{L}])(?:vs\\.?|versus)(?![\\p{L}])");

    /** A level of an age split without its heading: {@code ≥65 years}, {@code <60 y}. */
    private static final Pattern AGE_LEVEL = Pattern.compile("(?iu)^(?:[<>≤≥]=?|>=|<=)\\s{0,2}\\d{2}\\s{0,2}(?:years?|yrs?|y)\\b");

    /**
     * Words that make a label a treatment comparison or the whole population, not a characteristic; a word glued to
     * a header before it starts at a capital ({@code ...95% CIpTreatment: A versus B}).
     */
    private static final Pattern TREATMENT = Pattern.compile("(?u)(?:(?<![\\p{L}])|(?<=\\p{Ll})(?=\\p{Lu}))(?i)(?<!prior\\s)(?<!previous\\s)"
            + "(?:treat\\w{0,6}|arms?|therap(?:y|ies)|regimens?|randomi[sz]\\w{0,6}|placebo|intervention|allocation)(?![\\p{L}])"
            + "|^(?:overall|all(?:\\s{1,3}patients)?|total|itt|intention[-\\s]to[-\\s]treat)\\W{0,3}$");

    /** Longest row label or clause read as a label; longer text is a sentence about something else. */
    static final int MAX_LABEL = 60;

    /**
     * Whether a table row labelled {@code label}, under the group heading {@code heading} (empty when none), holds a
     * covariate's or a subgroup's HR: the label names a characteristic or compares its levels ({@code MGMT: methylated
     * versus unmethylated}), or it is a level of the heading's
     * characteristic ({@code Yes} under {@code Smoking}); a label naming a treatment or the whole population is not.
     */
    static boolean row(String label, String heading) {
        String l = label == null ? "" : label.strip();
        if (l.length() > MAX_LABEL || TREATMENT.matcher(l).find()) return false;
        if (NAMES.matcher(l).find() || AGE_LEVEL.matcher(l).find() || LEVELS.matcher(l).find()) return true;
        String h = heading == null ? "" : heading.strip();
        return !h.isEmpty() && h.length() <= MAX_LABEL && !TREATMENT.matcher(h).find() && NAMES.matcher(h).find();
    }

    /**
     * Whether the clause right before an HR phrase, {@code text[from, to)}, is a characteristic: the clause starts
     * after the last comma, semicolon, colon, bracket or {@code and}/{@code or} and, stripped, begins with one
     * ({@code older age}, {@code ECOG performance status 2}, {@code the presence of liver metastases}). {@code from}
     * is where the sentence (or the previous HR's reading) ends.
     */
    static boolean clause(String text, int from, int to) {
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == '(' || text.charAt(to - 1) == '[')) to--;
        int start = from;
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']') {
                start = i + 1;
                break;
            }
        }
        String clause = CONJUNCTION_LEAD.matcher(text.substring(start, to).strip()).replaceFirst("");
        return !clause.isEmpty() && clause.length() <= MAX_LABEL && !TREATMENT.matcher(clause).find()
                && LEADS.matcher(clause).find();
    }

    /** Whether the words after {@code HR for} name a characteristic ({@code male sex}, {@code age over 70}). */
    static boolean described(String gap) {
        if (gap == null) return false;
        String g = gap.strip().toLowerCase(Locale.ROOT);
        return !g.isEmpty() && !TREATMENT.matcher(g).find() && LEADS.matcher(g).find();
    }

    /** Whether a cell holds nothing or only dashes ({@code —}: not applicable), as the cells of a heading row do. */
    static boolean empty(String cell) {
        return cell.strip().chars().allMatch(c -> c == '-' || c == '–' || c == '—');
    }

    /**
     * A table read top to bottom: remembers the heading row ({@code Age} with no other cell) and the last row label
     * so that level rows below them ({@code ≥65}; {@code Female} in column 1 under {@code Sex} in column 0 of the row
     * above) are judged with their characteristic. One per table; not thread-safe.
     */
    static final class RowWalk {
        private String heading = "";
        private String last = "";

        /** A row holding only its label: a heading over the level rows that follow. */
        void heading(String label) {
            heading = label;
            last = label;
        }

        /**
         * Whether a data row holds a covariate's or a subgroup's HR ({@link #row}). {@code label} is column 0 (empty
         * for a level row under the label above, whose level is then {@code second}, column 1); {@code group} the
         * label of the group row above an indented row, or empty.
         */
        boolean data(String label, String second, String group) {
            if (label.isEmpty()) return row(second, last);
            last = label;
            return row(label, group.isEmpty() ? heading : group);
        }
    }
}
