package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.lexicon.AgentMention;

/**
 * Recognises drug names missing from the lexicon by their stems ({@code -tinib}, {@code -mab}, {@code -platin},
 * {@code -rubicin}, ...), so that an unlisted drug's dose is neither lost nor credited to a listed neighbour.
 * Stateless and thread-safe.
 */
final class UnknownAgents {
    private UnknownAgents() {}

    private static final Pattern DRUG = Pattern.compile(
            "(?<![\\w-])[A-Za-z][a-z]{2,24}(?:nib|mab|platin|taxel|rubicin|mycin|tecan|lisib|ciclib|parib"
                    + "|mustine|trexate|citabine|zomib|limus|lidomide|strozole|trozole|lutamide|relin|xifene|dronate"
                    + "|setron|stim|grastim|poetin|prazole|olimus|tide|vir)(?![\\w-])");

    /** {@code known} plus stem-recognised agents that do not overlap a known mention, in text order. */
    static List<AgentMention> merge(List<AgentMention> known, String text) {
        List<AgentMention> out = new ArrayList<>(known);
        Matcher m = DRUG.matcher(text);
        while (m.find()) {
            int s = m.start(), e = m.end();
            boolean overlaps = known.stream().anyMatch(k -> k.start() < e && s < k.end());
            if (!overlaps)
                out.add(new AgentMention(s, e, m.group().toLowerCase(Locale.ROOT), m.group(), AgentMention.Kind.AGENT));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }
}
