package org.oncoev.extractors.survival;

import java.util.List;
import org.oncoev.extractors.survival.ArmMentions.Arm;

/**
 * The sentence's own arm mentions, those carried from the sentence before and the document's arm labels.
 * A two-group list with one arm named takes the document's other label for the other group; a subgroup
 * the list reports on ({@code in patients with X (...)}, {@code ... in A for X,}) qualifies its arms.
 */
record SentenceArms(List<Arm> own, List<Arm> carried, List<String> labels) {
    String[] assign(String s, int groups, int start, int end, int floor) {
        if (own.isEmpty() && groups > 1 && carried.size() == groups) {
            String[] out = new String[groups];
            for (int i = 0; i < groups; i++) out[i] = carried.get(i).label();
            return out;
        }
        String[] out = ArmMentions.assign(s, own, groups, start, end, floor);
        ArmMentions.completePair(out, labels);
        String sub = ArmMentions.subgroup(s, own, start, end);
        for (int i = 0; sub != null && i < out.length; i++) if (out[i] != null) out[i] = out[i] + ", " + sub;
        return out;
    }

    /** One arm for every value of a list that gives one value per endpoint. */
    String[] single(String s, int n, int start, int end, int floor) {
        String[] out = new String[n];
        java.util.Arrays.fill(out, assign(s, 1, start, end, floor)[0]);
        return out;
    }
}
