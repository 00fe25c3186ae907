package org.oncoev.extractors;

import java.util.List;
import org.oncoev.extractors.abbrev.Abbreviations;
import org.oncoev.extractors.arms.StudyArms;

/**
 * What an extractor may know about the whole document while reading one passage: its title, the arm
 * labels found in it (for example {@code ATRA plus FOLFOX4}, {@code FOLFOX4 alone}), the abbreviations it
 * defines ({@code bevacizumab (Bev)}) and its arms as entities (names, aliases, design order; {@link StudyArms}).
 * Immutable.
 */
public record ExtractionContext(String title, List<String> armLabels, Abbreviations abbreviations, StudyArms arms) {
    public ExtractionContext {
        armLabels = List.copyOf(armLabels);
        abbreviations = abbreviations == null ? Abbreviations.none() : abbreviations;
        arms = arms == null ? StudyArms.none() : arms;
    }

    /** A context without arm entities. */
    public ExtractionContext(String title, List<String> armLabels, Abbreviations abbreviations) {
        this(title, armLabels, abbreviations, StudyArms.none());
    }

    /** A context without abbreviation definitions and arm entities. */
    public ExtractionContext(String title, List<String> armLabels) {
        this(title, armLabels, Abbreviations.none(), StudyArms.none());
    }

    public static ExtractionContext empty() {
        return new ExtractionContext(null, List.of());
    }
}
