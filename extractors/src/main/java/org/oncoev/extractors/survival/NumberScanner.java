package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of one sentence with what follows them (a time unit, a per-cent sign, a range, a
 * confidence interval) and links numbers written as one list ({@code 85.4, 72.0, and 67.2%},
 * {@code 24.1 vs 17.3 months}, {@code 1-, 2-, and 3-year}) into {@link Chain}s. Bare list members take
 * the unit of the next member that has one. Inputs are single sentences of bounded length.
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

    /** Numbers written as one list, in order. */
    record Chain(List<Num> members) {
        int start() { return members.get(0).start(); }
        int end() { return members.get(members.size() - 1).end(); }
        Kind kind() { return members.get(members.size() - 1).kind(); }
        boolean adjectival() { return members.stream().anyMatch(Num::adjectival); }
    }

    private static final String NUM = "\\d{1,4}(?:[.\u00b7]\\d{1,3})?";
    private static final String UNIT = "(months?|mos?\\.?(?=\\s)|mos?\\b|weeks?|wks?|days?|years?|yrs?)";
    private static final String DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.\u00b7/\u2010\u2011\u2013\u2212\u00b1-])(?<!\\d,)(?<!\u00b1\\s)([<>\u2264\u2265\u2a7d\u2a7e]\\s?)?(" + NUM
            + "(?!\\d)|(?i:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|eighteen|twenty|thirty)"
            + "(?=\\s?" + DASH + "?\\s?(?i:years?|months?|weeks?|days?)\\b))");
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
    private static final Pattern BARE_HYPHEN = Pattern.compile(DASH + "(?=\\s*,|\\s+(?:and|or|to)\\b)");
    private static final Pattern CI = Pattern.compile(
            "\\s*[(\\[,;]\\s*(?:95\\s?%\\s*)?(?:CI|C\\.I\\.|confidence interval(?:\\s*[(\\[]CI[)\\]])?)\\s*[,:=]?\\s*(?:of\\s+|was\\s+)?(-?"
            + NUM + ")\\s?%?\\s*(?:" + DASH + "|to|,)\\s*(-?" + NUM + ")\\s?%?\\s*(?:" + UNIT + ")?\\s*(?:[)\\];]|,(?=\\s))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_CI = Pattern.compile(
            "\\s*[(\\[]\\s*(" + NUM + ")\\s?%?\\s*(?:" + DASH + "|to)\\s*(" + NUM + ")\\s?%?\\s*(?:" + UNIT + ")?\\s*[)\\]]",
            Pattern.CASE_INSENSITIVE);
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
    private static final Pattern LIST_SEP = Pattern.compile(
            "\\s*(?:[,;]\\s*(?:(?:and|or)\\s+)?|,?\\s*(?:and|or)\\s+)(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern VS_SEP = Pattern.compile(
            "\\s*[,;]?\\s*(?:vs\\.?|versus|v\\.|compared\\s+(?:with|to))\\s*(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

    private NumberScanner() {}

    /** All numbers of the sentence with their suffixes. */
    static List<Num> numbers(String s) {
        List<Num> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            Num n = read(s, m);
            if (!isCiLevel(s, n) && !P_BEFORE.matcher(s).region(Math.max(0, m.start() - 16), m.start()).find()) out.add(n);
            from = Math.max(n.end(), m.end());
        }
        return out;
    }

    /** A confidence level ({@code 95% CI}, {@code (95%, CI)}) rather than a value. */
    private static boolean isCiLevel(String s, Num n) {
        if (n.kind() != Kind.PERCENT) return false;
        if (CI_WORD.matcher(s).region(n.end(), s.length()).lookingAt()) return true;
        double v = n.value();
        return (v == 90 || v == 95 || v == 99) && n.ciLow() == null
                && CI_LABEL_AFTER_COMMA.matcher(s).region(n.end(), s.length()).lookingAt();
    }

    /** Numbers linked into list chains. */
    static List<Chain> chains(String s) {
        List<Num> nums = numbers(s);
        List<Chain> out = new ArrayList<>();
        List<Num> cur = new ArrayList<>();
        for (Num n : nums) {
            if (!cur.isEmpty()) {
                Num prev = cur.get(cur.size() - 1);
                String between = s.substring(prev.end(), n.start());
                boolean vs = VS_SEP.matcher(between).matches();
                boolean sameKind = prev.kind() == Kind.BARE || n.kind() == Kind.BARE || prev.kind() == n.kind();
                if (sameKind && (vs || LIST_SEP.matcher(between).matches())) {
                    cur.add(new Num(n.start(), n.end(), n.unitEnd(), n.value(), n.max(), n.kind(), n.unit(),
                            n.adjectival(), vs, n.qualifier(), n.ciLow(), n.ciHigh()));
                    continue;
                }
                out.add(inherit(cur));
                cur = new ArrayList<>();
            }
            cur.add(n);
        }
        if (!cur.isEmpty()) out.add(inherit(cur));
        return out;
    }

    private static Chain inherit(List<Num> members) {
        List<Num> res = new ArrayList<>(members);
        Num donor = null;
        for (int i = res.size() - 1; i >= 0; i--) {
            Num n = res.get(i);
            if (n.kind() != Kind.BARE) donor = n;
            else if (donor != null) res.set(i, n.withUnit(donor.kind(), donor.unit(), n.adjectival() || donor.adjectival()));
        }
        return new Chain(List.copyOf(res));
    }

    private static Num read(String s, Matcher m) {
        String qualifier = m.group(1) == null ? null : m.group(1).strip();
        double value = parseNumberOrWord(m.group(2));
        Double max = null;
        int p = m.end();
        Matcher r = RANGE.matcher(s).region(p, s.length());
        Matcher and = AND_RANGE.matcher(s).region(p, s.length());
        if (r.lookingAt()) {
            max = parse(r.group(1));
            p = r.end();
        } else if (and.lookingAt() && BETWEEN_BEFORE.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            max = parse(and.group(1));
            p = and.end();
        }
        Kind kind = Kind.BARE;
        String unit = null;
        boolean adjectival = false;
        Matcher pc = PERCENT.matcher(s).region(p, s.length());
        Matcher ord = ORDINAL.matcher(s).region(p, s.length());
        if (pc.lookingAt()) {
            kind = Kind.PERCENT;
            unit = "%";
            p = pc.end();
            Matcher pm = PLUS_MINUS.matcher(s).region(p, s.length());
            if (pm.lookingAt()) p = pm.end();
        } else {
            int q = ord.lookingAt() ? ord.end() : p;
            Matcher t = TIME_UNIT.matcher(s).region(q, s.length());
            if (t.lookingAt()) {
                kind = Kind.TIME;
                unit = canonicalUnit(t.group(2));
                adjectival = !t.group(1).isBlank() || t.group(3) != null || q != p;
                p = t.end();
                Matcher to = UNIT_RANGE.matcher(s).region(p, s.length());
                if (max == null && !adjectival && to.lookingAt() && canonicalUnit(to.group(2)).equals(unit)
                        && RANGED_FROM_BEFORE.matcher(s.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                    max = parse(to.group(1));
                    p = to.end();
                }
            } else {
                Matcher h = BARE_HYPHEN.matcher(s).region(p, s.length());
                if (h.lookingAt()) {
                    adjectival = true;
                    p = h.end();
                }
            }
        }
        int unitEnd = p;
        Double lo = null;
        Double hi = null;
        Matcher ci = CI.matcher(s).region(p, s.length());
        Matcher bare = BARE_CI.matcher(s).region(p, s.length());
        if (kind == Kind.PERCENT && (ci.lookingAt() || bare.lookingAt())) {
            Matcher used = ci.lookingAt() ? ci : bare;
            lo = parse(used.group(1));
            hi = parse(used.group(2));
            p = used.end();
        } else if (kind == Kind.TIME && !ci.lookingAt() && bare.lookingAt()
                && parse(bare.group(1)) <= value && value <= parse(bare.group(2))) {
            lo = parse(bare.group(1));
            hi = parse(bare.group(2));
            p = bare.end();
        } else if (kind != Kind.PERCENT && ci.lookingAt()) {
            lo = parse(ci.group(1));
            hi = parse(ci.group(2));
            p = ci.end();
            if (kind == Kind.BARE && ci.group(3) != null) {
                kind = Kind.TIME;
                unit = canonicalUnit(ci.group(3));
            } else if (kind == Kind.BARE) {
                Matcher t = TIME_UNIT.matcher(s).region(p, s.length());
                if (t.lookingAt() && t.group(1).isBlank()) {
                    kind = Kind.TIME;
                    unit = canonicalUnit(t.group(2));
                    p = t.end();
                }
            }
        }
        return new Num(m.start(), p, unitEnd, value, max, kind, unit, adjectival, false, qualifier, lo, hi);
    }

    private static double parseNumberOrWord(String n) {
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
