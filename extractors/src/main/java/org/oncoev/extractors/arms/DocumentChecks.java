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
import org.oncoev.extractors.text.TokenStarts;

/**
 * Document-level post-processing of findings, in passage order: marks findings whose sentence reports
 * another study as cited (table cells are taken as the paper's own); gives an own-study cohort without an arm the arm of the nearest arm cohort of
 * the same size (the same arm mentioned again); gives same-size arms worded two ways one label; rejects one-off
 * smaller header sizes of an arm (analysis subsets) and own arm sizes that exceed the stated total.
 * Contradictory statements are left as separate findings, each with its own provenance. Pure.
 */
public final class DocumentChecks {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private DocumentChecks() {}

    private static final java.util.regex.Pattern SIZE_IN_PARENS =
            java.util.regex.Pattern.compile("\\(\\s?[nN]\\s?[=:]\\s?\\d{1,7}\\s?\\)$");

    /** Applies all checks; returns a new list in the same order. */
    public static List<Finding> apply(Document document, List<Finding> findings) {
        return apply(document, findings, StudyArms.none());
    }

    /** Applies all checks, attributing arms from {@code arms} ({@link ArmAttribution}) after marking cited findings. */
    public static List<Finding> apply(Document document, List<Finding> findings, StudyArms arms) {
        return apply(document, findings, arms, org.oncoev.extractors.abbrev.Abbreviations.none());
    }

    /** As {@link #apply(Document, List, StudyArms)}; groups named by a short form are written out with its long form. */
    public static List<Finding> apply(Document document, List<Finding> findings, StudyArms arms,
                                      org.oncoev.extractors.abbrev.Abbreviations abbreviations) {
        List<Finding> out = markCited(document, findings);
        out = ArmAttribution.apply(document, out, arms, abbreviations);
        out = TableArmColumns.apply(document, out, arms);
        out = PerArmFacts.apply(document, out, arms);
        out = inheritArms(out);
        out = unifyArmLabels(out);
        out = rejectAnalysisSubsets(document, out);
        out = AbbreviatedArmLabels.apply(document, ShortArmNames.apply(rejectOversizedArms(out), arms));
        return GenericArmTreatments.apply(document, out);
    }

    /**
     * Own cohorts of the same size whose arm labels share at least half of the shorter label's words name the
     * same arm ({@code 2 cm resection margin (n=271)} and {@code a wide 2 cm resection margin (n=271)}): later
     * ones take the first label, so one arm is not reported twice.
     */
    public static List<Finding> unifyArmLabels(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            if (!isOwnCohort(f) || f.arm() == null) continue;
            for (int j = 0; j < i; j++) {
                Finding g = out.get(j);
                if (!isOwnCohort(g) || g.arm() == null || g.arm().equals(f.arm())
                        || ((Fact.Cohort) g.fact()).size() != ((Fact.Cohort) f.fact()).size()) continue;
                if (sameArmWords(g.arm(), f.arm())) { out.set(i, f.withArm(g.arm())); break; }
            }
        }
        return out;
    }

    /**
     * Rejects analysis subsets in table headers (or headers flattened into text) ({@code Arm A (n = 59)} in a response table when the arm has 63
     * patients elsewhere): an own table arm size below the largest size stated for that arm, stated only once in
     * the document; and a one-off total in the same header right after such a subset ({@code Total (n = 115)}).
     */
    public static List<Finding> rejectAnalysisSubsets(Document document, List<Finding> findings) {
        Map<Integer, PassageKind> kinds = new HashMap<>();
        Map<Integer, String> texts = new HashMap<>();
        for (Passage p : document.passages()) { kinds.put(p.ordinal(), p.kind()); texts.put(p.ordinal(), p.text()); }
        Map<String, Integer> largest = new HashMap<>();
        Map<Integer, Integer> mentions = new HashMap<>();
        int largestTotal = -1;
        for (Finding f : findings) {
            if (f.type() != EvidenceType.COHORT || !f.accepted()) continue;
            int size = ((Fact.Cohort) f.fact()).size();
            mentions.merge(size, 1, Integer::sum);
            if (f.cited()) continue;
            if (f.arm() != null) largest.merge(f.arm(), size, Math::max);
            else largestTotal = Math.max(largestTotal, size);
        }
        List<Finding> out = new ArrayList<>(findings);
        Finding lastSubset = null;
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            if (!isOwnCohort(f) || !headerSize(f, kinds.get(f.passageOrdinal()))
                    || safetyTable(texts.get(f.passageOrdinal()), f.passageStart())) continue;
            int size = ((Fact.Cohort) f.fact()).size();
            if (mentions.getOrDefault(size, 0) != 1) continue;
            boolean subset = f.arm() != null ? size < largest.getOrDefault(f.arm(), size)
                    : lastSubset != null && lastSubset.passageOrdinal() == f.passageOrdinal() && size < largestTotal
                      && f.passageStart() > lastSubset.passageStart() && f.passageStart() - lastSubset.passageEnd() <= 60;
            if (!subset) continue;
            out.set(i, f.rejected("analysis subset: " + size + " is below the size stated elsewhere for "
                    + (f.arm() != null ? "arm " + f.arm() : "the study")));
            lastSubset = f;
        }
        return out;
    }

    /** A table label: the caption after the last one before a header names the table. */
    private static final java.util.regex.Pattern TABLE_LABEL = java.util.regex.Pattern.compile("(?i)\\btable\\s*\\d+\\b");
    private static final java.util.regex.Pattern SAFETY_WORDS = java.util.regex.Pattern.compile(
            "(?i)^[^\\n]{0,120}?\\b(?:adverse|toxicit|safety)");

    /**
     * True when the last table label within 250 characters before the header at {@code at} starts a caption that
     * names adverse events, toxicity or safety: that table's own size is the safety population, not a subset.
     */
    private static boolean safetyTable(String text, int at) {
        if (text == null || at <= 0 || at > text.length()) return false;
        java.util.regex.Matcher m = TABLE_LABEL.matcher(text).region(Math.max(0, at - 250), at);
        int last = -1;
        while (m.find()) last = m.end();
        return last >= 0 && SAFETY_WORDS.matcher(text.substring(last, at)).find();
    }

    /** Same treatment key (so {@code TACE plus IMRT} differs from {@code TACE plus IMRT plus sorafenib}), most words shared. */
    /**
     * A size from a table header (or a header flattened into text): in a TABLE passage, or written {@code (n = 59)};
     * not a body cell holding a count and its share of the column ({@code 140 (48.6%)}): that row splits its column.
     */
    private static boolean headerSize(Finding f, PassageKind kind) {
        if (SHARE_CELL.matcher(f.raw()).matches()) return false;
        return kind == PassageKind.TABLE || SIZE_IN_PARENS.matcher(f.raw()).find();
    }

    private static final java.util.regex.Pattern SHARE_CELL =
            java.util.regex.Pattern.compile("\\s*[\\d,]{1,9}\\s*(?:\\(\\s*\\d{1,3}(?:[.\u00b7]\\d+)?\\s*%?\\s*\\))?\\s*");

    private static boolean sameArmWords(String a, String b) {
        if (!ArmResolver.keyOf(a).equals(ArmResolver.keyOf(b))) return false;
        List<String> x = armWords(a);
        List<String> y = armWords(b);
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        if (shorter.isEmpty()) return false;
        int shared = 0;
        for (String w : shorter) if (longer.contains(w)) shared++;
        return 2 * shared >= shorter.size() + (shorter.size() == 1 ? 1 : 0);
    }

    private static List<String> armWords(String label) {
        List<String> out = new ArrayList<>();
        for (String w : RX_NON_WORD.split(label.toLowerCase(java.util.Locale.ROOT))) {
            if (!w.isEmpty() && !List.of("the", "a", "an", "total", "group", "arm", "plus", "and", "with").contains(w))
                out.add(w);
        }
        return out;
    }

    /** Sets {@code cited} on findings whose sentence (or its continuation of a cited one) cites other work. */
    public static List<Finding> markCited(Document document, List<Finding> findings) {
        Map<Integer, Passage> byOrdinal = new HashMap<>();
        for (Passage p : document.passages()) byOrdinal.put(p.ordinal(), p);
        List<Finding> out = new ArrayList<>(findings.size());
        // findings of one sentence share its verdict: each sentence is read once
        Map<Long, Boolean> bySentence = new HashMap<>();
        for (Finding f : findings) {
            Passage p = byOrdinal.get(f.passageOrdinal());
            if (f.cited() || p == null || p.kind() == PassageKind.TABLE) { out.add(f); continue; }
            int index = sentenceIndex(p, f.passageStart());
            boolean cited;
            if (index < 0) {
                String[] sentences = sentenceAndPrevious(p, f.passageStart());
                cited = CitationCues.cited(sentences[0], sentences[1]);
            } else {
                cited = bySentence.computeIfAbsent(((long) p.ordinal() << 32) | index, k -> {
                    String[] sentences = sentenceAndPrevious(p, f.passageStart());
                    // the sentence's token starts are cut from the passage's, not found again
                    TokenStarts.slice(p.text(), p.sentences().get(index).start(), sentences[0]);
                    return CitationCues.cited(sentences[0], sentences[1]);
                });
            }
            out.add(cited ? f.withCited(true) : f);
        }
        return out;
    }

    /** Index of the sentence span {@link #sentenceAndPrevious} picks for {@code at}, or -1 when it falls back. */
    private static int sentenceIndex(Passage passage, int at) {
        List<Span> spans = passage.sentences();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (at >= s.start() && at < s.end() && s.end() <= passage.text().length()) return i;
        }
        return -1;
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
