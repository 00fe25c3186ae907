package org.oncoev.extractors;

import java.util.List;
import org.oncoev.extractors.arms.StudyArms;

/**
 * What an extractor may know about the whole document while reading one passage: its title, the arm
 * labels found in it (for example {@code ATRA plus FOLFOX4}, {@code FOLFOX4 alone}) and its arms as entities
 * (names, aliases, sizes; {@link StudyArms}). Immutable.
 */
public record ExtractionContext(String title, List<String> armLabels, StudyArms arms) {
    public ExtractionContext {
        armLabels = List.copyOf(armLabels);
        arms = arms == null ? StudyArms.none() : arms;
    }

    /** A context without arm entities. */
    public ExtractionContext(String title, List<String> armLabels) {
        this(title, armLabels, StudyArms.none());
    }

    public static ExtractionContext empty() {
        return new ExtractionContext(null, List.of());
    }
}
