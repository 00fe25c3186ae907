package org.oncoev.extractors.hazard;

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
import org.oncoev.extractors.pvalue.DecimalCommas;
import org.oncoev.extractors.pvalue.PValueSyntax;
import org.oncoev.extractors.pvalue.TableRows;
import org.oncoev.extractors.text.DesignSentences;

/**
 * Finds hazard ratios with their CI and p-value where given: in running text ({@code HR = 0.488, 95% CI:
 * 0.277-0.860}, {@code hazard ratio 0.72 [0.61, 0.85]}, {@code adjusted HR (aHR) 1.52; 95% CI, 1.1–2.1},
 * {@code (HR, 0.67; 95% CI, 0.52-0.87)}) and in tables: cell by cell from the passage's table grid
 * ({@link TableCellHazardRatios}), in rows labelled as hazard ratios ({@link HrRows}), in glued table rows ({@link GluedEstimates}); a table reading wins over an
 * overlapping text one, and in tab-separated rows
 * under an HR header ({@link TableHazardRatios}).
 * Reference rows are skipped, and so is a bare 1 (1.0, 1.00) without a CI in a table (a reference level). A CI
 * printed without label or bracket right after a comma ({@code HR 0.56, 0.34–0.92, p=0.007}) is read when it holds the
 * value ({@link HazardSyntax#bareCi}). A CI that excludes its estimate, or whose bounds are reversed, gives a rejected
 * finding. A value of 20 or more without a CI (a heart rate, a count) is not taken. A value more than
 * {@value HazardSyntax#SHORT_GAP} characters after {@code hazard ratio for ...} counts only with its CI; a further
 * value in a list ({@code for OS and 1.21 (1.0-1.5)}) likewise. Decimal commas are read ({@link DecimalCommas}). Pure and thread-safe;
 * sentences longer than {@value #MAX_SENTENCE} characters are read in windows of that size. Each hazard ratio records
 * whether its label names a patient characteristic rather than the treatments ({@link Covariates}; a glued table row
 * is labelled by its line up to the glued numbers). Each also records the survival endpoint it is about, or null when
 * unknown or ambiguous ({@link HazardEndpoints}: in text the words after {@code HR for}, a {@code for <endpoint>}
 * after it, or the nearest mention before it in its sentence; in a table the row label, column header or caption).
 */
public final class HazardRatioExtractor implements Extractor {
    static final int MAX_SENTENCE = 2000;
    private static final int LOOKAHEAD = 160;

    @Override
    public String name() {
        return "hazard-ratio";
    }

    @Override
    public String version() {
        return "1.8";
    }

    @Override
    public EvidenceType type() {
        return EvidenceType.HAZARD_RATIO;
    }

    @Override
    public List<Finding> extract(Passage passage, ExtractionContext context) {
        List<Finding> cells = new ArrayList<>(passage.table() == null ? List.of() : TableCellHazardRatios.extract(this, passage));
        List<Finding> more = new ArrayList<>(HrRows.extract(this, passage));
        more.addAll(GluedEstimates.extract(this, passage));
        for (Finding f : more) {
            if (cells.stream().noneMatch(o -> o.passageStart() < f.passageEnd() && f.passageStart() < o.passageEnd())) cells.add(f);
        }
        List<Finding> read = read(passage);
        if (cells.isEmpty()) return read;
        List<Finding> out = new ArrayList<>(cells);
        for (Finding f : read) {
            if (out.stream().noneMatch(o -> o.passageStart() < f.passageEnd() && f.passageStart() < o.passageEnd())) out.add(f);
        }
        return out;
    }

    /** Hazard ratios read from the passage text (prose and tab-separated table rows), without the table grid. */
    private List<Finding> read(Passage passage) {
        List<Finding> out = new ArrayList<>();
        String text = DecimalCommas.view(passage.text());
        boolean tabbed = passage.kind() == PassageKind.TABLE && text.indexOf('\t') >= 0;
        if (tabbed) out.addAll(TableHazardRatios.extract(this, passage));
        // a window holding no HR word has no HR match (a match ends inside its window): skip its regex search
        int[] words = HazardSyntax.hrWords(text);
        if (words.length == 0) return out;
        if (tabbed) {
            for (TableRows.Row row : TableRows.parse(text)) {
                if (HazardSyntax.anyIn(words, row.start(), row.end())) scan(passage, text, row.start(), row.end(), out);
            }
            return out;
        }
        List<Span> sentences = passage.sentences().isEmpty() ? List.of(new Span(0, text.length())) : passage.sentences();
        for (Span s : sentences) {
            int end = Math.min(s.end(), text.length());
            int before = out.size();
            for (int from = s.start(); from < end; from += MAX_SENTENCE - LOOKAHEAD) {
                int to = Math.min(end, from + MAX_SENTENCE);
                if (HazardSyntax.anyIn(words, from, to)) scan(passage, text, from, to, out);
                if (from + MAX_SENTENCE >= end) break;
            }
            if (out.size() > before) dropDesignValues(out, before, text.substring(s.start(), end));
        }
        return out;
    }

    /**
     * Drops the CI-less hazard ratios found from {@code from} on when their sentence is a design sentence ({@code to
     * detect a hazard ratio of 0.75 with 80% power}): a power calculation's target, not a result (FORMAT.md's rulings).
     * A ratio with a CI is an estimate and stays.
     */
    private static void dropDesignValues(List<Finding> out, int from, String sentence) {
        boolean anyWithoutCi = false;
        for (int i = from; i < out.size(); i++) anyWithoutCi |= ((Fact.HazardRatio) out.get(i).fact()).ciLow() == null;
        if (!anyWithoutCi || !DesignSentences.isDesign(sentence)) return;
        for (int i = out.size() - 1; i >= from; i--) {
            if (((Fact.HazardRatio) out.get(i).fact()).ciLow() == null) out.remove(i);
        }
    }

    private void scan(Passage passage, String text, int from, int to, List<Finding> out) {
        Matcher m = HazardSyntax.HR.matcher(text).useTransparentBounds(true).region(from, to);
        int pos = from;
        while (pos < to && m.region(pos, to).find()) {
            String adj = m.group("adj") == null ? "" : m.group("adj").toLowerCase(java.util.Locale.ROOT);
            boolean adjusted = m.group("abbr") != null || (!adj.isEmpty() && !adj.startsWith("un")
                    && !adj.startsWith("univ") && !adj.equals("overall") && !adj.equals("corresponding"));
            boolean longGap = m.group("gap") != null && m.group("gap").length() > HazardSyntax.SHORT_GAP;
            boolean covariate = Covariates.described(m.group("gap")) || Covariates.clause(text, from, m.start());
            HazardEndpoints.Named said = HazardEndpoints.described(m.group("gap"));
            HazardEndpoints.Named head = said != null ? said : HazardEndpoints.before(text, from, m.start());
            int end = withCi(passage, text, m.start(), m.end(), Double.parseDouble(m.group("value")), to, adjusted,
                    covariate, said, head, !longGap, out);
            if (longGap && end < 0) {
                pos = m.start("gap");
                continue;
            }
            Matcher next = HazardSyntax.NEXT.matcher(text).useTransparentBounds(true);
            for (int i = 0; i < 4 && end > 0; i++) {
                next.region(end, Math.min(to, end + LOOKAHEAD));
                if (!next.lookingAt()) break;
                HazardEndpoints.Named near = HazardEndpoints.before(text, end, next.start("value"));
                int e = withCi(passage, text, next.start("value"), next.end(), Double.parseDouble(next.group("value")),
                        to, adjusted, covariate, null, near != null ? near : head, false, out);
                if (e < 0) break;
                end = e;
            }
            pos = Math.max(Math.abs(end), m.start() + 1);
        }
    }

    /**
     * Reads the CI and p-value after a value ending at {@code valueEnd} and adds the finding. Returns the end
     * of what was read, negated when no CI followed; with {@code ciOptional} false nothing is added then. The endpoint
     * is the first that {@code said} (the words after {@code HR for}), a {@code for <endpoint>} after the value, its
     * CI or its p-value, or {@code near} (the nearest mention before) names ({@link HazardEndpoints}).
     */
    private int withCi(Passage passage, String text, int start, int valueEnd, double value, int to, boolean adjusted,
                       boolean covariate, HazardEndpoints.Named said, HazardEndpoints.Named near, boolean ciOptional,
                       List<Finding> out) {
        Matcher ci = HazardSyntax.CI.matcher(text).useTransparentBounds(true);
        ci.region(valueEnd, Math.min(to, valueEnd + LOOKAHEAD));
        boolean found = ci.lookingAt() && (ci.group("open") != null || ci.group("label") != null
                || HazardSyntax.bareCi(text, ci, value, to));
        if (!found) {
            Matcher gap = HazardSyntax.VALUE_GAP.matcher(text).useTransparentBounds(true).region(valueEnd, Math.min(to, valueEnd + LOOKAHEAD));
            if (gap.lookingAt()) {
                ci.region(gap.end(), Math.min(to, gap.end() + LOOKAHEAD));
                found = ci.lookingAt() && ci.group("label") != null;
            }
        }
        if (!found) {
            if (ciOptional) {
                String endpoint = HazardEndpoints.listedAfter(text, valueEnd, to) ? null
                        : HazardEndpoints.first(said, HazardEndpoints.after(text, valueEnd, to), near);
                Finding f = finding(passage, start, valueEnd, value, null, null, null, null, adjusted, covariate, endpoint);
                if (f != null) out.add(f);
            }
            return -valueEnd;
        }
        double low = Double.parseDouble(ci.group("low"));
        double high = Double.parseDouble(ci.group("high"));
        int end = closed(text, ci, to);
        Relation pRel = null;
        Double pValue = null;
        int pEnd = -1;
        Matcher p = HazardSyntax.P.matcher(text).useTransparentBounds(true).region(end, Math.min(to, end + LOOKAHEAD));
        if (p.lookingAt()) {
            pRel = PValueSyntax.relation(p.group("rel"));
            pValue = PValueSyntax.parseNumber(p.group("num"));
            pEnd = p.end();
        }
        String endpoint = HazardEndpoints.listedAfter(text, end, to) ? null
                : HazardEndpoints.first(said, HazardEndpoints.after(text, valueEnd, to), HazardEndpoints.after(text, end, to),
                        HazardEndpoints.after(text, pEnd, to), near);
        Finding f = finding(passage, start, end, value, low, high, pRel, pValue, adjusted, covariate, endpoint);
        if (f != null) out.add(f);
        return end;
    }

    /**
     * The end of a CI opened with a bracket, past its closing bracket ({@code [0.53, 0.95]}, not {@code [0.53, 0.95}),
     * so that the quote reads as printed; else the end of the match.
     */
    private static int closed(String text, Matcher ci, int to) {
        int end = ci.end();
        if (ci.group("open") == null) return end;
        int i = end;
        while (i < to && i < end + 2 && text.charAt(i) == ' ') i++;
        return i < to && (text.charAt(i) == ')' || text.charAt(i) == ']') ? i + 1 : end;
    }

    /**
     * A finding for one HR, rejected when its CI is impossible; null when the value is not an HR at all.
     * {@code covariate} and {@code endpoint}: see {@link Fact.HazardRatio}, {@link Covariates} and {@link HazardEndpoints}.
     */
    Finding finding(Passage passage, int start, int end, double value, Double low, Double high, Relation pRel,
                    Double pValue, boolean adjusted, boolean covariate, String endpoint) {
        if (value <= 0 || (low == null && value >= 20) || value > 100) return null;
        if (low == null && value == 1.0 && passage.kind() == PassageKind.TABLE) return null; // a reference level
        Fact.HazardRatio fact = new Fact.HazardRatio(value, low, high, pRel, pValue, adjusted, covariate, endpoint);
        Finding f = Findings.of(this, passage, fact, start, end, low == null ? 0.75 : 0.9, null, false);
        if (low == null) return f;
        if (low > high) return f.rejected("CI bounds reversed");
        if (value < low - 1e-9 || value > high + 1e-9) return f.rejected("CI excludes the estimate");
        return f;
    }
}
