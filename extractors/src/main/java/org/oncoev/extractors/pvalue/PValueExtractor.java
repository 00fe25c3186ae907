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
 * .05)}, lists such as {@code P = 0.03 and 0.04, respectively}), as other fields write it ({@code ps < .001},
 * {@code p's > .10}, {@code P-value 0.004)}, {@code Pmeta = 4 × 10^(-12)}, {@code PCox = .04}, {@code Prob > F =
 * 0.000}) and as bare numbers in a table's P column ({@link TableCellPValues} over the passage's table grid when
 * it has one, {@link TablePValues} and {@link FlatTablePValues} over the text; a cell read from the grid wins over
 * an overlapping text reading). One finding per mention, so mention counts can be scored. Mentions that report no
 * result are skipped, and no table reader may take them: significance thresholds ({@link SignificanceThreshold}),
 * significance-marker legends ({@link SignificanceLegend}) and probabilities in a model ({@link
 * ProbabilityNotation}); a value over 1 is a rejected finding. Pure and thread-safe; text is scanned sentence by
 * sentence in windows of at most {@value #WINDOW} characters.
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
        return "1.6";
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

    /**
     * One reading of a passage's text: where findings go and the spans of P mentions judged not to be results
     * (thresholds, legends, probabilities), which no other reader may then take.
     */
    private record Reading(Passage passage, String text, boolean inTable, List<Finding> out, List<int[]> skipped) {
        boolean skippedOverlap(Finding f) {
            for (int[] s : skipped) if (s[0] < f.passageEnd() && f.passageStart() < s[1]) return true;
            return false;
        }
    }

    /** P-values read from the passage text (prose, table rows and, with {@code flatTables}, flattened tables), without the grid. */
    private List<Finding> read(Passage passage, boolean flatTables) {
        List<Finding> out = new ArrayList<>();
        boolean inTable = passage.kind() == PassageKind.TABLE;
        String text = DecimalCommas.view(passage.text());
        Reading r = new Reading(passage, text, inTable, out, new ArrayList<>());
        if (inTable && text.indexOf('\t') >= 0) {
            out.addAll(TablePValues.extract(this, passage));
            for (TableRows.Row row : TableRows.parse(text)) scan(r, row.start(), row.end());
            return out;
        }
        if (inTable) {
            for (TableRows.Row row : TableRows.parse(text)) scan(r, row.start(), row.end());
        } else {
            List<Span> sentences = passage.sentences().isEmpty()
                    ? List.of(new Span(0, text.length())) : passage.sentences();
            for (Span s : sentences) scan(r, s.start(), Math.min(s.end(), text.length()));
        }
        if (flatTables) for (Finding f : FlatTablePValues.extract(this, passage, text)) {
            if (!overlaps(out, f) && !r.skippedOverlap(f)) out.add(f);
        }
        return out;
    }

    /** Scans {@code [from, to)} in bounded windows; a match is kept by the window in which it starts. */
    private void scan(Reading r, int from, int to) {
        int windowStart = from;
        int lastEnd = from;
        while (windowStart < to) {
            int windowEnd = Math.min(to, windowStart + WINDOW);
            int keepBefore = windowEnd == to ? to : windowEnd - OVERLAP;
            StartScan scan = StartScan.atTokenStarts(PValueSyntax.TEXT, r.text(), P_STARTS, PValueExtractor::pMayStart);
            for (int at = windowStart; scan.find(at, windowEnd, windowEnd); at = scan.next()) {
                Matcher m = scan.matcher();
                if (m.start() < lastEnd) continue;
                if (m.start() >= keepBefore) break;
                lastEnd = mention(r, m, from, to);
            }
            if (windowEnd == to) break;
            windowStart = Math.max(keepBefore, lastEnd);
        }
    }

    /** Adds the finding(s) of one text match (and a following list of values); returns the end consumed. */
    private int mention(Reading reading, Matcher m, int sentenceStart, int sentenceEnd) {
        String text = reading.text();
        Passage passage = reading.passage();
        boolean inTable = reading.inTable();
        List<Finding> out = reading.out();
        Relation relation = m.group("rel") != null ? PValueSyntax.relation(m.group("rel"))
                : m.group("verb") != null || bareValue(text, m, sentenceEnd) ? Relation.EQ : null;
        if (relation == null) return m.start() + 1;
        double value = PValueSyntax.parseNumber(m.group("num"));
        if (Double.isNaN(value)) return m.end();
        if (notAResult(text, m, sentenceStart, sentenceEnd, relation, value)) {
            reading.skipped().add(new int[] {m.start(), m.end()});
            return m.end();
        }
        out.add(finding(passage, m.start(), m.end(), relation, value, inTable, 0.9));
        int end = m.end();
        boolean list = plural(m.group("suf"), m.group("vw")) || respectively(text, end, sentenceEnd);
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
    private static final Keywords P_SUFFIXES = new Keywords("val", "s", "for", "trend", "int", "het", "log", "adj", "diff",
            "non", "overall", "meta", "combined", "joint", "cond", "discovery", "replication", "gc", "perm", "emp", "corr",
            "uncorr", "bonf", "fdr", "holm", "nominal", "rob", "r ", "r>", "cox", "wald", "gray", "fisher", "wilcoxon",
            "kruskal", "mantel", "breslow", "tarone", "peto", "gehan", "welch", "mcnemar", "friedman", "cochran", "anova", "lrt");

    /** A threshold, a significance legend or a probability in a model: a P mention that reports no result. */
    private static boolean notAResult(String text, Matcher m, int sentenceStart, int sentenceEnd, Relation relation,
                                      double value) {
        return ProbabilityNotation.isEventOrReplication(m.group("paren"), m.group("suf"))
                || ProbabilityNotation.isProbability(text, sentenceStart, sentenceEnd, m.start(), m.end())
                || SignificanceThreshold.isThreshold(text, sentenceStart, sentenceEnd, m.start(), m.end(), relation, value)
                || SignificanceLegend.isLegend(text, m.start(), m.end(), relation, value);
    }

    /** A plural P: {@code ps}, {@code p's}, {@code P values}. */
    private static boolean plural(String suffix, String valueWord) {
        return "s".equals(suffix) || (suffix != null && suffix.length() == 2 && suffix.charAt(1) == 's')
                || (valueWord != null && (valueWord.endsWith("s") || valueWord.endsWith("S")));
    }

    /**
     * True when a value word is followed by its number with no relation ({@code P-value 0.004)}, {@code P values
     * 0.02 and 0.04}): only across spaces on one line, and only where the number ends a clause.
     */
    private static boolean bareValue(String text, Matcher m, int sentenceEnd) {
        if (m.group("vw") == null || m.group("paren") != null) return false;
        for (int i = m.end("suf"); i < m.start("num"); i++) if (text.charAt(i) != ' ') return false;
        return PValueSyntax.CLAUSE_END.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8)).lookingAt();
    }

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
