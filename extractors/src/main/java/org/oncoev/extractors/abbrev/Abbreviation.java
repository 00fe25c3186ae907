package org.oncoev.extractors.abbrev;

/**
 * One abbreviation a document defines: the short form as written ({@code 5-FU}, {@code Bev}, {@code P}) and
 * the long form it stands for ({@code 5-fluorouracil}, {@code bevacizumab}, {@code paclitaxel}). Immutable.
 */
public record Abbreviation(String shortForm, String longForm) {
    public Abbreviation {
        if (shortForm == null || shortForm.isBlank()) throw new IllegalArgumentException("blank short form");
        if (longForm == null || longForm.isBlank()) throw new IllegalArgumentException("blank long form");
    }
}
