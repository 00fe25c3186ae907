package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.Document;
import org.oncoev.extractors.arms.ArmPhrases.ArmPhrase;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Collects the arm labels a document gives: treatment phrases before {@code group}/{@code arm} or a size
 * ({@code the ATRA plus FOLFOX4 group}, {@code TACE plus IMRT (n = 47)}), after treatment verbs
 * ({@code received FOLFOX4 alone}, {@code were treated with sorafenib}), and lettered arms ({@code Group A},
 * {@code arm B}). A phrase becomes a label when a group/size anchor names it once, or treatment verbs name it three times;
 * when that gives fewer than two treatment arms, the first design sentence's alternatives ({@code randomised to A or
 * B}) are the arms; each label is the form the text uses most often for its key. Pure and thread-safe.
 */
public final class ArmDetector {
    /** Labels returned at most; documents naming more treatments are reviews, not arm comparisons. */
    public static final int MAX_LABELS = 12;

    static final Pattern GROUP_ANCHOR = Pattern.compile(
            "(?=[\\s)(gac])(?:\\s*(?:\\)\\s*)?\\b(?:group|arm|cohort)s?\\b|\\s*\\(\\s*\\$?\\s*\\*?[nN]\\*?\\s*=)");
    static final Pattern VERB_ANCHOR = Pattern.compile(
            "(?=[rtuagRTUAG])\\b(?:received|receive|receiving|treated with|underwent|undergoing|(?:randomi[sz]ed|assigned|allocated)"
            + " to(?: receive)?|given)\\s+", Pattern.CASE_INSENSITIVE);
    static final StartChars GROUP_ANCHOR_STARTS = StartChars.of(" \t\n\u000B\f\r)(gac");
    static final StartChars VERB_STARTS = StartChars.of("", false, "rtuag");
    static final StartChars LETTERED_STARTS = StartChars.of("", false, "gac");
    /** The words a {@link #VERB_ANCHOR} starts with. */
    private static final Keywords VERB_WORDS = new Keywords("receiv", "treated with", "underw", "undergoing", "randomi",
            "assigned", "allocated", "given");
    static final Pattern LETTERED = Pattern.compile("(?=[GgAaCc])\\b([Gg]roup|[Aa]rm|[Cc]ohort)\\s+([A-D]|[1-4]|I{1,3}|IV)\\b"
            + "(?![\\p{L}\\p{N}])");

    private ArmDetector() {}

    private static final class Tally {
        int anchored;
        int verbs;
        final Map<String, Integer> forms = new LinkedHashMap<>();
    }

    /** The document's arm labels in order of first mention, at most {@link #MAX_LABELS}. */
    public static List<String> detect(Document document) {
        return detect(ArmTexts.of(document));
    }

    /** {@link #detect(Document)} of the document whose texts are {@code document}. */
    public static List<String> detect(ArmTexts document) {
        Map<String, Tally> byKey = new LinkedHashMap<>();
        List<ArmPhrase> design = new ArrayList<>();
        for (ArmTexts.Text p : document.texts()) collect(p.text(), p.nouns(), p.cohorts(), byKey, design);
        mergeSimilar(byKey);
        List<String> out = new ArrayList<>();
        int named = 0;
        for (Tally t : byKey.values()) {
            if (t.anchored == 0 && t.verbs < 3) continue;
            String label = mostFrequent(t.forms);
            out.add(label);
            if (!LETTERED.matcher(label).lookingAt()) named++;
            if (out.size() == MAX_LABELS) break;
        }
        // no two treatment arms found otherwise: the alternatives of the first design sentence (randomised to A or B)
        if (named < 2 && design.size() == 2) {
            for (ArmPhrase ph : design) {
                boolean known = false;
                for (String l : out) known |= ArmResolver.keyOf(l).equals(ph.key());
                if (!known && out.size() < MAX_LABELS) out.add(ph.label());
            }
        }
        return List.copyOf(out);
    }

    /** Adds the arm phrases of one text to {@code byKey}; exposed for tests through {@link #detect}. */
    static void collect(String text, Map<String, Tally> byKey) {
        collect(text, byKey, null);
    }

    /** As {@link #collect(String, Map)}; also keeps in {@code design} the first two alternatives a design verb names. */
    static void collect(String text, Map<String, Tally> byKey, List<ArmPhrase> design) {
        collect(text, ArmNounWindows.nounStarts(text, null), ArmTexts.cohortStarts(text, null), byKey, design);
    }

    /**
     * As {@link #collect(String, Map, List)}, given the text's {@link ArmNounWindows#nounStarts} and
     * {@link ArmTexts#cohortStarts}.
     */
    private static void collect(String text, int[] nouns, int[] cohorts, Map<String, Tally> byKey, List<ArmPhrase> design) {
        // GROUP_ANCHOR tried only where it may start, in order, as StartScan.atMarked would (without a mark per character)
        Matcher g = GROUP_ANCHOR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at : groupAnchorPositions(text, nouns, cohorts)) {
            if (at < g.regionStart() || !g.region(at, text.length()).lookingAt()) continue;
            ArmPhrase ph = ArmPhrases.endingAt(text, g.start());
            if (ph != null) add(byKey, ph.key(), ph.label(), true);
            // the next match is searched from this one's end (it is never empty)
            g.region(g.end(), text.length());
        }
        StartScan vScan = StartScan.atTokenStarts(VERB_ANCHOR, text, VERB_STARTS, ArmDetector::verbMayStart);
        for (int from = 0; vScan.find(from); from = vScan.next()) {
            Matcher v = vScan.matcher();
            ArmPhrase ph = ArmPhrases.startingAt(text, v.end());
            if (ph == null || ph.start() - v.end() >= 40) continue;
            add(byKey, ph.key(), ph.label(), false);
            ArmPhrase other = design != null && DESIGN_VERB.matcher(v.group()).lookingAt() ? alternativeAfter(text, ph.end()) : null;
            if (other != null && design.size() < 2 && !ph.key().equals(other.key())) { design.add(ph); design.add(other); }
        }
        // LETTERED starts with group, arm or cohort: tried only at those of the nouns and cohorts that pass its test
        StartScan lScan = StartScan.atPositions(LETTERED, text, letteredPositions(text, nouns, cohorts));
        for (int from = 0; lScan.find(from); from = lScan.next()) {
            Matcher l = lScan.matcher();
            String label = capitalise(l.group(1)) + " " + l.group(2);
            add(byKey, ArmResolver.keyOf(label), label, true);
        }
    }

    /** The design verbs of {@link #VERB_ANCHOR}: patients are randomised, assigned or allocated to arms. */
    private static final Pattern DESIGN_VERB = Pattern.compile("(?i)(?:randomi[sz]ed|assigned|allocated)\\s+to");
    /** After an arm phrase: an optional bracketed short name, then {@code or}, {@code versus} or {@code vs}. */
    private static final Pattern ALTERNATIVE = Pattern.compile("\\s{0,3}(?:\\([^()]{1,30}\\)\\s{0,3})?(?:or|versus|vs\\.?)\\s+");

    /** The arm phrase offered as the alternative right after {@code end} ({@code A (AB) or B}, {@code A versus B}), or null. */
    static ArmPhrase alternativeAfter(String text, int end) {
        Matcher m = ALTERNATIVE.matcher(text).region(end, Math.min(text.length(), end + 50));
        if (!m.lookingAt()) return null;
        ArmPhrase ph = ArmPhrases.startingAt(text, m.end());
        if (ph == null || ph.start() - m.end() >= 15) return null;
        // the pair closes the design phrase: no third alternative, no further bracketed letter
        Matcher close = PAIR_CLOSE.matcher(text).region(ph.end(), Math.min(text.length(), ph.end() + 60));
        return close.lookingAt() ? ph : null;
    }

    /** After the second alternative: a bracketed short name and a citation at most, then the clause ends (not {@code , or}). */
    private static final Pattern PAIR_CLOSE = Pattern.compile(
            "\\s{0,3}(?:\\([^()]{1,30}\\)\\s{0,3})?(?:\\[[\\d,\\s\u2013-]{1,20}\\]\\s{0,3})?(?:[.;:]|,(?!\\s{0,3}or\\b)|$)");

    /**
     * Where {@link #GROUP_ANCHOR} may start: at {@code (}, at {@code group}, {@code arm} or {@code cohort} after a
     * non-word character, or in a run of spaces and {@code )} right before one of these.
     */
    static boolean[] groupAnchorStarts(String text) {
        boolean[] starts = new boolean[text.length()];
        for (int at : groupAnchorPositions(text)) starts[at] = true;
        return starts;
    }

    /** The positions of {@link #groupAnchorStarts}, in increasing order. */
    static int[] groupAnchorPositions(String text) {
        return groupAnchorPositions(text, ArmNounWindows.nounStarts(text, null), ArmTexts.cohortStarts(text, null));
    }

    /**
     * {@link #groupAnchorPositions(String)}, given the text's {@link ArmNounWindows#nounStarts} and
     * {@link ArmTexts#cohortStarts}: every {@code group}, {@code arm} and {@code cohort} is one of these (which hold
     * them in any case), so only these are tried for them.
     */
    static int[] groupAnchorPositions(String text, int[] nouns, int[] cohorts) {
        Positions found = new Positions();
        // the brackets are found by indexOf instead of a test at every character; only those that may open "n ="
        for (int at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
            if (mayOpenSize(text, at)) markTarget(text, at, false, found);
        }
        for (int at : nouns) {
            if (text.startsWith("group", at) || text.startsWith("arm", at)) markTarget(text, at, true, found);
        }
        for (int at : cohorts) if (text.startsWith("cohort", at)) markTarget(text, at, true, found);
        int[] sorted = java.util.Arrays.copyOf(found.at, found.n);
        java.util.Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) if (k == 0 || sorted[k] != sorted[k - 1]) sorted[distinct++] = sorted[k];
        return java.util.Arrays.copyOf(sorted, distinct);
    }

    /** A growing list of positions. */
    private static final class Positions {
        int[] at = new int[16];
        int n;

        void add(int i) {
            if (n == at.length) at = java.util.Arrays.copyOf(at, n * 2);
            at[n++] = i;
        }
    }

    /** A bracket whose next character but {@code \s} is {@code $}, {@code *} or {@code n}: {@link #GROUP_ANCHOR}'s {@code (n =}. */
    private static boolean mayOpenSize(String text, int at) {
        int j = at + 1;
        while (j < text.length() && Folded.isRegexSpace(text.charAt(j))) j++;
        return j < text.length() && "$*nN".indexOf(text.charAt(j)) >= 0;
    }

    /** Adds a target at {@code at} (a word only at a word start) and the spaces and {@code )} before it. */
    private static void markTarget(String text, int at, boolean word, Positions out) {
        if (!word || StartScan.wordMayStart(text, at)) out.add(at);
        for (int j = at - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (!Folded.isRegexSpace(c) && c != ')') break;
            out.add(j);
        }
    }

    /** Where {@link #VERB_ANCHOR} may start: one of its verbs at a word start. */
    static boolean verbMayStart(String s, int i) {
        if ("rtuagRTUAG".indexOf(s.charAt(i)) < 0 || !StartScan.wordMayStart(s, i)) return false;
        return VERB_WORDS.at(s, i);
    }

    /** The positions among {@code nouns} and {@code cohorts} (each in order) where {@link #letteredMayStart} holds, in order. */
    static int[] letteredPositions(String text, int[] nouns, int[] cohorts) {
        int[] out = new int[nouns.length + cohorts.length];
        int n = 0;
        int a = 0;
        int c = 0;
        while (a < nouns.length || c < cohorts.length) {
            int at = c == cohorts.length || a < nouns.length && nouns[a] < cohorts[c] ? nouns[a++] : cohorts[c++];
            if (letteredMayStart(text, at)) out[n++] = at;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Where {@link #LETTERED} may start: {@code group}, {@code arm} or {@code cohort} at a word start, then {@code \s}
     * characters and a letter {@code A-D} or {@code I} or a digit {@code 1-4}.
     */
    static boolean letteredMayStart(String s, int i) {
        if ("GgAaCc".indexOf(s.charAt(i)) < 0 || !StartScan.wordMayStart(s, i)) return false;
        int k = Folded.startsWith(s, i, "group") ? i + 5 : Folded.startsWith(s, i, "arm") ? i + 3
                : Folded.startsWith(s, i, "cohort") ? i + 6 : -1;
        if (k < 0 || k >= s.length() || !Folded.isRegexSpace(s.charAt(k))) return false;
        while (k < s.length() && Folded.isRegexSpace(s.charAt(k))) k++;
        return k < s.length() && "ABCDI1234".indexOf(s.charAt(k)) >= 0;
    }

    /** Folds a key into the only other key it abbreviates or extends ({@code folfox} into {@code folfox4}). */
    private static void mergeSimilar(Map<String, Tally> byKey) {
        List<String> keys = new ArrayList<>(byKey.keySet());
        for (String k : keys) {
            if (!byKey.containsKey(k)) continue;
            String partner = null;
            int partners = 0;
            for (String other : byKey.keySet()) {
                if (!other.equals(k) && ArmResolver.similarKeys(k, other)) { partner = other; partners++; }
            }
            if (partners != 1) continue;
            Tally small = byKey.get(k);
            Tally big = byKey.get(partner);
            if (total(small) > total(big)) continue;
            big.anchored += small.anchored;
            big.verbs += small.verbs;
            byKey.remove(k);
        }
    }

    private static int total(Tally t) {
        return t.anchored + t.verbs;
    }

    private static void add(Map<String, Tally> byKey, String key, String label, boolean anchored) {
        if (key.isEmpty()) return;
        Tally t = byKey.computeIfAbsent(key, k -> new Tally());
        if (anchored) t.anchored++; else t.verbs++;
        t.forms.merge(label, 1, Integer::sum);
    }

    private static String mostFrequent(Map<String, Integer> forms) {
        String best = null;
        int n = -1;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (e.getValue() > n) { best = e.getKey(); n = e.getValue(); }
        }
        return best;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
