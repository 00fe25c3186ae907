package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Needle;

/**
 * A document's evidence passages as {@link ArmDetector} and {@link ArmCatalog} read them: each text cut to
 * {@value #MAX_PASSAGE_CHARS} characters, lower-cased ({@link Locale#ROOT}) once, with the positions of its arm nouns
 * ({@link ArmNounWindows#nounStarts}) and of {@code cohort} ({@link #cohortStarts}) found once for both. Immutable.
 */
public final class ArmTexts {
    static final int MAX_PASSAGE_CHARS = 100_000;

    /** One passage's text, lower-cased text, whether it is a table, and its arm-noun and {@code cohort} positions. */
    record Text(String text, String lower, boolean table, int[] nouns, int[] cohorts) {}

    private final List<Text> texts;

    private ArmTexts(List<Text> texts) {
        this.texts = List.copyOf(texts);
    }

    /** The evidence-carrying passages of {@code document}, in order. */
    public static ArmTexts of(Document document) {
        List<Text> out = new ArrayList<>();
        for (Passage p : document.passages()) {
            if (!p.kind().carriesEvidence()) continue;
            String text = p.text().length() > MAX_PASSAGE_CHARS ? p.text().substring(0, MAX_PASSAGE_CHARS) : p.text();
            String lower = text.toLowerCase(Locale.ROOT);
            out.add(new Text(text, lower, p.kind() == PassageKind.TABLE, ArmNounWindows.nounStarts(text, lower),
                    cohortStarts(text, lower)));
        }
        return new ArmTexts(out);
    }

    private static final Needle COHORT = Needle.of("cohort");

    /**
     * Every position where {@code cohort} starts, folded ({@link Folded}), in order; found in {@code lower} (the text
     * lower-cased, or null) when it is as long as the text (then index-aligned: no character but an ASCII capital
     * lower-cases onto these letters).
     */
    static int[] cohortStarts(String text, String lower) {
        if (lower != null && lower.length() == text.length()) return ArmNounWindows.occurrences(lower, COHORT);
        int[] out = new int[4];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Folded.startsWith(text, i, "cohort")) continue;
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    List<Text> texts() {
        return texts;
    }
}
