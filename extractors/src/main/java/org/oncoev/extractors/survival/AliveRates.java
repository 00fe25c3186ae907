package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.survival.NumberScanner.Kind;
import org.oncoev.extractors.survival.NumberScanner.Num;
import org.oncoev.extractors.text.Needle;

/**
 * Landmark rates written as the share of patients alive at a time point, with no endpoint named:
 * {@code 31% of patients were alive at 2 years}, {@code 57.3% (95% CI 44.8-69.8) of those treated were alive at
 * 18 months}, {@code 12 patients were alive at 5 years (36%)}. Alive means OS; {@code alive and progression-free}
 * (or {@code alive without progression}) means PFS, and likewise DFS, RFS and EFS. Stateless; reads one bounded
 * sentence.
 */
final class AliveRates {

    /** One rate: the value's number and the fact. */
    record Rate(Num value, Fact.Survival fact) {}

    private static final Pattern ALIVE = Pattern.compile(
            "(?i)\\balive(?:\\s+and\\s+(progression|disease|recurrence|relapse|event)[- ]free"
            + "|\\s+without\\s+(?:evidence\\s+of\\s+)?(?:disease\\s+)?(progression|recurrence|relapse))?"
            + "\\s+(?:at|after)\\s+(?:the\\s+end\\s+of\\s+)?(?:the\\s+)?(?:first\\s+)?");
    /** Between a rate and {@code alive}: {@code of the (evaluable) patients were (still)}, {@code ) patients remained}. */
    private static final Pattern RATE_THEN_ALIVE = Pattern.compile(
            "(?i)\\s*\\)?\\s*(?:of\\s+(?:the\\s+|all\\s+|these\\s+|our\\s+)?(?:[\\w-]+\\s+){0,2}?)?"
            + "(?:(?:patients|subjects|cases|participants|children|women|men)\\s+)?"
            + "(?:were|was|are|is|remained|remain)\\s+(?:still\\s+)?$");
    /** Between the time point and a rate after it: {@code (36%)}, {@code (12/33, 36%)}, {@code : 36%}. */
    private static final Pattern ALIVE_THEN_RATE = Pattern.compile(
            "\\s*(?:[(\\[]\\s*(?:n\\s*=\\s*)?(?:\\d+\\s*/\\s*\\d+|\\d+)?\\s*[,;]?\\s*|[:,]\\s*)$");

    private AliveRates() {}

    /** The rates of {@code s}, read from the sentence's numbers; empty when it never says {@code alive}. */
    static List<Rate> read(String s, List<Num> numbers) {
        List<Rate> out = new ArrayList<>();
        if (!containsAlive(s)) return out;
        Matcher a = ALIVE.matcher(s);
        while (a.find()) {
            Num time = numberAt(numbers, a.end());
            if (time == null || time.kind() != Kind.TIME) continue;
            String endpoint = endpoint(a.group(1) != null ? a.group(1) : a.group(2));
            double months = NumberScanner.toMonths(time.value(), time.unit());
            Num rate = rateBefore(s, numbers, a.start());
            if (rate == null) rate = rateAfter(s, numbers, time.end());
            if (rate == null) continue;
            out.add(new Rate(rate, new Fact.Survival(endpoint, "rate", rate.value(), rate.max(), "%", months,
                    rate.ciLow(), rate.ciHigh())));
        }
        return out;
    }

    /** Cheap test: the sentence says {@code alive} (any case of its first letter). */
    static boolean mayApply(String s) {
        return containsAlive(s);
    }

    /** {@code live}, found from its rarer {@code v}. */
    private static final Needle LIVE = Needle.of("live");

    private static boolean containsAlive(String s) {
        for (int i = LIVE.in(s); i >= 0; i = LIVE.in(s, i + 1)) {
            if (i > 0 && (s.charAt(i - 1) == 'a' || s.charAt(i - 1) == 'A')) return true;
        }
        return false;
    }

    private static String endpoint(String word) {
        if (word == null) return "OS";
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "progression" -> "PFS";
            case "disease" -> "DFS";
            case "event" -> "EFS";
            default -> "RFS";
        };
    }

    private static Num numberAt(List<Num> numbers, int at) {
        for (Num n : numbers) if (n.start() == at) return n;
        return null;
    }

    /** The last percentage before {@code alive} when only {@link #RATE_THEN_ALIVE} words lie between. */
    private static Num rateBefore(String s, List<Num> numbers, int alive) {
        Num best = null;
        for (Num n : numbers) {
            if (n.end() > alive) break;
            best = n;
        }
        if (best == null || best.kind() != Kind.PERCENT || alive - best.end() > 80) return null;
        return RATE_THEN_ALIVE.matcher(s).region(best.end(), alive).matches() ? best : null;
    }

    /** The first percentage after the time point in a bracket or after a colon ({@code alive at 5 years (36%)}). */
    private static Num rateAfter(String s, List<Num> numbers, int timeEnd) {
        for (Num n : numbers) {
            if (n.start() < timeEnd) continue;
            if (n.start() - timeEnd > 20) return null;
            if (n.kind() == Kind.BARE) continue; // the count of "(12/33, 36%)"
            if (n.kind() != Kind.PERCENT) return null;
            return ALIVE_THEN_RATE.matcher(s).region(timeEnd, n.start()).matches() ? n : null;
        }
        return null;
    }
}
