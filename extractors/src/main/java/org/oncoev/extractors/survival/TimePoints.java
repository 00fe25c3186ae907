package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.oncoev.extractors.survival.NumberChains.Chain;
import org.oncoev.extractors.survival.NumberScanner.Kind;
import org.oncoev.extractors.survival.NumberScanner.Num;

/**
 * Time points of landmark rates in one sentence: which time lists are landmarks rather than durations, their
 * months, and which landmark list a rate list takes (right after it, written right after it as an adjective,
 * or the nearest before it). Stateless.
 */
final class TimePoints {
    static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:at|by|after|beyond|until|through)\\s+(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?)?(?:first\\s+)?"
            + "(?:\\([a-z]\\)\\s*)?|\\([a-z]\\)\\s*)$");
    private static final Pattern ENDPOINT_RIGHT_AFTER = Pattern.compile(
            "(?i)^\\s?(?:survival|overall\\s+survival|OS\\b|PFS\\b|DFS\\b|RFS\\b|EFS\\b|DSS\\b|CSS\\b|LC\\b|D?MFS\\b|"
            + "FFS\\b|(?:progression|disease|recurrence|relapse|event|failure|(?:distant\\s+)?metastas[ie]s)[- ]free|local\\s+control)");
    private static final Pattern TIME_CUE_AFTER = Pattern.compile(
            "(?i)^[\\s,)]*(?:\\(\\w+\\)\\s*)?(?:rates?\\b|survival|overall|cumulative|actuarial|estimated|landmark|"
            + "progression|disease|recurrence|relapse|event|failure|local|loco|cancer|distant|metasta|melanoma|specific|OS\\b|PFS\\b|DFS\\b|RFS\\b|EFS\\b|FFS\\b|LC\\b|"
            + "DSS\\b|CSS\\b|D?MFS\\b|TTP\\b)");
    /** {@code 10 years after randomization}: a landmark counted from the start of follow-up. */
    private static final Pattern AFTER_START_EVENT = Pattern.compile(
            "(?i)^\\s?(?:after|from|since|post)[- ]?(?:the\\s+)?(?:(?:start|initiation|date|end)\\s+of\\s+(?:the\\s+)?)?"
            + "(?:randomi[sz]|diagnos|surgery|resection|operation|treatment|therapy|transplant|enrol|registration|inclusion|"
            + "radiotherapy|chemotherapy|chemoradiotherapy)");

    private TimePoints() {}

    /** True when the time list {@code c} is a landmark ({@code at 2 years}, {@code 5-year OS}, {@code 10 years after randomization}), not a duration. */
    static boolean isTimePoint(String s, Chain c) {
        String pre = s.substring(Math.max(0, c.start() - 30), c.start());
        if (PREPOSITION_BEFORE.matcher(pre).find()) return true;
        String post = s.substring(c.end(), Math.min(s.length(), c.end() + 40));
        if (!c.adjectival()) return ENDPOINT_RIGHT_AFTER.matcher(post).find() || AFTER_START_EVENT.matcher(post).find();
        return TIME_CUE_AFTER.matcher(post).find();
    }

    /** The list's times in months. */
    static List<Double> months(Chain c) {
        List<Double> out = new ArrayList<>();
        for (Num n : c.members()) if (n.kind() == Kind.TIME) out.add(NumberScanner.toMonths(n.value(), n.unit()));
        return out;
    }

    /** A time-point list written right after a rate list ({@code an 86% 5-year survival rate}); else null. */
    static Chain rightAfter(String s, Chain c, List<Chain> times) {
        for (Chain t : times) {
            if (t.start() < c.end()) continue;
            return t.adjectival() && t.start() - c.end() <= 3 && s.substring(c.end(), t.start()).isBlank() ? t : null;
        }
        return null;
    }

    /** Time points right after the list ({@code ... % at 12 and 18 months}) or the nearest ones before it. */
    static List<Double> timesFor(String s, Chain c, List<Chain> times) {
        Chain before = null;
        for (Chain t : times) {
            if (t.start() >= c.end() && t.start() - c.end() <= 25
                    && PREPOSITION_BEFORE.matcher(s.substring(c.end(), t.start())).find()) return months(t);
            if (t.end() <= c.start()) before = t;
        }
        return before == null ? null : months(before);
    }
}
