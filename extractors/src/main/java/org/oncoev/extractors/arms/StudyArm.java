package org.oncoev.extractors.arms;

import java.util.List;

/**
 * One arm (or compared group) of a paper's own study: the short name the paper uses for it ({@code weekly
 * docetaxel}, {@code Arm A}, {@code CRT}), the other forms that name it in the text (lower-case, single-spaced),
 * and its size when a design sentence or {@code (n = 41)} states one (else null). Immutable.
 */
public record StudyArm(String label, List<String> aliases, Integer size) {
    public StudyArm {
        aliases = List.copyOf(aliases);
    }
}
