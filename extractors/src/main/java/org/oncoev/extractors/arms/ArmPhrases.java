package org.oncoev.extractors.arms;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds treatment phrases that name an arm ({@code ATRA plus FOLFOX4}, {@code TACE, IMRT, and sorafenib},
 * {@code FOLFOX4 alone}, {@code weekly docetaxel}) by scanning tokens: treatment words joined by
 * {@code plus}, {@code +}, {@code and}, commas, {@code with}, {@code combined with}, {@code in combination
 * with}, {@code followed by}, {@code /}, optionally closed by {@code alone}, {@code only} or
 * {@code monotherapy}. No backtracking regex; windows are bounded. Thread-safe.
 */
public final class ArmPhrases {
    private ArmPhrases() {}

    /** A phrase: passage range, the label as written (single-spaced) and its comparison key. */
    public record ArmPhrase(int start, int end, String label, String key) {}

    private static final int WINDOW = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> CONNECTORS = Set.of("plus", "+", "and", ",", "with", "/", "&", "versus");
    private static final Set<String> CLOSERS = Set.of("alone", "only", "monotherapy");
    private static final Set<String> MODIFIERS = Set.of("neoadjuvant", "adjuvant", "concurrent", "concomitant",
            "sequential", "weekly", "three-weekly", "biweekly", "daily", "high-dose", "low-dose", "standard",
            "induction", "maintenance", "oral", "intravenous", "systemic", "local", "hepatic", "arterial",
            "liver", "dose-dense", "metronomic", "conventional", "modified", "short-term", "long-term", "no",
            "hyperfractionated", "accelerated", "hypofractionated", "perioperative", "peri-operative",
            "postoperative", "preoperative", "intraperitoneal", "intra-arterial", "topical", "continuous");
    private static final Pattern SCHEDULE_MODIFIER = Pattern.compile(
            "(?:once|twice|thrice|\\d{1,2}|two|three|four|six)-(?:daily|weekly|monthly|week|day|weekly)");
    private static final Set<String> SKIPPABLE_LEAD = Set.of("the", "a", "combination", "combined", "therapy",
            "of", "treatment", "regimen", "either");

    /** The phrase that begins at the first treatment token at or after {@code from} (leading filler skipped). */
    public static ArmPhrase startingAt(String text, int from) {
        PhraseTokens toks = PhraseTokens.of(text, from, Math.min(text.length(), from + WINDOW));
        int n = toks.size();
        int i = 0;
        while (i < n && i < 6 && !toks.isTreatment(i) && !toks.isModifier(i)
                && SKIPPABLE_LEAD.contains(toks.lower(i))) i++;
        if (i >= n) return null;
        int first = i;
        while (i < n && toks.isModifier(i)) i++;
        if (i >= n || !toks.isTreatment(i)) return null;
        int last = i;
        i++;
        while (i < n) {
            int j = skipConnector(toks, i);
            if (j == i) break;
            int k = j;
            while (k < n && toks.isModifier(k)) k++;
            if (k < n && (toks.isTreatment(k) || codeJoined(toks, i, k)) && !toks.lower(i).equals("versus")) {
                last = k;
                i = k + 1;
            } else break;
        }
        if (last + 1 < n && CLOSERS.contains(toks.lower(last + 1))) last++;
        return build(text, toks, first, last);
    }

    /** The phrase that ends at the last treatment (or closer) token before {@code end}, scanning back. */
    public static ArmPhrase endingAt(String text, int end) {
        PhraseTokens toks = PhraseTokens.of(text, Math.max(0, end - WINDOW), end);
        int last = toks.size() - 1;
        if (last < 0) return null;
        int i = last;
        if (CLOSERS.contains(toks.lower(i))) i--;
        if (i < 0 || !toks.isTreatment(i)) return null;
        int first = i;
        while (first - 1 >= 0 && toks.isModifier(first - 1)) first--;
        i = first - 1;
        while (i >= 0) {
            int j = connectorBefore(toks, i);
            if (j == i || j < 0 || !toks.isTreatment(j) && !codeJoined(toks, i, j)) break;
            if (toks.lower(i).equals("versus")) break;
            first = j;
            while (first - 1 >= 0 && toks.isModifier(first - 1)) first--;
            i = first - 1;
        }
        return build(text, toks, first, last);
    }

    /** Keys computed at most (a pure function of the label: kept across documents, dropped all at once when full). */
    private static final int KEY_CACHE = 20_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The comparison key of a label: its treatment words (generic names where known) and modifiers,
     * lower-cased, sorted, distinct; closers, connectors and filler are dropped. Empty for no treatment.
     */
    public static String key(String label) {
        if (label == null) return "";
        String key = KEYS.get(label);
        if (key != null) return key;
        key = keyOf(label);
        if (KEYS.size() >= KEY_CACHE) KEYS.clear();
        KEYS.put(label, key);
        return key;
    }

    private static String keyOf(String label) {
        TreatmentVocabulary vocab = TreatmentVocabulary.get();
        TreeSet<String> parts = new TreeSet<>();
        String bounded = label.length() > WINDOW ? label.substring(0, WINDOW) : label;
        PhraseTokens toks = PhraseTokens.of(bounded, 0, bounded.length());
        for (int i = 0; i < toks.size(); i++) {
            if (toks.isTreatment(i)) parts.add(vocab.canonical(toks.text(i)));
            else if (toks.isModifier(i)) parts.add(toks.lower(i));
            else if (isCodeName(toks.text(i))) parts.add(toks.lower(i));
        }
        return String.join(" ", parts);
    }

    private static ArmPhrase build(String text, PhraseTokens toks, int first, int last) {
        if (first > last) return null;
        int s = toks.start(first);
        int e = toks.end(last);
        String label = singleSpaced(text.substring(s, e)).replace(" ,", ",");
        String key = key(label);
        return key.isEmpty() ? null : new ArmPhrase(s, e, label, key);
    }

    /** {@code \s+} replaced by one space; the string itself when it has no other space and no run. */
    private static String singleSpaced(String s) {
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean regexSpace = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (regexSpace && (c != ' ' || space)) return SPACES.matcher(s).replaceAll(" ");
            space = regexSpace;
        }
        return s;
    }

    private static int skipConnector(PhraseTokens toks, int i) {
        String w = toks.lower(i);
        if (w.equals(",")) {
            if (i + 1 < toks.size() && toks.lower(i + 1).equals("and")) return i + 2;
            return i + 1;
        }
        if (w.equals("combined") || w.equals("followed")) {
            if (i + 1 < toks.size() && (toks.lower(i + 1).equals("with") || toks.lower(i + 1).equals("by"))) return i + 2;
            return i;
        }
        if (w.equals("in") && i + 2 < toks.size() && toks.lower(i + 1).equals("combination")
                && toks.lower(i + 2).equals("with")) return i + 3;
        return CONNECTORS.contains(w) ? i + 1 : i;
    }

    /** Index of the token before the connector that ends at {@code i}, or {@code i} when none. */
    private static int connectorBefore(PhraseTokens toks, int i) {
        String w = toks.lower(i);
        if (w.equals("and") && i - 1 >= 0 && toks.lower(i - 1).equals(",")) return i - 2;
        if ((w.equals("with") || w.equals("by")) && i - 1 >= 0) {
            String p = toks.lower(i - 1);
            if (p.equals("combined") || p.equals("followed")) return i - 2;
            if (p.equals("combination") && i - 2 >= 0 && toks.lower(i - 2).equals("in")) return i - 3;
        }
        return CONNECTORS.contains(w) ? i - 1 : i;
    }

    /** True when the word ({@code lower} is its lower-case form) is a treatment, or each part of it between hyphens is. */
    static boolean isTreatmentWord(String w, String lower) {
        TreatmentVocabulary vocab = TreatmentVocabulary.get();
        if (vocab.isTreatment(w, lower)) return true;
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) if (!part.isEmpty() && !vocab.isTreatment(part)) return false;
            return true;
        }
        return false;
    }

    /**
     * A code-named agent ({@code XY-12}, {@code AB1234}: capitals with a digit) at token {@code k}, joined to the
     * treatment chain by the slash or plus at token {@code connector}: an investigational drug on a regimen.
     */
    private static boolean codeJoined(PhraseTokens toks, int connector, int k) {
        String c = toks.text(connector);
        return (c.equals("/") || c.equals("+")) && isCodeName(toks.text(k));
    }

    /** Three or more letters and digits with at least two capitals and a digit, capitals at least as many as lower-case letters. */
    static boolean isCodeName(String w) {
        if (w.length() < 3 || w.length() > 12) return false;
        int caps = 0, lower = 0, digits = 0;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (Character.isUpperCase(ch)) caps++;
            else if (Character.isLowerCase(ch)) lower++;
            else if (Character.isDigit(ch)) digits++;
        }
        return caps >= 2 && digits > 0 && caps >= lower;
    }

    /** A schedule or setting word ({@code weekly}, {@code adjuvant}, {@code twice-daily}), given lower-case. */
    static boolean isModifierWord(String w) {
        // every schedule modifier has a hyphen
        return MODIFIERS.contains(w) || w.indexOf('-') >= 0 && SCHEDULE_MODIFIER.matcher(w).matches();
    }
}
