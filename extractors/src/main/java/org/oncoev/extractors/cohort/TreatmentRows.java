package org.oncoev.extractors.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;
import org.oncoev.extractors.arms.ArmPhrases;
import org.oncoev.extractors.arms.ArmResolver;
import org.oncoev.extractors.table.TableView;

/**
 * Arm sizes written as rows of a characteristics table whose columns are populations rather than arms:
 * a block of rows under {@code Treatment arm} (or rows named by a treatment, or {@code Yes}/{@code No} under
 * {@code Drug X treatment}), each cell a count with its share of the column ({@code 97 (50.5%)}, or the share in
 * the next column). A column counts only when the block's shares add up to about 100 (the rows split that
 * population); when one column is the sum of the others in every row (a total over strata) only it is read.
 * A table with arm columns is left to {@link TableArmSizes}. Pure and thread-safe.
 */
final class TreatmentRows {
    private TreatmentRows() {}

    /** One size: the cell's passage range, the size and the arm label. */
    record RowSize(int start, int end, int size, String arm) {}

    /** A group row that names its rows as arms: {@code Treatment arm}, {@code Randomised to}, {@code Regimen}. */
    private static final Pattern ARM_GROUP = Pattern.compile("(?i)^(?:(?:treatment|study|randomi[sz]ed|allocated|"
            + "assigned)\\s+)?(?:arms?|groups?|regimens?|allocation|randomi[sz]ation(?:\\s+arm)?|randomi[sz]ed\\s+to)"
            + "\\p{Ll}?\\s*[*\u2020\u2021\u00a7a-e]?$|^treatment(?:\\s+arm)?\\p{Ll}?$");
    /** A group row naming one treatment whose rows are {@code Yes}/{@code No}: {@code Drug X treatment}. */
    private static final Pattern TREATMENT_GROUP = Pattern.compile("(?i)^(.{2,40}?)\\s+treatment\\s*[*\u2020\u2021\u00a7]?$");
    private static final Pattern YES_NO = Pattern.compile("(?i)yes|no");
    /** A row label that is no arm: a negation, prior or background treatment. */
    private static final Pattern NOT_ARM = Pattern.compile("(?i)^(?:no|none|not|without|prior|previous|other|unknown|"
            + "missing|adjuvant|neoadjuvant|concomitant|total|all)\\b");
    /** A regimen letter written before a treatment name: {@code R-CHOP}, {@code E-CMF}. */
    private static final Pattern REGIMEN_PREFIX = Pattern.compile("^\\p{Lu}{1,3}[-+]");
    private static final Pattern FOOTNOTE = Pattern.compile("\\s*(?:\\(\\d\\)|[*\u2020\u2021\u00a7]+)$");
    /** A count cell with its share: {@code 97 (50.5%)}, {@code 1,204 (48)}. */
    private static final Pattern COUNT_SHARE = Pattern.compile("^\\s*(\\d{1,3}(?:,\\d{3})+|\\d{1,7})\\s*\\(\\s*(\\d{1,3}"
            + "(?:[.\u00b7]\\d+)?)\\s*%?\\s*\\)\\s*$");
    private static final Pattern COUNT = Pattern.compile("^\\s*(\\d{1,3}(?:,\\d{3})+|\\d{1,7})\\s*$");
    private static final Pattern SHARE = Pattern.compile("^\\s*\\(\\s*(\\d{1,3}(?:[.\u00b7]\\d+)?)\\s*%?\\s*\\)\\s*$");
    private static final int MAX_COLUMNS = 12;
    private static final double SHARE_SLACK = 1.5;

    /** A row of a block: its arm label and, per column, the count cell and its share (null when none). */
    private record ArmRow(String arm, TableCell[] cells, double[] shares) {}

    /** The arm sizes of the treatment rows of a passage's table {@code view}, or an empty list (also for null). */
    static List<RowSize> of(TableView view, ArmResolver arms) {
        if (view == null || !view.arms().isEmpty()) return List.of();
        List<RowSize> out = new ArrayList<>();
        List<ArmRow> block = new ArrayList<>();
        String group = "";
        for (TableRow r : view.rows()) {
            String label = FOOTNOTE.matcher(view.rowLabel(r)).replaceFirst("").strip();
            ArmRow row = label.isEmpty() || label.length() > 60 ? null : armRow(r, label, group, arms);
            if (row == null) {
                flush(block, out);
                if (r.cells().size() == 1 && !label.isEmpty()) group = label; // a group row: a label alone
                else if (!label.isEmpty()) group = "";
                continue;
            }
            block.add(row);
        }
        flush(block, out);
        return out;
    }

    private static ArmRow armRow(TableRow r, String label, String group, ArmResolver arms) {
        // the cells first (a few anchored patterns); the label's treatment check only for a row of counts
        TableCell[] cells = new TableCell[MAX_COLUMNS];
        double[] shares = new double[MAX_COLUMNS];
        boolean any = false;
        for (int c = 1; c < MAX_COLUMNS; c++) {
            TableCell cell = r.at(c).filter(x -> !x.isBlank()).orElse(null);
            if (cell == null || cell.column() != c) continue;
            Matcher m = COUNT_SHARE.matcher(cell.text());
            if (m.matches()) {
                cells[c] = cell;
                shares[c] = Double.parseDouble(m.group(2).replace('\u00b7', '.'));
                any = true;
                continue;
            }
            TableCell next = r.at(c + 1).filter(x -> !x.isBlank()).orElse(null);
            Matcher share = next == null ? null : SHARE.matcher(next.text());
            if (COUNT.matcher(cell.text()).matches() && share != null && share.matches()) {
                cells[c] = cell;
                shares[c] = Double.parseDouble(share.group(1).replace('\u00b7', '.'));
                any = true;
            }
        }
        if (!any) return null;
        String arm = null;
        Matcher treatment = TREATMENT_GROUP.matcher(group);
        if (YES_NO.matcher(label).matches()) {
            if (treatment.matches()) arm = (label.equalsIgnoreCase("no") ? "no " : "") + treatment.group(1);
        } else if (ARM_GROUP.matcher(group).find() && !NOT_ARM.matcher(label).find()) {
            arm = label;
        } else if (group.isEmpty() && !NOT_ARM.matcher(label).find() && treatmentLabel(label)) {
            arm = label;
        }
        if (arm == null) return null;
        String resolved = arms.resolve(arm);
        return new ArmRow(resolved != null ? resolved : arm, cells, shares);
    }

    /** A label that is a treatment phrase as a whole (after a regimen letter) and no level of a variable. */
    private static boolean treatmentLabel(String label) {
        if (ArmSplits.LEVEL_LABEL.matcher(label).matches()) return false;
        Matcher prefix = REGIMEN_PREFIX.matcher(label);
        int from = prefix.find() ? prefix.end() : 0;
        ArmPhrases.ArmPhrase ph = ArmPhrases.startingAt(label, from);
        return ph != null && ph.start() == from && ph.end() == label.length();
    }

    /** Adds the sizes of a block of two or more rows whose shares split a column; clears the block. */
    private static void flush(List<ArmRow> block, List<RowSize> out) {
        if (block.size() >= 2) {
            List<Integer> columns = new ArrayList<>();
            for (int c = 1; c < MAX_COLUMNS; c++) {
                double sum = 0;
                boolean all = true;
                for (ArmRow row : block) {
                    if (row.cells()[c] == null) { all = false; break; }
                    sum += row.shares()[c];
                }
                if (all && Math.abs(sum - 100) <= SHARE_SLACK) columns.add(c);
            }
            int total = totalColumn(block, columns);
            for (ArmRow row : block) {
                for (int c : columns) {
                    if (total >= 0 && c != total) continue;
                    TableCell cell = row.cells()[c];
                    out.add(new RowSize(cell.start(), cell.end(), count(cell), row.arm()));
                }
            }
        }
        block.clear();
    }

    /** The column that is the sum of the other columns in every row (two or more others), or -1. */
    private static int totalColumn(List<ArmRow> block, List<Integer> columns) {
        if (columns.size() < 3) return -1;
        for (int t : columns) {
            boolean sums = true;
            for (ArmRow row : block) {
                int rest = 0;
                for (int c : columns) if (c != t) rest += count(row.cells()[c]);
                if (rest != count(row.cells()[t])) { sums = false; break; }
            }
            if (sums) return t;
        }
        return -1;
    }

    private static int count(TableCell cell) {
        Matcher m = COUNT_SHARE.matcher(cell.text());
        String digits = m.matches() ? m.group(1) : cell.text().strip();
        return Integer.parseInt(digits.replace(",", ""));
    }
}
