package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Reads the numbers of one sentence with what follows them (a time unit, a per-cent sign, a range, a
 * confidence interval); {@link NumberChains} links those written as one list. Inputs are single sentences of
 * bounded length.
 */
final class NumberScanner {

    enum Kind { PERCENT, TIME, BARE }

    /** One number and its suffix; {@code end} covers the suffix and any CI, {@code unitEnd} only the unit. */
    record Num(int start, int end, int unitEnd, double value, Double max, Kind kind, String unit,
               boolean adjectival, boolean vsBefore, String qualifier, Double ciLow, Double ciHigh) {
        Num withUnit(Kind k, String u, boolean adj) {
            return new Num(start, end, unitEnd, value, max, k, u, adj, vsBefore, qualifier, ciLow, ciHigh);
        }
    }

    private static final String NUM = "\\d{1,4}(?:[.\u00b7]\\d{1,3})?";
    /** Time units; a lone {@code m} ({@code 9.2 vs. 8.7 m}) is months when no letter, digit, slash or power follows. */
    private static final String UNIT = "(months?|mos?\\.?(?=\\s)|mos?\\b|m(?![\\w/\u00b2\u00b3]|\\.\\d)|weeks?|wks?|days?|years?|yrs?)";
    private static final String DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]";
    private static final String OPEN_BOUND = "NE|NR|NA|N/A|not\\s+(?:reached|estimable|evaluable|available)";
    static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.\u00b7/\u2010\u2011\u2013\u2212\u00b1-])(?<!\\d,)(?<!\u00b1\\s)([<>\u2264\u2265\u2a7d\u2a7e]\\s?)?(" + NUM
            + "(?!\\d)|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|eighteen|twenty|thirty)"
            + "(?=\\s?" + DASH + "?\\s?(?i:years?|months?|weeks?|days?)\\b))");
    private static final Keywords NUMBER_WORDS = new Keywords("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "twelve", "fifteen", "eighteen", "twenty", "thirty");
    static final StartChars NUMBER_STARTS = StartChars.of("<>\u2264\u2265\u2a7d\u2a7e", true, "otfsen");
    private static final Pattern RANGE = Pattern.compile(
            "\\s?(?:" + DASH + "|\\s+to\\s+)\\s?(" + NUM + ")(?=\\s?(?:%|" + UNIT + "\\b))");
    /** {@code between 8 and 18 months}: the {@code and} range needs {@code between} before the first number. */
    private static final Pattern AND_RANGE = Pattern.compile("\\s+and\\s+(" + NUM + ")(?=\\s?" + UNIT + "\\b)");
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s+$");
    /** {@code from 8 months to 18 months}: a second number with its own (same) unit. */
    private static final Pattern UNIT_RANGE = Pattern.compile("\\s+to\\s+(" + NUM + ")\\s?" + UNIT + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** Only {@code ranged from X months to Y months} is a range; {@code rose from X to Y} is a change. */
    private static final Pattern RANGED_FROM_BEFORE = Pattern.compile("(?i)\\b(?:rang\\w*|var(?:ied|ying|y))\\s+from\\s+$");
    /** {@code 82.3% \u00b1 3.1%}: a standard error after a value belongs to it. */
    private static final Pattern PLUS_MINUS = Pattern.compile("\\s*\u00b1\\s*" + NUM + "\\s?%?");
    private static final Pattern PERCENT = Pattern.compile("\\s?%");
    private static final Pattern ORDINAL = Pattern.compile("(?:st|nd|rd|th)\\b");
    private static final Pattern TIME_UNIT = Pattern.compile(
            "(\\s?" + DASH + "\\s?|\\s?)" + UNIT + "(?![\\w])(" + DASH + "(?!\\d))?", Pattern.CASE_INSENSITIVE);
    /** A singular unit written before its endpoint without a hyphen ({@code 5 year survival}, {@code 2 year PFS}): adjectival. */
    private static final Pattern SINGULAR_BEFORE_ENDPOINT = Pattern.compile("(?:year|yr|month)\\s(?:overall\\s|cumulative\\s|actuarial\\s)?"
            + "(?:survival|OS\\b|PFS\\b|DFS\\b|RFS\\b|EFS\\b|progression-free|disease-free|recurrence-free|relapse-free|event-free)");
    private static final Pattern BARE_HYPHEN = Pattern.compile(DASH + "(?=\\s*,|\\s+(?:and|or|to)\\b)");
    private static final Pattern CI = Pattern.compile(
            "\\s*[(\\[,;]\\s*(?:95\\s?%\\s*)?(?:CI|C\\.I\\.|confidence interval(?:\\s*[(\\[]CI[)\\]])?)\\s*[,:=]?\\s*(?:of\\s+|was\\s+)?(-?"
            + NUM + ")\\s?%?\\s*(?:" + DASH + "|to|,)\\s*(-?" + NUM + ")\\s?%?\\s*(?:" + UNIT + ")?\\s*(?:[)\\];]|,(?=\\s))",
            Pattern.CASE_INSENSITIVE);
    /**
     * {@code (3.8-14.0)}, {@code (from 26.3 to 40.1)}; an upper bound not reached or not estimable ({@code (18.4-NE)})
     * is read as an open one.
     */
    private static final Pattern BARE_CI = Pattern.compile(
            "\\s*[(\\[]\\s*(?:from\\s+)?(" + NUM + ")\\s?%?\\s*(?:" + DASH + "|to)\\s*(" + NUM + "|" + OPEN_BOUND + ")\\s?%?\\s*(?:" + UNIT
            + ")?\\s*[)\\]]", Pattern.CASE_INSENSITIVE);
    /** {@code 33.2% to 42.4%}, {@code 50%-65%}, {@code 33.2% (arm A) to 42.4%}: a second percentage after the first. */
    private static final Pattern PERCENT_TO = Pattern.compile(
            "\\s*(\\([^()]{1,40}\\)\\s*)?(" + DASH + "|to\\b)\\s*(" + NUM + ")\\s?%", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_AND = Pattern.compile("\\s+and\\s+(" + NUM + ")\\s?%");

    private static final java.util.Map<String, Integer> WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("one", 1), java.util.Map.entry("two", 2), java.util.Map.entry("three", 3),
            java.util.Map.entry("four", 4), java.util.Map.entry("five", 5), java.util.Map.entry("six", 6),
            java.util.Map.entry("seven", 7), java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9),
            java.util.Map.entry("ten", 10), java.util.Map.entry("twelve", 12), java.util.Map.entry("fifteen", 15),
            java.util.Map.entry("eighteen", 18), java.util.Map.entry("twenty", 20), java.util.Map.entry("thirty", 30));
    private static final Pattern CI_WORD = Pattern.compile(
            "\\s*(?:CIs?\\b|C\\.I\\.|confidence|credible|CrI\\b|significance|level)", Pattern.CASE_INSENSITIVE);
    /** {@code (95%, CI)}: a usual confidence level followed by a comma and the CI label. */
    private static final Pattern CI_LABEL_AFTER_COMMA = Pattern.compile("\\s*,\\s*(?:CI\\b|confidence)", Pattern.CASE_INSENSITIVE);
    /** {@code P = }, {@code p<}, {@code P-value of}: the number after it is a p-value, never a survival value. */
    private static final Pattern P_BEFORE = Pattern.compile(
            "(?<![\\w-])[Pp](?:\\s?-?\\s?values?)?\\s*(?:of\\s+|was\\s+|[=:]\\s*)?$");

    private NumberScanner() {}

    /** All numbers of the sentence with their suffixes. */
    static List<Num> numbers(String s) {
        List<Num> out = new ArrayList<>();
        StartScan mScan = new StartScan(NUMBER, s, NUMBER_STARTS, NumberScanner::numberMayStart);
        int from = 0;
        while (from < s.length() && mScan.find(from)) {
            Matcher m = mScan.matcher();
            Num n = read(s, m);
            if (!isCiLevel(s, n) && !pBefore(s, m.start()) && !(n.kind() == Kind.BARE && labelBefore(s, m.start()))) out.add(n);
            from = Math.max(n.end(), m.end());
        }
        return out;
    }

    /** A confidence level ({@code 95% CI}, {@code (95%, CI)}) rather than a value. */
    private static boolean isCiLevel(String s, Num n) {
        if (n.kind() != Kind.PERCENT) return false;
        int next = ch(s, afterSpaces(s, n.end()));
        if (next >= 0 && "cls".indexOf(Folded.fold((char) next)) >= 0
                && CI_WORD.matcher(s).region(n.end(), s.length()).lookingAt()) return true;
        double v = n.value();
        return (v == 90 || v == 95 || v == 99) && n.ciLow() == null && next == ','
                && CI_LABEL_AFTER_COMMA.matcher(s).region(n.end(), s.length()).lookingAt();
    }

    /** A word that a bare number after it names ({@code arm 1}, {@code group 2}, {@code cohort 3}): a label, not a value. */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)\\b(?:arms?|groups?|cohorts?|levels?|parts?|steps?|phases?|stages?|grades?|schedules?|regimens?)\\s{1,2}$");

    /** {@link #LABEL_BEFORE} in the 14 characters before {@code start}. */
    private static boolean labelBefore(String s, int start) {
        return start > 3 && Character.isWhitespace(s.charAt(start - 1)) && Character.isLetter(s.charAt(start - 2))
                && LABEL_BEFORE.matcher(s).region(Math.max(0, start - 14), start).find();
    }

    /** {@link #P_BEFORE} in the 16 characters before {@code start} (only tried when they hold a P). */
    private static boolean pBefore(String s, int start) {
        int from = Math.max(0, start - 16);
        boolean hasP = false;
        for (int i = from; i < start && !hasP; i++) hasP = s.charAt(i) == 'P' || s.charAt(i) == 'p';
        return hasP && P_BEFORE.matcher(s).region(from, start).find();
    }

    /**
     * Where {@link #NUMBER} may start: a comparison sign, a digit or a number word, after no word character,
     * point, slash, dash or plus-minus sign (its first lookbehind).
     */
    static boolean numberMayStart(String s, int i) {
        // the character before is tested first: most letters follow a letter
        if (i > 0) {
            char b = s.charAt(i - 1);
            boolean word = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
            if (word || ".\u00b7/\u2010\u2011\u2013\u2212\u00b1-".indexOf(b) >= 0) return false;
        }
        char c = s.charAt(i);
        if ((c >= '0' && c <= '9') || "<>\u2264\u2265\u2a7d\u2a7e".indexOf(c) >= 0) return true;
        return "otfsenOTFSEN".indexOf(c) >= 0 && NUMBER_WORDS.at(s, i);
    }

    /** Cheap test: a digit followed, within a few characters, by a letter of a time unit. */
    static boolean mayHoldTime(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) continue;
            for (int j = i + 1; j < Math.min(s.length(), i + 4); j++) {
                if ("mwdyMWDY".indexOf(s.charAt(j)) >= 0) return true;
            }
        }
        return false;
    }

    private static Num read(String s, Matcher m) {
        String qualifier = m.group(1) == null ? null : m.group(1).strip();
        double value = parseNumberOrWord(m.group(2));
        Double max = null;
        int p = m.end();
        FromTo.Reading fromTo = FromTo.mayApply(s, m.start()) ? FromTo.at(s, m.start()) : FromTo.Reading.NONE;
        Matcher r = at(RANGE, s, p, isSpace(s, p) || isDash(ch(s, p)));
        // "rose from 4.6 to 7.1 months": two values, linked as a list by chains()
        if (r != null && fromTo == FromTo.Reading.CHANGE && !isDash(ch(s, afterSpaces(s, p)))) r = null;
        Matcher and = r != null ? null : at(AND_RANGE, s, p, isSpace(s, p));
        if (r != null) {
            max = parse(r.group(1));
            p = r.end();
        } else if (and != null && BETWEEN_BEFORE.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            max = parse(and.group(1));
            p = and.end();
        }
        Kind kind = Kind.BARE;
        String unit = null;
        boolean adjectival = false;
        Matcher pc = at(PERCENT, s, p, ch(s, p) == '%' || isSpace(s, p) && ch(s, p + 1) == '%');
        if (pc != null) {
            kind = Kind.PERCENT;
            unit = "%";
            p = pc.end();
            Matcher pm = at(PLUS_MINUS, s, p, ch(s, afterSpaces(s, p)) == '\u00b1');
            if (pm != null) p = pm.end();
            Matcher pand = max != null ? null : at(PERCENT_AND, s, p, isSpace(s, p));
            if (pand != null && BETWEEN_BEFORE.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                max = parse(pand.group(1)); // "between 25% and 65%"
                p = pand.end();
            }
            Matcher to = max != null || fromTo == FromTo.Reading.CHANGE ? null : at(PERCENT_TO, s, p, true);
            // "50%-65%", "ranging 39.6% to 52.8%" read as ranges; "from 40% (arm A) to 55%" is two groups' values
            if (to != null && to.group(1) == null) {
                max = parse(to.group(3));
                p = to.end();
            }
        } else {
            Matcher ord = at(ORDINAL, s, p, "snrt".indexOf(ch(s, p)) >= 0);
            int q = ord != null ? ord.end() : p;
            Matcher t = at(TIME_UNIT, s, q, mayStartTimeUnit(s, q));
            if (t != null) {
                kind = Kind.TIME;
                unit = canonicalUnit(t.group(2));
                adjectival = !t.group(1).isBlank() || t.group(3) != null || q != p
                        || SINGULAR_BEFORE_ENDPOINT.matcher(s).region(t.start(2), s.length()).lookingAt(); // "5 year survival"
                p = t.end();
                Matcher to = at(UNIT_RANGE, s, p, isSpace(s, p));
                if (max == null && !adjectival && to != null && canonicalUnit(to.group(2)).equals(unit)
                        && RANGED_FROM_BEFORE.matcher(s.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                    max = parse(to.group(1));
                    p = to.end();
                }
            } else {
                Matcher h = at(BARE_HYPHEN, s, p, isDash(ch(s, p)));
                if (h != null) {
                    adjectival = true;
                    p = h.end();
                }
            }
        }
        int unitEnd = p;
        Double lo = null;
        Double hi = null;
        int bracket = ch(s, afterSpaces(s, p));
        Matcher ci = at(CI, s, p, bracket == '(' || bracket == '[' || bracket == ',' || bracket == ';');
        Matcher bare = at(BARE_CI, s, p, bracket == '(' || bracket == '[');
        if (kind == Kind.PERCENT && (ci != null || bare != null)) {
            Matcher used = ci != null ? ci : bare;
            boolean open = !isNumber(used.group(2));
            lo = open ? null : parse(used.group(1));
            hi = open ? null : parse(used.group(2));
            p = used.end();
        } else if (kind != Kind.PERCENT && ci == null && bare != null && bracketHolds(bare, value)) {
            // "25.9 (18.4-NE) months": an open interval is no CI, but the bracket belongs to the value
            boolean open = !isNumber(bare.group(2));
            lo = open ? null : parse(bare.group(1));
            hi = open ? null : parse(bare.group(2));
            p = bare.end();
            if (kind == Kind.BARE) {
                Matcher t = bare.group(3) != null ? null : at(TIME_UNIT, s, p, mayStartTimeUnit(s, p));
                if (bare.group(3) != null || t != null && t.group(1).isBlank()) {
                    kind = Kind.TIME;
                    unit = canonicalUnit(bare.group(3) != null ? bare.group(3) : t.group(2));
                    if (t != null) p = t.end();
                } else {
                    lo = null;
                    hi = null;
                    p = unitEnd;
                }
            }
        } else if (kind != Kind.PERCENT && ci != null) {
            lo = parse(ci.group(1));
            hi = parse(ci.group(2));
            p = ci.end();
            if (kind == Kind.BARE && ci.group(3) != null) {
                kind = Kind.TIME;
                unit = canonicalUnit(ci.group(3));
            } else if (kind == Kind.BARE) {
                Matcher t = at(TIME_UNIT, s, p, mayStartTimeUnit(s, p));
                if (t != null && t.group(1).isBlank()) {
                    kind = Kind.TIME;
                    unit = canonicalUnit(t.group(2));
                    p = t.end();
                }
            }
        }
        return new Num(m.start(), p, unitEnd, value, max, kind, unit, adjectival, false, qualifier, lo, hi);
    }

    /** A bracket after a time value is its interval when it contains the value or is open above. */
    private static boolean bracketHolds(Matcher bare, double value) {
        double lo = parse(bare.group(1));
        if (!isNumber(bare.group(2))) return lo <= value;
        return lo <= value && value <= parse(bare.group(2));
    }

    /** True for a number as {@link #NUM} reads it, false for an open bound such as {@code NE}. */
    private static boolean isNumber(String t) {
        return !t.isEmpty() && Character.isDigit(t.charAt(0));
    }

    /**
     * {@code p} matched at {@code at} of {@code s} (region to the end, as {@code lookingAt}), or null; not tried
     * when {@code possible} is false: callers pass a cheap test of the pattern's first character.
     */
    private static Matcher at(Pattern p, String s, int at, boolean possible) {
        if (!possible) return null;
        Matcher x = p.matcher(s).region(at, s.length());
        return x.lookingAt() ? x : null;
    }

    /** The character at {@code i}, or -1 past the end. */
    private static int ch(String s, int i) {
        return i < s.length() ? s.charAt(i) : -1;
    }

    private static boolean isSpace(String s, int i) {
        return i < s.length() && Folded.isRegexSpace(s.charAt(i));
    }

    /** The first index at or after {@code i} that is not a {@code \s} character. */
    private static int afterSpaces(String s, int i) {
        while (i < s.length() && Folded.isRegexSpace(s.charAt(i))) i++;
        return i;
    }

    /** A character of {@link #DASH}. */
    private static boolean isDash(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212';
    }

    /** {@link #TIME_UNIT} starts with a space, a dash or a unit's first letter. */
    private static boolean mayStartTimeUnit(String s, int i) {
        int c = ch(s, i);
        return isSpace(s, i) || isDash(c) || (c >= 0 && "mwdyMWDY".indexOf(c) >= 0);
    }

    private static double parseNumberOrWord(String n) {
        // a number starts with a digit; only words need the lookup
        if (!n.isEmpty() && n.charAt(0) >= '0' && n.charAt(0) <= '9') return parse(n);
        Integer w = WORDS.get(n.toLowerCase(java.util.Locale.ROOT));
        return w != null ? w : parse(n);
    }

    static double parse(String n) {
        return Double.parseDouble(n.replace('\u00b7', '.').replace('\u2212', '-'));
    }

    /** {@code months}, {@code weeks}, {@code days} or {@code years}. */
    static String canonicalUnit(String u) {
        String l = u.toLowerCase(java.util.Locale.ROOT);
        if (l.startsWith("w")) return "weeks";
        if (l.startsWith("d")) return "days";
        if (l.startsWith("y")) return "years";
        return "months";
    }

    /** Months for a time point written in {@code unit}: weeks x 12/52, days x 12/365. */
    static double toMonths(double v, String unit) {
        double m = switch (unit) {
            case "years" -> v * 12;
            case "weeks" -> v * 12 / 52;
            case "days" -> v * 12 / 365;
            default -> v;
        };
        return Math.round(m * 100) / 100.0;
    }
}
