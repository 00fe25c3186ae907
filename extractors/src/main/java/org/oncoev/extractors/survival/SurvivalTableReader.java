package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.survival.SentenceSurvivalReader.Candidate;
import org.oncoev.extractors.table.TableView;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Landmark rates and medians from tables. Two layouts, both precision-first:
 * <ul>
 * <li>tab-separated rows ({@code Group\tOS rate 1-year\t3-year\t5-year}, or a spanning {@code OS rate (%)} cell
 * above time cells): a column is read when its header names a time point and an endpoint is known for it (in
 * the cell, to its left on the header line, in the header line above, or as the only endpoint of the title);
 * {@code Median OS (months)} columns give medians. Each data row's first cell is the arm; a first cell naming an
 * outcome ({@code Progression-free survival}) gives the row its endpoint, or none for another outcome.</li>
 * <li>a table flattened into one line ({@code Group OS rate (%) PFS rate (%) 1-year 3-year P 1-year 3-year P
 * Arm A 88.9 82.4 0.37 91.7 88.2 0.54 ...}): read only when the endpoint headers carry {@code (%)}, the time
 * blocks repeat once per endpoint, and a row has exactly one number per cell (the P cells optional).</li>
 * </ul>
 * Offsets in the results are relative to the text given. Stateless.
 */
final class SurvivalTableReader {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_ARM_SIZE = java.util.regex.Pattern.compile("\\s*\\(\\s*n\\s*=\\s*\\d+\\s*\\)");
    private static final java.util.regex.Pattern RX_END_MARK = java.util.regex.Pattern.compile("[.,;]$");

    private static final String TIME_WORD = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)"
            + "\\s?[-\u2010\u2011 ]?\\s?(years?|yrs?|months?|mos?)\\b";
    private static final Pattern TIME_CELL = Pattern.compile("(?i)(?<![\\w.])" + TIME_WORD);
    private static final Pattern VALUE_CELL = Pattern.compile(
            "^\\s*(\\d{1,3}(?:\\.\\d{1,3})?)\\s?%?\\s*(?:[(\\[]\\s*(?:95\\s?%\\s*CI[,:]?\\s*)?(\\d{1,3}(?:\\.\\d{1,3})?)\\s?%?\\s*"
            + "(?:[-\u2013,]|to)\\s*(\\d{1,3}(?:\\.\\d{1,3})?)\\s?%?\\s*[)\\]])?\\s*$");
    private static final Pattern MEDIAN_UNIT = Pattern.compile("(?i)\\b(months?|mos?|weeks?|days?|years?)\\b");
    private static final Pattern NOT_SURVIVAL_HEADER = Pattern.compile(
            "(?i)follow|\\bage\\b|\\baged\\b|respon|duration|toxicit|\\bn\\b|no\\.|patients|events?|deaths?|\\bHR\\b|hazard|\\bP\\b");
    static final Pattern FLAT_ENDPOINT = Pattern.compile(
            "(?i)(?<![\\w-])((?:overall|progression[- ]free|disease[- ]free|(?:distant\\s+)?metastasis[- ]free|recurrence[- ]free|"
            + "relapse[- ]free|event[- ]free|disease[- ]specific|cancer[- ]specific)\\s+survival|OS|PFS|DFS|RFS|D?MFS|EFS|"
            + "DSS|CSS|LC)\\s+(?:rates?\\s*)?\\(%\\)\\s*");
    /** The words a {@link #FLAT_ENDPOINT} match starts with (case-folded), and their first letters. */
    static final Keywords FLAT_LEADS = new Keywords("overall", "progression", "disease", "distant", "metastasis",
            "recurrence", "relapse", "event", "cancer", "os", "pfs", "dfs", "rfs", "dmfs", "mfs", "efs", "dss", "css", "lc");
    static final StartChars FLAT_STARTS = StartChars.of("", false, "opdmrecl");
    private static final Pattern FLAT_TIME = Pattern.compile("(?i)\\s*" + TIME_WORD + "(?:\\s*\\(%\\))?");
    private static final Pattern FLAT_P = Pattern.compile("\\s*(?:P|P\\s+value|p-value)(?=\\s|$)");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern NUMBER_TOKEN = Pattern.compile("[<>\u2264\u2265]?\\d{1,3}(?:\\.\\d{1,3})?[.,;]?");
    private static final Pattern BOUND_LABEL = Pattern.compile("[<>\u2264\u2265]\\s?\\d{1,3}|\\d{1,3}\\s?[-\u2013]\\s?\\d{1,3}");
    private static final int MAX_ROWS = 40;

    private SurvivalTableReader() {}

    /** One column read from a tab table: its endpoint, time point (months) or median unit. */
    private record Column(int index, String endpoint, Double months, String medianUnit) {}

    /** Rates and medians from a tab-separated table whose first line may be its title. */
    static List<Candidate> tabbed(String text) {
        List<Candidate> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String titleEndpoint = lines.length > 0 ? soleEndpoint(lines[0]) : null;
        List<Column> columns = List.of();
        String[] above = null;
        String[] armHeader = null;
        String group = null;
        int lineStart = 0;
        for (int li = 0; li < lines.length && li < 2000; li++) {
            String line = lines[li];
            String[] cells = line.split("\t", -1);
            List<Column> header = cells.length > 1 ? headerColumns(cells, above, titleEndpoint) : List.of();
            Column rowFact = cells.length > 1 && header.isEmpty() ? rowLabelColumn(cells[0]) : null;
            if (!header.isEmpty()) {
                columns = header;
            } else if (rowFact != null) {
                readArmCells(cells, lineStart, rowFact, armHeader, out);
            } else if (!columns.isEmpty() && cells.length > 1) {
                if (cells.length > 2 && !cells[0].isBlank() && columns.get(0).index() > 1) group = cells[0].strip();
                readRow(line, cells, lineStart, columns, group, out);
            } else if (li > 0 && cells.length > 1 && isArmHeader(cells)) {
                armHeader = cells;
            }
            above = cells;
            lineStart += line.length() + 1;
        }
        return out;
    }

    private static List<Column> headerColumns(String[] cells, String[] above, String titleEndpoint) {
        List<Column> out = new ArrayList<>();
        String carried = null;
        for (int j = 1; j < cells.length; j++) {
            String cell = cells[j];
            if (cell.length() > 60) return List.of();
            String own = soleEndpoint(cell);
            if (own != null) carried = own;
            if (cell.isBlank() || NOT_SURVIVAL_HEADER.matcher(cell).find()) continue;
            String endpoint = own != null ? own : carried != null ? carried : spanning(above, j);
            if (endpoint == null) endpoint = titleEndpoint;
            if (endpoint == null) continue;
            Matcher t = TIME_CELL.matcher(cell);
            boolean median = cell.toLowerCase(Locale.ROOT).contains("median");
            if (median && !t.find()) {
                Matcher u = MEDIAN_UNIT.matcher(cell);
                if (u.find()) out.add(new Column(j, endpoint, null, NumberScanner.canonicalUnit(u.group(1))));
            } else if (!median && t.reset().find() && !t.find()) {
                t.reset().find();
                out.add(new Column(j, endpoint, months(t), null));
            }
        }
        return out;
    }

    /**
     * A row whose label names one endpoint and a time point ({@code 2-year OS, %}) or a median with its unit
     * ({@code Median PFS, months (95% CI)}); its other cells are one value per arm. Null for other rows.
     */
    private static Column rowLabelColumn(String label) {
        if (label.length() > 80 || NOT_SURVIVAL_HEADER.matcher(label).find()) return null;
        String endpoint = soleEndpoint(label);
        if (endpoint == null) return null;
        boolean median = label.toLowerCase(Locale.ROOT).contains("median");
        Matcher t = TIME_CELL.matcher(label);
        if (median) {
            if (t.find()) return null;
            Matcher u = MEDIAN_UNIT.matcher(label);
            return u.find() ? new Column(0, endpoint, null, NumberScanner.canonicalUnit(u.group(1))) : null;
        }
        if (!t.find()) return null;
        Double months = months(t);
        return t.find() ? null : new Column(0, endpoint, months, null);
    }

    /** A header line naming the arms: every non-empty cell after the first is text, not a number. */
    private static boolean isArmHeader(String[] cells) {
        int named = 0;
        for (int j = 1; j < cells.length; j++) {
            String c = cells[j].strip();
            if (c.isEmpty()) continue;
            if (Character.isDigit(c.charAt(0))) return false;
            named++;
        }
        return named > 0;
    }

    private static void readArmCells(String[] cells, int lineStart, Column row, String[] armHeader,
                                     List<Candidate> out) {
        int pos = cells[0].length() + 1;
        for (int j = 1; j < cells.length; j++) {
            if (armHeader != null && j < armHeader.length && TableView.isPLabel(armHeader[j])) {
                pos += cells[j].length() + 1; // the P column beside the arms
                continue;
            }
            String arm = armHeader != null && j < armHeader.length && !armHeader[j].isBlank()
                    ? RX_ARM_SIZE.matcher(armHeader[j]).replaceAll("").strip() : null;
            Column col = new Column(j, row.endpoint(), row.months(), row.medianUnit());
            addCell(cells[j], lineStart + pos, col, arm, out);
            pos += cells[j].length() + 1;
        }
    }

    /** The endpoint of the nearest non-empty cell at or left of column {@code j} in the header line above. */
    private static String spanning(String[] above, int j) {
        if (above == null) return null;
        for (int i = Math.min(j, above.length - 1); i >= 1; i--) {
            if (!above[i].isBlank()) return soleEndpoint(above[i]);
        }
        return null;
    }

    private static void readRow(String line, String[] cells, int lineStart, List<Column> columns, String group,
                                List<Candidate> out) {
        if (TableView.isPLabel(cells[0])) return; // a P row under a median or rate column holds p-values
        String label = rowLabel(cells, columns.get(0).index(), group);
        int[] starts = new int[cells.length];
        for (int j = 1, pos = cells[0].length() + 1; j < cells.length; j++) {
            starts[j] = pos;
            pos += cells[j].length() + 1;
        }
        for (Column col : columns) {
            String endpoint = RowEndpoints.ofLabel(cells[0], col.endpoint()); // a row naming its outcome
            if (endpoint == null || col.index() >= cells.length) continue;
            Column own = endpoint.equals(col.endpoint()) ? col : new Column(col.index(), endpoint, col.months(), col.medianUnit());
            addCell(cells[col.index()], lineStart + starts[col.index()], own, label, out);
        }
    }

    /**
     * The label of a body row: the innermost text cell left of the first value column. A label in a second
     * column ({@code Gender | Female}) under a group named in the first column of this or an earlier row joins
     * that group ({@code Gender: Female}). Null when the row has no text label.
     */
    private static String rowLabel(String[] cells, int firstValue, String group) {
        for (int j = Math.min(firstValue, cells.length) - 1; j >= 0; j--) {
            String c = cells[j].strip();
            if (c.isEmpty() || !isLabel(c)) continue;
            return j > 0 && group != null && !group.isEmpty() ? group + ": " + c : c;
        }
        return null;
    }

    /** True when a cell is a text label: a letter, or a bound or integer range ({@code <60}, {@code 60-70}). */
    private static boolean isLabel(String c) {
        for (int i = 0; i < c.length(); i++) if (Character.isLetter(c.charAt(i))) return true;
        return BOUND_LABEL.matcher(c).matches();
    }

    /** One value cell ({@code 72.4}, {@code 72.4%}, {@code 15.9 (13.4-18.1)}) at {@code start} of the text. */
    private static void addCell(String cell, int start, Column col, String arm, List<Candidate> out) {
        Matcher v = VALUE_CELL.matcher(cell);
        if (!v.matches()) return;
        double value = NumberScanner.parse(v.group(1));
        Double lo = v.group(2) == null ? null : NumberScanner.parse(v.group(2));
        Double hi = v.group(3) == null ? null : NumberScanner.parse(v.group(3));
        Fact.Survival f = col.medianUnit() != null
                ? new Fact.Survival(col.endpoint(), "median", value, null, col.medianUnit(), null, lo, hi)
                : new Fact.Survival(col.endpoint(), "rate", value, null, "%", col.months(), lo, hi);
        String reject = col.medianUnit() != null ? SurvivalSanity.checkMedian(f) : SurvivalSanity.checkRate(f);
        out.add(new Candidate(f, start, start + cell.length(), 0.75, arm, reject, start, start));
    }

    /** Rates from a sentence holding a flattened table with {@code (%)} endpoint headers; else empty. */
    static List<Candidate> flattened(String s) {
        List<Candidate> out = new ArrayList<>();
        if (!s.contains("(%)")) return out; // every FLAT_ENDPOINT match ends with it
        StartScan scan = new StartScan(FLAT_ENDPOINT, s, FLAT_STARTS, FLAT_LEADS::at);
        int from = 0;
        while (from < s.length() && scan.find(from)) {
            Matcher e = scan.matcher();
            List<String> endpoints = new ArrayList<>();
            int first = e.start();
            int p = first;
            while (p < s.length() && scan.find(p) && e.start() == p) {
                endpoints.add(soleEndpoint(e.group(1)));
                p = e.end();
            }
            from = Math.max(p, first + 1);
            // a column of an endpoint left out (DMFS) keeps its place in the row but gives no facts
            if (endpoints.stream().allMatch(java.util.Objects::isNull)) continue;
            List<Double> times = new ArrayList<>();
            List<Boolean> isP = new ArrayList<>();
            Matcher t = FLAT_TIME.matcher(s);
            Matcher pv = FLAT_P.matcher(s);
            while (true) {
                if (t.region(p, s.length()).lookingAt()) {
                    times.add(months(t));
                    isP.add(false);
                    p = t.end();
                } else if (pv.region(p, s.length()).lookingAt()) {
                    isP.add(true);
                    p = pv.end();
                } else break;
            }
            int block = blockSize(times, isP, endpoints.size());
            if (block <= 0) continue;
            readFlatRows(s, p, endpoints, times.subList(0, times.size() / endpoints.size()),
                    isP.subList(0, block).contains(Boolean.TRUE), out);
            from = p;
        }
        return out;
    }

    /** Cells per endpoint block when the time headers repeat identically once per endpoint; else 0. */
    private static int blockSize(List<Double> times, List<Boolean> isP, int endpoints) {
        if (times.isEmpty() || isP.size() % endpoints != 0) return 0;
        int cells = isP.size() / endpoints;
        for (int i = cells; i < isP.size(); i++) if (!isP.get(i).equals(isP.get(i - cells))) return 0;
        int k = times.size() / endpoints;
        if (k * endpoints != times.size()) return 0;
        for (int i = k; i < times.size(); i++) if (!times.get(i).equals(times.get(i - k))) return 0;
        return cells;
    }

    private static void readFlatRows(String s, int p, List<String> endpoints, List<Double> times, boolean hasP,
                                     List<Candidate> out) {
        List<Double> blockTimes = new ArrayList<>(times);
        int withP = blockTimes.size() + (hasP ? 1 : 0);
        int k = hasP ? withP - 1 : withP;
        Matcher tok = TOKEN.matcher(s).region(p, s.length());
        List<Candidate> rowsRead = new ArrayList<>();
        List<int[]> nums = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        int labelWords = 0;
        int rows = 0;
        boolean more = tok.find();
        while (more && rows < MAX_ROWS) {
            if (NUMBER_TOKEN.matcher(tok.group()).matches()) {
                nums.add(new int[] {tok.start(), tok.end()});
                more = tok.find();
                if (more && NUMBER_TOKEN.matcher(tok.group()).matches()) continue;
                int n = nums.size();
                int m = endpoints.size();
                boolean full = n == m * k || (hasP && n == m * withP);
                if (!full || labelWords == 0) return; // one misfit row voids the table
                int per = n / m;
                for (int i = 0; i < n; i++) {
                    int cell = i % per;
                    if (cell >= k) continue;
                    int[] at = nums.get(i);
                    String text = RX_END_MARK.matcher(s.substring(at[0], at[1])).replaceAll("");
                    at = new int[] {at[0], at[0] + text.length()};
                    if (!Character.isDigit(text.charAt(0))) return;
                    if (endpoints.get(i / per) == null) continue;
                    Fact.Survival f = new Fact.Survival(endpoints.get(i / per), "rate", NumberScanner.parse(text), null, "%",
                            blockTimes.get(cell), null, null);
                    rowsRead.add(new Candidate(f, at[0], at[1], 0.7, label.toString(), SurvivalSanity.checkRate(f), p, p));
                }
                rows++;
                nums.clear();
                label.setLength(0);
                labelWords = 0;
            } else {
                if (++labelWords > 5) break;
                if (label.length() > 0) label.append(' ');
                label.append(tok.group());
                more = tok.find();
            }
        }
        out.addAll(rowsRead);
    }

    /** The one endpoint a header names (null for none, several or a blocking phrase). */
    private static String soleEndpoint(String text) {
        String found = null;
        for (EndpointLexicon.Mention m : EndpointLexicon.find(text)) {
            if (m.endpoint() == null || found != null && !found.equals(m.endpoint())) return null;
            found = m.endpoint();
        }
        return found;
    }

    private static Double months(Matcher t) {
        String n = t.group(1).toLowerCase(Locale.ROOT);
        double v = switch (n) {
            case "one" -> 1; case "two" -> 2; case "three" -> 3; case "four" -> 4; case "five" -> 5;
            case "six" -> 6; case "seven" -> 7; case "eight" -> 8; case "nine" -> 9; case "ten" -> 10;
            case "twelve" -> 12; case "eighteen" -> 18;
            default -> NumberScanner.parse(n);
        };
        return NumberScanner.toMonths(v, NumberScanner.canonicalUnit(t.group(2)));
    }
}
