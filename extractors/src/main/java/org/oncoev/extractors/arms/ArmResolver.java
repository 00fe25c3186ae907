package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps an arm phrase found next to a fact onto one of the document's arm labels, so that every mention of
 * an arm carries the same label ({@code FOLFOX (n=32)} in a table and {@code FOLFOX4 only} in the text
 * both become {@code FOLFOX4}). Immutable and thread-safe.
 */
public final class ArmResolver {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final Pattern LETTER_ARM = Pattern.compile("(?i)\\b(group|arm|cohort)\\s+([A-D]|[1-4]|I{1,3}|IV)\\b");

    private final List<String> labels;
    private final List<String> keys;

    public ArmResolver(List<String> labels) {
        this.labels = List.copyOf(labels);
        List<String> k = new ArrayList<>();
        for (String l : this.labels) k.add(keyOf(l));
        this.keys = List.copyOf(k);
    }

    public List<String> labels() {
        return labels;
    }

    /** The key of a label: a lettered arm ({@code group a}) or the treatment key of {@link ArmPhrases#key}. */
    public static String keyOf(String label) {
        if (label == null) return "";
        Matcher m = LETTER_ARM.matcher(label.length() > 200 ? label.substring(0, 200) : label);
        if (m.find() && ArmPhrases.key(label).isEmpty()) {
            return m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2).toLowerCase(Locale.ROOT);
        }
        return ArmPhrases.key(label);
    }

    /**
     * The document label that {@code phrase} names: the label with the same key; else the only label whose
     * key words extend the phrase's (or are extended by them, {@code folfox} ~ {@code folfox4}); else
     * {@code phrase} itself (single-spaced), or null for a phrase without a key.
     */
    public String resolve(String phrase) {
        String key = keyOf(phrase);
        if (key.isEmpty()) return null;
        for (int i = 0; i < keys.size(); i++) if (keys.get(i).equals(key)) return labels.get(i);
        String match = null;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).isEmpty() || !similar(key, keys.get(i))) continue;
            if (match != null) return RX_SPACES.matcher(phrase).replaceAll(" ").strip();
            match = labels.get(i);
        }
        return match != null ? match : RX_SPACES.matcher(phrase).replaceAll(" ").strip();
    }

    /** True when {@code phrase} resolves to one of the document's labels. */
    public boolean known(String phrase) {
        String r = resolve(phrase);
        return r != null && labels.contains(r);
    }

    /** Same number of words, each a prefix of its partner (order-insensitive, keys are sorted). */
    public static boolean similarKeys(String a, String b) {
        return similar(a, b);
    }

    private static boolean similar(String a, String b) {
        List<String> x = Arrays.asList(a.split(" "));
        List<String> y = Arrays.asList(b.split(" "));
        if (x.size() != y.size()) return false;
        List<String> rest = new ArrayList<>(y);
        for (String w : x) {
            String hit = null;
            for (String v : rest) {
                if ((v.startsWith(w) || w.startsWith(v)) && Math.min(v.length(), w.length()) >= 3) { hit = v; break; }
            }
            if (hit == null) return false;
            rest.remove(hit);
        }
        return true;
    }
}
