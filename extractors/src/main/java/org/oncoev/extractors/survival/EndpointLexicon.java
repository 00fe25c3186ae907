package org.oncoev.extractors.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Finds survival endpoint mentions in a sentence and maps them to the gold codes OS, PFS, DFS, RFS, TTP,
 * EFS, DSS, CSS and LC, following the gold Rulings: plain {@code survival} ({@code median survival},
 * {@code survival rate}) means OS, {@code failure-free survival} (FFS) means EFS, {@code locoregional control} and
 * {@code local progression-free survival} mean LC, {@code time to <any> progression} means TTP, and a variant
 * naming a listed endpoint's words ({@code neurological PFS}) is that endpoint.
 * Phrases that name another outcome ({@code (distant) metastasis-free survival}, {@code time to response},
 * {@code survival benefit}, any other {@code xxx-free survival} or {@code xxFS}) are returned as blocking mentions (endpoint null) so that nearby numbers are
 * not attributed to an earlier endpoint.
 */
public final class EndpointLexicon {

    /** One mention: {@code endpoint} is null for a blocking phrase; {@code median} when it says median. */
    public record Mention(String endpoint, int start, int end, boolean median) {}

    private static final String D = "[-\u2010\u2011 ]";
    static final Pattern SPELLED = Pattern.compile(
            "(?i)\\b(?:"
            + "(?<lc>(?:local|loco" + D + "?regional)" + D + "(?:tumou?r" + D + ")?(?:progression" + D + "free" + D + "survival|control(?:" + D + "rates?)?))"
            + "|(?<block>(?:distant" + D + ")?metastas[ie]s" + D + "free" + D + "survivals?"
            + "|time" + D + "to" + D + "(?:treatment" + D + "failure|response|recurrence|death)|duration" + D + "of" + D + "(?:response|treatment|therapy)"
            + "|survival" + D + "(?:benefit|advantage|gain|difference|improvement)|survivors?)"
            + "|(?<pfs>progression" + D + "?free" + D + "survivals?|progression" + D + "free(?=\\s+(?:rate|interval)))"
            + "|(?<dfs>disease" + D + "free" + D + "survivals?)"
            + "|(?<rfs>(?:recurrence|relapse)" + D + "free" + D + "survivals?)"
            + "|(?<efs>(?:event|failure)" + D + "free" + D + "survivals?)"
            + "|(?<dss>disease" + D + "specific" + D + "survivals?)"
            + "|(?<css>(?:cancer|cause|melanoma|tumou?r)" + D + "specific" + D + "survivals?)"
            + "|(?<ttp>time" + D + "to" + D + "(?:[a-z]+" + D + "){0,3}?progression)"
            + "|(?<os>overall" + D + "survivals?|survivals?)"
            + "|(?<other>[a-z]+" + D + "free" + D + "survivals?)"
            + ")\\b");

    /** The first character is tested first ({@code m} or a capital): most positions fail there at once. */
    static final Pattern ABBREVIATED = Pattern.compile(
            "(?=[A-Zm])(?<![\\w-])(m?OS|m?PFS|m?DFS|m?RFS|m?TTP|EFS|DSS|CSS|LC|LRC|D?MFS|DRFS|LRFS|[A-Z]{1,3}FS)(?![\\w-])");

    static final StartChars ABBREVIATION_STARTS = StartChars.of("ABCDEFGHIJKLMNOPQRSTUVWXYZm");

    private static final Pattern LC_CONTEXT = Pattern.compile(
            "^(?:\\s+rates?|\\s+at\\b|\\s+(?:was|were)\\s+\\d)");
    private static final Keywords MEDIAN_WORD = new Keywords("median");
    private static final Pattern MEDIAN_BEFORE = Pattern.compile("(?s).*\\bmedian\\b[^.;]{0,30}");
    private static final Pattern TIME_BEFORE = Pattern.compile("(?s).*\\d[-\u2010 ](?:year|yr|month)s?\\s*$");
    private static final Pattern BRACKET_BEFORE = Pattern.compile("(?s).*\\(\\s*$");
    /** Where a lower-case letter meets a capital: table cells glued together ({@code Progression-free survivalYKL-40}). */
    static final Pattern GLUE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    private EndpointLexicon() {}

    /** Mentions in text order (spelled and abbreviated forms merged, overlaps dropped). */
    public static List<Mention> find(String s) {
        List<Mention> out = new ArrayList<>();
        SpelledRuns runs = new SpelledRuns(SPELLED, s);
        for (int at = 0; (at = runs.next(at)) >= 0; at = runs.matcher().end()) {
            Matcher m = runs.matcher();
            String ep = m.group("lc") != null ? "LC"
                    : m.group("block") != null || m.group("other") != null ? null
                    : m.group("pfs") != null ? "PFS" : m.group("dfs") != null ? "DFS"
                    : m.group("rfs") != null ? "RFS" : m.group("efs") != null ? "EFS"
                    : m.group("dss") != null ? "DSS" : m.group("css") != null ? "CSS"
                    : m.group("ttp") != null ? "TTP" : "OS";
            out.add(new Mention(ep, m.start(), m.end(), saysMedian(s, m.start())));
        }
        int[] starts = abbreviationStarts(s);
        StartScan aScan = starts.length == 0 ? null : StartScan.atPositions(ABBREVIATED, s, starts);
        for (int at = 0; aScan != null && aScan.find(at); at = aScan.next()) {
            Matcher a = aScan.matcher();
            String tok = a.group(1);
            boolean m0 = tok.charAt(0) == 'm';
            String ep = m0 ? tok.substring(1) : tok;
            ep = switch (ep) {
                case "LRC" -> "LC";
                case "FFS" -> "EFS";
                case "DRFS", "LRFS" -> "RFS";
                case "OS", "PFS", "DFS", "RFS", "TTP", "EFS", "DSS", "CSS", "LC" -> ep;
                default -> null; // an unlisted "...FS" endpoint blocks inheritance of the one before
            };
            if ("LC".equals(tok) && !lcContext(s, a.start(), a.end())) continue;
            if (overlaps(out, a.start(), a.end())) continue;
            out.add(new Mention(ep, a.start(), a.end(), m0 || saysMedian(s, a.start())));
        }
        if (out.size() > 1) out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /**
     * The one endpoint {@code text} names (its mentions of a listed endpoint all agree), or null when it names none
     * or several; blocking mentions are ignored.
     */
    public static String sole(String text) {
        String found = null;
        for (Mention m : find(text)) {
            if (m.endpoint() == null) continue;
            if (found != null && !found.equals(m.endpoint())) return null;
            found = m.endpoint();
        }
        return found;
    }

    /** {@code text} with a space where a lower-case letter meets a capital, parting glued table cells for {@link #find}. */
    public static String unglued(String text) {
        return mayGlue(text) ? GLUE.matcher(text).replaceAll(" ") : text;
    }

    /**
     * False only when {@link #GLUE} cannot match: no lower-case letter stands right before an upper-case one (a text
     * with surrogates is left to the regex).
     */
    static boolean mayGlue(String text) {
        boolean lowerBefore = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lower;
            boolean upper;
            if (c < 128) {
                lower = c >= 'a' && c <= 'z';
                upper = c >= 'A' && c <= 'Z';
            } else {
                if (Character.isSurrogate(c)) return true;
                int type = Character.getType(c);
                lower = type == Character.LOWERCASE_LETTER;
                upper = type == Character.UPPERCASE_LETTER;
            }
            if (upper && lowerBefore) return true;
            lowerBefore = lower;
        }
        return false;
    }

    /**
     * Where {@link #ABBREVIATED} may start: a capital or {@code m} after no ASCII word character or hyphen, starting
     * a run of word characters and hyphens that is the whole abbreviation (its lookarounds): 2 to 5 long, ending in
     * {@code S}, {@code P} or {@code C}.
     */
    static boolean abbreviationMayStart(String s, int i) {
        char c = s.charAt(i);
        if (!((c >= 'A' && c <= 'Z') || c == 'm')) return false;
        if (i > 0 && isWordOrHyphen(s.charAt(i - 1))) return false;
        int j = i + 1;
        while (j < s.length() && j - i <= 5 && isWordOrHyphen(s.charAt(j))) j++;
        return j - i >= 2 && j - i <= 5 && "SPC".indexOf(s.charAt(j - 1)) >= 0;
    }

    private static final int[] NO_STARTS = new int[0];

    /**
     * The positions where {@link #abbreviationMayStart} holds, in order, found from the {@code S}, {@code P} and
     * {@code C} that end such runs ({@link String#indexOf(int, int)}) instead of by testing every position.
     */
    static int[] abbreviationStarts(String s) {
        int[] out = NO_STARTS;
        int k = 0;
        int n = s.length();
        int nextS = s.indexOf('S');
        int nextP = s.indexOf('P');
        int nextC = s.indexOf('C');
        while (nextS >= 0 || nextP >= 0 || nextC >= 0) {
            int e = SentenceSplitter.firstOf(nextS, SentenceSplitter.firstOf(nextP, nextC));
            if (e == nextS) nextS = s.indexOf('S', e + 1);
            else if (e == nextP) nextP = s.indexOf('P', e + 1);
            else nextC = s.indexOf('C', e + 1);
            if (e + 1 < n && isWordOrHyphen(s.charAt(e + 1))) continue;
            // back to the start of the run ending at e (runs longer than 5 fail the test below)
            int r = e;
            while (r > 0 && e - r < 5 && isWordOrHyphen(s.charAt(r - 1))) r--;
            if (!abbreviationMayStart(s, r)) continue;
            if (k == out.length) out = java.util.Arrays.copyOf(out, Math.max(4, k * 2));
            out[k++] = r;
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    /** {@code [\w-]} of java.util.regex (ASCII). */
    private static boolean isWordOrHyphen(char b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '-';
    }

    /** True when {@code median} appears in the few words before {@code start}. */
    static boolean saysMedian(String s, int start) {
        int from = Math.max(0, start - 40);
        // the lower-cased words hold "median" only where it stands folded
        if (!MEDIAN_WORD.startsIn(s, from, start)) return false;
        String before = s.substring(from, start).toLowerCase(Locale.ROOT);
        return MEDIAN_BEFORE.matcher(before).matches();
    }

    private static boolean lcContext(String s, int start, int end) {
        String after = s.substring(end, Math.min(s.length(), end + 12));
        if (LC_CONTEXT.matcher(after).find()) return true;
        String before = s.substring(Math.max(0, start - 12), start);
        return TIME_BEFORE.matcher(before).matches() || BRACKET_BEFORE.matcher(before).matches()
                && s.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT).contains("control");
    }

    private static boolean overlaps(List<Mention> list, int start, int end) {
        for (Mention m : list) if (start < m.end() && m.start() < end) return true;
        return false;
    }
}
