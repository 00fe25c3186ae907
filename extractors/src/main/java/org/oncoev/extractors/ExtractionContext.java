package org.oncoev.extractors;

import java.util.List;

/**
 * What an extractor may know about the whole document while reading one passage: its title and the arm
 * labels found in it (for example {@code ATRA plus FOLFOX4}, {@code FOLFOX4 alone}). Immutable.
 */
public record ExtractionContext(String title, List<String> armLabels) {
    public ExtractionContext {
        armLabels = List.copyOf(armLabels);
    }

    public static ExtractionContext empty() {
        return new ExtractionContext(null, List.of());
    }
}
