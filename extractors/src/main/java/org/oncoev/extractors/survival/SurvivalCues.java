package org.oncoev.extractors.survival;

import java.util.regex.Pattern;
import org.oncoev.extractors.survival.NumberScanner.Num;
import org.oncoev.extractors.text.Keywords;

/**
 * The wording around a number that tells a survival median or rate from other numbers: blocks before and after
 * a value, in the gap from its endpoint (follow-up, response, toxicity, risk, differences between arms), and cues
 * that a percentage is a rate (design sentences: {@link org.oncoev.extractors.text.DesignSentences}). Stateless.
 */
final class SurvivalCues {
    static final Pattern MEDIAN_PRE_BLOCK = Pattern.compile(
            "(?i)\\b(?:within|for|over|every|during|up\\s+to|since|before|last(?:ing|ed)?|per|aged?|(?<!rang(?:e|ed|es|ing)\\s)from|after|surpass(?:es)?|"
            + "exceed(?:s|ed)?|by|additional|further)\\s+(?:(?:only|almost|nearly|about|approximately|around|roughly|"
            + "more\\s+than|less\\s+than|at\\s+least|up\\s+to|a\\s+further|an\\s+additional)\\s+)?$");
    static final Pattern DIFFERENCE_BEFORE_ENDPOINT = Pattern.compile(
            "(?i)\\b(?:extension|extend\\w*|gain|improvement|prolongation|difference|increase|benefit)\\s+(?:of|in)\\s+"
            + "(?:the\\s+)?(?:[\\w-]+\\s+)?$");
    static final Pattern MEDIAN_POST_BLOCK = Pattern.compile(
            "(?i)^\\s*(?:of\\s+)?(?:follow|after|before|later|post|old|of\\s+age|from|since|earlier|prior|longer|"
            + "shorter|more|less|gain|delay|interval)");
    /** {@code after X} / {@code from X} past a median: the start of its clock, not a time point. */
    static final Pattern MEDIAN_POST_START = Pattern.compile(
            "(?i)^\\s*(?:after|from|since)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:randomi[sz]|diagnos|surgery|resection|operation|"
            + "treatment|therapy|transplant|enrol|registration|inclusion|radiotherapy|chemotherapy|start|initiation)");
    static final Pattern MEDIAN_GAP_BLOCK = Pattern.compile(
            "(?i)follow|respon|censor|duration|\\bage\\b|\\baged\\b|\\bstay|hospital|\\bmean\\b|\\brange\\b|interval\\s+(?:between|from)|\\bcycles?\\b|"
            + "\\bdoses?\\b|administ|infusion|"
            + "\\bwithin\\b|\\bdelay|toxicit|adverse|admission|operati|procedure|\\blonger\\s+by\\b|shorter\\s+by\\b");
    /** A word every {@link #MEDIAN_GAP_BLOCK} match holds (folded: found wherever the regex matches). */
    private static final Keywords GAP_BLOCK_WORDS = new Keywords("follow", "respon", "censor", "duration", "age", "stay",
            "hospital", "mean", "range", "interval", "cycle", "dose", "administ", "infusion", "within", "delay", "toxicit",
            "adverse", "admission", "operati", "procedure", "longer", "shorter");

    /** {@code MEDIAN_GAP_BLOCK.matcher(gap).find()}, run only where one of its words occurs. */
    static boolean medianGapBlocked(String gap) {
        return GAP_BLOCK_WORDS.in(gap) && MEDIAN_GAP_BLOCK.matcher(gap).find();
    }

    /** Words of a difference between arms: they block one value, not a comparison of two ({@code gain in OS (12 vs 9 months)}). */
    static final Pattern MEDIAN_DIFFERENCE_GAP = Pattern.compile(
            "(?i)extension|extend|\\bgain|difference|benefit|advantage|improvement");
    static final Pattern RATE_GAP_BLOCK = Pattern.compile(
            "(?i)respon|censor|\\bORR\\b|\\bHR\\b(?!\\s+(?:group|arm|cohort))|\\bDCR\\b|\\bCR\\b|\\bPR\\b|disease\\s+control|toxicit|adverse|incidence|\\bgrade|"
            + "\\brisk\\b|hazard|odds|ratio\\b|follow|mortality|recurrence\\s+rate|metasta|"
            + "complication|\\bdeaths?\\b|\\bevents?\\b|\\bby\\s+(?:up\\s+to\\s+|about\\s+|"
            + "approximately\\s+|nearly\\s+|only\\s+)?$");
    /** Words of a change or difference: they block one rate, not two compared or a range ({@code rose from 33% to 42%}). */
    static final Pattern RATE_CHANGE_GAP = Pattern.compile(
            "(?i)differen|reduc|decreas|increas|improv\\w*\\s+by\\b|\\bfrom\\s*$");
    static final Pattern RATE_POST_BLOCK = Pattern.compile(
            "(?i)^\\s*(?:of\\s+(?:the\\s+|all\\s+|these\\s+)?(?:patients|cases|subjects|participants)|had\\b|experienced|"
            + "developed|achieved|reduction|decrease|increase|improvement|(?:lower|higher|relative)\\s+risk|risk\\b|\\(\\d+/\\d+\\))");
    static final Pattern THRESHOLD_NOUN_AFTER = Pattern.compile(
            "\\s*(?!(?:in|at|for|and|or|vs|versus|with|of|was|were|is|are|respectively|compared|than|by|to|after|among|"
            + "from|between|on|during|per|whereas|while|but)\\b)[\\p{L}]");
    static final Pattern RATE_CUE = Pattern.compile("(?i)rates?\\b|probabilit|proportion|estimate|landmark");
    static final Pattern MEDIAN_WORD = Pattern.compile("(?i)\\bmedian\\b");
    static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:were|aged?|older|younger)\\s*(?:than\\s*)?$");
    static final Pattern AGE_GAP = Pattern.compile("(?i)\\bage|\\bold|patients|\\bwho\\b");

    private SurvivalCues() {}

    /**
     * A group threshold ({@code >10% weight loss}, {@code \u2264 5% WL}: a comparator, then a noun) or a
     * difference (a CI with a negative bound) rather than a survival rate.
     */
    static boolean notASurvivalRate(String s, Num v) {
        if (v.ciLow() != null && v.ciLow() < 0) return true;
        if (v.qualifier() == null) return false;
        return THRESHOLD_NOUN_AFTER.matcher(s).region(v.end(), Math.min(s.length(), v.end() + 40)).lookingAt();
    }
}
