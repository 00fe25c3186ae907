package org.oncoev.extractors.arms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/**
 * Where findings were read, as keys, and which keys several findings share: the per-arm copies of one value (one
 * text span read as a finding for each arm), which the arm rules leave as the extractor made them. Pure.
 */
final class FindingSpans {
    private FindingSpans() {}

    /** Where a finding was read: type, passage and characters. */
    static String span(Finding f) {
        return f.type() + "|" + f.passageOrdinal() + "|" + f.passageStart() + "|" + f.passageEnd();
    }

    /**
     * What makes two findings copies of one value for several arms: the same span and, for doses, the same agent
     * and amount ({@code drug A/drug B (90/600 mg/m2)} reads two doses from one span, which are no copies).
     */
    static String copyKey(Finding f) {
        if (f.fact() instanceof Fact.Dose d) return span(f) + "|" + d.agent() + "|" + d.amount();
        return span(f);
    }

    /** The keys that two or more of {@code findings} share. */
    static Set<String> shared(List<Finding> findings, Function<Finding, String> key) {
        return shared(keys(findings, key));
    }

    /** {@code key} of each finding, in order: made once, for callers that look them up again. */
    static String[] keys(List<Finding> findings, Function<Finding, String> key) {
        String[] out = new String[findings.size()];
        for (int i = 0; i < out.length; i++) out[i] = key.apply(findings.get(i));
        return out;
    }

    /** The keys that occur two or more times. */
    static Set<String> shared(String[] keys) {
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (String k : keys) if (!seen.add(k)) shared.add(k);
        return shared;
    }
}
