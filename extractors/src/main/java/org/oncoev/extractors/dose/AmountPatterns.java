package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;
import org.oncoev.extractors.text.Needle;

/**
 * Finds measured amounts with dose units in one sentence: {@code 85 mg/m²}, {@code 10 to 20 mL},
 * {@code 2×200 mg} (amount 200), {@code 400/600/800 mg per day} (three amounts, unit {@code mg/day}),
 * {@code 1600mg/m2/day}, {@code 60 Gy in 30 fractions}, {@code 4500 cGy} (as 45 Gy), {@code AUC 5},
 * {@code 6 × area under the curve}, {@code 2-Gy fractions}, {@code 10.000 IU} and {@code 10 000 IU} (ten thousand), {@code doses ranging from 60 to 100 mg/m2} (a range), and lists sharing one unit ({@code 56 or 66 Gy}: two amounts). Rejects
 * concentrations and rates ({@code mg/dL}, {@code µg/mL}, {@code mL/min}), values after a comparison sign,
 * values inside a {@code (range ...)} and summaries of doses received ({@code the median weekly dose received was}). Every pattern is linear (bounded quantifiers, no nested repetition);
 * callers pass sentences of bounded length. Stateless and thread-safe.
 */
final class AmountPatterns {
    private AmountPatterns() {}

    /** {@code area under the}, found from its rarer {@code u}. */
    private static final Needle AREA_UNDER = Needle.of("area under the");
    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:[\u2009\u202f\u00a0]\\d{3})+(?!\\d)|\\d{1,3}(?: \\d{3})+(?= ?(?:IU|U)\\b)|\\d{1,6})(?:[.·⋅]\\d{1,4})?";
    private static final String DASH = "\\s{0,2}(?:-|–|—|‐|to|~)\\s{0,2}";
    private static final String SQ = "\\s?(?:2|²|\\^2|\\(2\\)|\\s2)";
    private static final String MICRO = "(?:µg|μg|ug|mcg)";

    /** Base units, longest first; group names would be costly, so the normalisation is done by lookup. */
    private static final String UNIT = "(?:mg\\s?/\\s?m" + SQ + "|mg\\s?[·.]?\\s?m\\s?[-−–]\\s?2|mg/sqm"
            + "|mg\\s+per\\s+(?:square\\s+met(?:er|re)|m" + SQ + ")|g\\s?/\\s?m" + SQ
            + "|" + MICRO + "\\s?/\\s?kg|" + MICRO + "\\s?[·.]?\\s?kg\\s?[-−–]\\s?1|" + MICRO + "\\s?/\\s?m" + SQ
            + "|mg\\s?/\\s?[kK]g|mg\\s?[·.]?\\s?kg\\s?[-−–]\\s?1|mg\\s+per\\s+kg"
            + "|(?:M?IU|U)\\s?/\\s?(?:m" + SQ + "|kg)|MIU|IU|million\\s+(?:international\\s+)?units"
            + "|cGy|Gy|GBq|mCi|mg|" + MICRO + "|g|m[lL])";

    private static final String PERIOD = "(?:\\s?/\\s?(?:day|d)(?![A-Za-z])|\\s+per\\s+day|\\s?/\\s?(?:week|wk)(?![A-Za-z])"
            + "|\\s+per\\s+week|\\s?/\\s?cycle|\\s+per\\s+cycle|\\s?/\\s?(?:fraction|fx)(?![A-Za-z])|\\s+per\\s+fraction)";

    /** {@code 5 µg/kg body weight per day}: the words between a per-kg unit and its period. */
    private static final String BODY_WEIGHT = "(?:(?<=[kK]g)\\s{1,2}(?:of\\s{1,2})?body[\\s-]?weight)?";

    /** Starts with a digit: the lookahead fails most positions at their first character. */
    static final Pattern AMOUNT = Pattern.compile(
            "(?=\\d)(?<![\\w.,·/^])(" + NUM + "(?:\\s?/\\s?" + NUM + "){0,4})(?:" + DASH + "(" + NUM + "))?(?:-|\\s{0,2})"
                    + "(" + UNIT + ")(?![A-Za-z0-9²µμ])" + BODY_WEIGHT + "(" + PERIOD + ")?"
                    + "(?:\\s{0,2}(?:in|/|×|x)\\s{0,2}(\\d{1,3})\\s{0,2}(?:fractions?|fx|F)(?![A-Za-z]))?");

    static final StartChars AMOUNT_STARTS = StartChars.of("", true, "");

    private static final String AUC_WORDS = "(?:AUC|area under the (?:concentration[- ]time )?curve)";
    private static final Pattern AUC = Pattern.compile(
            "\\b(?:AUC|area under the (?:concentration[- ]time )?curve(?:\\s{0,2}\\(AUC\\))?)\\]?\\)?\\s{0,2}"
                    + "(?:of|=|:)?\\s{0,2}(?:an?\\s)?(" + NUM + ")(?:" + DASH + "(" + NUM + "))?"
                    + "(?:\\s{0,2}mg\\s?/\\s?m[lL]\\s?[/·.×x•⋅*]\\s?min)?");

    /** A multiplier before the AUC words: {@code 6 × area under the curve}, {@code 5×AUC}. */
    private static final Pattern AUC_TIMES = Pattern.compile(
            "(?<![\\w.,·/^])(" + NUM + ")\\s{0,2}[×x*]\\s{0,2}" + AUC_WORDS + "\\b");

    /**
     * Bare numbers listed before a unit that they share: {@code 56 or }, {@code 50, 60 and }; ends where the
     * amount starts. Numbers after schedule words ({@code days 1 and}) are not amounts.
     */
    static final Pattern NUMBER = Pattern.compile(NUM);
    private static final Pattern SHARED_LIST = Pattern.compile(
            "(?<![\\w.,·/^×\\-–])(" + NUM + "(?:\\s{0,2},\\s{0,2}" + NUM + "){0,5})\\s{0,2},?\\s{1,2}(?:or|and)\\s{1,2}$");
    private static final Pattern LIST_BLOCKED_BEFORE = Pattern.compile(
            "(?:\\b(?:days?|d|cycles?|courses?|weeks?|grades?|stages?|arms?|groups?|fractions?|hours?|h|months?|years?|"
                    + "levels?|steps?|phases?|cohorts?|version|no|nos|mg|g|kg|ml|gy|cm|mm|ug|µg|μg|iu|min|V\\d{1,2}|D\\d{1,2})|[%±×])\\s{0,2}$",
            Pattern.CASE_INSENSITIVE);

    /** Text that may follow a unit and make it a concentration or rate rather than a dose. */
    private static final Pattern RATE_AFTER = Pattern.compile("\\s?/\\s?(?!\\d{1,3}\\s{0,2}(?:fractions?|fx|F)\\b)[A-Za-zµμ0-9]");
    /** A compound unit ({@code mg·h/L}) or a summary statistic ({@code 12 mg (range, ...)}, {@code 5 mg ± 2}). */
    /** A concentration written with a negative exponent ({@code 40 μg ml-1}, {@code 2 mg l−1}): no dose. */
    private static final Pattern PER_VOLUME_AFTER = Pattern.compile("\\s{1,2}(?:[mdMD]?[lL])\\s?[-−–]\\s?1(?![0-9])");
    private static final Pattern BAD_AFTER = Pattern.compile(
            "\\s?[·⋅*×•∙]\\s?[A-Za-z]|\\s{0,2}(?:\\(\\s?(?:range|IQR|interquartile)|±|\\+/-)", Pattern.CASE_INSENSITIVE);
    static final Pattern BAD_BEFORE = Pattern.compile(
            "(?:[<>≤≥≦≧⩽⩾]|=<|>=|less than|more than|greater than|lower than|higher than|exceed(?:ing|ed|s)?|at least|"
                    + "above|below|under|range[:,]?|(?:threshold|cut-?off)s?(?: value)?(?: of| was| =|:)?|(?<!doses? )(?:ranging|ranged) from|IC50|EC50|(?:median|mean|cumulative|total) (?:drug )?exposure (?:was|of)|exposure of"
                    + "|(?:median|mean|average)(?: [a-z]{1,12}){0,2} dose(?: [a-z]{1,12}){0,2} (?:was|of|=)|(?:median|mean|average)\\s?[=:])\\s{0,3}$",
            Pattern.CASE_INSENSITIVE);

    static List<AmountMatch> find(String s) {
        return find(s, amountStarts(s.toCharArray(), 0, s.length()));
    }

    /** {@link #find(String)}, given the positions {@link #amountStarts} lists for {@code s}. */
    static List<AmountMatch> find(String s, int[] starts) {
        List<AmountMatch> out = new ArrayList<>();
        // the regex is tried only where amountMayStart holds, found in one pass over a char array
        StartScan mScan = StartScan.atPositions(AMOUNT, s, starts);
        for (int from = 0; mScan.find(from); from = mScan.next()) {
            Matcher m = mScan.matcher();
            if (rateAfter(s, m.end()) || badAfter(s, m.end()) || PER_VOLUME_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()) continue;
            if (badBefore(s, m.start()) && !boundedDose(s, m.start()) && !boundedTarget(s, m) || LEADING_ZERO.matcher(m.group(1)).matches()) continue;
            String unit = normaliseUnit(m.group(3), m.group(4));
            List<Double> amounts = new ArrayList<>();
            boolean units = unit.startsWith("IU") || unit.startsWith("U/");
            for (String part : m.group(1).split("/")) amounts.add(parse(units ? unitsThousands(part) : part));
            Double max = m.group(2) == null ? null : parse(m.group(2));
            int start = m.start();
            if (max == null && amounts.size() == 1) {
                int listStart = sharedList(s, m.start(), amounts);
                if (listStart >= 0) start = listStart;
            }
            if (max != null && amounts.size() > 1) continue;
            Integer fractions = m.group(5) == null ? null : Integer.valueOf(m.group(5));
            if (unit.equals("cGy")) {
                amounts.replaceAll(a -> a / 100.0);
                max = max == null ? null : max / 100.0;
                unit = "Gy";
            }
            out.add(new AmountMatch(start, m.end(), m.start(3), amounts, max, unit,
                    unit.startsWith("Gy") ? fractions : null));
        }
        // both AUC patterns name it: "AUC" or "area under the"
        boolean auc = s.contains("AUC") || AREA_UNDER.isIn(s);
        Matcher a = auc ? AUC.matcher(s) : null;
        while (auc && a.find()) {
            if (badBefore(s, a.start()) || a.group(1).startsWith("0") || parse(a.group(1)) > 12) continue;
            Double max = a.group(2) == null ? null : parse(a.group(2));
            out.add(new AmountMatch(a.start(), a.end(), a.start(), List.of(parse(a.group(1))), max, "AUC", null));
        }
        Matcher t = auc ? AUC_TIMES.matcher(s) : null;
        while (auc && t.find()) {
            if (badBefore(s, t.start()) || t.group(1).startsWith("0") || parse(t.group(1)) > 12) continue;
            out.add(new AmountMatch(t.start(), t.end(), t.start(), List.of(parse(t.group(1))), null, "AUC", null));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /**
     * Where {@link #AMOUNT} may start: a digit after no ASCII word character or {@code . , · / ^} (its lookbehind),
     * whose number part (digits, separators, slashes, spaces, dashes, {@code ~}, {@code to}) ends at a unit's first
     * letter: no unit starts with one of those characters, so the unit must begin where they stop.
     */
    static boolean amountMayStart(char[] s, int from, int to, int i) {
        char c = s[i];
        if (c < '0' || c > '9') return false;
        if (i > from) {
            char b = s[i - 1];
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || "_.,·/^".indexOf(b) >= 0) return false;
        }
        int j = i + 1;
        while (j < to && (Folded.isRegexSpace(s[j]) || NUMBER_PART.indexOf(s[j]) >= 0)) j++;
        return j < to && unitMayStart(s, j, to);
    }

    /**
     * A {@link #UNIT} may start at {@code j}, judged by its first two characters: {@code mg mc mi mC ml mL}, {@code Gy GB},
     * {@code cG}, {@code MI}, {@code IU}, {@code ug µg μg}, or a bare {@code g} or {@code U} before no letter or digit
     * (the lookahead after every unit) or before a space or slash.
     */
    private static boolean unitMayStart(char[] s, int j, int to) {
        char c = s[j];
        if (UNIT_FIRST.indexOf(c) < 0) return false;
        if (j + 1 >= to) return true;
        char d = s[j + 1];
        return switch (c) {
            case 'm' -> "gciClL".indexOf(d) >= 0;
            case 'G' -> d == 'y' || d == 'B';
            case 'c' -> d == 'G';
            case 'M' -> d == 'I';
            case 'I' -> d == 'U';
            case 'u', '\u00b5', '\u03bc' -> d == 'g';
            default -> !((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') || d == '\u00b2'
                    || d == '\u00b5' || d == '\u03bc');
        };
    }

    /**
     * The positions where {@link #AMOUNT} may start in the text {@code s[from, to)} ({@link #amountMayStart}), counted
     * from {@code from}, in increasing order.
     */
    static int[] amountStarts(char[] s, int from, int to) {
        int[] at = new int[8];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < '0' || c > '9' || !amountMayStart(s, from, to, i)) continue;
            if (n == at.length) at = java.util.Arrays.copyOf(at, n * 2);
            at[n++] = i - from;
        }
        return java.util.Arrays.copyOf(at, n);
    }

    /** Characters of an amount's number part before its unit ({@code \s} aside). */
    private static final String NUMBER_PART = "0123456789,.·⋅\u2009\u202f\u00a0/-–—‐~to";
    /** First characters of {@link #UNIT}. */
    private static final String UNIT_FIRST = "mgGcMIUuµμ";

    /** {@link #RATE_AFTER} at {@code end}: tried only when a slash follows, after at most one space. */
    private static boolean rateAfter(String s, int end) {
        int i = end < s.length() && Folded.isRegexSpace(s.charAt(end)) ? end + 1 : end;
        return i < s.length() && s.charAt(i) == '/' && RATE_AFTER.matcher(s).region(end, s.length()).lookingAt();
    }

    /** {@link #BAD_AFTER} at {@code end}: tried only when one of its marks follows, after at most two spaces. */
    private static boolean badAfter(String s, int end) {
        int i = end;
        while (i < s.length() && i - end < 2 && Folded.isRegexSpace(s.charAt(i))) i++;
        return i < s.length() && "·⋅*×•∙(±+".indexOf(s.charAt(i)) >= 0
                && BAD_AFTER.matcher(s).region(end, s.length()).lookingAt();
    }

    /**
     * For {@code 56 or 66 Gy} and {@code 50, 60 and 70 Gy}: inserts the listed numbers before {@code amounts}
     * and returns where the list starts, or -1 when the amount has no list before it.
     */
    private static int sharedList(String s, int start, List<Double> amounts) {
        int from = Math.max(0, start - 60);
        Matcher l = SHARED_LIST.matcher(s).region(from, start);
        l.useTransparentBounds(true);
        if (!l.find() || LIST_BLOCKED_BEFORE.matcher(s).region(Math.max(0, l.start() - 12), l.start()).find()) return -1;
        List<Double> listed = new ArrayList<>();
        Matcher n = NUMBER.matcher(l.group(1));
        while (n.find()) listed.add(parse(n.group()));
        if (listed.stream().anyMatch(v -> v <= 0)) return -1;
        amounts.addAll(0, listed);
        return l.start();
    }

    /** A dose stated with a lower bound ({@code the doses were >66 Gy}, {@code a dose of at least 50 Gy}): the number is the amount. */
    private static final Pattern BOUNDED_DOSE = Pattern.compile(
            "\\bdoses?\\s{1,2}(?:was|were|of)\\s{1,2}(?:>|≥|>=|at least|more than|over|above)\\s{0,3}$", Pattern.CASE_INSENSITIVE);

    private static boolean boundedDose(String s, int start) {
        return BOUNDED_DOSE.matcher(s).region(Math.max(0, start - 40), start).find();
    }

    /** After a Gy amount: the volume it is prescribed to ({@code >50 Gy to the nodal areas}). */
    private static final Pattern TO_TARGET = Pattern.compile("\\s{1,2}to\\s{1,2}(?:the|all|each|both)\\s");

    /** A radiation dose with a lower bound, prescribed to a volume: {@code >50 Gy to the uninvolved neck}. */
    private static boolean boundedTarget(String s, Matcher m) {
        int i = m.start() - 1;
        while (i >= 0 && s.charAt(i) == ' ') i--;
        return i >= 0 && (s.charAt(i) == '>' || s.charAt(i) == '≥') && m.group(3).endsWith("Gy") && m.group(4) == null
                && TO_TARGET.matcher(s).region(m.end(), s.length()).lookingAt();
    }

    private static boolean badBefore(String s, int start) {
        int from = Math.max(0, start - 48);
        return badBeforeMayEnd(s, from, start) && BAD_BEFORE.matcher(s).region(from, start).find();
    }

    /** The last characters of {@link #BAD_BEFORE}'s alternatives, in either case ({@code ſ} folds to {@code s}). */
    private static final String BAD_BEFORE_LAST = "<>≤≥≦≧⩽⩾=:,0nNdDgGsSſtTeEwWrRfFmM";

    /** The words {@link #BAD_BEFORE}'s alternatives that end in a letter end with (ASCII case ignored). */
    private static final String[] BAD_BEFORE_WORD_ENDS = {"than", "exceed", "exceeding", "exceeded", "exceeds", "least",
        "above", "below", "under", "range", "threshold", "thresholds", "off", "offs", "value", "of", "was", "from"};

    /**
     * Cheap filter: {@link #BAD_BEFORE} ends with one of its last characters, then at most three spaces, at {@code start};
     * where that character is a letter, the letters before it end with one of {@link #BAD_BEFORE_WORD_ENDS}.
     */
    static boolean badBeforeMayEnd(String s, int from, int start) {
        for (int e = start; e > from && e >= start - 3; e--) {
            char c = s.charAt(e - 1);
            if (BAD_BEFORE_LAST.indexOf(c) >= 0) return !(c < 128 && Character.isLetter(c)) || wordEndAt(s, from, e);
            if (!Folded.isRegexSpace(c)) return false;
        }
        return false;
    }

    /** One of {@link #BAD_BEFORE_WORD_ENDS} ends at {@code e}, inside {@code [from, e)}. */
    private static boolean wordEndAt(String s, int from, int e) {
        for (String w : BAD_BEFORE_WORD_ENDS) {
            if (e - w.length() >= from && s.regionMatches(true, e - w.length(), w, 0, w.length())) return true;
        }
        return false;
    }

    /** {@code 10.000 IU}: a point before exactly three digits in an amount of units groups thousands (units are not dosed in fractions). */
    private static final Pattern POINT_THOUSANDS = Pattern.compile("\\s*\\d{1,3}\\.\\d{3}\\s*");

    private static String unitsThousands(String number) {
        return POINT_THOUSANDS.matcher(number).matches() ? number.replace(".", "") : number;
    }

    static double parse(String number) {
        return Double.parseDouble(SEPARATORS.matcher(number.strip()).replaceAll("").replace('·', '.').replace('⋅', '.'));
    }

    private static final Pattern SEPARATORS = Pattern.compile("[, \u2009\u202f\u00a0]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern SPACE_OR_PER = Pattern.compile("\\s|/.*");
    private static final Pattern PER_KG = Pattern.compile("(?i)/kg");
    private static final Pattern MG_M_MINUS_2 = Pattern.compile("mg ?[·.]? ?m ?[-−–] ?2");
    private static final Pattern MICRO_PER_KG = Pattern.compile("(?:µg|μg|ug|mcg) ?(?:/ ?kg|[·.]? ?kg ?[-−–] ?1)");
    private static final Pattern MICRO_PER_M = Pattern.compile("(?:µg|μg|ug|mcg) ?/ ?m.*");
    private static final Pattern UNITS_PER_KG = Pattern.compile("(?:m?iu|u) ?/ ?kg");
    private static final Pattern UNITS_PER_M = Pattern.compile("(?:m?iu|u) ?/ ?m.*");
    private static final Pattern MICROGRAMS = Pattern.compile("µg|μg|ug|mcg");
    private static final Pattern LEADING_ZERO = Pattern.compile("0\\d.*");

    /** Maps a written unit (and optional per-period suffix) to the gold-format form. */
    static String normaliseUnit(String written, String period) {
        String u = SPACES.matcher(written).replaceAll(" ").strip();
        String low = u.toLowerCase(Locale.ROOT);
        String base;
        if (low.startsWith("mg") && (low.contains("m2") || low.contains("m²") || low.contains("m^2") || low.contains("m(2)")
                || low.contains("m 2") || low.contains("sqm") || low.contains("square") || MG_M_MINUS_2.matcher(low).matches()))
            base = "mg/m2";
        else if (low.startsWith("g") && low.contains("/")) base = "g/m2";
        else if (MICRO_PER_KG.matcher(low).matches()) base = "ug/kg";
        else if (MICRO_PER_M.matcher(low).matches()) base = "ug/m2";
        else if (low.startsWith("mg") && low.contains("kg")) base = "mg/kg";
        else if (UNITS_PER_KG.matcher(low).matches()) base = PER_KG.matcher(SPACE.matcher(u).replaceAll("")).replaceAll("/kg");
        else if (UNITS_PER_M.matcher(low).matches()) base = SPACE_OR_PER.matcher(u).replaceAll("") + "/m2";
        else if (low.startsWith("million")) base = "MIU";
        else if (MICROGRAMS.matcher(low).matches()) base = "ug";
        else if (low.equals("ml")) base = "mL";
        else if (low.equals("cgy")) base = "cGy";
        else if (low.equals("gy")) base = "Gy";
        else base = u;
        if (period == null) return base;
        String p = period.toLowerCase(Locale.ROOT);
        if (p.contains("fraction") || p.contains("fx")) return base;
        if (p.contains("d")) return base.startsWith("Gy") || base.equals("cGy") ? base : base + "/day";
        if (p.contains("w")) return base + "/week";
        return base + "/cycle";
    }
}
