package org.oncoev.extractors.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.arms.ArmPhrases;
import org.oncoev.extractors.arms.ArmResolver;
import org.oncoev.extractors.table.ArmColumn;
import org.oncoev.extractors.table.TableView;

/**
 * Arm sizes from a table's column headers ({@code Drug A (n = 41)}), read through the shared table model
 * ({@link TableView#arms()}), never from a re-parse of the text: one size per arm column, labelled with the arm
 * as the header names it (resolved onto the document's arm labels); a total column ({@code Total},
 * {@code All patients}) is the whole study. Columns that name levels of a variable ({@code Low}, {@code Yes},
 * {@code Male}, tertiles) are strata, not arms. Pure and thread-safe.
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
            + "grade|score|expression|status)\\b.*|[<>\u2264\u2265].*|\\d.*)");
    private static final Pattern LABEL_NOISE = Pattern.compile("(?i)\\s*(?:\\(\\s*%\\s*\\)|n\\s*\\(%\\)|,\\s*n|no\\.\\s*\\(%\\))\\s*$");

    /** The header sizes of {@code passage}'s table, or an empty list when it carries no table or no arm column. */
    static List<HeaderSize> of(Passage passage, ArmResolver arms) {
        TableView view = TableView.of(passage).orElse(null);
        if (view == null) return List.of();
        List<HeaderSize> out = new ArrayList<>();
        int named = 0;
        for (ArmColumn a : view.arms()) {
            if (a.size() == null || a.size() < 2) continue;
            String name = LABEL_NOISE.matcher(a.name()).replaceAll("").strip();
            if (EVALUABLE.matcher(name).find()) continue;
            if (TOTAL.matcher(name).find()) {
                out.add(new HeaderSize(a.headerStart(), a.headerEnd(), a.size(), null));
            } else if (name.isEmpty() || name.length() > 80) {
                continue; // the arm is named in a header row above or not at all
            } else if (!LEVEL.matcher(name).matches()) {
                // a flattened header may carry the caption before the arm: keep the treatment phrase that ends it
                ArmPhrases.ArmPhrase ph = ArmPhrases.endingAt(name, name.length());
                String resolved = arms.resolve(ph != null && ph.end() >= name.length() - 1 ? ph.label() : name);
                out.add(new HeaderSize(a.headerStart(), a.headerEnd(), a.size(), resolved != null ? resolved : name));
                named++;
            } else {
                return List.of(); // strata columns: the table compares subsets, not arms
            }
        }
        return named == 0 ? List.of() : out;
    }
}
