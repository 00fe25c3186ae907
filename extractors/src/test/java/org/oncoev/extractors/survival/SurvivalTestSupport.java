package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/** Builds passages from test sentences and renders survival findings as short comparable strings. */
final class SurvivalTestSupport {
    private static final SurvivalExtractor EXTRACTOR = new SurvivalExtractor();

    private SurvivalTestSupport() {}

    static Passage passage(String text, PassageKind kind) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < text.length(); i++) { starts[i] = 100 + i; ends[i] = 101 + i; }
        return new Passage(0, 0, kind, text, starts, ends, List.of(), null);
    }

    static List<Finding> extract(String text) {
        return EXTRACTOR.extract(passage(text, PassageKind.BODY), ExtractionContext.empty());
    }

    static List<Finding> extract(String text, List<String> armLabels) {
        return EXTRACTOR.extract(passage(text, PassageKind.BODY), new ExtractionContext(null, armLabels));
    }

    /** Accepted facts as {@code OS median 14 months}, {@code OS median 3-5 months ci 1-2}, {@code PFS rate@12 64.7}. */
    static List<String> facts(String text) {
        List<String> out = new ArrayList<>();
        for (Finding f : extract(text)) if (f.accepted()) out.add(render((Fact.Survival) f.fact()));
        return out;
    }

    static String render(Fact.Survival s) {
        StringBuilder sb = new StringBuilder(s.endpoint()).append(' ').append(s.measure());
        if (s.measure().equals("rate")) sb.append('@').append(s.timeMonths() == null ? "null" : num(s.timeMonths()));
        sb.append(' ').append(num(s.value()));
        if (s.valueMax() != null) sb.append('-').append(num(s.valueMax()));
        if (s.measure().equals("median")) sb.append(' ').append(s.unit());
        if (s.ciLow() != null) sb.append(" ci ").append(num(s.ciLow())).append('-').append(num(s.ciHigh()));
        return sb.toString();
    }

    static String num(double d) {
        if (d == Math.rint(d)) return String.valueOf((long) d);
        return String.format(Locale.ROOT, "%.2f", d).replaceAll("0+$", "");
    }
}
