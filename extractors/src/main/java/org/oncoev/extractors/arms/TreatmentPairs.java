package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the treatments a sentence writes beside survival values, without the document's arm catalog (so also
 * for cited studies): two treatments compared before a pair ({@code drug A plus drug B gave no gain compared with
 * drug A alone in DFS (20.1 vs. 22.4 months)} gives both, in that order); a pair written {@code from x to y}
 * before {@code with drug B compared with drug A} (the first value is the comparator's); and the treatment
 * written right after one value ({@code 171 days for drug B}) or used before it ({@code a DFS rate using drug B of 70%}). Without such two, a {@code Comparing A and B,} clause
 * before the pair names them. Windows are bounded; no backtracking pattern.
 * Thread-safe.
 */
final class TreatmentPairs {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_ENDS_FROM = java.util.regex.Pattern.compile("(?s).*\\bfrom\\s*$");
    /** Where a compared treatment name splits into words: spaces and slashes. */
    private static final java.util.regex.Pattern NAME_BREAK = java.util.regex.Pattern.compile("[\\s/]+");
    private TreatmentPairs() {}

    private static final int WINDOW = 260;
    /** Words that set the first treatment against the second. */
    private static final Pattern AGAINST = Pattern.compile(
            "(?i)\\b(?:compared\\s+(?:with|to)|as\\s+compared\\s+(?:with|to)|versus|vs\\.?|relative\\s+to|over)\\b");
    /** Right after a value: its unit or bracket, then the preposition that introduces a treatment. */
    private static final Pattern VALUE_TAIL = Pattern.compile(
            "^\\s*(?:months?|years?|weeks?|days?|%)?\\s*(?:\\([^()]{0,60}\\)\\s*)?,?\\s*(?:for|with|in|on|using)\\s+(?:the\\s+)?");
    /** What may follow a treatment named after a value: the end of the clause or another value. */
    private static final Pattern NAME_END = Pattern.compile(
            "^\\s*(?:$|[,;.)\\[\\]]|vs\\b|versus\\b|and\\b|compared\\b|respectively\\b|(?:arm|group|patients)\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * The two treatments compared before {@code pairStart} ({@code A ... compared with B ... (x vs y)}), first
     * value's first; null when the window holds no such two.
     */
    static String[] comparedBefore(String sentence, int pairStart) {
        if (pairStart <= 0 || pairStart > sentence.length()) return null;
        int from = Math.max(0, pairStart - WINDOW);
        String window = sentence.substring(from, pairStart);
        List<ArmPhrases.ArmPhrase> phrases = phrases(window);
        String[] best = null;
        for (int i = 0; i + 1 < phrases.size(); i++) {
            ArmPhrases.ArmPhrase a = phrases.get(i);
            ArmPhrases.ArmPhrase b = phrases.get(i + 1);
            String between = window.substring(a.end(), b.start());
            if (between.length() > 150 || between.contains(";") || !AGAINST.matcher(between).find()) continue;
            if (a.key().equals(b.key())) continue;
            best = new String[] {a.label(), b.label()};
        }
        return best != null ? best : comparing(window);
    }

    /** {@code Comparing (the efficacy of) A and B, } with a treatment or short form in each name. */
    private static final Pattern COMPARING = Pattern.compile(
            "(?i)\\bcomparing\\s+(?:the\\s+[\\p{L}-]{1,20}\\s+of\\s+)?([^,;()]{2,60}?)\\s+(?:and|with|to|versus|vs\\.?)\\s+"
            + "([^,;()]{2,90}?)\\s*,");

    /** The two names a {@code Comparing A and B,} clause in the window sets against each other, or null. */
    private static String[] comparing(String window) {
        Matcher m = COMPARING.matcher(window);
        String[] out = null;
        while (m.find()) {
            String a = m.group(1).strip();
            String b = m.group(2).strip();
            out = ArmNames.hasTreatment(a, NAME_BREAK) && ArmNames.hasTreatment(b, NAME_BREAK) ? new String[] {a, b} : null;
        }
        return out;
    }

    /**
     * For a pair written {@code from x to y}: the treatments after it ({@code with B compared with A}), the
     * first value's (the comparator, A) first; else null.
     */
    static String[] fromToAfter(String sentence, int pairStart, int pairEnd) {
        if (pairStart < 0 || pairEnd > sentence.length() || pairStart >= pairEnd) return null;
        String before = sentence.substring(Math.max(0, pairStart - 8), pairStart).toLowerCase(Locale.ROOT);
        if (!RX_ENDS_FROM.matcher(before).matches()) return null;
        String window = sentence.substring(pairEnd, Math.min(sentence.length(), pairEnd + 160));
        List<ArmPhrases.ArmPhrase> phrases = phrases(window);
        if (phrases.size() < 2) return null;
        ArmPhrases.ArmPhrase a = phrases.get(0);
        ArmPhrases.ArmPhrase b = phrases.get(1);
        if (!AGAINST.matcher(window.substring(a.end(), b.start())).find() || a.key().equals(b.key())) return null;
        return new String[] {b.label(), a.label()};
    }

    /** The treatment written right after a value ending at {@code end} ({@code 171 days for drug B}), or null. */
    static String after(String sentence, int end) {
        if (end < 0 || end >= sentence.length()) return null;
        String window = sentence.substring(end, Math.min(sentence.length(), end + 120));
        Matcher m = VALUE_TAIL.matcher(window);
        if (!m.find()) return null;
        ArmPhrases.ArmPhrase p = ArmPhrases.startingAt(window, m.end());
        if (p == null || p.start() != m.end()) {
            // an arm named by its kind: for the combination (therapy), for the control arm
            Matcher kind = ARM_KIND.matcher(window.substring(m.end()));
            return kind.find() && NAME_END.matcher(window.substring(m.end() + kind.end())).find() ? kind.group(1) : null;
        }
        if (!NAME_END.matcher(window.substring(p.end())).find()) return null;
        return p.label();
    }

    /** An arm named by its kind rather than its treatments. */
    private static final Pattern ARM_KIND = Pattern.compile(
            "^(?i)(combination(?:\\s+(?:therapy|treatment|arm|group))?|control\\s+(?:arm|group))\\b");

    /** {@code rate using X (for the stage) of} right before a value: X is the treatment. */
    private static final Pattern USING_BEFORE = Pattern.compile(
            "(?i)(?:rate|survival|\\))\\s+using\\s+([^,;()]{2,40}?)(?:\\s+(?:for|in)\\s+[^,;()]{1,60}?)?\\s+(?:of|was|were)\\s+(?:about\\s+)?$");

    /** The treatment a value's own clause names before it ({@code a 3-year DFS rate using drug A of 70%}), or null. */
    static String usingBefore(String sentence, int start) {
        if (start <= 0 || start > sentence.length()) return null;
        String window = sentence.substring(Math.max(0, start - 160), start);
        Matcher m = USING_BEFORE.matcher(window);
        if (!m.find()) return null;
        ArmPhrases.ArmPhrase p = ArmPhrases.startingAt(window, m.start(1));
        return p != null && p.start() == m.start(1) && p.end() <= m.end(1) ? p.label() : null;
    }

    /** The treatment phrases of a window, left to right, none overlapping. */
    private static List<ArmPhrases.ArmPhrase> phrases(String window) {
        List<ArmPhrases.ArmPhrase> out = new ArrayList<>();
        int at = 0;
        while (at < window.length()) {
            char c = window.charAt(at);
            boolean wordStart = Character.isLetterOrDigit(c) && (at == 0 || !Character.isLetterOrDigit(window.charAt(at - 1))
                    && window.charAt(at - 1) != '-' && window.charAt(at - 1) != '/');
            if (!wordStart) { at++; continue; }
            ArmPhrases.ArmPhrase p = ArmPhrases.startingAt(window, at);
            if (p != null && p.start() == at && p.end() > at) {
                out.add(p);
                at = p.end();
            } else {
                at++;
                while (at < window.length() && Character.isLetterOrDigit(window.charAt(at))) at++;
            }
        }
        return out;
    }
}
