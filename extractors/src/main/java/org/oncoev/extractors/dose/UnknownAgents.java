package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.lexicon.AgentMention;

/**
 * Recognises drug names missing from the lexicon by their stems ({@code -tinib}, {@code -mab}, {@code -platin},
 * {@code -rubicin}, ..., also with a final {@code e}, {@code o} or {@code a} as other languages write them:
 * {@code cisplatine}, {@code cisplatino}, {@code metotrexato}), so that an unlisted drug's dose is neither lost nor credited to a listed neighbour.
 * Stateless and thread-safe.
 */
final class UnknownAgents {
    private UnknownAgents() {}

    static final Pattern DRUG = Pattern.compile(
            "(?<![\\w-])(?:[A-Za-z][a-z]{3,24}(?:ib|mab|cept|platin|taxel|rubicin|mycin|tecan|lisib|mustine|trexate|trexed"
                    + "|abine|elbine|zomib|limus|lidomide|strozole|trozole|lutamide|relin|xifene|dronate|setron|grastim"
                    + "|poetin|statin|clax|degib|vedotin|parin|pitant|asone|isone|olone|fosfamide|tide|vir|abin)[eoa]?"
                    + "|[A-Za-z][a-z]{3,24}(?:trexat|elbin|fosfamid|lidomid|strozol|trozol|lutamid|xifen|dronat|ason|ison|olon)[oa]"
                    + "|[A-Z]{2,4}-?\\d{3,6})(?![\\w-])");

    private static final Pattern NOT_DRUGS = Pattern.compile(
            "(?:poly|oligo|di|tri)?(?:peptide|nucleotide)|concept|accept|except|intercept|crib|ascribe|describe|combine|[a-z]*(?:scribe|tribe|bribe)|[A-Z]{2}\\d{3}", Pattern.CASE_INSENSITIVE);

    /** The stems of {@link #DRUG}'s second branch: a final {@code e} written {@code o} or {@code a} ({@code metotrexato}). */
    private static final String[] STEMS_OA = {"trexat", "elbin", "fosfamid", "lidomid", "strozol", "trozol", "lutamid",
        "xifen", "dronat", "ason", "ison", "olon"};

    /** The stems of {@link #DRUG}'s first branch, as written there. */
    private static final String[] STEMS = {"ib", "mab", "cept", "platin", "taxel", "rubicin", "mycin", "tecan", "lisib",
        "mustine", "trexate", "trexed", "abine", "elbine", "zomib", "limus", "lidomide", "strozole", "trozole", "lutamide",
        "relin", "xifene", "dronate", "setron", "grastim", "poetin", "statin", "clax", "degib", "vedotin", "parin",
        "pitant", "asone", "isone", "olone", "fosfamide", "tide", "vir", "abin"};

    /**
     * The start of the next run of {@code [\w-]} characters at or after {@code from} that {@link #DRUG} may match: a
     * match is a whole run (its look-behind and look-ahead exclude {@code [\w-]} on both sides, and it holds no other
     * characters), so it starts with an ASCII letter and is either 6 to 40 characters ending in a stem (and an
     * optional {@code e}, {@code o} or {@code a}) or 5 to 11 characters ending in a digit. -1 when there is none.
     */
    static int nextCandidate(char[] text, int from) {
        int n = text.length;
        int i = from;
        while (i < n) {
            while (i < n && !wordChar(text[i])) i++;
            if (i >= n) return -1;
            int end = wordEnd(text, i);
            if (mayMatch(text, i, end)) return i;
            i = end;
        }
        return -1;
    }

    /** Where the run of {@code [\w-]} characters from {@code i} ends. */
    static int wordEnd(char[] text, int i) {
        while (i < text.length && wordChar(text[i])) i++;
        return i;
    }

    /** Last letters of the stems: a word ending otherwise (before an optional {@code e}) has none of them. */
    private static final boolean[] STEM_ENDS = new boolean[128];

    static {
        for (String stem : STEMS) STEM_ENDS[stem.charAt(stem.length() - 1)] = true;
        for (String stem : STEMS_OA) STEM_ENDS[stem.charAt(stem.length() - 1)] = true;
    }

    private static boolean mayMatch(char[] text, int start, int end) {
        char first = text[start];
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) return false;
        int len = end - start;
        char last = text[end - 1];
        if (last >= '0' && last <= '9') return len >= 5 && len <= 11;
        if (len < 6 || len > 40) return false;
        char beforeE = text[end - 2];
        boolean vowel = last == 'e' || last == 'o' || last == 'a';
        if (!(last < 128 && STEM_ENDS[last]) && !(vowel && beforeE < 128 && STEM_ENDS[beforeE])) return false;
        for (String stem : STEMS) {
            if (endsWith(text, end, stem)) return true;
            if (vowel && endsWith(text, end - 1, stem)) return true;
        }
        if (last == 'o' || last == 'a') for (String stem : STEMS_OA) if (endsWith(text, end - 1, stem)) return true;
        return false;
    }

    /** True when {@code text} has {@code stem} just before {@code end} (within the array). */
    private static boolean endsWith(char[] text, int end, String stem) {
        int from = end - stem.length();
        if (from < 0) return false;
        for (int k = 0; k < stem.length(); k++) if (text[from + k] != stem.charAt(k)) return false;
        return true;
    }

    /** {@code [\w-]} without UNICODE_CHARACTER_CLASS. */
    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** {@code known} plus stem-recognised agents that do not overlap a known mention, in text order. */
    static List<AgentMention> merge(List<AgentMention> known, String text) {
        return merge(known, text, null);
    }

    /** As {@link #merge(List, String)}; {@code spelling}, when given, names a misspelt lexicon drug by its lexicon name. */
    static List<AgentMention> merge(List<AgentMention> known, String text, NearMisses spelling) {
        List<AgentMention> out = new ArrayList<>(known);
        Matcher m = DRUG.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        char[] chars = text.toCharArray();
        for (int s0 = 0; (s0 = nextCandidate(chars, s0)) >= 0; s0 = wordEnd(chars, s0)) {
            m.region(s0, text.length());
            if (!m.lookingAt()) continue;
            if (NOT_DRUGS.matcher(m.group()).matches()) continue;
            int s = m.start(), e = m.end();
            boolean overlaps = known.stream().anyMatch(k -> k.start() < e && s < k.end());
            if (!overlaps) {
                String name = m.group().toLowerCase(Locale.ROOT);
                out.add(new AgentMention(s, e, spelling == null ? name : spelling.correct(name), m.group(), AgentMention.Kind.AGENT));
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }
}
