package org.oncoev.extractors.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The safety population written as a share of each arm: {@code toxicity was assessed in 181 (95%) of 190 patients
 * in the drug group and 176 (94%) of 187 patients in the control group}, {@code safety was evaluable in 410 of 418
 * patients}. The numerator is the population whose safety was analysed (the denominator is left to the other
 * rules); callers gate it with {@link ListTriggers}. Any other measure assessed in part of the patients ({@code response was assessed in 28 of 310}) is a set
 * evaluable for one measure, not a cohort. Pure and thread-safe; callers bound the segment length.
 */
final class SafetyShares {
    private SafetyShares() {}

    /** What was assessed: toxicity, safety or adverse events, then the assessment verb and {@code in}. */
    private static final Pattern LEAD = Pattern.compile("(?i)\\b(?:toxicit(?:y|ies)|safety|adverse\\s+events?)\\s+"
            + "(?:(?:was|were|could\\s+be)\\s+)(?:\\p{L}+ly\\s+)?(?:assessed|evaluated|analy[sz]ed|assessable|evaluable|"
            + "recorded|monitored)\\s+(?:in|for)\\s+");
    /** One share: {@code 181 (95%) of 190 patients} and an optional {@code in the drug group}; {@code \G}-anchored. */
    private static final Pattern SHARE = Pattern.compile("(?i)\\G(?:\\s*,\\s*|\\s+)?(?:and\\s+)?(" + CountWords.DIGITS + ")"
            + "\\s*(?:[(\\[]\\s*\\d{1,3}(?:[.\u00b7]\\d+)?\\s*%\\s*[)\\]]\\s*)?\\s+(?:of|out\\s+of)\\s+(?:the\\s+)?("
            + CountWords.DIGITS + ")\\s+(?:\\p{L}+\\s+)?(?:patients|participants|subjects)\\b(?:\\s+(?:in|on|of)\\s+(?:the\\s+)?"
            + "([^,;.()]{1,60}?)\\s+(?:group|arm|cohort)\\b)?");
    private static final int MAX_SHARES = 6;

    /** The safety populations of segment {@code s}, each labelled with its arm as written (null for the whole study). */
    static List<CohortLists.Listed> of(String s) {
        List<CohortLists.Listed> out = new ArrayList<>();
        Matcher lead = LEAD.matcher(s);
        while (lead.find()) {
            Matcher m = SHARE.matcher(s).region(lead.end(), s.length());
            for (int i = 0; i < MAX_SHARES && m.find(); i++) {
                int part = CountWords.parse(m.group(1));
                int whole = CountWords.parse(m.group(2));
                if (part < 2 || part > whole) break;
                out.add(new CohortLists.Listed(part, m.start(1), m.end(), m.group(3) == null ? null : m.group(3).strip()));
                m.region(m.end(), s.length());
            }
        }
        return out;
    }
}
