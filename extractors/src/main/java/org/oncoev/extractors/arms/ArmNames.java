package org.oncoev.extractors.arms;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tests on the form of a written arm name, for {@link ArmCatalog} and the classes that match its names: whether a
 * phrase names an arm at all ({@link #namesArm}), is an abbreviation or short capitals, a lettered arm, names a
 * treatment; and the words two names are compared by ({@link #words}, {@link #sameKey}). Stateless and thread-safe.
 */
final class ArmNames {
    private static final Pattern RX_SPACES = Pattern.compile("\\s+");
    private static final Pattern RX_NUMERIC = Pattern.compile("[\\d.,%]+");
    private static final Pattern RX_LETTERED = Pattern.compile("(?i)(?:arm|group|cohort)\\s+\\S{1,3}");
    private static final Pattern RX_WORD_BREAK = Pattern.compile("[\\s,+]+");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "each",
            "both", "two", "three", "four", "all", "other", "same", "whole", "entire", "study", "treatment", "age", "risk",
            "total", "patient", "patients", "any", "either", "one", "first", "second", "third", "respective", "different",
            "our", "their", "its", "his", "her", "trial", "overall", "population", "subgroup", "subgroups", "per", "by",
            "in", "of", "and", "or", "to", "for", "with", "was", "were", "is", "are", "no", "not", "stage", "former",
            "latter", "above", "following", "previous", "several", "various", "many", "more", "most", "age-matched",
            "between", "versus", "vs", "than", "from", "randomized", "randomised", "intention-to-treat", "itt", "safety",
            "analysis", "cohort", "group", "arm", "arms", "groups", "intervention", "comparator", "reference", "high",
            "low", "poor", "good", "older", "younger", "elderly", "male", "female", "men", "women", "cases");
    private static final Set<String> ARM_WORDS = Set.of("control", "experimental", "placebo", "observation",
            "combination", "standard", "investigational", "surgery", "chemotherapy");
    private static final Set<String> CLOSERS = Set.of("alone", "only", "monotherapy", "arm", "group", "plus", "+",
            "and", "with", "the");

    private ArmNames() {}

    /** A name of a few words, none of them filler, one of them a treatment, a schedule, an abbreviation or an arm word. */
    static boolean namesArm(String name) {
        String[] words = RX_SPACES.split(name);
        boolean naming = false;
        TreatmentVocabulary vocab = TreatmentVocabulary.get();
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(l) || RX_NUMERIC.matcher(l).matches()) return false;
            if (vocab.isTreatment(w) || ARM_WORDS.contains(l) || isAbbreviation(w) || !ArmPhrases.key(w).isEmpty())
                naming = true;
        }
        return naming;
    }

    /** A token with a capital after its first letter or a digit among capitals ({@code DE}, {@code IDD-ETC}, {@code BTH1677}). */
    static boolean isAbbreviation(String w) {
        if (w.length() < 2 || w.length() > 20) return false;
        int caps = 0;
        int lower = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) caps++;
            else if (Character.isLowerCase(c)) lower++;
        }
        return caps >= 2 && caps >= lower;
    }

    /** All capitals (and digits, hyphens) with at most five letters: matched with its case. */
    static boolean isShortCapitals(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c == ' ') return false;
        }
        return letters > 0 && letters <= 5;
    }

    /** Both forms have the same non-empty treatment key ({@code ATRA plus FOLFOX4}, {@code ATRA+ FOLFOX4}). */
    static boolean sameKey(String a, String b) {
        if (!hasTreatment(a) || !hasTreatment(b)) return false;
        String k = ArmResolver.keyOf(a);
        return !k.isEmpty() && k.equals(ArmResolver.keyOf(b));
    }

    /** A lettered arm name: {@code Arm B}, {@code group 2}, {@code cohort II}. */
    static boolean isLettered(String form) {
        return RX_LETTERED.matcher(form).matches();
    }

    /** True when a word of {@code form} names a treatment (not only a schedule, {@code weekly}). */
    static boolean hasTreatment(String form) {
        return hasTreatment(form, RX_SPACES);
    }

    /** As {@link #hasTreatment(String)}, with words split where {@code wordBreak} matches. */
    static boolean hasTreatment(String form, Pattern wordBreak) {
        for (String w : wordBreak.split(form)) {
            if (TreatmentVocabulary.get().isTreatment(w) || isAbbreviation(w)) return true;
        }
        return false;
    }

    /** The words of a name, lower case and canonical, without closers ({@code alone}, {@code arm}, {@code plus}). */
    static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : RX_WORD_BREAK.split(s.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty() || CLOSERS.contains(w)) continue;
            out.add(TreatmentVocabulary.get().canonical(w));
        }
        return out;
    }
}
