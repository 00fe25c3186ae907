package org.oncoev.extractors.arms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.Needle;

/**
 * The one-word name a paper gives a lettered or numbered arm ({@code Arm B}, {@code group 2}) right beside it: in
 * brackets after the name ({@code FLX (Arm B)}, {@code (FLX-M; arm A)}), or in a table header before or after it
 * ({@code Group 2 FLX (N = 48)}, {@code FLX Arm B (N = 47)}); else in brackets closing the sentence that describes the
 * bracketed arm ({@code The control (arm B) was drug X then drug Y (XY).}). The name must name a treatment or be an abbreviation;
 * the most frequent one wins. Every pattern is bounded. Pure and thread-safe.
 */
final class LetteredArmNames {
    private LetteredArmNames() {}

    private static final String TOKEN = "([\\p{L}\\p{N}][\\p{L}\\p{N}+/\\-\u2192]{0,24})";
    private static final String BEFORE = "(?<![\\p{L}\\p{N}+/\\-])";

    /** The name beside {@code lettered} ({@code Arm B}) in {@code texts}, or null. */
    static String nameOf(String lettered, List<String> texts, List<String> lowerTexts) {
        Pattern[] patterns = null;
        Needle needle = Needle.of(lettered.toLowerCase(Locale.ROOT));
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (int k = 0; k < texts.size(); k++) {
            if (!needle.isIn(lowerTexts.get(k))) continue;
            // compiled once the name is seen, and kept for the next document naming its arms alike
            if (patterns == null) patterns = compiled(lettered);
            String text = texts.get(k);
            int[] starts = NearWord.starts(text, lowerTexts.get(k), NearWord.firstWord(lettered));
            // the second pattern opens with a bracket; the others with a token (BEFORE) or the lettered name
            int[] brackets = NearWord.brackets(text, starts);
            int[] tokens = NearWord.tokenStarts(text, starts);
            for (int q = 0; q < patterns.length; q++) {
                NearWord.forEachMatch(patterns[q].matcher(text), q == 1 ? brackets : tokens, m -> {
                    String name = m.group(1);
                    if (names(name)) votes.merge(name, 1, Integer::sum);
                });
            }
        }
        if (votes.isEmpty()) closingName(lettered, texts, lowerTexts, needle, votes);
        String best = null;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (best == null || e.getValue() > votes.get(best)) best = e.getKey();
        }
        return best;
    }

    /** The lettered name as a pattern: its words apart by any spaces. */
    private static String quoted(String lettered) {
        return Pattern.quote(lettered).replace(" ", "\\E\\s+\\Q");
    }

    /** {@link #patterns} by lettered name (a few names recur across documents; cleared when it grows large). */
    private static final Map<String, Pattern[]> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #patterns} of {@code lettered}, compiled once. */
    private static Pattern[] compiled(String lettered) {
        Pattern[] known = COMPILED.get(lettered);
        if (known != null) return known;
        if (COMPILED.size() > 256) COMPILED.clear();
        Pattern[] made = patterns(lettered);
        COMPILED.put(lettered, made);
        return made;
    }

    /** The patterns of a name beside {@code lettered}: group 1 is the name. */
    static Pattern[] patterns(String lettered) {
        String l = quoted(lettered);
        String end = "(?![\\p{L}\\p{N}])";
        return new Pattern[] {
            Pattern.compile(BEFORE + TOKEN + "\\s*\\(\\s*(?:[^()]{0,20}[;,]\\s*)?" + l + end + "\\s*\\)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\(\\s*" + TOKEN + "\\s*[;,]\\s*" + l + end + "\\s*\\)", Pattern.CASE_INSENSITIVE),
            Pattern.compile(BEFORE + l + "\\s*:?\\s*" + TOKEN + "\\s*\\(\\s*(?:[nN]\\s*=|\\d)", Pattern.CASE_INSENSITIVE),
            Pattern.compile(BEFORE + TOKEN + "\\s+" + l + "\\s*\\(\\s*[nN]\\s*=", Pattern.CASE_INSENSITIVE),
        };
    }

    /** The bracketed lettered arm a description holds: {@code (arm B)}. */
    static Pattern opening(String lettered) {
        return Pattern.compile("\\(\\s*" + quoted(lettered) + "\\s*\\)", Pattern.CASE_INSENSITIVE);
    }

    /** The sentence that describes a bracketed lettered arm: at most this many characters are read. */
    private static final int DESCRIPTION = 400;
    /** A bracketed name closing a sentence: {@code ... as a 3-hour infusion (XY-Z).} */
    private static final Pattern CLOSING = Pattern.compile("\\(\\s*" + TOKEN + "\\s*\\)\\s*$");

    /**
     * The name that closes, in brackets, the sentence describing a bracketed lettered arm ({@code The standard
     * treatment (arm B) consisted of drug X followed by drug Y (XY).}).
     */
    private static void closingName(String lettered, List<String> texts, List<String> lowerTexts, Needle needle, Map<String, Integer> votes) {
        Pattern opening = opening(lettered);
        for (int k = 0; k < texts.size(); k++) {
            if (!needle.isIn(lowerTexts.get(k))) continue;
            String text = texts.get(k);
            int[] brackets = NearWord.brackets(text, NearWord.starts(text, lowerTexts.get(k), NearWord.firstWord(lettered)));
            NearWord.forEachMatch(opening.matcher(text), brackets, m -> {
                int stop = text.indexOf(". ", m.end());
                if (stop < 0) stop = text.length() - (text.endsWith(".") ? 1 : 0);
                if (stop - m.end() > DESCRIPTION) return;
                Matcher c = CLOSING.matcher(text.substring(m.end(), stop));
                if (c.find() && names(c.group(1))) votes.merge(c.group(1), 1, Integer::sum);
            });
        }
    }

    /** A treatment word or an abbreviation, not an arm noun or a letter. */
    private static boolean names(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.equals("arm") || lower.equals("group") || lower.equals("cohort") || token.length() < 2) return false;
        return ArmNames.namesArm(token)
                && (TreatmentVocabulary.get().isTreatment(token) || ArmNames.isAbbreviation(token));
    }
}
