package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the route ({@code IV}, {@code oral}, {@code s.c.}, {@code i.m.}, {@code intra-arterial},
 * {@code intraperitoneal}, {@code intrathecal}) and the schedule ({@code on Day 1}, {@code every 2 weeks},
 * {@code q3w}, {@code twice daily}, {@code days 1-14 of a 21-day cycle}, {@code in 30 fractions}, ...) written
 * around a dose. Patterns are linear with bounded quantifiers. Stateless and thread-safe.
 */
final class DoseDetails {
    private DoseDetails() {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private record Route(String name, Pattern pattern) {}

    private static final List<Route> ROUTES = List.of(
            new Route("intra-arterial", Pattern.compile(
                    "intra-?\\s?arterial(?:ly)?|trans-?arterial(?:ly)?|hepatic arter(?:y|ial) infusion|\\bTACE\\b|\\bHAIC\\b|chemoemboli[sz]ation", CI)),
            new Route("intraperitoneal", Pattern.compile("intra-?peritoneal(?:ly)?|\\bi\\.p\\.(?!\\w)|\\bHIPEC\\b|\\bPIPAC\\b", CI)),
            new Route("intrathecal", Pattern.compile("intrathecal(?:ly)?|\\bi\\.t\\.(?!\\w)", CI)),
            new Route("s.c.", Pattern.compile("sub-?cutaneous(?:ly)?|\\bs\\.c\\.(?!\\w)|\\bSC\\b|\\bs\\.q\\.(?!\\w)")),
            new Route("i.m.", Pattern.compile("intra-?muscular(?:ly)?|\\bi\\.m\\.(?!\\w)|\\bIM\\b")),
            new Route("IV", Pattern.compile("intravenous(?:ly)?|\\bi\\.\\s?v\\.?(?!\\w)|\\bIV\\b|\\bi/v\\b|\\biv\\b|infusion|\\bbolus", CI)),
            new Route("oral", Pattern.compile("\\boral(?:ly)?\\b|\\bp\\.\\s?o\\.?(?!\\w)|\\bPO\\b|per os|by mouth|\\btablets?\\b|\\bcapsules?\\b", CI)));

    private static final String N = "(?:\\d{1,3}|one|two|three|four|five|six|other)";
    private static final String DAYS = "\\d{1,2}(?:\\s{0,2}(?:,|and|&|-|–|to)\\s{0,2}\\d{1,2}){0,6}";

    private static final Pattern SCHEDULE = Pattern.compile(String.join("|",
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
        return route(before, after, sentence, new PassageProcedure(passage));
    }

    /** As {@link #route(String, String, String, String)}, with the passage's procedure looked up at most once. */
    static String route(String before, String after, String sentence, PassageProcedure passage) {
        String r = firstRoute(after);
        if (r == null) r = firstRoute(before);
        if (r != null) return r;
        r = procedure(sentence);
        return r != null ? r : passage.route();
    }

    /** The route implied by a procedure (TACE, HAIC, HIPEC) named in {@code text}, or null. */
    private static String procedure(String text) {
        for (Route route : ROUTES.subList(0, 2))
            if (route.pattern().matcher(text).find()) return route.name();
        return null;
    }

    /** The procedure route of one passage (its first 20,000 characters), computed on first use; one per call. */
    static final class PassageProcedure {
        private final String passage;
        private boolean done;
        private String route;

        PassageProcedure(String passage) {
            this.passage = passage;
        }

        String route() {
            if (!done) {
                route = procedure(passage.length() > 20_000 ? passage.substring(0, 20_000) : passage);
                done = true;
            }
            return route;
        }
    }

    private static String firstRoute(String text) {
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Route route : ROUTES) {
            Matcher m = route.pattern().matcher(text);
            if (m.find() && m.start() < at) {
                at = m.start();
                best = route.name();
            }
        }
        return best;
    }

    /** The schedule phrases in {@code after} (in order, comma-joined), or null when there are none. */
    static String schedule(String after) {
        List<String> parts = new ArrayList<>();
        Matcher m = SCHEDULE.matcher(after);
        while (m.find()) {
            String p = m.group().strip().replaceAll("\\s+", " ");
            if (!p.isEmpty() && !parts.contains(p.toLowerCase(Locale.ROOT))) parts.add(p.toLowerCase(Locale.ROOT));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
