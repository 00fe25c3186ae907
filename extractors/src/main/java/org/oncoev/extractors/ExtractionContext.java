package org.oncoev.extractors;

import java.util.List;
import org.oncoev.extractors.abbrev.Abbreviations;

/**
 * What an extractor may know about the whole document while reading one passage: its title, the arm
 * labels found in it (for example {@code ATRA plus FOLFOX4}, {@code FOLFOX4 alone}) and the abbreviations it
 * defines ({@code bevacizumab (Bev)}). Immutable.
 */
public record ExtractionContext(String title, List<String> armLabels, Abbreviations abbreviations) {
    public ExtractionContext {
        armLabels = List.copyOf(armLabels);
        abbreviations = abbreviations == null ? Abbreviations.none() : abbreviations;
    }

    /** A context without abbreviation definitions. */
    public ExtractionContext(String title, List<String> armLabels) {
        this(title, armLabels, Abbreviations.none());
    }

    public static ExtractionContext empty() {
        return new ExtractionContext(null, List.of());
    }
}
