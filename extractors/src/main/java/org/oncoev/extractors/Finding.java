package org.oncoev.extractors;

import java.util.Objects;

/**
 * One piece of evidence found in a passage, with its provenance.
 *
 * <p>{@code passageStart}/{@code passageEnd} index {@link org.oncoev.corpus.Passage#text()};
 * {@code sourceStart}/{@code sourceEnd} index the document's source text; {@code raw} is the passage
 * text they cover. {@code arm} is the arm label the text attaches the fact to, or null. {@code cited}
 * is true when the text reports another study's result. {@code rejectedReason} is non-null for a value
 * that failed a sanity check: such findings are kept for review but are not facts.
 */
public record Finding(Fact fact, String raw, int passageOrdinal, int passageStart, int passageEnd,
                      int sourceStart, int sourceEnd, double confidence, String extractor,
                      String extractorVersion, String arm, boolean cited, String rejectedReason) {

    public Finding {
        Objects.requireNonNull(fact);
        Objects.requireNonNull(raw);
    }

    public EvidenceType type() {
        return fact.type();
    }

    public boolean accepted() {
        return rejectedReason == null;
    }

    public Finding withArm(String newArm) {
        return new Finding(fact, raw, passageOrdinal, passageStart, passageEnd, sourceStart, sourceEnd,
                confidence, extractor, extractorVersion, newArm, cited, rejectedReason);
    }

    public Finding withCited(boolean newCited) {
        return new Finding(fact, raw, passageOrdinal, passageStart, passageEnd, sourceStart, sourceEnd,
                confidence, extractor, extractorVersion, arm, newCited, rejectedReason);
    }

    public Finding rejected(String reason) {
        return new Finding(fact, raw, passageOrdinal, passageStart, passageEnd, sourceStart, sourceEnd,
                confidence, extractor, extractorVersion, arm, cited, reason);
    }
}
