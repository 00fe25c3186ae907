package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.oncoev.extractors.text.Needle;

/**
 * The treatment every arm shares, as the paper writes it after the arm names ({@code drug X plus RT/CT} and
 * {@code placebo plus RT/CT}): when at least two arms are written once or more continued by a treatment phrase
 * with the same key (joined by {@code plus}, {@code +}, {@code with}), each such arm's full name is its label
 * continued as written ({@code drug X plus RT/CT}; the backbone in the words most arms use), so that a reader sees
 * the backbone. A continuation that names
 * another arm is no backbone. Pure; reads each text once per alias, at most {@value #MAX_HITS} places each.
 */
final class SharedBackbone {
    private static final int MAX_HITS = 50;
    private static final int MAX_LABEL = 80;

    private SharedBackbone() {}

    /** Full names by arm index, for the arms that share a backbone; empty when fewer than two do. */
    static Map<Integer, String> of(List<StudyArm> arms, List<String> texts, List<String> lowerTexts) {
        if (arms.size() < 2) return Map.of();
        StudyArms catalog = new StudyArms(arms, false);
        // per arm: tail key -> tail as written (single-spaced, lower-case) -> the continued form
        List<Map<String, Map<String, String>>> tails = new ArrayList<>();
        for (StudyArm arm : arms) tails.add(tailsOf(arm, catalog, texts, lowerTexts));
        Map<String, Integer> shared = new HashMap<>();
        for (Map<String, Map<String, String>> t : tails) for (String key : t.keySet()) shared.merge(key, 1, Integer::sum);
        String best = null;
        for (Map.Entry<String, Integer> e : shared.entrySet()) {
            if (e.getValue() < 2) continue;
            if (best == null || e.getValue() > shared.get(best)) best = e.getKey();
            else if (e.getValue().equals(shared.get(best)) && e.getKey().compareTo(best) < 0) best = e.getKey();
        }
        if (best == null) return Map.of();
        // the backbone as most arms write it, so that all arms carry the same words
        Map<String, Integer> written = new HashMap<>();
        for (Map<String, Map<String, String>> t : tails) {
            if (t.containsKey(best)) for (String w : t.get(best).keySet()) written.merge(w, 1, Integer::sum);
        }
        Map<Integer, String> out = new HashMap<>();
        for (int i = 0; i < arms.size(); i++) {
            Map<String, String> forms = tails.get(i).get(best);
            if (forms == null) continue;
            String form = null;
            int n = -1;
            for (Map.Entry<String, String> f : forms.entrySet()) {
                if (written.get(f.getKey()) > n) { n = written.get(f.getKey()); form = f.getValue(); }
            }
            out.put(i, form);
        }
        return out;
    }

    /** The continuations of one arm's label and aliases in the texts: tail key -> label continued as written. */
    private static Map<String, Map<String, String>> tailsOf(StudyArm arm, StudyArms catalog, List<String> texts,
                                                           List<String> lowerTexts) {
        Map<String, Map<String, String>> out = new HashMap<>();
        String label = arm.label();
        if (ArmResolver.keyOf(label).isEmpty()) return out;
        List<String> names = new ArrayList<>(arm.aliases());
        for (String name : names) {
            if (name.length() < 2) continue;
            boolean exact = ArmNames.isShortCapitals(name);
            String needle = exact ? name : name.toLowerCase(Locale.ROOT);
            Needle search = Needle.of(needle);
            for (int t = 0; t < texts.size(); t++) {
                String text = texts.get(t);
                String hay = exact ? text : lowerTexts.get(t);
                int hits = 0;
                for (int at = search.in(hay); at >= 0 && hits < MAX_HITS; at = search.in(hay, at + 1), hits++) {
                    int end = at + needle.length();
                    if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) continue;
                    String tail = tailAt(text, at, end, catalog);
                    if (tail == null) continue;
                    String key = ArmPhrases.key(tail);
                    String writtenTail = StudyArms.normal(tail);
                    if (key.isEmpty() || out.containsKey(key) && out.get(key).containsKey(writtenTail)
                            || catalog.indexOf(tail) >= 0 || !catalog.mentions(tail).isEmpty()) continue;
                    int cut = text.indexOf(tail, end);
                    String form = squeeze(label + text.substring(end, cut + tail.length()));
                    if (form.length() <= MAX_LABEL) out.computeIfAbsent(key, k -> new java.util.LinkedHashMap<>()).put(writtenTail, form);
                }
            }
        }
        return out;
    }

    /** Words that join the next arm to a phrase ({@code X plus RT and Y plus RT}): cut before the next arm. */
    private static final java.util.regex.Pattern JOINER_END = java.util.regex.Pattern.compile(
            "(?i)[\\s,;]*(?:\\b(?:and|or|versus|vs\\.?|with)\\s*)?$");

    /**
     * The treatment phrase continuing a name at {@code [at, end)} after {@code plus}, {@code +} or {@code with}, up to
     * the next arm it runs into ({@code X plus RT and Y plus RT}); else null.
     */
    static String tailAt(String text, int at, int end, StudyArms catalog) {
        if (!joinedAt(text, end)) return null;
        ArmPhrases.ArmPhrase phrase = ArmPhrases.startingAt(text, at);
        if (phrase == null || phrase.start() != at || phrase.end() <= end + 2) return null;
        String between = text.substring(end, phrase.end());
        String lower = between.toLowerCase(Locale.ROOT).stripLeading();
        String rest;
        if (lower.startsWith("plus ")) rest = between.stripLeading().substring(5);
        else if (lower.startsWith("+")) rest = between.stripLeading().substring(1);
        else if (lower.startsWith("with ")) rest = between.stripLeading().substring(5);
        else return null;
        int next = firstArmName(rest, catalog);
        if (next >= 0) rest = JOINER_END.matcher(rest.substring(0, next)).replaceAll("");
        rest = rest.strip();
        return rest.isEmpty() ? null : rest;
    }

    /**
     * Whether {@code plus }, {@code +} or {@code with } (any case) follows {@code end} after white space: a necessary
     * condition of {@link #tailAt}, tested before its phrase is read.
     */
    private static boolean joinedAt(String text, int end) {
        int k = end;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return text.startsWith("+", k) || text.regionMatches(true, k, "plus ", 0, 5) || text.regionMatches(true, k, "with ", 0, 5);
    }

    /** Where the first arm name (label or alias, whole word) starts in {@code s}, or -1. */
    private static int firstArmName(String s, StudyArms catalog) {
        String lower = s.toLowerCase(Locale.ROOT);
        int first = -1;
        for (StudyArm arm : catalog.arms()) {
            for (String alias : arm.aliases()) {
                boolean exact = ArmNames.isShortCapitals(alias);
                String hay = exact ? s : lower;
                String needle = exact ? alias : alias.toLowerCase(Locale.ROOT);
                for (int at = hay.indexOf(needle); at >= 0 && (first < 0 || at < first); at = hay.indexOf(needle, at + 1)) {
                    int end = at + needle.length();
                    if ((at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)))
                            && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) { first = at; break; }
                }
            }
        }
        return first;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String squeeze(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
