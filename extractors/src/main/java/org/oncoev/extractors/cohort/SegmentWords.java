package org.oncoev.extractors.cohort;

import java.util.ArrayList;
import java.util.List;
import org.oncoev.extractors.text.Keywords;

/**
 * The word gates of one segment found in a single folded pass instead of one pass each: which of the groups
 * {@link #NOUN} ({@link SegmentGates#nounAfterSpace}), {@link #RELATIVE} ({@link SegmentGates#relativeLead}),
 * {@link #TRIGGER} (a word {@link ListTriggers} looks for, folded) and {@link #RUN} (a word of
 * {@link ArmSplits#RUN_WORD_LIST}, folded) occur. A group is set exactly when its own folded search
 * ({@link Keywords#in}) finds one of its words. Stateless.
 */
final class SegmentWords {
    private SegmentWords() {}

    static final int NOUN = 1;
    static final int RELATIVE = 2;
    static final int TRIGGER = 4;
    static final int RUN = 8;
    private static final int ALL = NOUN | RELATIVE | TRIGGER | RUN;

    /** The groups, indexed by bit position. */
    private static final Keywords[] GROUPS = {new Keywords(SegmentGates.SPACED_NOUN_WORDS),
        new Keywords(SegmentGates.RELATIVE_LEAD_WORDS), new Keywords(ListTriggers.WORDS), new Keywords(ArmSplits.RUN_WORD_LIST)};
    /** Every group's words: a position where none starts starts no word of any group. */
    private static final Keywords ANY = any();

    private static Keywords any() {
        List<String> words = new ArrayList<>();
        for (String[] group : List.of(SegmentGates.SPACED_NOUN_WORDS, SegmentGates.RELATIVE_LEAD_WORDS, ListTriggers.WORDS,
                ArmSplits.RUN_WORD_LIST)) words.addAll(List.of(group));
        return new Keywords(words.toArray(new String[0]));
    }

    /** The groups with a word in {@code s}, as a bit set of {@link #NOUN}, {@link #RELATIVE}, {@link #TRIGGER}, {@link #RUN}. */
    static int of(String s) {
        int found = 0;
        for (int at = ANY.indexIn(s, 0); at >= 0 && found != ALL; at = ANY.indexIn(s, at + 1)) {
            for (int g = 0; g < GROUPS.length; g++) {
                if ((found & 1 << g) == 0 && GROUPS[g].at(s, at)) found |= 1 << g;
            }
        }
        return found;
    }
}
