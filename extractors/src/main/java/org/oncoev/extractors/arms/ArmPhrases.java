package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private record Tok(int start, int end, String text) {}

    /** The phrase that begins at the first treatment token at or after {@code from} (leading filler skipped). */
    public static ArmPhrase startingAt(String text, int from) {
        List<Tok> toks = tokens(text, from, Math.min(text.length(), from + WINDOW));
        int i = 0;
        while (i < toks.size() && i < 6 && !isTreatment(toks.get(i)) && !isModifier(toks.get(i))
                && SKIPPABLE_LEAD.contains(lower(toks.get(i)))) i++;
        if (i >= toks.size()) return null;
        int first = i;
        while (i < toks.size() && isModifier(toks.get(i))) i++;
        if (i >= toks.size() || !isTreatment(toks.get(i))) return null;
        int last = i;
        i++;
        while (i < toks.size()) {
            int j = skipConnector(toks, i);
            if (j == i) break;
            int k = j;
            while (k < toks.size() && isModifier(toks.get(k))) k++;
            if (k < toks.size() && (isTreatment(toks.get(k)) || codeJoined(toks, i, k)) && !lower(toks.get(i)).equals("versus")) {
                last = k;
                i = k + 1;
            } else break;
        }
        if (last + 1 < toks.size() && CLOSERS.contains(lower(toks.get(last + 1)))) last++;
        return build(text, toks, first, last);
    }

    /** The phrase that ends at the last treatment (or closer) token before {@code end}, scanning back. */
    public static ArmPhrase endingAt(String text, int end) {
        List<Tok> toks = tokens(text, Math.max(0, end - WINDOW), end);
        int last = toks.size() - 1;
        if (last < 0) return null;
        int i = last;
        if (CLOSERS.contains(lower(toks.get(i)))) i--;
        if (i < 0 || !isTreatment(toks.get(i))) return null;
        int first = i;
        while (first - 1 >= 0 && isModifier(toks.get(first - 1))) first--;
        i = first - 1;
        while (i >= 0) {
            int j = connectorBefore(toks, i);
            if (j == i || j < 0 || !isTreatment(toks.get(j)) && !codeJoined(toks, i, j)) break;
            if (lower(toks.get(i)).equals("versus")) break;
            first = j;
            while (first - 1 >= 0 && isModifier(toks.get(first - 1))) first--;
            i = first - 1;
        }
        return build(text, toks, first, last);
    }

    /**
     * The comparison key of a label: its treatment words (generic names where known) and modifiers,
     * lower-cased, sorted, distinct; closers, connectors and filler are dropped. Empty for no treatment.
     */
    public static String key(String label) {
        if (label == null) return "";
        TreatmentVocabulary vocab = TreatmentVocabulary.get();
        TreeSet<String> parts = new TreeSet<>();
        String bounded = label.length() > WINDOW ? label.substring(0, WINDOW) : label;
        for (Tok t : tokens(bounded, 0, bounded.length())) {
            if (isTreatment(t)) parts.add(vocab.canonical(t.text()));
            else if (isModifier(t)) parts.add(lower(t));
            else if (isCodeName(t.text())) parts.add(lower(t));
        }
        return String.join(" ", parts);
    }

    private static ArmPhrase build(String text, List<Tok> toks, int first, int last) {
        if (first > last) return null;
        int s = toks.get(first).start();
        int e = toks.get(last).end();
        String label = SPACES.matcher(text.substring(s, e)).replaceAll(" ").replace(" ,", ",");
        String key = key(label);
        return key.isEmpty() ? null : new ArmPhrase(s, e, label, key);
    }

    private static int skipConnector(List<Tok> toks, int i) {
        String w = lower(toks.get(i));
        if (w.equals(",")) {
            if (i + 1 < toks.size() && lower(toks.get(i + 1)).equals("and")) return i + 2;
            return i + 1;
        }
        if (w.equals("combined") || w.equals("followed")) {
            if (i + 1 < toks.size() && Set.of("with", "by").contains(lower(toks.get(i + 1)))) return i + 2;
            return i;
        }
        if (w.equals("in") && i + 2 < toks.size() && lower(toks.get(i + 1)).equals("combination")
                && lower(toks.get(i + 2)).equals("with")) return i + 3;
        return CONNECTORS.contains(w) ? i + 1 : i;
    }

    /** Index of the token before the connector that ends at {@code i}, or {@code i} when none. */
    private static int connectorBefore(List<Tok> toks, int i) {
        String w = lower(toks.get(i));
        if (w.equals("and") && i - 1 >= 0 && lower(toks.get(i - 1)).equals(",")) return i - 2;
        if ((w.equals("with") || w.equals("by")) && i - 1 >= 0) {
            String p = lower(toks.get(i - 1));
            if (p.equals("combined") || p.equals("followed")) return i - 2;
            if (p.equals("combination") && i - 2 >= 0 && lower(toks.get(i - 2)).equals("in")) return i - 3;
        }
        return CONNECTORS.contains(w) ? i - 1 : i;
    }

    private static boolean isTreatment(Tok t) {
        TreatmentVocabulary vocab = TreatmentVocabulary.get();
        String w = t.text();
        if (vocab.isTreatment(w)) return true;
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
    private static boolean codeJoined(List<Tok> toks, int connector, int k) {
        String c = toks.get(connector).text();
        return (c.equals("/") || c.equals("+")) && isCodeName(toks.get(k).text());
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

    private static boolean isModifier(Tok t) {
        String w = lower(t);
        // every schedule modifier has a hyphen
        return MODIFIERS.contains(w) || w.indexOf('-') >= 0 && SCHEDULE_MODIFIER.matcher(w).matches();
    }

    private static String lower(Tok t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /**
     * The tokens of {@code text[from, to)}, at most 80: a letter or number followed by letters, numbers and
     * hyphens (regex {@code [\p{L}\p{N}][\p{L}\p{N}\-]*}, by code point), or one of {@code + , / &}.
     */
    private static List<Tok> tokens(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to && out.size() < 80) {
            char c = text.charAt(i);
            int first = wordChar(text, i, to, false);
            if (first == 0) {
                if (c == '+' || c == ',' || c == '/' || c == '&') out.add(new Tok(i, i + 1, String.valueOf(c)));
                i++;
                continue;
            }
            int j = i + first;
            for (int n; j < to && (n = wordChar(text, j, to, true)) > 0; ) j += n;
            String w = text.substring(i, j);
            // split "5-FU/LV"-like slashes were matched as separate tokens already; drop a trailing hyphen
            if (w.endsWith("-") && w.length() > 1) w = w.substring(0, w.length() - 1);
            out.add(new Tok(i, i + w.length(), w));
            i = j;
        }
        return out;
    }

    /** Chars of the code point at {@code i} when it is a letter or number (or, if allowed, a hyphen) ending by {@code to}; else 0. */
    private static int wordChar(String text, int i, int to, boolean hyphen) {
        int cp = Character.codePointAt(text, i);
        int n = Character.charCount(cp);
        if (i + n > to) return 0;
        if (hyphen && cp == '-') return 1;
        int type = Character.getType(cp);
        boolean number = type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
        return Character.isLetter(cp) || number ? n : 0;
    }
}
