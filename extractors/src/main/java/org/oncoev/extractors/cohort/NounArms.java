package org.oncoev.extractors.cohort;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.arms.ArmPhrases;
import org.oncoev.extractors.arms.ArmPhrases.ArmPhrase;
import org.oncoev.extractors.arms.ArmResolver;

/**
 * The arm a cohort count belongs to when the words after its noun name it ({@code 120 patients who received X},
 * {@code 58 patients in the X group}), the label an arm phrase gets, and the clause helpers those readers share.
 * Stateless and thread-safe.
 */
final class NounArms {
    private NounArms() {}

    private static final Pattern ARM_VERB = Pattern.compile("^\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:who\\s+|that\\s+)?"
            + "(?:were\\s+|was\\s+|had been\\s+)?(?:\\p{L}+ly\\s+)?(?:received|receiving|treated with|underwent|"
            + "undergoing|(?:randomi[sz]ed|assigned|allocated) to(?: receive)?|given)\\s+", Pattern.CASE_INSENSITIVE);
    static final Pattern IN_GROUP = Pattern.compile("^\\s*(?:were\\s+)?(?:in|on|of|from)\\s+(?:the\\s+)?"
            + "([^.;()]{1,80}?)\\s+(?:group|arm|cohort)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTERNATIVE_AFTER = Pattern.compile("^\\s*(?:,\\s*)?(?:or|versus|vs\\.?)\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTERNATIVE_IN_CLAUSE = Pattern.compile("\\b(?:or|versus|vs)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("[;:.]\\s");

    /** The arm named right after a cohort noun: {@code who received X}, {@code in the X group}. */
    static ArmPhrase after(String s, int from, String after, ArmResolver arms, int size) {
        Matcher v = ARM_VERB.matcher(after);
        if (v.lookingAt()) {
            ArmPhrase ph = ArmPhrases.startingAt(s, from + v.end());
            if (ph == null || ph.start() - (from + v.end()) > 40) return null;
            String tail = s.substring(ph.end(), Math.min(s.length(), ph.end() + 100));
            String lead = s.substring(from + v.end(), ph.start()).toLowerCase(java.util.Locale.ROOT);
            if (lead.contains("either") || ALTERNATIVE_AFTER.matcher(tail).lookingAt() || ArmAlternatives.listedAfter(s, ph.end()))
                return null;
            Matcher own = ParenSizes.SIZE_IN_PARENS.matcher(tail);
            if (own.lookingAt() || (own.find() && own.start() < 3)) {
                if (CountWords.parse(own.group(1)) != size) return null;
            }
            if (CohortExtractor.RANDOMISED.matcher(v.group()).find() && ALTERNATIVE_IN_CLAUSE.matcher(clause(tail)).find()) return null;
            return label(arms, ph, false) != null ? ph : null;
        }
        Matcher g = IN_GROUP.matcher(after);
        if (g.lookingAt()) {
            ArmPhrase ph = ArmPhrases.endingAt(s, from + g.end(1));
            if (ph != null && ph.start() >= from + g.start(1)) return label(arms, ph, false) != null ? ph : null;
        }
        return null;
    }

    /** {@code text} after its last clause break. */
    static String lastClause(String text) {
        int from = 0;
        for (Matcher m = CLAUSE_END.matcher(text); m.find(); ) from = m.end();
        return text.substring(from);
    }

    /** {@code text} up to its first clause break ({@code ;}, {@code .} or a colon before a space). */
    static String clause(String text) {
        Matcher m = CLAUSE_END.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /**
     * The label for an arm phrase: its resolved document label in a document with two or more arms (a phrase
     * the detector did not list is kept as written there), or, when {@code explicit} (an arm list such as
     * {@code and 32 with FOLFOX4 only}), the phrase as resolved in any document; else null.
     */
    static String label(ArmResolver arms, ArmPhrase ph, boolean explicit) {
        String resolved = arms.resolve(ph.label());
        if (resolved == null && explicit) return ph.label();
        if (resolved == null) return null;
        return explicit || arms.labels().size() >= 2 ? resolved : null;
    }
}
