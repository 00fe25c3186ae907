package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Span;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;

/**
 * Document-level post-processing of findings, in passage order: marks findings whose sentence reports
 * another study as cited (table cells are taken as the paper's own); gives an own-study cohort without an arm the arm of the nearest arm cohort of
 * the same size (the same arm mentioned again); rejects own arm sizes that exceed the stated total.
 * Contradictory statements are left as separate findings, each with its own provenance. Pure.
 */
public final class DocumentChecks {
    private DocumentChecks() {}

    /** Applies all checks; returns a new list in the same order. */
    public static List<Finding> apply(Document document, List<Finding> findings) {
        List<Finding> out = markCited(document, findings);
        out = inheritArms(out);
        return rejectOversizedArms(out);
    }

    /** Sets {@code cited} on findings whose sentence (or its continuation of a cited one) cites other work. */
    public static List<Finding> markCited(Document document, List<Finding> findings) {
        Map<Integer, Passage> byOrdinal = new HashMap<>();
        for (Passage p : document.passages()) byOrdinal.put(p.ordinal(), p);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Passage p = byOrdinal.get(f.passageOrdinal());
            if (f.cited() || p == null || p.kind() == PassageKind.TABLE) { out.add(f); continue; }
            String[] sentences = sentenceAndPrevious(p, f.passageStart());
            out.add(CitationCues.cited(sentences[0], sentences[1]) ? f.withCited(true) : f);
        }
        return out;
    }

    /** Own cohorts without an arm take the arm of the nearest own arm cohort of the same size. */
    public static List<Finding> inheritArms(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            if (!isOwnCohort(f) || f.arm() != null) continue;
            int size = ((Fact.Cohort) f.fact()).size();
            String best = null;
            int distance = Integer.MAX_VALUE;
            for (int j = 0; j < out.size(); j++) {
                Finding g = out.get(j);
                if (j == i || !isOwnCohort(g) || g.arm() == null || ((Fact.Cohort) g.fact()).size() != size) continue;
                if (Math.abs(j - i) < distance) { distance = Math.abs(j - i); best = g.arm(); }
            }
            if (best != null) out.set(i, f.withArm(best));
        }
        return out;
    }

    /**
     * Own arm cohorts larger than the largest own whole-study cohort are rejected with the reason, provided
     * another own arm fits within that total (otherwise the "total" is more likely a subgroup than the study).
     */
    public static List<Finding> rejectOversizedArms(List<Finding> findings) {
        int total = -1;
        for (Finding f : findings) {
            if (isOwnCohort(f) && f.arm() == null) total = Math.max(total, ((Fact.Cohort) f.fact()).size());
        }
        if (total < 0) return findings;
        boolean armFits = false;
        for (Finding f : findings) {
            if (isOwnCohort(f) && f.arm() != null && ((Fact.Cohort) f.fact()).size() <= total) armFits = true;
        }
        if (!armFits) return findings;
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (isOwnCohort(f) && f.arm() != null && ((Fact.Cohort) f.fact()).size() > total) {
                out.add(f.rejected("arm size " + ((Fact.Cohort) f.fact()).size() + " exceeds the stated total of "
                        + total + " patients"));
            } else out.add(f);
        }
        return out;
    }

    private static boolean isOwnCohort(Finding f) {
        return f.type() == EvidenceType.COHORT && f.accepted() && !f.cited();
    }

    /** The sentence of {@code passage} containing {@code at}, and the one before it (or null). */
    static String[] sentenceAndPrevious(Passage passage, int at) {
        String text = passage.text();
        List<Span> spans = passage.sentences();
        Span prev = null;
        for (Span s : spans) {
            if (at >= s.start() && at < s.end() && s.end() <= text.length()) {
                return new String[] {s.coveredText(text), prev == null ? null : prev.coveredText(text)};
            }
            prev = s;
        }
        int start = Math.max(0, at - 300);
        int end = Math.min(text.length(), at + 300);
        return new String[] {text.substring(start, end), null};
    }
}
