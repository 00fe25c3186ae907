package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.text.Folded;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Reads the route ({@code IV}, {@code oral}, {@code s.c.}, {@code i.m.}, {@code intra-arterial},
 * {@code intraperitoneal}, {@code intrathecal}) and the schedule ({@code on Day 1}, {@code every 2 weeks},
 * {@code q3w}, {@code twice daily}, {@code days 1-14 of a 21-day cycle}, {@code in 30 fractions}, ...) written
 * around a dose. Patterns are linear with bounded quantifiers. Stateless and thread-safe.
 */
final class DoseDetails {
    private DoseDetails() {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A route's name and its regex (no capturing groups), matched case-insensitively when {@code folded}. */
    private record Route(String name, String regex, boolean folded) {
        /** The regex with its case flags inline, as one capturing group. */
        String group() {
            return (folded ? "((?iu:" : "((?:") + regex + "))";
        }
    }

    private static final List<Route> ROUTES = List.of(
            new Route("intra-arterial",
                    "intra-?\\s?arterial(?:ly)?|trans-?arterial(?:ly)?|hepatic arter(?:y|ial) infusion|\\bTACE\\b|\\bHAIC\\b|chemoemboli[sz]ation", true),
            new Route("intraperitoneal", "intra-?peritoneal(?:ly)?|\\bi\\.p\\.(?!\\w)|\\bHIPEC\\b|\\bPIPAC\\b", true),
            new Route("intrathecal", "intrathecal(?:ly)?|\\bi\\.t\\.(?!\\w)", true),
            new Route("s.c.", "sub-?cutaneous(?:ly)?|\\bs\\.c\\.(?!\\w)|\\bSC\\b|\\bs\\.q\\.(?!\\w)", false),
            new Route("i.m.", "intra-?muscular(?:ly)?|\\bi\\.m\\.(?!\\w)|\\bIM\\b", false),
            new Route("IV", "intravenous(?:ly)?|\\bi\\.\\s?v\\.?(?!\\w)|\\bIV\\b|\\bi/v\\b|\\biv\\b|infusion|\\bbolus", true),
            new Route("oral", "\\boral(?:ly)?\\b|\\bp\\.\\s?o\\.?(?!\\w)|\\bPO\\b|per os|by mouth|\\btablets?\\b|\\bcapsules?\\b", true));

    /**
     * All routes as one alternation, group {@code k + 1} for route {@code k}: its first match is the leftmost of
     * any route, and at one position the earliest route in the list wins. The lookahead holds the first letter
     * of every alternative (case-folded as they are), so most positions fail at once.
     */
    static final Pattern ANY_ROUTE = Pattern.compile("(?=(?iu:[ithcpbos]))(?:"
            + String.join("|", ROUTES.stream().map(Route::group).toList()) + ")");
    /** The two procedure routes (intra-arterial, intraperitoneal) as {@link #ANY_ROUTE} does it. */
    private static final Pattern PROCEDURE = Pattern.compile("(?=(?iu:[ithcp]))(?:" + ROUTES.get(0).group() + "|"
            + ROUTES.get(1).group() + ")");
    private static final Keywords PROCEDURE_WORDS = new Keywords("arter", "tace", "haic", "chemoemboli", "peritoneal",
            "i.p.", "hipec", "pipac");
    /** First characters of a route mention (with the non-ASCII letters the case-folding regex equates with them). */
    static final StartChars ROUTE_STARTS = StartChars.of("\u0130\u0131\u017f", false, "ithcpsbo");
    /** The literal each route alternative starts with (case-folded). */
    static final Keywords ROUTE_LEADS = new Keywords("intra", "trans", "hepatic arter", "tace", "haic",
            "chemoemboli", "i.", "hipec", "pipac", "sub", "s.c.", "sc", "s.q.", "im", "iv", "i/v", "infusion", "bolus",
            "oral", "p.", "po", "per os", "by mouth", "tablet", "capsule");
    /** First characters of a schedule phrase. */
    static final StartChars SCHEDULE_STARTS = StartChars.of("/ \t\n\u000B\f\r\u0130\u0131\u017f", true,
            "ofdhetqbwmscpia");
    /** The words a schedule phrase starts with (the digit, slash, space and single-letter forms aside). */
    private static final Keywords SCHEDULE_LEADS = new Keywords("on", "from", "day", "hour", "every", "once", "twice",
            "thrice", "one", "two", "three", "four", "five", "six", "other", "q", "b.i.d.", "t.i.d.", "bid", "tid",
            "daily", "weekly", "bi", "fortnightly", "monthly", "tri", "for", "over", "as", "continuous", "bolus",
            "prior to", "in", "per");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern INTRA_ARTERIAL = Pattern.compile(ROUTES.get(0).regex(), CI);

    private static final String N = "(?:\\d{1,3}|one|two|three|four|five|six|other)";
    private static final String DAYS = "\\d{1,2}(?:\\s{0,2}(?:,|and|&|-|–|to)\\s{0,2}\\d{1,2}){0,6}";

    static final Pattern SCHEDULE = Pattern.compile(String.join("|",
            "(?:on|from)?\\s?days?\\s{0,2}" + DAYS + "(?:\\s{1,2}(?:of|in)\\s{1,2}(?:a|an|each|every)\\s{1,2}\\d{1,2}-?\\s?days?\\s{1,2}cycles?)?",
            "\\bd\\s?" + DAYS + "\\b",
            "(?:from\\s)?hours?\\s\\d{1,2}(?:\\s{0,2}(?:-|–|to)\\s{0,2}\\d{1,2})?",
            "every\\s{1,2}" + N + "\\s{1,2}(?:weeks?|days?|months?|cycles?)",
            "every\\s{1,2}(?:week|day|month|cycle)",
            "(?:once|twice|thrice|" + N + "\\s?times)\\s?(?:a|per|/|each)\\s?(?:day|week|month|d)\\b",
            "\\b(?:once|twice|thrice|three times)\\s(?:daily|weekly|a day|a week)",
            "\\bq\\.?\\s?\\d{1,2}\\s?(?:w|wk|weeks?|d|days?|h)\\b",
            "\\b(?:b\\.i\\.d\\.|t\\.i\\.d\\.|q\\.i\\.d\\.|q\\.d\\.|bid|tid|qid|qd)(?!\\w)",
            "\\b(?:daily|weekly|bi-?weekly|fortnightly|monthly|3-weekly|tri-?weekly)\\b",
            "\\bfor\\s{1,2}" + N + "\\s{1,2}(?:consecutive\\s)?(?:days|weeks|months|cycles|courses)",
            "\\bover\\s{1,2}\\d{1,3}(?:\\.\\d)?\\s?(?:-\\s?)?(?:h|hrs?|hours?|min|minutes)\\b",
            "\\b(?:as\\s)?an?\\s\\d{1,3}-?\\s?(?:h|hr|hour|min|minute)\\s(?:continuous\\s)?(?:intravenous\\s)?infusion",
            "\\b(?:continuous(?:ly)?|bolus|prior to \\w+)\\b",
            "\\d{1,2}-?\\s?(?:day|week)\\s(?:cycles?|intervals?)",
            "\\bin\\s\\d{1,3}\\s(?:daily\\s)?fractions",
            "/\\s?\\d{1,3}\\s?(?:fractions|fx)\\b",
            "\\bper\\s(?:fraction|session|cycle|course)\\b"), CI);

    /**
     * The first route stated in {@code after}, else in {@code before}, else implied by a procedure (TACE, HAIC,
     * HIPEC) named in {@code sentence} or, failing that, in {@code passage} (only its first 20,000 characters); or null.
     */
    static String route(String before, String after, String sentence, String passage) {
        return route(before, after, new ProcedureRoute(sentence), new ProcedureRoute(passage));
    }

    /** As {@link #route(String, String, String, String)}, with each text's procedure looked up at most once. */
    static String route(String before, String after, ProcedureRoute sentence, ProcedureRoute passage) {
        String r = firstRoute(after);
        if (r == null) r = firstRoute(before);
        if (r != null) return r;
        r = sentence.route();
        return r != null ? r : passage.route();
    }

    /** The route implied by a procedure (TACE, HAIC, HIPEC) named in {@code text}, or null. */
    private static String procedure(String text) {
        // every procedure form holds one of these words (case-folded as the regex does)
        if (!PROCEDURE_WORDS.in(text)) return null;
        Matcher m = PROCEDURE.matcher(text);
        if (!m.find()) return null;
        if (m.start(1) >= 0) return ROUTES.get(0).name();
        // an intraperitoneal mention came first: an intra-arterial one later still wins
        return INTRA_ARTERIAL.matcher(text).find(m.start() + 1) ? ROUTES.get(0).name() : ROUTES.get(1).name();
    }

    /**
     * The procedure route of one text (a sentence, or a passage's first 20,000 characters), computed on first
     * use; one per call, not shared between threads.
     */
    static final class ProcedureRoute {
        private final String text;
        private boolean done;
        private String route;

        ProcedureRoute(String text) {
            this.text = text;
        }

        String route() {
            if (!done) {
                route = procedure(text.length() > 20_000 ? text.substring(0, 20_000) : text);
                done = true;
            }
            return route;
        }
    }

    /** The route whose mention starts first in {@code text} (on a tie, the earlier route in the list), or null. */
    private static String firstRoute(String text) {
        StartScan scan = new StartScan(ANY_ROUTE, text, ROUTE_STARTS, (s, i) -> ROUTE_LEADS.at(s, i));
        if (!scan.find(0)) return null;
        Matcher m = scan.matcher();
        for (int k = 0; k < ROUTES.size(); k++) if (m.start(k + 1) >= 0) return ROUTES.get(k).name();
        return null;
    }

    /**
     * Where {@link #SCHEDULE} may start: a digit or slash; a space before {@code d}; {@code d} before a digit
     * (after at most one space); {@code a} before {@code s}, {@code n} or a space; or one of its leading words.
     * Letters are case-folded as the regex folds them.
     */
    static boolean scheduleMayStart(String s, int i) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') return digitsLead(s, i);
        if (c == '/') {
            int k = i + 1 < s.length() && Folded.isRegexSpace(s.charAt(i + 1)) ? i + 2 : i + 1;
            return k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9';
        }
        char next = i + 1 < s.length() ? Folded.fold(s.charAt(i + 1)) : ' ';
        if (Folded.isRegexSpace(c)) return next == 'd';
        char f = Folded.fold(c);
        if (f == 'd' && (Character.isDigit(next) && next < 128 || Folded.isRegexSpace(next) && i + 2 < s.length()
                && s.charAt(i + 2) >= '0' && s.charAt(i + 2) <= '9')) return true;
        if (f == 'a') return articleLeads(s, i);
        return SCHEDULE_LEADS.at(s, i) && wordLeads(s, i, f);
    }

    /** {@code as a}, {@code an 8}, {@code a 2} ({@code (?:as\s)?an?\s\d}): the only phrase that starts with {@code a}. */
    private static boolean articleLeads(String s, int i) {
        if (Folded.startsWith(s, i, "as")) return spaceThen(s, i + 2) && Folded.fold(s.charAt(i + 3)) == 'a';
        int k = Folded.startsWith(s, i, "an") ? i + 2 : i + 1;
        return spaceThen(s, k) && isDigit(s.charAt(k + 1));
    }

    /**
     * The common lead words are followed as their phrases need: {@code in 30} (fractions), {@code for 6}/{@code for two},
     * {@code over 30}, {@code on day}, {@code from day}/{@code from hour}, {@code per fraction}/{@code session}/{@code cycle};
     * true for the other words ({@code f}: the word's first letter, folded).
     */
    private static boolean wordLeads(String s, int i, char f) {
        return switch (f) {
            case 'i' -> Folded.startsWith(s, i, "in") && spaceThen(s, i + 2) && isDigit(s.charAt(i + 3));
            case 'f' -> Folded.startsWith(s, i, "from") ? letterAfter(s, i + 4, "dh")
                    : !Folded.startsWith(s, i, "for") || Folded.startsWith(s, i, "fortnightly") || countAfter(s, i + 3, "otfs");
            case 'o' -> Folded.startsWith(s, i, "once") || Folded.startsWith(s, i, "one") || Folded.startsWith(s, i, "other")
                    || (Folded.startsWith(s, i, "over") ? countAfter(s, i + 4, "") : letterAfter(s, i + 2, "d"));
            case 'p' -> !Folded.startsWith(s, i, "per") || spaceThen(s, i + 3) && "fsc".indexOf(Folded.fold(s.charAt(i + 4))) >= 0;
            default -> true;
        };
    }

    /**
     * At {@code k}: an optional {@code \s}, then a letter whose folded form is one of {@code letters} ({@code from day},
     * {@code from hour}: "dh"; {@code on day}: "d").
     */
    private static boolean letterAfter(String s, int k, String letters) {
        if (k < s.length() && Folded.isRegexSpace(s.charAt(k))) k++;
        return k < s.length() && letters.indexOf(Folded.fold(s.charAt(k))) >= 0;
    }

    /** One or two {@code \s} at {@code k}, then a digit or a folded letter of {@code letters} (a number word's first). */
    private static boolean countAfter(String s, int k, String letters) {
        if (k >= s.length() || !Folded.isRegexSpace(s.charAt(k))) return false;
        k++;
        if (k < s.length() && Folded.isRegexSpace(s.charAt(k))) k++;
        return k < s.length() && (isDigit(s.charAt(k)) || letters.indexOf(Folded.fold(s.charAt(k))) >= 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A {@code \s} at {@code k} and a character after it. */
    private static boolean spaceThen(String s, int k) {
        return k + 1 < s.length() && Folded.isRegexSpace(s.charAt(k));
    }

    /**
     * A schedule phrase that starts with a number ({@code 3 times a day}, {@code 21-day cycles}, {@code 3-weekly}) has
     * {@code d}, {@code w} or {@code t} after its digits, an optional hyphen and an optional {@code \s}.
     */
    private static boolean digitsLead(String s, int i) {
        int k = i;
        while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') k++;
        if (k < s.length() && s.charAt(k) == '-') k++;
        if (k < s.length() && Folded.isRegexSpace(s.charAt(k))) k++;
        if (k >= s.length()) return false;
        char f = Folded.fold(s.charAt(k));
        return f == 'd' || f == 'w' || f == 't';
    }

    /** The schedule phrases in {@code after} (in order, comma-joined), or null when there are none. */
    static String schedule(String after) {
        List<String> parts = new ArrayList<>();
        StartScan scan = new StartScan(SCHEDULE, after, SCHEDULE_STARTS, DoseDetails::scheduleMayStart);
        for (int at = 0; scan.find(at); at = scan.next()) {
            Matcher m = scan.matcher();
            String p = SPACES.matcher(m.group().strip()).replaceAll(" ");
            if (!p.isEmpty() && !parts.contains(p.toLowerCase(Locale.ROOT))) parts.add(p.toLowerCase(Locale.ROOT));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
