package org.oncoev.extractors.pvalue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Span;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Extractor;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.Findings;
import org.oncoev.extractors.Relation;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Finds every p-value mention: in running text ({@code P < .001}, {@code p-value of 0.03}, {@code P for trend
 * = 0.02}, {@code Pinteraction = .03}, {@code log-rank P < 0.0001}, {@code P = 5.81 × 10^-48}, {@code (all P >
 * .05)}, lists such as {@code P = 0.03 and 0.04, respectively}) and as bare numbers in a table's P column
 * ({@link TableCellPValues} over the passage's table grid when it has one, {@link TablePValues} and
 * {@link FlatTablePValues} over the text; a cell read from the grid wins over an overlapping text reading). One finding per mention, so mention counts can be scored. Significance thresholds
 * ({@link SignificanceThreshold}) are skipped; a value over 1 is a rejected finding. Pure and thread-safe;
 * text is scanned sentence by sentence in windows of at most {@value #WINDOW} characters.
 */
public final class PValueExtractor implements Extractor {
    static final int WINDOW = 2000;
    private static final int OVERLAP = 100;

    static final StartChars P_STARTS = StartChars.of("Pp");

    @Override
    public String name() {
        return "p-value";
    }

    @Override
    public String version() {
        return "1.3";
    }

    @Override
    public EvidenceType type() {
        return EvidenceType.P_VALUE;
    }

    @Override
    public List<Finding> extract(Passage passage, ExtractionContext context) {
        List<Finding> cells = passage.table() == null ? List.of() : TableCellPValues.extract(this, passage);
        List<Finding> read = read(passage, true);
        if (cells.isEmpty()) return read;
        List<Finding> out = new ArrayList<>(cells);
        for (Finding f : read) if (!overlaps(out, f)) out.add(f);
        return out;
    }

    private static boolean overlaps(List<Finding> found, Finding f) {
        for (Finding o : found) if (o.passageStart() < f.passageEnd() && f.passageStart() < o.passageEnd()) return true;
        return false;
    }

    /** P-values read from the passage text (prose, table rows and, with {@code flatTables}, flattened tables), without the grid. */
    private List<Finding> read(Passage passage, boolean flatTables) {
        List<Finding> out = new ArrayList<>();
        boolean inTable = passage.kind() == PassageKind.TABLE;
        String text = DecimalCommas.view(passage.text());
        if (inTable && text.indexOf('\t') >= 0) {
            out.addAll(TablePValues.extract(this, passage));
            for (TableRows.Row row : TableRows.parse(text)) scan(passage, text, row.start(), row.end(), true, out);
            return out;
        }
        if (inTable) {
            for (TableRows.Row row : TableRows.parse(text)) scan(passage, text, row.start(), row.end(), true, out);
        } else {
            List<Span> sentences = passage.sentences().isEmpty()
                    ? List.of(new Span(0, text.length())) : passage.sentences();
            for (Span s : sentences) scan(passage, text, s.start(), Math.min(s.end(), text.length()), false, out);
        }
        if (flatTables) for (Finding f : FlatTablePValues.extract(this, passage, text)) {
            if (out.stream().noneMatch(o -> o.passageStart() < f.passageEnd() && f.passageStart() < o.passageEnd())) out.add(f);
        }
        return out;
    }

    /** Scans {@code [from, to)} in bounded windows; a match is kept by the window in which it starts. */
    private void scan(Passage passage, String text, int from, int to, boolean inTable, List<Finding> out) {
        int windowStart = from;
        int lastEnd = from;
        while (windowStart < to) {
            int windowEnd = Math.min(to, windowStart + WINDOW);
            int keepBefore = windowEnd == to ? to : windowEnd - OVERLAP;
            StartScan scan = StartScan.atTokenStarts(PValueSyntax.TEXT, text, P_STARTS, PValueExtractor::pMayStart);
            for (int at = windowStart; scan.find(at, windowEnd, windowEnd); at = scan.next()) {
                Matcher m = scan.matcher();
                if (m.start() < lastEnd) continue;
                if (m.start() >= keepBefore) break;
                lastEnd = mention(passage, text, m, from, to, inTable, out);
            }
            if (windowEnd == to) break;
            windowStart = Math.max(keepBefore, lastEnd);
        }
    }

    /** Adds the finding(s) of one text match (and a following list of values); returns the end consumed. */
    private int mention(Passage passage, String text, Matcher m, int sentenceStart, int sentenceEnd, boolean inTable,
                        List<Finding> out) {
        Relation relation = m.group("rel") != null ? PValueSyntax.relation(m.group("rel"))
                : m.group("verb") != null ? Relation.EQ : null;
        if (relation == null) return m.start() + 1;
        double value = PValueSyntax.parseNumber(m.group("num"));
        if (Double.isNaN(value)) return m.end();
        if (SignificanceThreshold.isThreshold(text, sentenceStart, sentenceEnd, m.start(), m.end(), relation, value)) {
            return m.end();
        }
        out.add(finding(passage, m.start(), m.end(), relation, value, inTable, 0.9));
        int end = m.end();
        boolean list = m.group("plural") != null || respectively(text, end, sentenceEnd);
        if (!list && relation == Relation.EQ) {
            Matcher pair = PValueSyntax.AND_P_LIKE.matcher(text).useTransparentBounds(true);
            pair.region(end, Math.min(sentenceEnd, end + 40));
            if (pair.lookingAt()) {
                double v = PValueSyntax.parseNumber(pair.group("num"));
                if (!Double.isNaN(v) && v <= 1.0) {
                    out.add(finding(passage, pair.start("num"), pair.end("num"), Relation.EQ, v, inTable, 0.8));
                    return pair.end("num");
                }
            }
        }
        if (list) {
            Matcher tail = PValueSyntax.LIST_TAIL.matcher(text).useTransparentBounds(true);
            for (int i = 0; i < 8; i++) {
                tail.region(end, Math.min(sentenceEnd, end + 200));
                if (!tail.lookingAt()) break;
                Relation r = tail.group("rel") != null ? PValueSyntax.relation(tail.group("rel")) : relation;
                double v = PValueSyntax.parseNumber(tail.group("num"));
                if (r == null || Double.isNaN(v)) break;
                int start = tail.group("rel") != null ? tail.start("rel") : tail.start("num");
                out.add(finding(passage, start, tail.end(), r, v, inTable, 0.8));
                end = tail.end();
            }
        }
        return end;
    }

    /** Where {@link PValueSyntax#TEXT} may start: a P not after a letter, number or apostrophe (its lookbehind). */
    static boolean pMayStart(String s, int i) {
        char c = s.charAt(i);
        if (c != 'P' && c != 'p') return false;
        if (i == 0) return true;
        char b = s.charAt(i - 1);
        if (Character.isSurrogate(b)) return true;
        int type = Character.getType(b);
        if (Character.isLetter(b) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || b == '\'' || b == '\u2019') return false;
        // right after the P an ASCII letter or digit must begin one of its suffix words ((?![\p{L}\p{N}]) else)
        if (i + 1 < s.length()) {
            char n = s.charAt(i + 1);
            if (n < 128 && Character.isLetterOrDigit(n)) return P_SUFFIXES.at(s, i + 1);
        }
        return true;
    }

    /** The first words of the suffixes {@link PValueSyntax#TEXT} allows right after its P (case-folded: a superset). */
    private static final Keywords P_SUFFIXES = new Keywords("value", "s", "for", "trend", "int", "het", "log", "adj", "diff");

    private static boolean respectively(String text, int from, int sentenceEnd) {
        int to = Math.min(sentenceEnd, from + 120);
        return text.substring(from, to).contains("respectively");
    }

    Finding finding(Passage passage, int start, int end, Relation relation, double value, boolean inTable,
                    double confidence) {
        Finding f = Findings.of(this, passage, new Fact.PValue(relation, value, inTable), start, end, confidence,
                null, false);
        if (value > 1.0) return f.rejected("p-value over 1");
        if (value < 0.0) return f.rejected("negative p-value");
        return f;
    }
}
