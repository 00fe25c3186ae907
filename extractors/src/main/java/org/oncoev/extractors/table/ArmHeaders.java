package org.oncoev.extractors.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.table.Table;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;

/**
 * The arm columns of a table, read from its header cells. A column's arm is the lowest header cell over it that
 * holds a size ({@code Drug X (n = 210)}); when that cell holds the size alone ({@code (N = 83)}, {@code n = 89}),
 * the arm is named by the header cell stacked above it over no more columns than the size cell ({@code Drug X}
 * over {@code (N = 83)}), blank header rows between them skipped, when every size-alone cell of that header row
 * has such a name. A column whose header names a population rather
 * than an arm ({@link HeaderTerms#POPULATION}: {@code Patients with marker data}, {@code Evaluable},
 * {@code Original cohort}) is no arm column, and a whole-population column ({@code Total}, {@code All patients})
 * is one only beside an arm column: a table of populations has no arms. Pure.
 */
final class ArmHeaders {
    private ArmHeaders() {}

    private static final Pattern ARM_NAME_END = Pattern.compile("[\\s,;(\\[]+$");
    /** What may stand beside a size in a cell that names no arm: {@code n (%)}, {@code No.}, a note mark. */
    private static final Pattern NO_NAME = Pattern.compile("(?i)[\\s,;:()\\[\\]%*†‡§]*(?:n|no\\.?)?[\\s,;:()\\[\\]%*†‡§]*");
    /** Longest header text read as an arm's name. */
    private static final int MAX_NAME = 120;

    /** The arm columns of {@code table}, left to right (column 0, the labels, is never one). */
    static List<ArmColumn> of(Table table) {
        List<ArmColumn> arms = new ArrayList<>();
        Map<TableCell, TableCell> stacked = new HashMap<>();
        for (int c = 1; c < table.columnCount(); c++) {
            ArmColumn arm = armOf(table, c, stacked);
            if (arm != null) arms.add(arm);
        }
        return withoutPopulations(arms);
    }

    /** {@code arms} without population columns, and without whole-population columns when no arm column is left. */
    static List<ArmColumn> withoutPopulations(List<ArmColumn> arms) {
        List<ArmColumn> out = new ArrayList<>(arms.size());
        boolean armLeft = false;
        for (ArmColumn a : arms) {
            if (isPopulation(a.name())) continue;
            out.add(a);
            armLeft |= !HeaderTerms.WHOLE.matcher(a.name()).lookingAt();
        }
        return armLeft ? out : List.of();
    }

    /** True when a header names a population rather than an arm ({@code Patients without marker data}). */
    static boolean isPopulation(String header) {
        return header.length() <= MAX_NAME && HeaderTerms.POPULATION.matcher(header.strip()).find();
    }

    /**
     * The arm of column {@code c}: the lowest header cell over it that holds a size, named as the class comment
     * says; or null. {@code stacked} caches each size-alone cell's name cell (itself when it has none).
     */
    private static ArmColumn armOf(Table table, int c, Map<TableCell, TableCell> stacked) {
        List<TableRow> rows = table.headerRows();
        for (int r = rows.size() - 1; r >= 0; r--) {
            TableCell cell = rows.get(r).at(c).orElse(null);
            if (cell == null || cell.colspan() > 2 && cell.column() == 0) continue;
            Matcher m = HeaderTerms.ARM_SIZE.matcher(cell.text());
            if (!m.find()) continue;
            String name = ARM_NAME_END.matcher(cell.text().substring(0, m.start())).replaceAll("").strip();
            if (sizeAlone(cell.text(), m)) {
                if (!stacked.containsKey(cell)) stackedNames(table, r, stacked);
                TableCell above = stacked.get(cell);
                name = above == null || above == cell ? "" : ARM_NAME_END.matcher(above.text()).replaceAll("").strip();
            }
            Integer size = null;
            try { size = Integer.parseInt(m.group("n").replace(",", "")); } catch (NumberFormatException ignored) { }
            return new ArmColumn(c, name, size, cell.start(), cell.end());
        }
        return null;
    }

    /**
     * Names the size-alone cells of header row {@code r} into {@code stacked}: each by the cell stacked above it
     * when every one of them has such a cell, else none (itself), for names over only some sizes are no row of
     * arm names (a title or a header laid over the wrong columns).
     */
    private static void stackedNames(Table table, int r, Map<TableCell, TableCell> stacked) {
        List<TableCell> sizes = new ArrayList<>();
        List<TableCell> names = new ArrayList<>();
        for (TableCell cell : table.headerRows().get(r).cells()) {
            Matcher m = HeaderTerms.ARM_SIZE.matcher(cell.text());
            if (cell.column() == 0 || !m.find() || !sizeAlone(cell.text(), m)) continue;
            sizes.add(cell);
            names.add(stackedName(table, r, cell.column(), cell));
        }
        boolean all = !names.contains(null);
        for (int i = 0; i < sizes.size(); i++) stacked.put(sizes.get(i), all ? names.get(i) : sizes.get(i));
    }

    /** True when the cell holding size {@code m} says nothing else but a count or share mark ({@code (N = 83)}, {@code n = 89 (%)}). */
    private static boolean sizeAlone(String text, Matcher m) {
        return text.length() <= MAX_NAME && NO_NAME.matcher(text.substring(0, m.start())).matches() && NO_NAME.matcher(text.substring(m.end())).matches();
    }

    /**
     * The cell naming the size cell {@code size} of header row {@code r}: the first non-blank cell over column
     * {@code c} in the rows above, when it lies within the size cell's columns, names no role and holds no size
     * of its own; else null.
     */
    private static TableCell stackedName(Table table, int r, int c, TableCell size) {
        for (int above = r - 1; above >= 0; above--) {
            TableCell cell = table.headerRows().get(above).at(c).orElse(null);
            if (cell == null || cell.isBlank()) continue;
            String text = cell.text().strip();
            boolean fits = cell.column() >= size.column() && cell.lastColumn() <= size.lastColumn() && cell.column() > 0;
            if (!fits || text.length() > MAX_NAME || HeaderMeaning.roleOf(text) != ColumnRole.OTHER
                    || HeaderTerms.ARM_SIZE.matcher(text).find()) return null;
            return cell;
        }
        return null;
    }

    /**
     * Arms named in a glued header ({@code Drug X (n = 52)Placebo (n = 50)p}): each size ends an arm name that
     * starts after the previous size; laid over the OTHER columns left to right when there are as many.
     */
    static List<ArmColumn> glued(TableCell glued, ColumnRole[] roles) {
        List<ArmColumn> out = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int c = 1; c < roles.length; c++) if (roles[c] == ColumnRole.OTHER) free.add(c);
        Matcher m = HeaderTerms.ARM_SIZE.matcher(glued.text());
        int from = 0;
        List<int[]> found = new ArrayList<>();
        while (m.find() && found.size() <= free.size()) {
            found.add(new int[] {from, m.start(), m.end()});
            from = m.end();
        }
        if (found.isEmpty() || found.size() != free.size()) return out;
        for (int i = 0; i < found.size(); i++) {
            int[] f = found.get(i);
            String name = ARM_NAME_END.matcher(glued.text().substring(f[0], f[1])).replaceAll("").strip();
            String size = glued.text().substring(f[1], f[2]).replaceAll("[^0-9]", "");
            Integer n = size.isEmpty() || size.length() > 6 ? null : Integer.parseInt(size);
            out.add(new ArmColumn(free.get(i), name, n, glued.start() + f[0], glued.start() + f[2]));
        }
        return withoutPopulations(out);
    }
}
