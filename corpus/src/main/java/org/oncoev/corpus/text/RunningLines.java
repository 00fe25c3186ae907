package org.oncoev.corpus.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds running heads and feet in a document without page marks: short blocks (at most {@link #MAX_CHARS}
 * characters) repeated at least {@link #MIN_REPEATS} times, each repeat at least {@link #MIN_GAP} source
 * characters after the one before, as a page's head or foot recurs; mostly words (a table row of numbers
 * or a label repeated within one table is no running line), and not a section heading. Stateless.
 */
final class RunningLines {
    static final int MAX_CHARS = 120;
    static final int MIN_REPEATS = 3;
    static final int MIN_GAP = 1000;

    private RunningLines() {}

    /** The normalised texts of the blocks that are running lines. */
    static Set<String> find(List<Block> blocks, List<NormalizedText> texts) {
        Map<String, List<Integer>> starts = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            NormalizedText t = texts.get(i);
            if (t.length() > 0 && t.length() <= MAX_CHARS) starts.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(blocks.get(i).start());
        }
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, List<Integer>> e : starts.entrySet()) {
            List<Integer> at = e.getValue();
            if (at.size() < MIN_REPEATS || !mostlyWords(e.getKey()) || Headings.kindOf(e.getKey()) != null) continue;
            boolean spread = true;
            for (int k = 1; k < at.size() && spread; k++) spread = at.get(k) - at.get(k - 1) >= MIN_GAP;
            if (spread) out.add(e.getKey());
        }
        return out;
    }

    /** At least three letters and twice as many letters as digits. */
    static boolean mostlyWords(String s) {
        int letters = 0, digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) letters++;
            else if (Character.isDigit(c)) digits++;
        }
        return letters >= 3 && letters >= 2 * digits;
    }
}
