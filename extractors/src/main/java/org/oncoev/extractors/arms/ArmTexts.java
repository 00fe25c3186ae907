package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;

/**
 * A document's evidence passages as {@link ArmDetector} and {@link ArmCatalog} read them: each text cut to
 * {@value #MAX_PASSAGE_CHARS} characters, lower-cased ({@link Locale#ROOT}) once, with the positions of its arm nouns
 * ({@link ArmNounWindows#nounStarts}) found once for both. Immutable.
 */
public final class ArmTexts {
    static final int MAX_PASSAGE_CHARS = 100_000;

    /** One passage's text, lower-cased text, whether it is a table, and its arm-noun positions. */
    record Text(String text, String lower, boolean table, int[] nouns) {}

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
            out.add(new Text(text, lower, p.kind() == PassageKind.TABLE, ArmNounWindows.nounStarts(text, lower)));
        }
        return new ArmTexts(out);
    }

    List<Text> texts() {
        return texts;
    }
}
