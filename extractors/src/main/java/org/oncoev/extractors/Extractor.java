package org.oncoev.extractors;

import java.util.List;
import org.oncoev.corpus.Passage;

/**
 * Finds one type of evidence in a passage. Implementations are pure and thread-safe: no I/O, no mutable
 * shared state, the same findings for the same input. They bound their own work (regex time, input
 * length) and never throw on odd text. Findings carry offsets both into the passage and into the
 * document's source text (via {@link Passage#sourceStart(int)} and {@link Passage#sourceEnd(int)}).
 */
public interface Extractor {
    /** Stable name stored with each finding, e.g. {@code p-value}. */
    String name();

    /** Version stored with each finding; bump it when the extractor's behaviour changes. */
    String version();

    EvidenceType type();

    List<Finding> extract(Passage passage, ExtractionContext context);
}
