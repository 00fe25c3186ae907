package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.Keywords;

/**
 * Names the groups a sentence refers back to ({@code rates for these groups were 60%, 52% and 40%}, {@code median
 * PFS was 8.0, 3.1 and 1.2 years for each, respectively}) from the sentence before that lists them: shares or counts
 * with what each group had ({@code 55% had no nodes, 30% had one to three nodes and 15% had more}) or a bracketed
 * list of counts of a thing ({@code graded by the number of adverse markers (0, 1 or 2)} gives {@code 0 adverse
 * markers}). Every pattern is bounded; sentences are read up to {@value #MAX} characters. Thread-safe.
 */
public final class EarlierGroups {
    /** Regexes compiled once (they ran as String.split/replaceAll/matches, compiling on every call). */
    private static final java.util.regex.Pattern RX_TRAILING_MARKS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+$");
    private EarlierGroups() {}

    private static final int MAX = 1200;
    /** A sentence that refers back to groups named earlier. */
    static final Pattern BACK = Pattern.compile(
            "(?i)\\b(?:for|in|among|of)\\s+(?:these|those|the\\s+(?:two|three|four|five|six)|each\\s+of\\s+these)"
            + "(?:\\s+(?:two|three|four|five|six|\\w{1,20}))?\\s+(?:groups|subgroups|categories|strata)\\b"
            + "|\\bfor\\s+each\\b(?=[^.]{0,20}\\brespectively\\b)");
    /** {@code 55% had X}, {@code 30% of patients had X}, {@code 41 patients (12%) had X}: X up to a clause mark. */
    private static final Pattern HAD = Pattern.compile(
            "(?i)\\b\\d{1,4}(?:\\.\\d{1,2})?\\s*%?\\s*(?:\\(\\s*\\d{1,3}(?:\\.\\d{1,2})?\\s*%?\\s*\\)\\s*)?"
            + "(?:of\\s+(?:the\\s+)?)?(?:patients\\s+|cases\\s+|women\\s+|men\\s+)?(?:\\(\\s*\\d{1,3}(?:\\.\\d)?\\s*%\\s*\\)\\s*)?"
            + "(?:had|were|showed)\\s+([^,;()]{1,60}?)(?=\\s*(?:[,;(]|\\.(?:\\s|$)|$|\\s+and\\s+\\d))");
    /** {@code number of adverse markers} ... {@code (0, 1, 2 or 3)}. */
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)\\bnumber\\s+of\\s+(\\p{L}[\\p{L}-]{1,30}(?:\\s+\\p{L}[\\p{L}-]{1,30}){0,2}?)(?=\\s*[(,;]|\\s+(?:including|in|per|that|which)\\b)");
    private static final Pattern COUNT_LIST = Pattern.compile(
            "\\(\\s*(\\d{1,2}(?:\\s*,\\s*\\d{1,2}){1,6},?\\s*(?:and|or)\\s*\\d{1,2}(?:\\s*\\+|\\s*or\\s+more)?)\\s*\\)");

    /** True when the sentence refers back to groups it does not name. */
    public static boolean refersBack(String sentence) {
        String s = sentence.length() > MAX ? sentence.substring(0, MAX) : sentence;
        return BACK_WORDS.in(s) && BACK.matcher(s).find();
    }

    /** Every {@link #BACK} match holds one of these (folded as the regex folds at least). */
    private static final Keywords BACK_WORDS = new Keywords("group", "categor", "strata", "respectively");

    /** The {@code n} groups the earlier sentence lists, in its order, or null when it lists another number of them. */
    public static List<String> listed(String earlier, int n) {
        String s = earlier.length() > MAX ? earlier.substring(0, MAX) : earlier;
        List<String> had = new ArrayList<>();
        Matcher m = HAD.matcher(s);
        while (m.find() && had.size() <= n) had.add(m.group(1).strip());
        if (had.size() == n) return had;
        Matcher c = COUNTED.matcher(s);
        if (!c.find()) return null;
        Matcher l = COUNT_LIST.matcher(s);
        while (l.find()) {
            if (l.start() < c.end()) continue;
            String[] counts = l.group(1).split("\\s*(?:,\\s*(?:and|or)?|\\band\\b|\\bor\\b(?!\\s+more))\\s*");
            List<String> out = new ArrayList<>();
            for (String k : counts) if (!k.isBlank()) out.add(k.strip() + " " + c.group(1).strip());
            return out.size() == n ? out : null;
        }
        return null;
    }

    /** The group's name with each short form the document defines written out ({@code no WL} -> {@code no weight loss}). */
    public static String longForms(String group, org.oncoev.extractors.abbrev.Abbreviations abbreviations) {
        StringBuilder sb = new StringBuilder();
        for (String w : group.split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            String bare = RX_TRAILING_MARKS.matcher(w).replaceAll("");
            java.util.Optional<String> longForm = bare.length() >= 2 ? abbreviations.longForm(bare) : java.util.Optional.empty();
            sb.append(longForm.map(l -> l.toLowerCase(java.util.Locale.ROOT) + w.substring(bare.length())).orElse(w));
        }
        return sb.toString();
    }
}
