package org.oncoev.extractors.survival;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One value stated for two arms at once ({@code 3.1 months in both arms}, {@code over 66% in both the surgery
 * alone and UFT/LV groups}): under the Rulings it is one fact per arm. Gives the two arm labels: those the phrase
 * names, else the document's when it names exactly two. Stateless.
 */
final class BothArms {

    private static final Pattern BOTH = Pattern.compile(
            "(?i)^\\s*\\)?\\s*(?:\\([^()]{0,60}\\)\\s*)?,?\\s*(?:in|for|among|with)\\s+both\\s+(?:the\\s+)?"
            + "(?:(?:treatment|study|randomi[sz]ed)\\s+)?(?:(arms|groups|cohorts|regimens)\\b"
            + "|([^,;()]{1,50}?)\\s+and\\s+(?:the\\s+)?([^,;()]{1,50}?)\\s+(?:treatment\\s+)?(?:arms|groups|cohorts|regimens)\\b)");

    private BothArms() {}

    /** The two arms a value ending at {@code end} holds for, or null when no {@code in both ...} follows it. */
    static String[] after(String s, int end, List<String> documentLabels) {
        if (s.indexOf("both", end) < 0) return null;
        Matcher m = BOTH.matcher(s).region(end, Math.min(s.length(), end + 160));
        if (!m.lookingAt()) return null;
        if (m.group(2) != null) {
            return new String[] {label(m.group(2), documentLabels), label(m.group(3), documentLabels)};
        }
        List<String> named = documentLabels.stream().filter(l -> l != null && !l.isBlank()).toList();
        return named.size() == 2 ? new String[] {named.get(0), named.get(1)} : null;
    }

    private static String label(String words, List<String> documentLabels) {
        String l = words.strip();
        return documentLabels.isEmpty() ? l : ArmMentions.resolve(l, documentLabels);
    }
}
