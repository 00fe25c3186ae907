package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The arms of one document ({@link ArmCatalog} builds them) and where a sentence names them. {@code randomised}
 * tells that a design sentence assigned patients to these arms, so a regimen stated once is a dose of each.
 * Immutable and thread-safe.
 */
public final class StudyArms {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final StudyArms NONE = new StudyArms(List.of(), false, List.of());
    private static final int MAX_SENTENCE = 3000;

    /** An arm named at sentence characters {@code [start, end)}. */
    public record Mention(int arm, int start, int end) {}

    private final List<StudyArm> arms;
    private final boolean randomised;
    private final List<Integer> primary;
    private final java.util.Map<Integer, String> fullNames;

    public StudyArms(List<StudyArm> arms, boolean randomised) {
        this(arms, randomised, List.of());
    }

    /** {@code primary}: indexes of the arms a design sentence randomises patients to, in its order. */
    public StudyArms(List<StudyArm> arms, boolean randomised, List<Integer> primary) {
        this(arms, randomised, primary, java.util.Map.of());
    }

    /** {@code fullNames}: by arm index, the arm's name with the treatment all arms share ({@link SharedBackbone}). */
    public StudyArms(List<StudyArm> arms, boolean randomised, List<Integer> primary, java.util.Map<Integer, String> fullNames) {
        this.arms = List.copyOf(arms);
        this.randomised = randomised;
        this.primary = List.copyOf(primary);
        this.fullNames = java.util.Map.copyOf(fullNames);
    }

    /** The name findings of arm {@code i} are reported under: its label, continued by a shared backbone where written. */
    public String fullName(int i) {
        return fullNames.getOrDefault(i, arms.get(i).label());
    }

    /** Indexes of the arms the design sentence names, in its order (empty when no sentence names two). */
    public List<Integer> primary() {
        return primary;
    }

    public static StudyArms none() {
        return NONE;
    }

    public List<StudyArm> arms() {
        return arms;
    }

    public boolean randomised() {
        return randomised;
    }

    public boolean isEmpty() {
        return arms.isEmpty();
    }

    /** The labels of the arms, in order. */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        for (StudyArm a : arms) out.add(a.label());
        return out;
    }

    /** The arm a phrase names (by alias or by treatment key), or -1. */
    public int indexOf(String phrase) {
        if (phrase == null) return -1;
        String p = normal(phrase);
        for (int i = 0; i < arms.size(); i++) {
            if (arms.get(i).label().equalsIgnoreCase(phrase.strip())) return i;
            for (String alias : arms.get(i).aliases()) if (alias.equalsIgnoreCase(p)) return i;
        }
        String key = ArmResolver.keyOf(phrase);
        if (key.isEmpty()) return -1;
        int hit = -1;
        for (int i = 0; i < arms.size(); i++) {
            if (key.equals(ArmResolver.keyOf(arms.get(i).label()))) {
                if (hit >= 0) return -1;
                hit = i;
            }
        }
        return hit;
    }

    /**
     * The arm names in {@code sentence}, left to right, longest alias first where two overlap; an alias matches
     * whole words only, case-insensitively (short all-capital aliases keep their case).
     */
    public List<Mention> mentions(String sentence) {
        List<Mention> found = new ArrayList<>();
        if (sentence == null || arms.isEmpty()) return found;
        String s = sentence.length() > MAX_SENTENCE ? sentence.substring(0, MAX_SENTENCE) : sentence;
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < arms.size(); i++) {
            for (String alias : arms.get(i).aliases()) {
                boolean exact = ArmNames.isShortCapitals(alias);
                String hay = exact ? s : lower;
                for (int at = hay.indexOf(alias); at >= 0; at = hay.indexOf(alias, at + 1)) {
                    int end = at + alias.length();
                    if (!wordEdge(s, at - 1) || !wordEdge(s, end)) continue;
                    found.add(continued(s, at, end, i));
                }
            }
        }
        lettered(s, found);
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<Mention> out = new ArrayList<>();
        int covered = -1;
        for (Mention m : found) {
            if (m.start() < covered) continue;
            if (m.arm() >= 0) out.add(m);
            covered = m.end();
        }
        return out;
    }

    static final java.util.regex.Pattern LETTER_PAIR = java.util.regex.Pattern.compile(
            "(?i)\\b(arm|group|cohort)s\\s+([A-D]|[1-4]|I{1,3}|IV)\\s*(?:,|and|&|or|vs\\.?|versus)\\s*([A-D]|[1-4]|I{1,3}|IV)\\b");

    /** Every {@link #LETTER_PAIR} match holds one of these plural nouns (folded as the regex folds at least). */
    private static final org.oncoev.extractors.text.Keywords LETTER_PAIR_NOUNS =
            new org.oncoev.extractors.text.Keywords("arms", "groups", "cohorts");

    /** Lettered arms named together ({@code arms A and B}): one mention for each letter. */
    private void lettered(String s, List<Mention> found) {
        if (!LETTER_PAIR_NOUNS.in(s)) return;
        java.util.regex.Matcher m = LETTER_PAIR.matcher(s);
        while (m.find()) {
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            int a = indexOf(noun + " " + m.group(2));
            int b = indexOf(noun + " " + m.group(3));
            if (a >= 0) found.add(new Mention(a, m.start(), m.start(3) - 1));
            if (b >= 0) found.add(new Mention(b, m.start(3), m.end()));
        }
    }

    /**
     * The mention of a name that the text may continue with more treatment ({@code TACE plus IMRT} in {@code TACE plus
     * IMRT plus sorafenib}): the whole phrase, as the arm it names or as arm -1 (no arm) when it names none.
     */
    private Mention continued(String s, int at, int end, int arm) {
        ArmPhrases.ArmPhrase phrase = ArmPhrases.startingAt(s, at);
        if (phrase == null || phrase.start() != at || phrase.end() <= end) return new Mention(arm, at, end);
        String tail = s.substring(end, phrase.end()).toLowerCase(Locale.ROOT).strip();
        if (tail.equals("alone") || tail.equals("only") || tail.equals("monotherapy")) return new Mention(arm, at, end);
        return new Mention(indexOf(phrase.label()), at, phrase.end());
    }

    private static boolean wordEdge(String s, int i) {
        if (i < 0 || i >= s.length()) return true;
        char c = s.charAt(i);
        return !Character.isLetterOrDigit(c) && c != '-' && c != '+' && c != '/';
    }

    /** Lower-case, single-spaced, stripped. */
    static String normal(String s) {
        return RX_SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
