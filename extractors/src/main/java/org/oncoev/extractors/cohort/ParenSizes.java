package org.oncoev.extractors.cohort;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.arms.ArmPhrases;
import org.oncoev.extractors.arms.ArmPhrases.ArmPhrase;
import org.oncoev.extractors.arms.ArmResolver;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.StartScan;

/**
 * Sizes written in brackets after the group they count: an arm ({@code FOLFOX (n=32)}, {@code Arm A (n = 63)},
 * {@code the control group (n = 319)}, {@code everolimus 10 mg/d (n = 207)}), the whole population
 * ({@code All patients (n = 66)}, {@code the combined analysis (n = 278 patients)}) or an arm named in a
 * randomisation sentence ({@code randomly assigned to a 1 cm margin (n = 453)}). Items of a list introduced by
 * {@code included}/{@code such as} are not groups. Pure and thread-safe; callers bound the segment length.
 */
final class ParenSizes {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_JOINER = java.util.regex.Pattern.compile("or|and|versus|vs.?");
    private static final java.util.regex.Pattern RX_HAS_DIGIT = java.util.regex.Pattern.compile(".*\\d.*");
    private static final java.util.regex.Pattern RX_SPACES = java.util.regex.Pattern.compile("\\s+");
    private ParenSizes() {}

    /** A size in brackets: {@code (n = 45)}, {@code (38.6%, n = 88)}, {@code (n=237, figure 1)}. */
    static final Pattern SIZE_IN_PARENS = Pattern.compile("\\(\\s*(?:\\d{1,3}(?:[.\u00b7]\\d+)?\\s*%\\s*[,;]\\s*)?[$*]{0,2}\\s*[nN]\\s*[$*]{0,2}\\s*[=:]\\s*"
            + "[$*]{0,2}\\s*(" + CountWords.DIGITS + ")\\s*[$*]{0,2}\\s*(?:patients\\s*)?(?:\\)|[,;]\\s)",
            Pattern.CASE_INSENSITIVE);

    /** A dose closing an arm label: {@code everolimus 10 mg/d (n = 207)}. */
    private static final Pattern TRAILING_DOSE = Pattern.compile("(?i)\\s+\\d+(?:[.,]\\d+)?\\s*(?:mg|g|ug|\u00b5g|mcg|Gy|IU)"
            + "(?:\\s*/\\s*[\\p{L}\\d\u00b2]{1,5}){0,2}\\s*$");

    private static final Pattern NAMED_ARM = Pattern.compile("(?i)^.{0,100}\\b(to|either|or|and|versus|vs\\.?)\\s+(?:either\\s+)?(?:receive\\s+)?(?:the\\s+|a\\s+|an\\s+)?(?:total\\s+)?"
            + "((?:[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*\\s+){0,5}[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*)\\s*$");

    static final Pattern GROUP_END = Pattern.compile("\\s(?:group|arm|cohort)\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern LETTERED_END = Pattern.compile("\\b((?:group|arm|cohort)\\s+(?:[A-D]|[1-4]|I{1,3}|IV))"
            + "\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern WHOLE_END = Pattern.compile("(?:^|\\b(?:all|total|overall|enrolled|eligible|included|"
            + "evaluable|randomi[sz]ed|analy[sz]ed|study)\\s+)(?:patients|subjects|participants|cases|population|"
            + "cohort)?\\s*$|\\b(?:total|overall|all patients|whole cohort)\\s*$|\\b(?:combined|pooled|overall|total|whole|"
            + "entire|trial|study)\\s+(?:\\p{L}+\\s+){0,4}?(?:analysis|trials?|stud(?:y|ies)|population|cohort|series)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A study named with a determiner before its size: {@code one small study (n = 80)}, {@code a phase II trial
     * (n = 81)}, {@code the matched analysis (n = 401)}: a (cited) study's population. A study still to come is none.
     */
    private static final Pattern STUDY_END = Pattern.compile("(?i)\\b(?:a|an|one|the\\s+other|this|our|the\\s+present|"
            + "the\\s+current|the\\s+matched)\\s+(?:[\\p{L}\\p{N}\\-/]+\\s+){0,4}?(?:stud(?:y|ies)|trial|analysis|"
            + "meta-analysis|series)\\s*$");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:future|planned|proposed|ongoing|upcoming|next)\\b");

    /** A list of items rather than arms: {@code other regimens included goserelin (n = 3)}. */
    private static final Pattern INCLUDED_LIST = Pattern.compile("(?i)\\b(?:included|including|such as|e\\.g\\.|namely|mainly)\\b");

    private static final Pattern SUBGROUP_WORDS = Pattern.compile("\\b(?:with|without|who|had|having|aged|age)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Receives each size found (offsets in the segment; {@code bracket} is the opening bracket); returns false when the caller does not keep it (a count already taken). */
    @FunctionalInterface
    interface Sink {
        boolean accept(int size, int countStart, int bracket, int start, int end, String arm);
    }

    /**
     * Reports each plausible size in brackets in segment {@code s} with its arm label (null for the whole study),
     * in text order; a bracket without a recognisable arm or whole-study label before it is skipped.
     */
    /**
     * Where {@link #SIZE_IN_PARENS} may start: a bracket whose next character but {@code \s} is a digit (a percentage
     * first), {@code $}, {@code *} or {@code n}/{@code N}.
     */
    static boolean sizeMayStart(String s, int i) {
        if (s.charAt(i) != '(') return false;
        int j = i + 1;
        while (j < s.length() && Folded.isRegexSpace(s.charAt(j))) j++;
        if (j >= s.length()) return false;
        char c = s.charAt(j);
        return c >= '0' && c <= '9' || c == '$' || c == '*' || c == 'n' || c == 'N';
    }

    static void find(String s, ArmResolver arms, Sink sink) {
        // every size starts with its bracket: the regex is tried only at brackets
        StartScan scan = StartScan.atLiteral(SIZE_IN_PARENS, s, "(", ParenSizes::sizeMayStart);
        Randomised randomised = new Randomised(s);
        boolean previousWasArm = false;
        for (int from = 0; scan.find(from); from = scan.next()) {
            Matcher m = scan.matcher();
            int size = CountWords.parse(m.group(1));
            if (size < 2) continue;
            int cellStart = cellStart(s, m.start());
            String cell = s.substring(cellStart, m.start()).stripTrailing();
            if (INCLUDED_LIST.matcher(NounArms.lastClause(s.substring(Math.max(0, m.start() - 120), m.start()))).find()
                    && !randomised.in()) continue;
            String arm;
            int armStart = -1; // where the arm's name starts, when one was read from the cell
            Matcher lettered = LETTERED_END.matcher(cell);
            Matcher group = GROUP_END.matcher(cell);
            if (lettered.find()) {
                arm = arms.resolve(lettered.group(1));
                armStart = cellStart + lettered.start();
            } else {
                Matcher dose = TRAILING_DOSE.matcher(cell);
                int phraseEnd = group.find() ? group.start() : dose.find() ? dose.start() : cell.length();
                ArmPhrase ph = ArmPhrases.endingAt(cell, phraseEnd);
                String grouped = phraseEnd < cell.length() ? GroupLabels.before(cell, phraseEnd) : null;
                if (ph != null && phraseEnd - ph.end() <= 2) {
                    arm = NounArms.label(arms, withoutCaption(ph), true);
                    armStart = cellStart + withoutCaption(ph).start();
                } else if (grouped != null && !SUBGROUP_WORDS.matcher(cell).find()) {
                    arm = grouped;
                } else if ((WHOLE_END.matcher(cell).find() || studyBefore(cell)) && !SUBGROUP_WORDS.matcher(cell).find()) {
                    arm = null;
                } else {
                    ArmPhrase named = randomised.in() ? namedAfterAssignment(s, cellStart, m.start(), previousWasArm) : null;
                    if (named == null) continue;
                    arm = NounArms.label(arms, named, true);
                    armStart = named.start();
                }
            }
            int start = armStart >= 0 ? armStart : wordStart(s, cellStart, m.start());
            if (sink.accept(size, m.start(1), m.start(), start, m.end(), arm)) previousWasArm = arm != null;
        }
    }

    /**
     * An arm without a treatment word in a randomisation sentence ({@code randomly assigned to a 1 cm margin
     * (n = 453)}, {@code 41 to the concurrent regimen}): up to six words after {@code to}, {@code either},
     * {@code or} or {@code versus}, ending before {@code end}; for a sentence that assigns patients ({@link Randomised}).
     */
    private static ArmPhrase namedAfterAssignment(String s, int from, int end, boolean previousWasArm) {
        Matcher m = NAMED_ARM.matcher(s.substring(from, end));
        if (!m.find()) return null;
        // "or B (n = 9)", "and B (n = 9)" continue a list of arms only; a lone "or IVM1a (n = 9)" lists traits
        if (RX_JOINER.matcher(m.group(1).toLowerCase(java.util.Locale.ROOT)).matches() && !previousWasArm) return null;
        String label = m.group(2).strip();
        // after "and" only a short name: "and B (n = 9)", not "and 12 of them (n = 5)"
        if (m.group(1).equalsIgnoreCase("and") && (RX_HAS_DIGIT.matcher(label).matches() || RX_SPACES.split(label).length > 3)) return null;
        int start = from + m.start(2);
        return new ArmPhrase(start, start + label.length(), label, label.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether {@link CohortExtractor#RANDOMISED} occurs in a segment: searched once, when first asked. */
    private static final class Randomised {
        private final String s;
        private Boolean found;

        Randomised(String s) {
            this.s = s;
        }

        boolean in() {
            if (found == null) found = CohortExtractor.RANDOMISED.matcher(s).find();
            return found;
        }
    }

    /** {@code ph} without a caption glued on before it in a flattened table ({@code analysis setDrug A}). */
    private static ArmPhrase withoutCaption(ArmPhrase ph) {
        String cut = TableArmSizes.withoutCaption(ph.label());
        if (cut.length() == ph.label().length()) return ph;
        return new ArmPhrase(ph.end() - cut.length(), ph.end(), cut, cut.toLowerCase(java.util.Locale.ROOT));
    }

    /** True when {@code cell} ends with a study named with a determiner ({@link #STUDY_END}), not one to come. */
    private static boolean studyBefore(String cell) {
        Matcher m = STUDY_END.matcher(cell);
        return m.find() && !FUTURE.matcher(cell.substring(m.start())).find();
    }

    /**
     * The first word start at or after {@code from} and before {@code end} (a clause cut at the look-back limit
     * starts mid-word), past leading spaces; {@code from} when there is none.
     */
    private static int wordStart(String s, int from, int end) {
        int i = from;
        if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            while (i < end && Character.isLetterOrDigit(s.charAt(i))) i++;
        }
        while (i < end && Character.isWhitespace(s.charAt(i))) i++;
        return i < end ? i : from;
    }

    /** Start of the table cell or clause before {@code end}: after a tab, line break, semicolon or bracket. */
    private static int cellStart(String s, int end) {
        int limit = Math.max(0, end - 100);
        for (int i = end - 1; i >= limit; i--) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == ';' || c == '(' || c == '[' || c == '|') return i + 1;
        }
        return limit;
    }
}
