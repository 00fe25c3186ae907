package org.oncoev.extractors.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.NumberRuns;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Group sizes stated as lists rather than one count per noun: a population split into groups sharing one noun
 * ({@code there were 120 low-risk, 95 intermediate-risk and 40 high-risk patients}), a total broken down by arm
 * in brackets ({@code 90 (44: drug A, 46: drug B)}, kept only when the parts add up to the total) and arm
 * sizes in table headers split over two lines ({@code Arm A} then {@code n = 45} on the next line, often joined
 * by a space, the label glued to the cell before; kept only when the segment holds two or more such headers). Pure and thread-safe; callers bound the segment length.
 */
final class CohortLists {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_WORD_BREAK = java.util.regex.Pattern.compile("[\\s\\-]+");
    private CohortLists() {}

    /** One group size: the count's offsets in the segment, the end of its evidence and the group label. */
    record Listed(int size, int start, int end, String label) {}

    private static final String NOUNS = "patients|subjects|participants|cases|individuals|women|men";
    /** Words that introduce the study's groups, not outcomes: {@code there were}, {@code stratified into}. */
    static final Pattern POPULATION_CUE = Pattern.compile("\\b(?:there\\s+(?:were|was|are)|compris(?:ed|ing)"
            + "(?:\\s+of)?|consist(?:ed|ing)\\s+of|includ(?:ed|ing)|(?:divided|stratified|separated|classified|"
            + "categori[sz]ed|grouped)\\s+into)\\s++(?=\\d)", Pattern.CASE_INSENSITIVE);
    /** The words a {@link #POPULATION_CUE} starts with. */
    private static final Keywords CUE_WORDS = new Keywords("there", "compris", "consist", "includ", "divided",
            "stratified", "separated", "classified", "categori", "grouped");
    static final StartChars CUE_STARTS = StartChars.of("", false, "tcidsg");
    static final StartChars DIGITS = StartChars.of("", true, "");
    private static final Pattern ITEM = Pattern.compile("\\G(" + CountWords.DIGITS + ")\\s+([\\p{L}][\\p{L}\\p{N}\\-]{0,30}+"
            + "(?:\\s+(?!(?:and|" + NOUNS + ")\\b)[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]{0,30}+)?)(\\s*,\\s*(?:and\\s+)?|\\s+and\\s+"
            + "|\\s+(?:" + NOUNS + ")\\b)", Pattern.CASE_INSENSITIVE);
    /** Labels that make a list one of outcomes or grades rather than groups. */
    private static final Set<String> OUTCOME_WORDS = Set.of("grade", "fatal", "complete", "partial", "stable",
            "progressive", "response", "responses", "death", "deaths", "event", "events", "adverse", "toxic", "new",
            "more", "fewer", "additional", "other", "evaluable", "eligible", "excluded", "ineligible");
    static final Pattern ARM_BREAKDOWN = Pattern.compile("(?<![\\d.,])(" + CountWords.DIGITS + ")\\s*\\(\\s*(\\d{1,6})"
            + "\\s*:\\s*([^,;:()]{1,60}?)\\s*(?:,|;|\\band\\b)\\s*(\\d{1,6})\\s*:\\s*([^,;:()]{1,60}?)\\s*\\)");
    /** A header cell then a bare {@code n = N} after a line break or space (PDF text joins the lines). */
    private static final int HEADER_UNITS = 60;
    static final Pattern SPLIT_HEADER = Pattern.compile("((?:[^\\n()\\[\\]=;:.]|\\(%\\)){1," + HEADER_UNITS + "}?)\\s+[nN]\\s*=\\s*(\\d{1,7})"
            + "(?![\\d.,]|\\s*[)\\]])");
    /** Cell boundaries inside a header line: a tab, two spaces, a glued lower-to-upper or digit-to-letter step. */
    private static final Pattern CELL_BREAK = Pattern.compile("\\t|\\s{2,}|(?<=[a-z\\d)])(?=[A-Z])");
    private static final Pattern LABEL = Pattern.compile("[A-Z][\\p{L}\\p{N}+\\-/ ]{0,29}");
    /** Header labels that name levels of a variable (biomarker tertiles, sexes): subgroups, not arms. */
    private static final Pattern LEVEL_LABEL = Pattern.compile("(?i)(?:low|intermediate|high|medium|moderate|positive|"
            + "negative|yes|no|male|female|men|women|q[1-4]|t[1-3]|tertile.*|quartile.*|quintile.*|other|unknown)");
    private static final Pattern PERCENT_MARK = Pattern.compile("\\s*\\(%\\)\\s*$");

    /** Counts sharing one noun after a cohort verb: {@code the two series enrolled 318 and 156 patients respectively}. */
    static final Pattern COUNTS_SHARING_NOUN = Pattern.compile("(?i)\\b(?:includ(?:ed|ing)|enrol?l(?:ed|ing)|"
            + "recruit(?:ed|ing)|randomi[sz](?:ed|ing)|compris(?:ed|ing)|involv(?:ed|ing)|analy[sz](?:ed|ing)|"
            + "accrued|registered)\\s+((?:" + CountWords.DIGITS + "\\s*,\\s*){0,4}" + CountWords.DIGITS + "\\s*,?\\s+and\\s+"
            + CountWords.DIGITS + ")\\s+(?:" + NOUNS + ")\\b");
    private static final Pattern LISTED_NUMBER = Pattern.compile(CountWords.DIGITS);

    /** Two counts given out to two groups by {@code respectively}, then a cohort verb: {@code 40 and 42 arm A and B patients, respectively, were treated}. */
    static final Pattern RESPECTIVE_COUNTS = Pattern.compile("(?i)(?<![\\d.,])(" + CountWords.DIGITS + ")\\s+and\\s+("
            + CountWords.DIGITS + ")\\s+((?:[\\p{L}\\p{N}\\-]+\\s+){0,6}?)(?:" + NOUNS + ")?\\s*,?\\s*respectively\\s*,?\\s+"
            + "(?:were|was|had\\s+been)\\s+(?:\\p{L}+ly\\s+)?(?:treated|enrolled|included|randomi[sz]ed|assigned|allocated|"
            + "analy[sz]ed|registered)\\b");
    /**
     * Sizes from {@link #RESPECTIVE_COUNTS}, without labels: the groups named between count and verb are often
     * letters the document names otherwise, and an arm-less size takes the arm of the same size named elsewhere. Callers gate it with {@link ListTriggers}.
     */
    static List<Listed> respectiveCounts(String s) {
        List<Listed> out = new ArrayList<>();
        StartScan scan = new StartScan(RESPECTIVE_COUNTS, s, DIGITS, CohortLists::respectiveMayStart);
        for (int from = 0; scan.find(from); from = scan.next()) {
            Matcher m = scan.matcher();
            out.add(new Listed(CountWords.parse(m.group(1)), m.start(1), m.end(1), null));
            out.add(new Listed(CountWords.parse(m.group(2)), m.start(2), m.end(2), null));
        }
        return out;
    }

    private static final Keywords AND = new Keywords("and");

    /** Where {@link #RESPECTIVE_COUNTS} may start: {@link #numberMayStart}, a count then {@code \s} and {@code and}. */
    static boolean respectiveMayStart(String s, int i) {
        return numberMayStart(s, i) && CountStarts.digitsThen(s, i, AND, false);
    }

    /** Sizes from {@link #COUNTS_SHARING_NOUN}, each without a label. */
    static List<Listed> countsSharingNoun(String s) {
        List<Listed> out = new ArrayList<>();
        if (s.indexOf(" and ") < 0 || !hasCohortVerb(s)) return out;
        StartScan scan = StartScan.atTokenStarts(COUNTS_SHARING_NOUN, s, VERB_STARTS, CohortLists::verbMayStart);
        for (int from = 0; scan.find(from); from = scan.next()) {
            Matcher m = scan.matcher();
            Matcher n = LISTED_NUMBER.matcher(s).region(m.start(1), m.end(1));
            while (n.find()) out.add(new Listed(CountWords.parse(n.group()), n.start(), n.end(), null));
        }
        return out;
    }

    private static final String[] COHORT_VERB_STEMS = {"includ", "enrol", "recruit", "randomi", "compris", "involv",
            "analysed", "analyzed", "analysing", "analyzing", "accrued", "registered"};
    private static final LowerContains COHORT_VERB_WORDS = new LowerContains(COHORT_VERB_STEMS);

    /** The words a {@link #COUNTS_SHARING_NOUN} match starts with, and their first letters (folded ones too). */
    private static final Keywords COHORT_VERBS = new Keywords("includ", "enrol", "recruit", "randomi", "compris",
            "involv", "analy", "accrued", "registered");
    static final StartChars VERB_STARTS = StartChars.of("\u0130\u0131", false, "ierca");

    /** Where {@link #COUNTS_SHARING_NOUN} may start: one of its verbs, at a word start. */
    static boolean verbMayStart(String s, int i) {
        return StartScan.wordMayStart(s, i) && COHORT_VERBS.at(s, i);
    }

    /** Cheap filter: one of {@link #COUNTS_SHARING_NOUN}'s verbs is in the text (lower-casing folds at least as much). */
    private static boolean hasCohortVerb(String s) {
        return COHORT_VERB_WORDS.in(s);
    }

    /** Sizes from a shared-noun list introduced as the study population. */
    static List<Listed> sharedNoun(String s) {
        List<Listed> out = new ArrayList<>();
        StartScan cueScan = StartScan.atTokenStarts(POPULATION_CUE, s, CUE_STARTS, CohortLists::cueMayStart);
        for (int from = 0; cueScan.find(from); from = cueScan.next()) {
            Matcher cue = cueScan.matcher();
            Matcher m = ITEM.matcher(s).region(cue.end(), Math.min(s.length(), cue.end() + 400));
            List<Listed> items = new ArrayList<>();
            boolean closed = false;
            while (m.find()) {
                if (!plausibleLabel(m.group(2))) { items.clear(); break; }
                items.add(new Listed(CountWords.parse(m.group(1)), m.start(1), m.end(2), m.group(2)));
                if (RX_NOUN.matcher(m.group(3).strip()).matches()) {
                    closed = true;
                    break;
                }
            }
            if (closed && items.size() >= 2) out.addAll(items);
        }
        return out;
    }

    /** Where {@link #POPULATION_CUE} may start: one of its first words, at a word start. */
    static boolean cueMayStart(String s, int i) {
        char c = Folded.fold(s.charAt(i));
        if ("tcidsg".indexOf(c) < 0 || !StartScan.wordMayStart(s, i)) return false;
        return CUE_WORDS.at(s, i);
    }

    /** Arm sizes from {@code N (a: arm A, b: arm B)} when a + b = N. */
    static List<Listed> armBreakdown(String s) {
        List<Listed> out = new ArrayList<>();
        if (s.indexOf(':') < 0) return out; // every breakdown has "a: arm"
        StartScan mScan = new StartScan(ARM_BREAKDOWN, s, DIGITS, CohortLists::breakdownMayStart);
        for (int from = 0; mScan.find(from); from = mScan.next()) {
            Matcher m = mScan.matcher();
            int total = CountWords.parse(m.group(1));
            int a = Integer.parseInt(m.group(2));
            int b = Integer.parseInt(m.group(4));
            if (total <= 0 || a + b != total) continue;
            out.add(new Listed(a, m.start(2), m.end(3), m.group(3).strip()));
            out.add(new Listed(b, m.start(4), m.end(5), m.group(5).strip()));
        }
        return out;
    }

    /** Arm sizes from header cells split over two lines: {@code Arm A} newline {@code n = 45}. */
    static List<Listed> splitHeaders(String s) {
        boolean[] starts = headerStarts(s);
        if (starts == null) return List.of();
        List<Listed> out = new ArrayList<>();
        StartScan mScan = new StartScan(SPLIT_HEADER, s, StartChars.any(), (t, i) -> starts[i]);
        for (int from = 0; mScan.find(from); from = mScan.next()) {
            Matcher m = mScan.matcher();
            String line = PERCENT_MARK.matcher(m.group(1)).replaceFirst("");
            int cut = 0;
            Matcher br = CELL_BREAK.matcher(line);
            while (br.find()) cut = br.end();
            String label = line.substring(cut).strip();
            if (!LABEL.matcher(label).matches() || LEVEL_LABEL.matcher(label).matches()) continue;
            int start = m.start(1) + line.indexOf(label, cut);
            out.add(new Listed(Integer.parseInt(m.group(2)), start, m.end(2), label));
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * Where a {@link #SPLIT_HEADER} match may start, or null when {@code s} has no {@code \s+[nN]\s*=} at all (the
     * common case). A match is a header of at most {@value #HEADER_UNITS} units (a character other than
     * {@code \n ( ) [ ] = ; : .}, or {@code (%)}) ending at or after the space run before the {@code n}: so it
     * starts within that many units, walked back from the run, of such an {@code n}.
     */
    static boolean[] headerStarts(String s) {
        boolean[] starts = null;
        for (int eq = s.indexOf('='); eq >= 0; eq = s.indexOf('=', eq + 1)) {
            int n = eq - 1;
            while (n >= 0 && Folded.isRegexSpace(s.charAt(n))) n--;
            if (n < 1 || (s.charAt(n) != 'n' && s.charAt(n) != 'N') || !Folded.isRegexSpace(s.charAt(n - 1))) continue;
            int start = n - 1;
            while (start > 0 && Folded.isRegexSpace(s.charAt(start - 1))) start--;
            for (int units = 0; units < HEADER_UNITS && start > 0; units++) {
                char c = s.charAt(start - 1);
                if (c == ')' && start >= 3 && s.charAt(start - 2) == '%' && s.charAt(start - 3) == '(') start -= 3;
                else if (Character.isLowSurrogate(c) && start >= 2 && Character.isHighSurrogate(s.charAt(start - 2))) start -= 2;
                else if ("\n()[]=;:.".indexOf(c) < 0) start--;
                else break;
            }
            if (starts == null) starts = new boolean[s.length()];
            java.util.Arrays.fill(starts, start, n, true);
        }
        return starts;
    }

    /** Where {@link #ARM_BREAKDOWN} may start: a digit not after a digit, point or comma (its lookbehind). */
    static boolean numberMayStart(String s, int i) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') return false;
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        return !(before == '.' || before == ',' || (before >= '0' && before <= '9'));
    }

    /** How far {@link #breakdownMayStart} reads a count and spaces before it lets the regex decide. */
    private static final int BREAKDOWN_LOOK = 64;

    /**
     * Where {@link #ARM_BREAKDOWN} may start: {@link #numberMayStart}, and the count (digits and thousands
     * separators) and spaces after it end at a {@code (} (or run on past {@value #BREAKDOWN_LOOK} characters).
     */
    static boolean breakdownMayStart(String s, int i) {
        return numberMayStart(s, i) && NumberRuns.reach(s, i, i + 1, BREAKDOWN_LOOK, '(', ",\u2009\u202f");
    }

    private static boolean plausibleLabel(String label) {
        if (ArmSplits.LEVEL_LABEL.matcher(label).matches()) return false; // risk or stage strata, not arms
        for (String w : RX_WORD_BREAK.split(label.toLowerCase(Locale.ROOT))) {
            if (OUTCOME_WORDS.contains(w) || w.chars().anyMatch(Character::isDigit)) return false;
        }
        return true;
    }
    private static final java.util.regex.Pattern RX_NOUN = java.util.regex.Pattern.compile("(?i)" + NOUNS);
}
