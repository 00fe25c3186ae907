package org.oncoev.corpus.sentence;

import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations that end in a period in scientific prose, and personal initials. {@link #never} names
 * abbreviations after which a sentence practically never ends ({@code vs.}, {@code Fig.}, {@code i.v.});
 * {@link #weak} names those that may also close a sentence ({@code Ltd.}, {@code et al.}, {@code h.}),
 * which hold the sentence together only before a number or a bracket. Stateless.
 */
final class Abbreviations {
    private Abbreviations() {}

    /** Lower-case, without the final period. */
    private static final Set<String> NEVER = Set.of("vs", "v", "i.v", "i.m", "i.p", "s.c", "p.o", "e.g", "i.e",
            "fig", "figs", "no", "nos", "approx", "ca", "cf", "viz", "ref", "refs", "vol", "vols", "pp", "dr",
            "prof", "st", "mr", "mrs", "ms", "b.i.d", "t.i.d", "q.d", "q.i.d", "q.o.d", "eq", "eqs", "tab", "suppl",
            "incl", "univ", "dept", "appr", "pharm", "chem", "lab", "labs", "intl", "natl", "sp", "spp", "var",
            "subsp", "cv", "pt", "pts", "nr", "est", "inj", "soln", "tabl", "caps");
    private static final Set<String> WEAK = Set.of("al", "ltd", "inc", "co", "corp", "jr", "sr", "ed", "eds",
            "resp", "min", "max", "hr", "hrs", "h", "wk", "wks", "mo", "mos", "yr", "yrs", "etc", "u.s", "u.k",
            "wt", "conc", "gmbh", "plc", "bros", "assoc");
    /** Words that name a labelled thing, so {@code Arm B.} ends with a label, not an initial. */
    private static final Set<String> LABEL_NOUNS = Set.of("arm", "arms", "group", "groups", "cohort", "cohorts",
            "stage", "stages", "grade", "grades", "phase", "type", "types", "table", "figure", "fig", "panel",
            "part", "schedule", "regimen", "level", "class", "category", "vitamin", "hepatitis", "protocol",
            "study", "trial", "step", "section", "appendix", "criterion", "zone", "plan", "and", "or", "to",
            "versus", "vs", "sequence", "pattern", "subtype", "subgroup", "block", "region", "site", "line",
            "module", "scenario", "option", "strategy", "treatment", "antigen", "gene", "factor", "point");
    /** Capitalised words that usually open a sentence, so a capital letter before them is not an initial. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "this", "these", "those", "that", "there",
            "in", "a", "an", "we", "our", "patients", "of", "for", "at", "after", "all", "among", "as", "by", "both",
            "however", "thus", "therefore", "although", "when", "while", "with", "no", "median", "overall", "it",
            "its", "on", "one", "two", "three", "five", "ten", "each", "other", "to", "treatment", "survival",
            "finally", "moreover", "furthermore", "similarly", "here", "during", "because", "since", "if",
            "only", "most", "more", "less", "following", "table", "figure", "fig", "results", "data");

    /** True after an abbreviation that never ends a sentence; {@code token} is the word before the split, with its period. */
    static boolean never(String token) {
        return NEVER.contains(key(token));
    }

    /** True after an abbreviation that can end a sentence, e.g. {@code Ltd.}, {@code et al.}, {@code 24 h.}. */
    static boolean weak(String token) {
        return WEAK.contains(key(token));
    }

    /**
     * True when {@code token} (e.g. {@code J.}, {@code (F.}, {@code J.R.}) is a personal initial: the word before
     * it is not a label noun ({@code Arm B.}), and the next word does not usually open a sentence.
     */
    static boolean initial(String token, String previousWord, String nextWord) {
        String t = stripOpen(token);
        if (!t.matches("(?:\\p{Lu}\\.){1,3}")) return false;
        if (!previousWord.isEmpty()) {
            String p = stripOpen(previousWord);
            if (p.isEmpty()) return nextIsName(nextWord);
            if (LABEL_NOUNS.contains(p.toLowerCase(Locale.ROOT).replaceAll("[,;:]$", ""))) return false;
            if (Character.isDigit(p.charAt(p.length() - 1))) return false;
        }
        return nextIsName(nextWord);
    }

    private static boolean nextIsName(String nextWord) {
        String w = nextWord.replaceAll("[^\\p{L}-]", "");
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) return false;
        if (w.chars().filter(Character::isUpperCase).count() > 1 && !w.contains("-")) return false;
        return !SENTENCE_OPENERS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static String key(String token) {
        String t = stripOpen(token).toLowerCase(Locale.ROOT);
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String stripOpen(String token) {
        int i = 0;
        while (i < token.length() && "([{\"'".indexOf(token.charAt(i)) >= 0) i++;
        return token.substring(i);
    }
}
