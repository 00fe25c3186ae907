package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.table.TableView;

/**
 * Survival figures of a table that its reader left without an arm, in as many columns as the table's header
 * names study arms, take those arms column by column, left to right. A header names an arm by one of its catalog
 * names or by a short form a legend of the document defines ({@code DRX, drugumab; Plb, placebo} or
 * {@code Plb = placebo}); a flattened header may glue names to the words around them ({@code levelPlb + RTDRX+ RT}),
 * so a legend's short form counts wherever it starts when no lower-case letter follows it. Tables whose header
 * names another number of arms (subgroup columns) are left alone. Pure.
 */
final class TableArmColumns {
    private static final int MAX_HEADER = 2000;
    /** A legend entry: a short form, a comma, colon or equals sign, the long form up to a semicolon or full stop. */
    private static final Pattern LEGEND = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}\\p{N}\\-]{1,9})\\s?[,=:]\\s?([\\p{L}][\\p{L}\\p{N} \\-/+]{1,60}?)\\s*(?=[;.]|$)");

    private TableArmColumns() {}

    /** Returns the findings in the same order, arm-less table survival figures given their column's arm. */
    static List<Finding> apply(Document document, List<Finding> findings, StudyArms arms) {
        if (arms.arms().size() < 2) return findings;
        Map<Integer, List<Integer>> byPassage = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.type() == EvidenceType.SURVIVAL && f.accepted() && !f.cited() && f.arm() == null)
                byPassage.computeIfAbsent(f.passageOrdinal(), k -> new ArrayList<>()).add(i);
        }
        if (byPassage.isEmpty()) return findings;
        Map<Integer, Passage> passages = new HashMap<>();
        for (Passage p : document.passages()) passages.put(p.ordinal(), p);
        Map<String, Integer> legend = null;
        List<Finding> out = new ArrayList<>(findings);
        for (Map.Entry<Integer, List<Integer>> e : byPassage.entrySet()) {
            Passage p = passages.get(e.getKey());
            if (p == null || p.kind() != PassageKind.TABLE || p.table() == null) continue;
            TableView view = TableView.of(p).orElse(null);
            if (view == null) continue;
            Map<Integer, Integer> columnOf = new HashMap<>();
            TreeSet<Integer> columns = new TreeSet<>();
            for (int i : e.getValue()) {
                int c = columnAt(view, findings.get(i).passageStart());
                if (c < 1) continue;
                columnOf.put(i, c);
                columns.add(c);
            }
            if (columns.size() < 2) continue;
            if (legend == null) legend = legend(document, arms);
            List<Integer> named = armsNamed(header(view), arms, legend);
            if (named.size() != columns.size()) continue;
            List<Integer> ordered = new ArrayList<>(columns);
            for (Map.Entry<Integer, Integer> c : columnOf.entrySet()) {
                int arm = named.get(ordered.indexOf(c.getValue()));
                out.set(c.getKey(), out.get(c.getKey()).withArm(arms.arms().get(arm).label()));
            }
        }
        return out;
    }

    /** The grid column of the body cell holding {@code at}, or -1. */
    private static int columnAt(TableView view, int at) {
        for (TableRow r : view.rows()) {
            for (TableCell cell : r.cells()) {
                if (at >= cell.start() && at < cell.end()) return cell.colspan() == 1 ? cell.column() : -1;
            }
        }
        return -1;
    }

    private static String header(TableView view) {
        StringBuilder sb = new StringBuilder();
        for (TableRow r : view.table().headerRows()) for (TableCell c : r.cells()) sb.append(c.text()).append(' ');
        return sb.length() > MAX_HEADER ? sb.substring(0, MAX_HEADER) : sb.toString();
    }

    /** Short forms that a legend anywhere in the document defines as the name of a catalog arm: short form -> arm. */
    static Map<String, Integer> legend(Document document, StudyArms arms) {
        Map<String, Integer> out = new HashMap<>();
        for (Passage p : document.passages()) {
            if (!p.kind().carriesEvidence()) continue;
            String text = p.text();
            // a legend separates entries by semicolons
            if (text.indexOf(';') < 0) continue;
            Matcher m = LEGEND.matcher(text.length() > 100_000 ? text.substring(0, 100_000) : text);
            while (m.find()) {
                String shortForm = m.group(1);
                if (!hasCapital(shortForm) || shortForm.length() > m.group(2).length()) continue;
                int arm = arms.indexOf(m.group(2).strip());
                if (arm >= 0) out.putIfAbsent(shortForm, arm);
            }
        }
        return out;
    }

    /** The distinct arms the header names, in the order it first names them. */
    static List<Integer> armsNamed(String header, StudyArms arms, Map<String, Integer> legend) {
        TreeSet<long[]> found = new TreeSet<>((a, b) -> Long.compare(a[0], b[0]));
        String lower = header.toLowerCase(Locale.ROOT);
        for (int i = 0; i < arms.arms().size(); i++) {
            for (String alias : arms.arms().get(i).aliases()) {
                if (alias.length() < 3) continue;
                boolean exact = ArmNames.isShortCapitals(alias);
                int at = (exact ? header : lower).indexOf(exact ? alias : alias.toLowerCase(Locale.ROOT));
                while (at >= 0 && !(startsName(header, at) && endsName(header, at + alias.length())))
                    at = (exact ? header : lower).indexOf(exact ? alias : alias.toLowerCase(Locale.ROOT), at + 1);
                if (at >= 0) found.add(new long[] {at, i});
            }
        }
        for (Map.Entry<String, Integer> e : legend.entrySet()) {
            int at = header.indexOf(e.getKey());
            while (at >= 0 && !endsName(header, at + e.getKey().length())) at = header.indexOf(e.getKey(), at + 1);
            if (at >= 0) found.add(new long[] {at, e.getValue()});
        }
        List<Integer> out = new ArrayList<>();
        for (long[] f : found) if (!out.contains((int) f[1])) out.add((int) f[1]);
        return out;
    }

    /** A name starts here: after no letter, or glued as a capital after a lower-case letter. */
    private static boolean startsName(String s, int at) {
        if (at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1))) return true;
        return Character.isLowerCase(s.charAt(at - 1)) && Character.isUpperCase(s.charAt(at));
    }

    /** A name ends here: no lower-case letter or digit follows. */
    private static boolean endsName(String s, int end) {
        return end >= s.length() || !Character.isLowerCase(s.charAt(end)) && !Character.isDigit(s.charAt(end));
    }

    private static boolean hasCapital(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return true;
        return false;
    }
}
