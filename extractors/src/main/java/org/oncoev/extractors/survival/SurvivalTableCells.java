package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.survival.SentenceSurvivalReader.Candidate;
import org.oncoev.extractors.table.ArmColumn;
import org.oncoev.extractors.table.ColumnRole;
import org.oncoev.extractors.table.TableView;
import org.oncoev.extractors.text.Keywords;

/**
 * Medians read cell by cell from a table's grid through the shared {@link TableView}: the cells of its
 * {@link ColumnRole#MEDIAN} columns, or, when one glued header spans the columns ({@code Plb | BEV | Patients,
 * nMedian, monthsPatients, nMedian, months}), the columns its {@code n} and {@code Median} terms name in order.
 * The endpoint is the one the row names ({@link RowEndpoints}: a row of another outcome gives none), else the one the
 * table's label, caption or header names; the unit comes from the header
 * ({@code months} when none is named); the arm is the arm column's name, else (one median column) the row label. Rows labelled with a
 * median and its unit or a landmark rate of one endpoint ({@code Median PFS, months}, {@code 2-year OS, %}) give one
 * figure per arm column. Offsets are the cells' passage offsets. Stateless.
 */
final class SurvivalTableCells {

    private static final Pattern VALUE = Pattern.compile(
            "^\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(?:[(\\[]\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*[-\u2013,]\\s*"
            + "(\\d{1,3}(?:\\.\\d{1,2})?|NR|NE|NA)\\s*[)\\]])?\\s*[*\u2020\u2021a-d]?\\s*$");
    private static final Pattern TERM = Pattern.compile(
            "(?i)(?<count>patients,?\\s{0,2}n\\b|\\bno\\.?\\s{0,2}of\\s{1,3}patients|(?<![\\p{L}])n(?=\\s{0,2}(?:\\(%\\)|$|[A-Z])))"
            + "|(?<median>median(?:\\s{0,2},?\\s{0,2}\\(?(?:months?|mo|weeks?|years?|days?)\\)?)?)");
    private static final Pattern ROW_TIME = Pattern.compile("(?i)\\b(\\d{1,2})\\s?[- ]?\\s?(years?|yrs?|months?|mos?)\\b");
    static final Pattern NOT_FIGURE_ROW = Pattern.compile(
            "(?i)follow|respon|events?\\b|deaths?|\\bHR\\b|hazard|\\bP\\b|difference|duration|censor|range");
    private static final Pattern UNIT = Pattern.compile("(?i)\\b(months?|mo|weeks?|years?|days?)\\b");
    /** The words of {@link #NOT_FIGURE_ROW} but {@code HR} and {@code P} (folded: a superset of the regex's matches). */
    private static final Keywords NOT_FIGURE_WORDS = new Keywords("follow", "respon", "event", "death", "hazard",
            "difference", "duration", "censor", "range");

    /**
     * {@code NOT_FIGURE_ROW.matcher(label).find()}, run only when one of its words occurs folded or an {@code H} or
     * {@code P} stands after no ASCII letter, digit or underscore (its {@code \bHR\b} and {@code \bP\b}).
     */
    static boolean notFigureRow(String label) {
        boolean may = NOT_FIGURE_WORDS.in(label);
        for (int i = 0; !may && i < label.length(); i++) {
            char c = label.charAt(i);
            if (c != 'p' && c != 'P' && c != 'h' && c != 'H' || i > 0 && asciiWordChar(label.charAt(i - 1))) continue;
            // the word must end after P, or after HR
            int end = c == 'p' || c == 'P' ? i + 1 : i + 2;
            if (end > i + 1 && (end > label.length() || (label.charAt(i + 1) | 32) != 'r')) continue;
            may = end == label.length() || !asciiWordChar(label.charAt(end));
        }
        return may && NOT_FIGURE_ROW.matcher(label).find();
    }

    private static boolean asciiWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private SurvivalTableCells() {}

    /** The figures of {@code passage}'s table; empty when it carries no grid. */
    static List<Candidate> read(Passage passage) {
        Optional<TableView> view = TableView.of(passage);
        if (view.isEmpty()) return List.of();
        TableView v = view.get();
        // glued header cells ("Progression-free survivalYKL-40") part where a lower-case letter meets a capital
        String endpoint = EndpointLexicon.sole(EndpointLexicon.unglued(v.context()));
        List<Candidate> out = new ArrayList<>();
        labelledRows(v, out);
        List<Integer> columns = v.columns(ColumnRole.MEDIAN);
        if (columns.isEmpty()) columns = gluedMedianColumns(v);
        for (int c : columns) {
            Matcher u = UNIT.matcher(v.header(c));
            String unit = NumberScanner.canonicalUnit(u.find() ? u.group(1) : "months");
            String armName = v.arm(c).map(ArmColumn::name).filter(n -> !n.isBlank()).orElse(null);
            for (TableRow r : v.rows()) {
                TableCell cell = v.isPRow(r) ? null : v.cell(r, c).orElse(null);
                if (cell == null) continue;
                Matcher m = VALUE.matcher(cell.text());
                String rowEndpoint = RowEndpoints.of(v, r, endpoint);
                if (!m.matches() || rowEndpoint == null) continue;
                double value = NumberScanner.parse(m.group(1));
                boolean ci = m.group(3) != null && Character.isDigit(m.group(3).charAt(0));
                Double lo = ci ? NumberScanner.parse(m.group(2)) : null;
                Double hi = ci ? NumberScanner.parse(m.group(3)) : null;
                Fact.Survival f = new Fact.Survival(rowEndpoint, "median", value, null, unit, null, lo, hi);
                // several median columns are the arms: unnamed, the row (a subgroup) is no arm
                String label = columns.size() > 1 ? "" : v.rowLabel(r);
                String arm = armName != null ? armName : label.isEmpty() ? null : label;
                out.add(new Candidate(f, cell.start(), cell.end(), 0.75, arm, SurvivalSanity.checkMedian(f),
                        cell.start(), -1));
            }
        }
        return out;
    }

    /**
     * Rows whose label names a median with its unit ({@code Median PFS, months (95% CI)}) or a landmark rate
     * ({@code 2-year OS, %}) of one endpoint, alone or with the heading row above it ({@link #underHeading}): each value cell in a column without a role of its own (arm columns)
     * is one figure, its arm the column's; under a heading row only in columns that count patients somewhere (arms).
     */
    private static void labelledRows(TableView v, List<Candidate> out) {
        for (TableRow r : v.rows()) {
            String label = underHeading(v, r);
            if (label.isEmpty() || label.length() > 80 || notFigureRow(label)) continue;
            boolean headed = !label.equals(EndpointLexicon.unglued(v.rowLabel(r)));
            String endpoint = EndpointLexicon.sole(label);
            if (endpoint == null) continue;
            boolean median = label.toLowerCase(java.util.Locale.ROOT).contains("median");
            Matcher t = ROW_TIME.matcher(label);
            Matcher u = UNIT.matcher(label);
            Double months = !median && t.find() ? NumberScanner.toMonths(NumberScanner.parse(t.group(1)),
                    NumberScanner.canonicalUnit(t.group(2))) : null;
            if (median == (months != null) || median && !u.find()) continue;
            String unit = median ? NumberScanner.canonicalUnit(u.group(1)) : "%";
            for (int c = 1; c < v.table().columnCount(); c++) {
                if (v.role(c) != ColumnRole.OTHER && v.role(c) != ColumnRole.ARM) continue;
                // under a heading row: arm columns only, each headed on its own (a glued header leaves columns unknown)
                if (headed && (!countsPatients(v, r, c) || !ownHeader(v, c))) continue;
                TableCell cell = v.cell(r, c).orElse(null);
                Matcher m = cell == null ? null : VALUE.matcher(cell.text().replace("%", ""));
                if (m == null || !m.matches()) continue;
                boolean ci = m.group(3) != null && Character.isDigit(m.group(3).charAt(0));
                double value = NumberScanner.parse(m.group(1));
                Double lo = ci ? NumberScanner.parse(m.group(2)) : null;
                Double hi = ci ? NumberScanner.parse(m.group(3)) : null;
                Fact.Survival f = median ? new Fact.Survival(endpoint, "median", value, null, unit, null, lo, hi)
                        : new Fact.Survival(endpoint, "rate", value, null, "%", months, lo, hi);
                String arm = v.arm(c).map(ArmColumn::name).filter(n -> !n.isBlank()).orElse(null);
                out.add(new Candidate(f, cell.start(), cell.end(), 0.75, arm,
                        median ? SurvivalSanity.checkMedian(f) : SurvivalSanity.checkRate(f), cell.start(), -1));
            }
        }
    }

    private static final Pattern COUNT_CELL = Pattern.compile("^\\s*\\d{1,5}\\s*(?:[(\\[]\\s*\\d{1,3}(?:\\.\\d{1,2})?\\s*%?\\s*[)\\]])?\\s*$");

    /** Rows above a headed row searched for its columns' patient counts: the rows of its own part of the table. */
    private static final int COUNT_ROWS_ABOVE = 10;

    /**
     * True when a body cell of column {@code c} in the {@value #COUNT_ROWS_ABOVE} rows above {@code row} is a count of
     * patients ({@code 29}, {@code 17 (34.0)}): an arm's column in that part of the table.
     */
    private static boolean countsPatients(TableView v, TableRow row, int c) {
        List<TableRow> rows = v.rows();
        int i = rows.indexOf(row);
        for (int k = i - 1; k >= 0 && k >= i - COUNT_ROWS_ABOVE; k--) {
            TableCell cell = v.cell(rows.get(k), c).orElse(null);
            if (cell != null && COUNT_CELL.matcher(cell.text()).matches()) return true;
        }
        return false;
    }

    /** True when a header cell starts at column {@code c} without spanning the whole table (a glued header row). */
    private static boolean ownHeader(TableView v, int c) {
        int width = v.table().columnCount();
        for (TableRow r : v.table().headerRows()) {
            TableCell cell = r.at(c).orElse(null);
            if (cell != null && cell.column() == c && !cell.isBlank() && cell.colspan() < width - 1) return true;
        }
        return false;
    }

    /**
     * The row's label, read with the heading row above it when the label names no endpoint itself: {@code Median} under
     * {@code Progression-free survival (months)} reads as {@code Progression-free survival (months), Median}.
     */
    private static String underHeading(TableView v, TableRow r) {
        String label = EndpointLexicon.unglued(v.rowLabel(r));
        String group = v.groupLabel(r);
        if (label.isEmpty() || group.isEmpty() || !EndpointLexicon.find(label).isEmpty()) return label;
        return EndpointLexicon.unglued(group) + ", " + label;
    }

    /**
     * Under one glued header: the columns without a role, left to right, matched to the header's count and median
     * terms in their order; the median columns when the numbers agree, else none.
     */
    private static List<Integer> gluedMedianColumns(TableView v) {
        List<Integer> open = new ArrayList<>();
        for (int c = 1; c < v.table().columnCount(); c++) if (v.role(c) == ColumnRole.OTHER) open.add(c);
        if (open.isEmpty()) return List.of();
        String header = v.header(open.get(0));
        for (int c : open) if (!v.header(c).equals(header)) return List.of();
        List<Boolean> medians = new ArrayList<>();
        Matcher t = TERM.matcher(header);
        while (t.find()) medians.add(t.group("median") != null);
        if (medians.size() != open.size() || !medians.contains(Boolean.TRUE)) return List.of();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) if (medians.get(i)) out.add(open.get(i));
        return out;
    }
}
