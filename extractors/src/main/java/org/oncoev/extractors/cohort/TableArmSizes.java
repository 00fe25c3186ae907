package org.oncoev.extractors.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oncoev.extractors.arms.ArmPhrases;
import org.oncoev.extractors.arms.ArmResolver;
import org.oncoev.extractors.table.ArmColumn;
import org.oncoev.extractors.table.TableView;

/**
 * Arm sizes from a table's column headers ({@code Drug A (n = 41)}), read through the shared table model
 * ({@link TableView#arms()}), never from a re-parse of the text: one size per arm column, labelled with the arm
 * as the header names it (resolved onto the document's arm labels); a total column ({@code Total},
 * {@code All patients}) is the whole study. Columns that name levels of a variable ({@code Low}, {@code Yes},
 * {@code Male}, tertiles, a threshold such as {@code Marker < 40},
 * {@code Completed}/{@code Withdrawn}) are strata, not arms. Pure and thread-safe.
 */
final class TableArmSizes {
    private TableArmSizes() {}

    /** One header size: the header's passage range, the size and the arm label (null for a total column). */
    record HeaderSize(int start, int end, int size, String arm) {}

    /** Header names of a whole-population column. */
    private static final Pattern TOTAL = Pattern.compile("(?i)(?:\\b|(?<=\\p{Ll}))(?:total|overall)\\b|\\ball\\s+"
            + "(?:randomi[sz]ed\\s+|treated\\s+|enrolled\\s+)?(?:patients|subjects)\\b|\\bwhole\\s+(?:cohort|population)\\b|^all$");
    /** Header names of a set evaluable for one measure: not a cohort. */
    private static final Pattern EVALUABLE = Pattern.compile("(?i)\\b(?:evaluable|assessable|responders?)\\b");
    /** Header names that are levels of a variable rather than arms. */
    private static final Pattern LEVEL = Pattern.compile("(?i)(?:low|intermediate|high|medium|moderate|positive|negative|"
            + "yes|no|male|female|men|women|q[1-5]|t[1-3]|tertile.*|quartile.*|quintile.*|other|unknown|missing|"
            + "responders?|non-?responders?|events?|deaths?|alive|dead|wild[- ]type|mutant|mutated|.*\\b(?:risk|stage|"
            + "grade|score|expression|status)\\b.*|[<>\u2264\u2265].*|\\d.*"
            // a threshold anywhere in the name ({@code Marker >= 1%}, {@code Index < 40}) or a disposition column
            + "|.*[<>\u2264\u2265\u2a7d\u2a7e]\\s*=?\\s*\\d.*|completed|completers?|withdrawn|withdrew|discontinued|drop-?outs?)");
    private static final Pattern LABEL_NOISE = Pattern.compile("(?i)\\s*(?:\\(\\s*%\\s*\\)|n\\s*\\(%\\)|,\\s*n|no\\.\\s*\\(%\\))\\s*$");

    /**
     * A caption glued before a header's arm name in a flattened table: the text up to a sentence end
     * ({@code Baseline characteristics. Drug A}) or a lower-case word run into a capitalised one
     * ({@code full analysis setDrug A + B}). Cut only when a name of at least two letters is left.
     */
    private static final Pattern GLUED_CAPTION = Pattern.compile("^.*(?:\\.\\s+|(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{Ll}{2}))"
            + "(?=\\p{L}{2})");

    static String withoutCaption(String name) {
        if (name.length() > 200) return name;
        java.util.regex.Matcher m = GLUED_CAPTION.matcher(name);
        return m.lookingAt() && m.end() < name.length() ? name.substring(m.end()) : name;
    }

    /** The header sizes of a passage's table {@code view}, or an empty list when there is none (null) or no arm column. */
    static List<HeaderSize> of(TableView view, ArmResolver arms) {
        if (view == null) return List.of();
        List<HeaderSize> out = new ArrayList<>();
        int named = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (ArmColumn a : view.arms()) {
            if (a.size() == null || a.size() < 2) continue;
            // a header cell spanning several columns (n and % under one arm) is one arm size, not one per column
            if (!seen.add(((long) a.headerStart() << 32) | (a.headerEnd() & 0xffffffffL))) continue;
            String name = LABEL_NOISE.matcher(a.name()).replaceAll("").strip();
            if (EVALUABLE.matcher(name).find()) continue;
            if (TOTAL.matcher(name).find()) {
                out.add(new HeaderSize(a.headerStart(), a.headerEnd(), a.size(), null));
            } else if (name.isEmpty() || name.length() > 80) {
                continue; // the arm is named in a header row above or not at all
            } else if (!LEVEL.matcher(name).matches()) {
                // a flattened header may carry the caption before the arm: cut a caption glued on, then resolve
                // the arm as named, else the treatment phrase that ends it
                String armName = withoutCaption(name);
                ArmPhrases.ArmPhrase ph = ArmPhrases.endingAt(armName, armName.length());
                String resolved = ph != null && ph.end() >= armName.length() - 1 ? arms.resolve(ph.label()) : null;
                if (resolved == null || armName.length() < name.length()) {
                    String whole = arms.resolve(armName);
                    if (whole != null) resolved = whole;
                }
                out.add(new HeaderSize(a.headerStart(), a.headerEnd(), a.size(), resolved != null ? resolved : armName));
                named++;
            } else {
                return List.of(); // strata columns: the table compares subsets, not arms
            }
        }
        return named == 0 ? List.of() : out;
    }
}
