package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.lexicon.AgentMention;

/**
 * Recognises drug names missing from the lexicon by their stems ({@code -tinib}, {@code -mab}, {@code -platin},
 * {@code -rubicin}, ..., also with a final {@code e} as some languages write them: {@code cisplatine}), so that an unlisted drug's dose is neither lost nor credited to a listed neighbour.
 * Stateless and thread-safe.
 */
final class UnknownAgents {
    private UnknownAgents() {}

    private static final Pattern DRUG = Pattern.compile(
            "(?<![\\w-])(?:[A-Za-z][a-z]{3,24}(?:ib|mab|cept|platin|taxel|rubicin|mycin|tecan|lisib|mustine|trexate|trexed"
                    + "|abine|elbine|zomib|limus|lidomide|strozole|trozole|lutamide|relin|xifene|dronate|setron|grastim"
                    + "|poetin|statin|clax|degib|vedotin|parin|pitant|asone|isone|olone|fosfamide|tide|vir|abin)e?"
                    + "|[A-Z]{2,4}-?\\d{3,6})(?![\\w-])");

    private static final Pattern NOT_DRUGS = Pattern.compile(
            "(?:poly|oligo|di|tri)?(?:peptide|nucleotide)|concept|accept|except|intercept|crib|ascribe|describe|combine|[a-z]*(?:scribe|tribe|bribe)|[A-Z]{2}\\d{3}", Pattern.CASE_INSENSITIVE);

    /** {@code known} plus stem-recognised agents that do not overlap a known mention, in text order. */
    static List<AgentMention> merge(List<AgentMention> known, String text) {
        return merge(known, text, null);
    }

    /** As {@link #merge(List, String)}; {@code spelling}, when given, names a misspelt lexicon drug by its lexicon name. */
    static List<AgentMention> merge(List<AgentMention> known, String text, NearMisses spelling) {
        List<AgentMention> out = new ArrayList<>(known);
        Matcher m = DRUG.matcher(text);
        while (m.find()) {
            if (NOT_DRUGS.matcher(m.group()).matches()) continue;
            int s = m.start(), e = m.end();
            boolean overlaps = known.stream().anyMatch(k -> k.start() < e && s < k.end());
            if (!overlaps) {
                String name = m.group().toLowerCase(Locale.ROOT);
                out.add(new AgentMention(s, e, spelling == null ? name : spelling.correct(name), m.group(), AgentMention.Kind.AGENT));
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }
}
