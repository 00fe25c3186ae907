package org.oncoev.extractors.arms;

import java.util.regex.Pattern;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.NumberRuns;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Tells whether a sentence reports another study's result ({@code Smith et al. reported}, {@code a previous
 * study}, {@code in the SHARP trial}, {@code a meta-analysis}, a bracketed citation) or the paper's own
 * ({@code we}, {@code our}, {@code in this study}). Own-study cues win. Sentences are cut to 2000 chars.
 * Thread-safe.
 */
public final class CitationCues {
    private CitationCues() {}

    private static final int MAX = 2000;

    static final Pattern OWN = Pattern.compile("(?=[wouitWOUIT])(?:\\b(?:we|our|us)\\b|\\bin (?:the present|the current|this|"
            + "our) (?:study|series|cohort|analysis|work|investigation)\\b|\\bthe present (?:study|trial|series)\\b)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Not after a test statistic's symbol: {@code t(48)}, {@code F(2, 87)}, {@code r(118)}, {@code χ2(1, N = 212)} and
     * {@code df(3)} give degrees of freedom in parentheses, not a numbered citation.
     */
    private static final String STATISTIC_BEFORE = "(?<!(?<![\\p{L}\\p{N}])(?:[tFrzHUWQ]|df|χ2|χ²|chi2|chi²))";

    static final Pattern CITED = Pattern.compile("(?=[eprosmhlwai\\[^(EPROSMHLWAI])(?:\\bet\\.? al\\b|\\b(?:previous(?:ly)?|prior|earlier|"
            + "recent|other|another|several|many|some|published|historical|pivotal|landmark) (?:\\w+ ){0,3}?"
            + "(?:stud(?:y|ies)|trials?|reports?|series|meta-analys[ie]s|analys[ie]s)\\b|\\b(?:was|were|has been|"
            + "have been|had been) (?:previously |recently )?reported\\b|\\breported (?:by|that|in)\\b|"
            + "\\bongoing (?:[\\w/.-]+ ){0,4}?(?:stud(?:y|ies)|trials?)\\b|\\bmeta-analys[ie]s\\b|\\bin the [A-Z][A-Za-z0-9-]{1,20} (?:trial|study)\\b|"
            + "\\[\\d{1,3}(?:[,\u2013\\-]\\s?\\d{1,3})*\\]|\\^\\{?\\d{1,3}|"
            + STATISTIC_BEFORE + "\\(\\d{1,3}(?:[,\u2013\\-]\\s?\\d{1,3})*\\))", Pattern.CASE_INSENSITIVE);

    static final StartChars OWN_STARTS = StartChars.of("", false, "wouit");
    static final StartChars CITED_STARTS = StartChars.of("[^(", false, "eprosmhlwai");
    /** The words an {@link #OWN} cue starts with. */
    private static final Keywords OWN_WORDS = new Keywords("we", "our", "us", "in ", "the present");
    /** The words a {@link #CITED} cue starts with (the bracketed forms aside). */
    private static final Keywords CITED_WORDS = new Keywords("et", "previous", "prior", "earlier", "recent", "other",
            "another", "several", "many", "some", "published", "historical", "pivotal", "landmark", "was ", "were ",
            "has been", "have been", "had been", "reported ", "meta-analys", "in the ", "ongoing ");
    static final Pattern CONTINUES = Pattern.compile("(?=[tT])(?:\\b(?:this|that|the same|their|these) (?:trial|study|"
            + "meta-analysis|analysis|series|cohort)\\b|\\bthey\\b)", Pattern.CASE_INSENSITIVE);

    /** True when {@code sentence} reports another study and gives no own-study cue. */
    public static boolean cited(String sentence) {
        String s = bound(sentence);
        return !own(s) && citedCue(s);
    }

    /**
     * {@link #CITED} anywhere in {@code s}: tried at the token starts where {@link #citedMayStart} holds (its words
     * and {@code (}), then at each {@code [} and {@code ^} (any match will do, so the order does not matter).
     */
    static boolean citedCue(String s) {
        if (StartScan.atTokenStarts(CITED, s, CITED_STARTS, CitationCues::citedMayStart).find(0)) return true;
        return s.indexOf('[') >= 0 && StartScan.atLiteral(CITED, s, "[").find(0)
                || s.indexOf('^') >= 0 && StartScan.atLiteral(CITED, s, "^").find(0);
    }

    /** {@link #OWN} anywhere in {@code s}. */
    private static boolean own(String s) {
        return StartScan.atTokenStarts(OWN, s, OWN_STARTS, CitationCues::ownMayStart).find(0);
    }

    /** Where {@link #OWN} may start: one of its first words at a word start. */
    static boolean ownMayStart(String s, int i) {
        if ("wouitWOUIT".indexOf(s.charAt(i)) < 0 || !StartScan.wordMayStart(s, i)) return false;
        return OWN_WORDS.at(s, i);
    }

    /**
     * Where {@link #CITED} may start: one of its first words at a word start, or a bracket, caret or parenthesis
     * (numbered citations).
     */
    static boolean citedMayStart(String s, int i) {
        char c = s.charAt(i);
        if (c == '[' || c == '^') return true;
        if (c == '(') return numberedAt(s, i);
        if ("eprosmhlwaiEPROSMHLWAI".indexOf(c) < 0 || !StartScan.wordMayStart(s, i)) return false;
        return CITED_WORDS.at(s, i);
    }

    /** How far {@link #numberedAt} reads before it lets the regex decide. */
    private static final int NUMBERED_LOOK = 48;

    /**
     * A bracket {@code (} at {@code i} that may open a numbered citation ({@code (12)}, {@code (3, 5-7)}): a digit follows,
     * and only digits, commas, dashes and spaces stand before the closing bracket.
     */
    private static boolean numberedAt(String s, int i) {
        if (i + 1 >= s.length() || s.charAt(i + 1) < '0' || s.charAt(i + 1) > '9') return false;
        return NumberRuns.reach(s, i, i + 2, NUMBERED_LOOK, ')', ",\u2013-");
    }

    /**
     * True when {@code sentence} is cited by its own cues, or continues a cited {@code previous} sentence
     * ({@code Among the 290 patients in this trial} after a sentence that cites the trial).
     */
    public static boolean cited(String sentence, String previous) {
        String s = bound(sentence);
        boolean own = own(s);
        if (!own && citedCue(s)) return true;
        if (previous == null || own) return false;
        return continues(s) && cited(previous);
    }

    /** {@link #CONTINUES} anywhere in {@code s}: each of its words starts with {@code th} at a word start. */
    static boolean continues(String s) {
        return StartScan.atTokenStarts(CONTINUES, s, CONTINUES_STARTS, CitationCues::continuesMayStart).find(0);
    }

    static final StartChars CONTINUES_STARTS = StartChars.of("", false, "t");

    /** Where {@link #CONTINUES} may start: {@code th} (either case) at a word start. */
    static boolean continuesMayStart(String s, int i) {
        return i + 1 < s.length() && (s.charAt(i + 1) | 0x20) == 'h' && StartScan.wordMayStart(s, i);
    }

    private static String bound(String s) {
        if (s == null) return "";
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }
}
