package org.oncoev.extractors.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.StartScan;
import org.oncoev.extractors.arms.ArmPhrases;

/**
 * Arm sizes written as a run of parallel counts, one per arm: {@code 412 in the drug arm and 405 in the control
 * arm}, {@code 47 were randomized to receive A and 50 were randomized to receive B}, {@code 50 patients were
 * assigned to the X group and 50 to the Y group}, {@code (49 for A and 50 for B)}. A run needs two or more
 * counts joined only by commas, semicolons or {@code and}/{@code vs}; a run whose sentence describes exclusions,
 * events or a biomarker subset before it, or whose counts are followed by an outcome verb ({@code had},
 * {@code developed}), is not a list of arm sizes. Pure and thread-safe; callers bound the segment length.
 */
final class ArmSplits {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_SPACES = java.util.regex.Pattern.compile("\\s+");
    private ArmSplits() {}

    /** One count of a run: its offsets in the segment, the end of its label and the arm label as written. */
    record Split(int size, int start, int end, String label, double percent) {}

    private static final int MAX_LABEL = 80;
    /** A count, an optional percentage and noun, an optional assignment verb, then the word that leads to its arm. */
    static final Pattern HEAD = Pattern.compile("(?<![\\p{L}\\p{N}.,/\\-])(" + CountWords.COUNT + ")"
            + "(?:\\s*[(\\[]\\s*(\\d{1,3}(?:[.\u00b7]\\d+)?)\\s*%\\s*[)\\]])?\\s+"
            + "(?:(?:patients|subjects|participants|cases|pts|women|men)\\s+(?:[(\\[][\\p{L}\\p{N}\\s,.\\-]{1,60}[)\\]]\\s+)?)?"
            + "(?:(?:were|was)\\s+)?"
            + "(?:(?:randomly|subsequently|further|then|initially)\\s+)?"
            + "(?:(assigned|allocated|randomi[sz]ed)\\s+)?"
            + "(in|on|into|to|for|received|receiving|given|treated\\s+with)\\s+(?:receive\\s+|be\\s+treated\\s+with\\s+)?(?:either\\s+)?"
            + "(?:the\\s+|a\\s+|an\\s+)?", Pattern.CASE_INSENSITIVE);
    /** Where a label ends: punctuation, a clause word, or {@code and}/{@code or} before the next count. */
    private static final Pattern LABEL_END = Pattern.compile("\\s*(?:[,;:()\\[\\]]|\\.(?:\\s|$)|$)|\\s+(?:(?:and|or)\\s+"
            + "(?=\\d|(?:the|a)\\s)|vs\\.?|versus|while|whereas|but|who|which|were|was|had|have|has|respectively|"
            + "because|after|during|at|from|with|underwent|received)\\b", Pattern.CASE_INSENSITIVE);
    /** The word that closes a group label: {@code the control group}. */
    private static final Pattern GROUP_WORD = Pattern.compile("(?i)^(.+?)\\s+(?:treatment\\s+)?(?:group|arm|cohort)s?$");
    /** Text allowed between two counts of one run. */
    private static final Pattern JOINER = Pattern.compile("(?i)\\s*(?:[,;]\\s*)?(?:(?:and|while|whereas|vs\\.?|versus)\\s+)?");
    /** Words before a run that make its counts exclusions, events or subsets rather than arm sizes. */
    private static final Pattern NEGATIVE_PREFIX = Pattern.compile("(?i)\\b(?:exclud\\w*|withdr[ae]w\\w*|discontinu\\w*|"
            + "died|deaths?|events?|occurred|experienc\\w*|develop\\w*|grade|toxicit\\w*|adverse|respon\\w*|achiev\\w*|"
            + "progress\\w*|relaps\\w*|classified|amplif\\w*|mutat\\w*|positive|negative|expression|available|samples?|"
            + "screened|lost|ineligible|not|failed|declined|refused|subgroup|subset)\\b");
    /** Where the clause before a run starts: after the last comma, semicolon or colon. */
    /** A causal clause after a bracket: its verbs are not the subset's ({@code because four patients were lost}). */
    private static final Pattern CAUSE = Pattern.compile("(?is)\\b(?:because|since|as|owing|due)\\b.*");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:]\\s");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])" + CountWords.DIGITS + "(?![\\d.,]\\d|\\s*%)");
    /** Labels that name levels of a variable or a timepoint rather than a treatment arm. */
    static final Pattern LEVEL_LABEL = Pattern.compile("(?i)(?:.*\\b(?:risk|stage|grade|age[ds]?|years?|months?|"
            + "weeks?|days?|low|high|positive|negative|mutant|wild-type|male|female|men|women|total|each|both|"
            + "either|all|other|two|three)\\b.*|.*\\d{4}.*"
            // the upper end of a value range ({@code 20 to <30}, {@code 5 to 10}): no arm
            + "|[<>\u2264\u2265\u2a7d\u2a7e].*|\\d+(?:[.,]\\d+)?\\s*%?)");
    private static final Pattern FILLER_LEAD = Pattern.compile("(?i)^(?:(?:\\d+|one|two|three|four|six|twelve)\\s+)?"
            + "(?:further\\s+|more\\s+|additional\\s+)?(?:cycles?|courses?|doses?)\\s+of\\s+");

    /** The runs of parallel arm counts in a segment. */
    static List<Split> runs(String s) {
        return runs(s, true);
    }

    /**
     * {@link #runs(String)}; {@code runWordFolded}: one of {@link #RUN_WORD_LIST} may occur in {@code s} (false only
     * when none occurs even folded, as {@link SegmentWords} finds).
     */
    static List<Split> runs(String s, boolean runWordFolded) {
        List<Split> out = new ArrayList<>();
        if (!runWordFolded || !mayHaveRun(s)) return out;
        // the regex is tried only where a count can start with a lead word before the head's set ends (ArmSplitStarts)
        StartScan scan = StartScan.atTokenStarts(HEAD, s, CountStarts.FIRST, new ArmSplitStarts());
        List<Split> run = new ArrayList<>();
        int runEnd = -1;
        int from = 0;
        while (from < s.length() && scan.find(from)) {
            Matcher m = scan.matcher();
            Split item = item(s, m);
            from = m.end(1);
            if (item == null) continue;
            if (!run.isEmpty() && !JOINER.matcher(s.substring(runEnd, item.start())).matches()) {
                flush(s, run, out);
                run.clear();
            }
            run.add(item);
            runEnd = item.end();
            from = Math.max(from, item.end());
        }
        flush(s, run, out);
        return out;
    }

    /** Cheap filter: a run needs a group word, a dispatch word or {@code for}. */
    private static boolean mayHaveRun(String s) {
        return RUN_WORDS.in(s);
    }

    static final String[] RUN_WORD_LIST = {" group", " arm", " cohort", "assigned", "allocated",
            "randomi", " for ", "receiv"};
    private static final LowerContains RUN_WORDS = new LowerContains(RUN_WORD_LIST);

    private static Split item(String s, Matcher m) {
        int size = CountWords.parse(m.group(1));
        if (size < 2) return null;
        String prep = m.group(4).toLowerCase(Locale.ROOT);
        int labelStart = m.end();
        Matcher end = LABEL_END.matcher(s).region(labelStart, Math.min(s.length(), labelStart + MAX_LABEL));
        if (!end.find() || end.start() <= labelStart) return null;
        String raw = s.substring(labelStart, end.start());
        Matcher g = GROUP_WORD.matcher(raw);
        String label;
        if (g.matches()) {
            label = g.group(1);
        } else if (prep.equals("in") || prep.equals("on") || prep.equals("into")) {
            return null; // "12 in 2010", "8 in the liver": only a group word makes "in" an arm
        } else {
            label = raw;
            if (prep.equals("for") && RX_SPACES.split(label).length > 3) return null;
        }
        label = FILLER_LEAD.matcher(label.strip()).replaceFirst("");
        if (label.isEmpty() || RX_SPACES.split(label).length > 6 || LEVEL_LABEL.matcher(label).matches()) return null;
        ArmPhrases.ArmPhrase ph = ArmPhrases.endingAt(label, label.length());
        if (ph != null && ph.start() > 0 && !g.matches()) label = ph.label();
        double percent = m.group(2) == null ? -1 : Double.parseDouble(m.group(2).replace('\u00b7', '.'));
        return new Split(size, m.start(1), labelStart + raw.length(), label.strip(), percent);
    }

    /**
     * True when the clause that ends {@code prefix} describes exclusions, events or a subset, or opens with nothing but a
     * link ({@code including}, {@code of whom}, a semicolon) after a clause ending in an event ({@code 140 had died}).
     */
    static boolean negativeClause(String prefix) {
        int clause = 0;
        int before = 0;
        for (Matcher c = CLAUSE_MARK.matcher(prefix); c.find(); ) {
            before = clause;
            clause = c.end();
        }
        String last = prefix.substring(clause);
        if (NEGATIVE_PREFIX.matcher(last).find()) return true;
        // a run opening its clause continues the one before: "140 had died, including 66 in A", "140 died; 66 in A"
        return clause > 0 && LINK_ONLY.matcher(last).matches() && EVENTS.matcher(prefix.substring(before, clause)).find();
    }

    /** A clause ending in an outcome event ({@code 140 patients had died}): no cohort, nor are the per-arm counts after it. */
    private static final Pattern EVENTS = Pattern.compile("(?i)\\b(?:died|dead|deaths?|events?|progressed|relapsed|recurred)[\\s,;:]*$");
    /** What may open a clause that only spells out the counts of the clause before it. */
    private static final Pattern LINK_ONLY = Pattern.compile("(?i)\\s*(?:including|of\\s+(?:whom|these|them)|namely|i\\.e\\.,?|comprising)?\\s*");

    /** Keeps a run of two or more counts unless its sentence or what follows it marks a subset. */
    private static void flush(String s, List<Split> run, List<Split> out) {
        if (run.size() < 2) return;
        String prefix = s.substring(0, run.get(0).start());
        if (negativeClause(prefix)) return;
        int last = run.get(run.size() - 1).end();
        String after = s.substring(last, Math.min(s.length(), last + 120));
        int close = after.indexOf(')');
        if (CohortCues.firstVerb(close >= 0 ? after.substring(0, close) : after) < 0) return;
        if (close >= 0) {
            // "(19 in A and 19 in B) with high NTX levels", "(...) had PD": the bracket splits a subset
            String outside = CAUSE.matcher(after.substring(close + 1)).replaceFirst("");
            if (CohortCues.QUALIFIED.matcher(outside).lookingAt() || CohortCues.firstVerb(outside) < 0) return;
        }
        Split total = total(prefix, run);
        if (!sharesOut(run) && !(mostOfEachArm(run) && CohortCues.firstVerb(after) > 0)) return;
        out.addAll(run);
        if (total != null) out.add(total);
    }

    /**
     * True when no count of the run carries a percentage, or the percentages split one whole (they add up to
     * about 100): {@code 83 (48.5%) in A and 88 (51.5%) in B}; events per arm ({@code 5 (15%) in A}) do not.
     */
    private static boolean sharesOut(List<Split> run) {
        double sum = 0;
        boolean any = false;
        for (Split x : run) {
            if (x.percent() >= 0) { any = true; sum += x.percent(); }
        }
        return !any || Math.abs(sum - 100) <= 1.5;
    }

    /**
     * True when every count of the run carries a percentage of at least {@value #MOST_OF_ARM}%: with a cohort verb
     * after the run ({@code 97 (96%) in A and 95 (97%) in B received the assigned treatment}) each count is the
     * treated part of its arm, not a subgroup with an outcome.
     */
    private static boolean mostOfEachArm(List<Split> run) {
        for (Split x : run) if (x.percent() < MOST_OF_ARM) return false;
        return true;
    }

    private static final int MOST_OF_ARM = 80;

    /** The count just before a run that the run's counts add up to ({@code 543 patients (273 in A and 270 in B)}). */
    private static Split total(String prefix, List<Split> run) {
        int sum = 0;
        for (Split x : run) sum += x.size();
        int from = Math.max(0, prefix.length() - 60);
        Matcher n = NUMBER.matcher(prefix).region(from, prefix.length());
        Split found = null;
        while (n.find()) {
            if (CountWords.parse(n.group()) == sum) found = new Split(sum, n.start(), n.end(), null, -1);
        }
        return found;
    }
}
