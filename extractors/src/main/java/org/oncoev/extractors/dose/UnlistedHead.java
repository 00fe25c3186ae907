package org.oncoev.extractors.dose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an amount that heads itself with a drug the lexicon lacks ({@code and tropisetron (5 mg)},
 * {@code either minocycline 100 mg}): the word just before the amount, shaped like a drug name rather than an English
 * adjective, verb form, plural or dosing word ({@code schedule}, {@code strength}). Such an amount is no dose of an agent named earlier in the
 * sentence. Reads a bounded window before the amount. Stateless and thread-safe.
 */
final class UnlistedHead {
    private UnlistedHead() {}

    private static final int BEFORE = 50;
    private static final Pattern HEAD = Pattern.compile(
            "(?:^|[\\s,;:)])\\s{0,3}([A-Za-z][a-z]{5,30})\\s{0,2}[(\\[]?\\s{0,2}$");
    /** Endings of English words, not of generic drug names. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i).*(?:ous|al|ly|ed|ing|ive|ic|ent|ant|ity|ion|ment|ary|ory|er|s|y|ure|ose|age|ance|ence|ile|ble)");
    private static final Pattern FILLER_WORD = Pattern.compile(
            "(?i)dosage|initial|standard|orally|daily|weekly|monthly|infusion|injection|bolus|placebo|median|minimum"
                    + "|maximum|baseline|regimen|arm|group|cohort|total|fixed|starting|routine|combination|alone|patients?|schedule"
                    + "|strength|level|formulation|preparation|tablets?|capsules?|vials?");

    /**
     * True when the amount starting at {@code start} of {@code s} is headed by an unlisted drug-like word; the window
     * starts no earlier than {@code notBefore}.
     */
    static boolean before(String s, int start, int notBefore) {
        String window = s.substring(Math.max(Math.max(0, notBefore), start - BEFORE), start);
        Matcher m = HEAD.matcher(window);
        if (!m.find()) return false;
        String word = m.group(1);
        return !NOT_A_NAME.matcher(word).matches() && !FILLER_WORD.matcher(word).matches();
    }
}
