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

/**
 * Medians read cell by cell from a table's grid through the shared {@link TableView}: the cells of its
 * {@link ColumnRole#MEDIAN} columns, or, when one glued header spans the columns ({@code Plb | BEV | Patients,
 * nMedian, monthsPatients, nMedian, months}), the columns its {@code n} and {@code Median} terms name in order.
 * The endpoint is the one the table's label, caption or header names; the unit comes from the header
 * ({@code months} when none is named); the arm is the arm column's name, else the row label. Offsets are the
 * cells' passage offsets. Stateless.
 */
final class SurvivalTableCells {

    private static final Pattern VALUE = Pattern.compile(
            "^\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(?:[(\\[]\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*[-\u2013,]\\s*"
            + "(\\d{1,3}(?:\\.\\d{1,2})?|NR|NE|NA)\\s*[)\\]])?\\s*[*\u2020\u2021a-d]?\\s*$");
    private static final Pattern TERM = Pattern.compile(
            "(?i)(?<count>patients,?\\s{0,2}n\\b|\\bno\\.?\\s{0,2}of\\s{1,3}patients|(?<![\\p{L}])n(?=\\s{0,2}(?:\\(%\\)|$|[A-Z])))"
            + "|(?<median>median(?:\\s{0,2},?\\s{0,2}\\(?(?:months?|mo|weeks?|years?|days?)\\)?)?)");
    private static final Pattern GLUE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern UNIT = Pattern.compile("(?i)\\b(months?|mo|weeks?|years?|days?)\\b");

    private SurvivalTableCells() {}

    /** The medians of {@code passage}'s table; empty when it carries no grid or names no single endpoint. */
    static List<Candidate> read(Passage passage) {
        Optional<TableView> view = TableView.of(passage);
        if (view.isEmpty()) return List.of();
        TableView v = view.get();
        // glued header cells ("Progression-free survivalYKL-40") part where a lower-case letter meets a capital
        String endpoint = soleEndpoint(GLUE.matcher(v.context()).replaceAll(" "));
        if (endpoint == null) return List.of();
        List<Integer> columns = v.columns(ColumnRole.MEDIAN);
        if (columns.isEmpty()) columns = gluedMedianColumns(v);
        List<Candidate> out = new ArrayList<>();
        for (int c : columns) {
            Matcher u = UNIT.matcher(v.header(c));
            String unit = NumberScanner.canonicalUnit(u.find() ? u.group(1) : "months");
            String armName = v.arm(c).map(ArmColumn::name).filter(n -> !n.isBlank()).orElse(null);
            for (TableRow r : v.rows()) {
                TableCell cell = v.cell(r, c).orElse(null);
                if (cell == null) continue;
                Matcher m = VALUE.matcher(cell.text());
                if (!m.matches()) continue;
                double value = NumberScanner.parse(m.group(1));
                boolean ci = m.group(3) != null && Character.isDigit(m.group(3).charAt(0));
                Double lo = ci ? NumberScanner.parse(m.group(2)) : null;
                Double hi = ci ? NumberScanner.parse(m.group(3)) : null;
                Fact.Survival f = new Fact.Survival(endpoint, "median", value, null, unit, null, lo, hi);
                String label = v.rowLabel(r);
                String arm = armName != null ? armName : label.isEmpty() ? null : label;
                out.add(new Candidate(f, cell.start(), cell.end(), 0.75, arm, SurvivalSanity.checkMedian(f),
                        cell.start(), -1));
            }
        }
        return out;
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

    /** The one endpoint {@code text} names (blocking phrases ignored), or null for none or several. */
    private static String soleEndpoint(String text) {
        String found = null;
        for (EndpointLexicon.Mention m : EndpointLexicon.find(text)) {
            if (m.endpoint() == null) continue;
            if (found != null && !found.equals(m.endpoint())) return null;
            found = m.endpoint();
        }
        return found;
    }
}
