package org.oncoev.extractors.cohort;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.DesignSentences;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * The words around a count that tell a study or arm size ({@code a total of 82 patients were enrolled})
 * from a subgroup count ({@code 3 patients achieved CR}, {@code 13 patients (37.1%)}). All patterns run on
 * bounded windows. Thread-safe.
 */
final class CohortCues {
    private CohortCues() {}

    /** Text before a count that makes it the object of a cohort verb ({@code analyzed 2577 patients}). */
    static final Pattern BEFORE_VERB = Pattern.compile("(?:\\b(?:enrolled|enrolling|included|recruited|recruiting|"
            + "randomi[sz]ed|assigned|allocated|analy[sz]ed|analy[sz]ing|involving|involved|comprising|comprised|enrolment of|"
            + "enrollment of|reviewed|data (?:from|of|on)|records of|cohort of|series of|population of|sample of|"
            + "consisting of|consisted of|composed of|comprised of|group of|studied|investigated|evaluated|assessed|identified|registered|accrued|"
            + "(?:stud(?:y|ies)|trials?|analys[ie]s|series|cohorts?|reviews?)\\s+(?:that\\s+|which\\s+)?(?:including|of|in|on|with)"
            + "(?:\\s+a\\s+total\\s+of)?)"
            + "\\s+(?:the\\s+|all\\s+|these\\s+|a\\s+|in\\s+all\\s+)?(?:first\\s+|initial\\s+)?(?:clinical\\s+)?(?:data\\s+(?:from|of)\\s+)?)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A study, trial or analysis of about so many patients ({@code a meta-analysis of more than 5,000 women},
     * {@code a trial including over 2200 patients}): the word qualifies the size, it is no lower bound of a subgroup.
     */
    static final Pattern STUDY_OF_ABOUT = Pattern.compile("(?i)\\b(?:stud(?:y|ies)|trials?|analys[ie]s|series|cohorts?)\\s+"
            + "(?:(?:that|which)\\s+)?(?:of|with|including|involving|in)\\s+(?:more\\s+than|over|nearly|almost|about|approximately)\\s+$");

    /** Text before a count that announces a total or a population ({@code a total of}, {@code among the}). */
    static final Pattern BEFORE_TOTAL = Pattern.compile("(?:\\b(?:a total of|total of|in total,?|overall,?|"
            + "among|of the|from the|out of|total)\\s+(?:the\\s+|all\\s+|these\\s+|a\\s+)?|(?<![\\p{L}(])[Nn]\\s?[=:]\\s?)$",
            Pattern.CASE_INSENSITIVE);

    /** A before-window that makes the count part of a fraction ({@code 3 of the 35}) or a range. */
    static final Pattern BEFORE_NEGATIVE = Pattern.compile(
            "(?:\\d\\s*(?:[(\\[][^()\\[\\]]{0,20}[)\\]]\\s*)?(?:of|out of)\\s+(?:the\\s+)?|[-\u2013~/]\\s*|\\d\\s+(?:to|and|or)\\s+|"
            + "\\b(?:aged?|age of|over|under|than|least|most|only|additional|another|every|per|each|"
            + "remaining\\s+\\d+\\s+and|excluded|excluding|except)\\s+(?:the\\s+)?|\\b(?:will|would|shall)\\s+(?:\\p{L}+\\s+){0,5}?)$",
            Pattern.CASE_INSENSITIVE);

    /** A fraction's numerator before a count: {@code eight (14%) of}, {@code 28 of the}. */
    static final Pattern FRACTION_BEFORE = Pattern.compile("(?i)(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|"
            + "ten|eleven|twelve|\\p{L}+teen|\\p{L}+ty))\\s*(?:[(\\[][^()\\[\\]]{0,20}[)\\]]\\s*)?(?:of|out of)\\s+(?:the\\s+)?$");

    /** The words a {@link #BEFORE_VERB} match starts with. */
    private static final Keywords VERB_LEADS = new Keywords("enrol", "includ", "recruit", "randomi", "assigned",
            "allocated", "analy", "involv", "compris", "review", "data ", "records of", "cohort", "series",
            "population of", "sample of", "consist", "composed of", "group of", "studied", "study", "studies", "investigated",
            "evaluated", "assessed", "identified", "registered", "accrued", "trial");
    /** The words a {@link #BEFORE_TOTAL} match starts with (the {@code N =} form aside). */
    private static final Keywords TOTAL_LEADS = new Keywords("a total of", "total", "in total", "overall", "among",
            "of the", "from the", "out of");
    /** The words a {@link #BEFORE_NEGATIVE} match starts with (the number and dash forms aside). */
    private static final Keywords NEGATIVE_LEADS = new Keywords("age", "over", "under", "than", "least", "most", "only",
            "additional", "another", "every", "per", "each", "remaining", "exclud", "except", "will", "would", "shall");

    static final StartChars VERB_STARTS = StartChars.of("", false, "eiracdspgt");
    static final StartChars TOTAL_STARTS = StartChars.of("", false, "aotifn");
    static final StartChars NEGATIVE_STARTS = StartChars.of("-\u2013~/", true, "aoutlmeprws");

    /** Verbs that make the subject count a study or arm size. */
    static final Set<String> COHORT_VERBS = Set.of("enrolled", "included", "recruited", "randomized", "randomised",
            "randomly", "analyzed", "analysed", "treated", "assigned", "allocated", "eligible", "accrued",
            "registered", "evaluable", "assessable", "studied", "selected", "identified", "suitable", "entered",
            "received", "receiving", "underwent", "undergoing", "participated", "met", "fulfilled", "comprised",
            "reviewed", "consented", "qualified", "involved", "divided", "stratified",
            "allotted", "entering", "meeting", "completed");

    /** Verbs that make the subject count a subgroup with an outcome or trait. */
    static final Set<String> SUBGROUP_VERBS = Set.of("had", "has", "have", "developed", "experienced", "achieved",
            "showed", "exhibited", "died", "suffered", "presented", "required", "discontinued", "withdrew",
            "relapsed", "progressed", "responded", "achieving", "reached", "occurred", "lost", "refused",
            "harbored", "harboured", "carried", "displayed", "survived", "obtained", "attained", "remained",
            "needed", "stopped", "dropped", "declined", "missed", "interrupted", "reported", "complained",
            // screened or assessed for eligibility: not yet in the study; excluded or classified into a subset
            "screened", "excluded", "classified");

    /** Words after which the verb search stops: the next clause has its own subject. */
    /** Like {@link #CLAUSE_BREAK} but commas do not end the clause (lists inside a qualifier). */
    static final Pattern SENTENCE_BREAK = Pattern.compile(
            "[;:.]\\s|\\b(?:among whom|of whom|of which|of these|of them|among them|including|whereas|while|but)\\b",
            Pattern.CASE_INSENSITIVE);

    static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[;:.]\\s|,\\s*+(?!who\\b|which\\b|that\\b|all\\b|and were\\b|were\\b)|\\b(?:among whom|of whom|of which|of these|of them|among them|including|whereas|while|but)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A percentage right after a count: {@code 13 (37.1%)}, {@code 13 patients (37.1%)}, {@code 13%}. */
    static final Pattern PERCENT_AFTER = Pattern.compile("^\\s*(?:\\[|\\()\\s*\\d{1,3}(?:[.\u00b7,]\\d+)?\\s*%|^\\s*%");

    private static final Set<String> MAIN_AUX = Set.of("were", "was", "are", "is", "had", "have", "has");

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /** Words that negate or hedge the verb that follows: {@code did not complete}, {@code could be evaluated}. */
    private static final Set<String> HEDGES = Set.of("not", "could", "would", "might", "may", "can", "cannot",
            "should", "never", "will", "shall", "be");

    /**
     * A sentence about a trial's design rather than its conduct: power, sample size, planned or required
     * numbers ({@code 45 patients per arm were to be randomised to reach 80% power}).
     */
    static final Pattern DESIGN_SENTENCE = Pattern.compile("(?i)\\b(?:power|sample size|to detect|were to be|was to be|"
            + "would be|will be|planned|(?:(?:is|are|was|were|be|been)\\s+)(?:required|needed)|(?:required|needed)\\s+(?:to|for|sample|number|a|an|the|at\\s+least|approximately|about|\\d)|"
            + "anticipated|expected|target(?:ed)?|accrual goal|"
            + "decided to|aim(?:ed)? to|in order to|intention was to|intended to|(?:was|were) calculated|(?:was|were) estimated|"
            + "estimated\\s+(?:enrol?lment|accrual|sample)|designed to\\s+(?:enrol?l|recruit|include|accrue|randomi[sz]e))\\b");

    /** Text before a count that makes it a design value: {@code planned to enrol}, {@code a target of}. */
    /** The words a {@link #DESIGN_SENTENCE} match starts with (its literal spaces match a space only). */
    private static final Keywords DESIGN_WORDS = new Keywords("power", "sample", "to detect", "were", "was", "would",
            "will", "planned", "is", "are", "be", "required", "needed", "anticipated", "expected", "target", "accrual",
            "decided", "aim", "in order", "intention", "intended", "estimated", "designed");
    static final StartChars DESIGN_STARTS = StartChars.of("", false, "pstwiabrnead");

    /**
     * A design sentence: the shared cues ({@link DesignSentences}: power, assumptions, hypotheses, margins) or a
     * planned, required or expected number ({@link #DESIGN_SENTENCE}, tried only at token starts where one of its
     * words starts).
     */
    static boolean designSentence(String s) {
        return StartScan.atTokenStarts(DESIGN_SENTENCE, s, DESIGN_STARTS, CohortCues::designMayStart).find(0)
                || DesignSentences.isDesign(s);
    }

    /** Where {@link #DESIGN_SENTENCE} may start: one of its first words at a word start. */
    static boolean designMayStart(String s, int i) {
        return StartScan.wordMayStart(s, i) && DESIGN_WORDS.at(s, i);
    }

    static final Pattern DESIGN_BEFORE = Pattern.compile("(?i)\\b(?:to|planned|required|needed|target(?:ed)?|"
            + "expected|estimated|anticipated|sample size of|accrual of)\\s+(?:[\\p{L}\\-]+\\s+){0,6}$");

    /** Adjectives between a count and its noun that state the count's cohort role: {@code 74 randomized patients}. */
    static final Pattern ROLE_MODIFIER = Pattern.compile("(?i)^\\s*(?:(?:consecutive|eligible)\\s+)?(?:randomi[sz]ed|"
            + "enrolled|recruited|registered|included|eligible|treated|analy[sz]ed)\\s+$");

    /** Modifiers that name a stage or class subset: {@code 53 T2 patients}, {@code 20 stage III patients}. */
    static final Pattern STAGE_MODIFIER = Pattern.compile("(?:^|\\s)(?:[TNM][0-4][a-c]?|stage|I{1,3}V?|IV[AB]?|"
            + "grade)(?:\\s|$)", Pattern.CASE_INSENSITIVE);

    /**
     * Text after a count's noun that makes it a subset: an outcome ({@code with CR}), a trait phrased with
     * {@code having}, material available for some ({@code for whom biomarker data were available}), evaluability
     * for one measure ({@code evaluable for HRQoL}), or a count of a whole country's patients.
     */
    static final Pattern SUBSET_AFTER = Pattern.compile("(?i)^\\s*(?:(?:with|achieving|who achieved)\\s+(?:an?\\s+)?(?:p?CR|PR|SD|PD|"
            + "complete|partial|stable|progressive|grade|objective)\\b|having\\b|[^.;]{0,40}\\b(?:for|in|from)\\s+whom\\b"
            + "[^.;]{0,60}\\bavailable\\b|(?:were\\s+|was\\s+)?(?:evaluable|assessable)\\s+for\\s+(?:the\\s+)?(?:HRQoL|QoL|"
            + "quality|response|tumou?r|pharmacokinetic|PK|biomarker)|(?:were\\s+|was\\s+)?(?:response|radiologically)[- ]"
            + "(?:evaluable|assessable)\\b|in\\s+the\\s+(?:UK|USA|US|United|world)\\b|"
            + "(?:diagnosed\\s+)?(?:worldwide|every year|each year|per year|annually)\\b)");
    /** {@link #SUBSET_AFTER} without its {@code for whom ... available} alternative: for text without {@code whom}. */
    private static final Pattern SUBSET_AFTER_NO_WHOM = Pattern.compile(SUBSET_AFTER.pattern().replace(
            "[^.;]{0,40}\\b(?:for|in|from)\\s+whom\\b[^.;]{0,60}\\bavailable\\b|", ""));
    private static final Keywords WHOM = new Keywords("whom");

    /** {@code SUBSET_AFTER.matcher(after).lookingAt()}, without the costly {@code whom} alternative where it cannot match. */
    static boolean subsetAfter(String after) {
        return (WHOM.in(after) ? SUBSET_AFTER : SUBSET_AFTER_NO_WHOM).matcher(after).lookingAt();
    }

    /** A noun followed by the population it makes up: {@code 236 patients in the primary analysis population}. */
    static final Pattern POPULATION_AFTER = Pattern.compile("(?i)^\\s*(?:in|of)\\s+the\\s+(?:[\\p{L}\\-]+\\s+){0,4}?"
            + "(?:population|analysis set|safety set)\\b");

    /** Text before a count that ties it to available material: {@code samples were available for 147 patients}. */
    static final Pattern AVAILABLE_BEFORE = Pattern.compile("(?i)\\bavailable\\s+(?:for|from|in)\\s+(?:the\\s+|all\\s+)?$");

    /** Words that qualify a count as a subgroup when nothing else marks it a cohort: {@code 41 patients with}. */
    static final Pattern QUALIFIED = Pattern.compile("^\\s*(?:with|without|who|whose|having|harbou?ring|showing)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first cohort (+1) or subgroup (-1) verb in {@code window} before a clause break, else 0. */
    static int firstVerb(String window) {
        return firstVerb(window, CLAUSE_BREAK);
    }

    /** As {@link #firstVerb(String)}, reading past commas: for counts qualified by a list of traits. */
    static int firstVerbPastCommas(String window) {
        return firstVerb(window, SENTENCE_BREAK);
    }

    private static int firstVerb(String window, Pattern breaks) {
        // words are read over the whole window and the break is looked for only at a deciding word: no word
        // straddles a break (each starts at a non-letter or after one), so this equals reading up to the break
        Matcher m = WORD.matcher(window);
        int relative = -1;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            // "cancer that had progressed ... were enrolled": a relative clause about the disease is skipped
            // up to the main verb ("were"/"was" at least two words later)
            if (word.equals("that") || word.equals("which")) { relative = 0; continue; }
            if (relative >= 0) {
                if (relative >= 2 && MAIN_AUX.contains(word)) relative = -1;
                else { relative++; continue; }
            }
            int decided = HEDGES.contains(word) ? -1 : COHORT_VERBS.contains(word) ? 1 : SUBGROUP_VERBS.contains(word) ? -1 : 0;
            if (decided != 0) return beforeBreak(window, breaks, m.end()) ? decided : 0;
        }
        return 0;
    }

    /** True when no match of {@code breaks} in {@code window} starts before {@code end}. */
    private static boolean beforeBreak(String window, Pattern breaks, int end) {
        return !new StartScan(breaks, window, BREAK_STARTS, CohortCues::breakMayStart).find(0, end);
    }

    /** The first characters of {@link #CLAUSE_BREAK} and {@link #SENTENCE_BREAK} (ASCII case folding only). */
    static final StartChars BREAK_STARTS = StartChars.of(";:.,", false, "aoiwb");

    /** A break's punctuation, or a letter where its {@code \b} may hold. */
    static boolean breakMayStart(String s, int i) {
        char c = s.charAt(i);
        return c == ';' || c == ':' || c == '.' || c == ',' || StartScan.wordMayStart(s, i);
    }

    /** True when {@link #BEFORE_NEGATIVE} ends {@code before} (a fraction, range, age or hedge before the count). */
    static boolean negativeBefore(String before) {
        return new StartScan(BEFORE_NEGATIVE, before, NEGATIVE_STARTS, CohortCues::negativeMayStart).find(0);
    }

    /**
     * 2 when a cohort verb governs the count, 1 when a total is announced, else 0; for a window without
     * {@link #negativeBefore} (the caller checks that first).
     */
    static int sizeCue(String before) {
        if (new StartScan(BEFORE_VERB, before, VERB_STARTS, CohortCues::verbMayStart).find(0)) return 2;
        return new StartScan(BEFORE_TOTAL, before, TOTAL_STARTS, CohortCues::totalMayStart).find(0) ? 1 : 0;
    }

    /** Where {@link #BEFORE_VERB} may start: one of its words at a word start. */
    static boolean verbMayStart(String s, int i) {
        return StartScan.wordMayStart(s, i) && VERB_LEADS.at(s, i);
    }

    /** Where {@link #BEFORE_NEGATIVE} may start: a digit, a dash, tilde or slash, or one of its words. */
    static boolean negativeMayStart(String s, int i) {
        char c = s.charAt(i);
        if ((c >= '0' && c <= '9') || c == '-' || c == '\u2013' || c == '~' || c == '/') return true;
        return StartScan.wordMayStart(s, i) && NEGATIVE_LEADS.at(s, i);
    }

    /** Where {@link #BEFORE_TOTAL} may start: one of its words, or an {@code N} after no letter or bracket. */
    static boolean totalMayStart(String s, int i) {
        char c = s.charAt(i);
        if (c == 'N' || c == 'n') {
            char b = i > 0 ? s.charAt(i - 1) : ' ';
            if (!Character.isLetter(b) && b != '(') return true;
        }
        return StartScan.wordMayStart(s, i) && TOTAL_LEADS.at(s, i);
    }
}
