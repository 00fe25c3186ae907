package org.oncoev.extractors.abbrev;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;

/**
 * The abbreviations one document defines ({@link SchwartzHearst}), computed once before its passages are read.
 * A short form keeps its first definition. {@link #mentions(String)} finds the defined short forms in any
 * text of the document, case-sensitively at word boundaries. Immutable and thread-safe.
 */
public final class Abbreviations {
    private static final int MAX_DEFINITIONS = 1000;
    private static final Abbreviations NONE = new Abbreviations(List.of());

    private final Map<String, Abbreviation> byShortForm;
    /** Short forms by first character, longest first. */
    private final Map<Character, List<Abbreviation>> byFirst;

    private Abbreviations(List<Abbreviation> found) {
        Map<String, Abbreviation> map = new LinkedHashMap<>();
        for (Abbreviation a : found) {
            if (map.size() >= MAX_DEFINITIONS) break;
            map.putIfAbsent(a.shortForm(), a);
        }
        this.byShortForm = Collections.unmodifiableMap(map);
        Map<Character, List<Abbreviation>> first = new HashMap<>();
        for (Abbreviation a : map.values()) first.computeIfAbsent(a.shortForm().charAt(0), k -> new ArrayList<>()).add(a);
        for (List<Abbreviation> list : first.values())
            list.sort((x, y) -> Integer.compare(y.shortForm().length(), x.shortForm().length()));
        this.byFirst = first;
    }

    /** No definitions. */
    public static Abbreviations none() {
        return NONE;
    }

    /** The definitions given (first definition of each short form wins). */
    public static Abbreviations of(List<Abbreviation> definitions) {
        return definitions.isEmpty() ? NONE : new Abbreviations(definitions);
    }

    /** The definitions in the evidence-carrying passages of {@code document}, in passage order. */
    public static Abbreviations of(Document document) {
        List<Abbreviation> found = new ArrayList<>();
        for (Passage p : document.passages()) {
            if (p.kind().carriesEvidence() && p.text().indexOf('(') >= 0) found.addAll(SchwartzHearst.find(p.text()));
        }
        return of(found);
    }

    /** The definitions, one per short form, in the order the document first gives them. */
    public List<Abbreviation> definitions() {
        return List.copyOf(byShortForm.values());
    }

    /** The long form a short form stands for in this document ({@code Bev} -> {@code bevacizumab}). */
    public Optional<String> longForm(String shortForm) {
        Abbreviation a = shortForm == null ? null : byShortForm.get(shortForm);
        return a == null ? Optional.empty() : Optional.of(a.longForm());
    }

    public boolean isEmpty() {
        return byShortForm.isEmpty();
    }

    /**
     * Occurrences of defined short forms in {@code text}, left to right, not overlapping: exact case, not inside a
     * word (no letter or digit just before or after), longest short form first at each position.
     */
    public List<AbbreviationMention> mentions(String text) {
        if (byShortForm.isEmpty() || text == null) return List.of();
        List<AbbreviationMention> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            List<Abbreviation> candidates = byFirst.get(text.charAt(i));
            if (candidates == null || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = -1;
            for (Abbreviation a : candidates) {
                String sf = a.shortForm();
                int e = i + sf.length();
                if (e <= n && regionEquals(text, i, sf) && (e == n || !Character.isLetterOrDigit(text.charAt(e)))) {
                    out.add(new AbbreviationMention(i, e, a));
                    end = e;
                    break;
                }
            }
            i = end > 0 ? end : i + 1;
        }
        return out;
    }

    private static boolean regionEquals(String text, int at, String s) {
        for (int k = 0; k < s.length(); k++) if (text.charAt(at + k) != s.charAt(k)) return false;
        return true;
    }

    @Override
    public String toString() {
        return byShortForm.values().toString();
    }
}
