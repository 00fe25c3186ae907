package org.oncoev.extractors.hazard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.extractors.survival.EndpointLexicon;
import org.oncoev.extractors.text.Keywords;

/**
 * Which survival endpoint a hazard ratio is about, in the codes of the survival extractor's {@link EndpointLexicon}
 * (OS, PFS, DFS, RFS, TTP, EFS, DSS, CSS, LC), from the words around it; null when they name none, several, or
 * another outcome ({@code metastasis-free survival}, {@code time to response}). Besides the lexicon's mentions, the
 * events an HR counts name an endpoint: {@code death} or {@code mortality} is OS, {@code progression or death} PFS,
 * while {@code recurrence or death} (DFS or RFS) and {@code cancer death} (CSS, DSS) name none. Pure and thread-safe.
 * <ul>
 *   <li>in running text: the words after {@code HR for} ({@link #described}: {@code hazard ratio for death}), else
 *   {@code for <endpoint>} right after the value or its CI ({@link #after}: {@code HR 0.70 for OS}), else the
 *   nearest mention before the HR in its sentence ({@link #before}: {@code PFS was longer (HR 0.68, ...)});
 *   an event is counted before the HR only as {@code risk of death} or {@code risk of progression or death};</li>
 *   <li>in a table ({@link #table}): the row label, else the label of its group, else the HR column's header, else the
 *   table's label, caption and headers together.</li>
 * </ul>
 */
final class HazardEndpoints {
    private HazardEndpoints() {}

    /** What some words say about the endpoint: {@code endpoint} null when they name several or another outcome. */
    record Named(String endpoint) {}

    private static final Named AMBIGUOUS = new Named(null);

    /** Events an HR counts. Groups: {@code pfs}, {@code os}; a match of neither names no listed endpoint. */
    private static final Pattern EVENTS = Pattern.compile("(?i)(?<![\\p{L}-])(?:"
            + "(?<pfs>(?:disease\\s{1,3})?progression\\s{1,3}or\\s{1,3}death|death\\s{1,3}or\\s{1,3}(?:disease\\s{1,3})?progression)"
            + "|(?:recurrence|relapse|metastas[ie]s|failure)\\s{1,3}or\\s{1,3}death|death\\s{1,3}or\\s{1,3}(?:recurrence|relapse)"
            + "|(?:cancer|disease|tumou?r)(?:[-\\s](?:related|specific))?\\s{1,3}(?:deaths?|mortality)"
            + "|(?<os>deaths?|mortality))(?![\\p{L}])");

    /** A word every {@link #EVENTS} match holds (folded: found wherever the regex matches). */
    private static final Keywords DEATH_WORDS = new Keywords("death", "mortality");

    /** {@code risk of} (or {@code hazard of}) right before an event counted before the HR. */
    private static final Pattern RISK_OF = Pattern.compile("(?i)(?:risk|hazard)s?\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?$");

    /** Words between the value or CI and a {@code for <endpoint>} that tells what it is about. */
    private static final Pattern FOR = Pattern.compile("(?i)[\\s,)\\]]{0,3}(?:for|in|of)\\s{1,3}(?:the\\s{1,3})?(?:risk\\s{1,3}of\\s{1,3})?");

    /** Two mentions of a pair ({@code PFS and OS}, {@code OS/PFS}): the HR after them is about neither alone. */
    private static final Pattern PAIR = Pattern.compile("(?i)\\s{0,3}(?:,|/|&|and|or|,\\s{0,3}and)\\s{0,3}");

    /** An unlisted survival abbreviation right before the HR phrase ({@code BCS hazard ratio}): its own endpoint. */
    private static final Pattern UNLISTED_TAG = Pattern.compile("(?<![\\p{L}\\p{N}-])[A-Z]{1,5}S\\s{0,2}$");

    /** {@code respectively} after the HR in its sentence: the endpoints are listed after the values. */
    private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");

    private static final int AFTER_WINDOW = 60;

    /** The endpoint the words after {@code HR for} name ({@code death}, {@code progression-free survival}); null when none. */
    static Named described(String gap) {
        return gap == null ? null : sole(gap);
    }

    /** A {@code for <endpoint>} starting at {@code at} (before {@code to}); null when none is there. */
    static Named after(String text, int at, int to) {
        if (at < 0 || at >= to) return null;
        Matcher f = FOR.matcher(text).region(at, Math.min(to, at + AFTER_WINDOW));
        if (!f.lookingAt() || f.end() == at) return null;
        String rest = text.substring(f.end(), Math.min(to, f.end() + AFTER_WINDOW));
        for (Mention m : mentions(rest, false)) return m.start() == 0 ? new Named(m.endpoint()) : null;
        return null;
    }

    /**
     * The nearest endpoint mention in {@code text[from, to)} (the sentence before the HR); null when there is none,
     * {@link Named} with a null endpoint when it names another outcome or is the second of a pair.
     */
    static Named before(String text, int from, int to) {
        if (to <= from) return null;
        String s = text.substring(from, to);
        List<Mention> ms = mentions(s, true);
        if (ms.isEmpty()) return null;
        Mention last = ms.get(ms.size() - 1);
        if (last.endpoint() == null) return AMBIGUOUS;
        if (last.end() < s.stripTrailing().length() && UNLISTED_TAG.matcher(s).find()) return AMBIGUOUS;
        if (ms.size() > 1) {
            Mention prev = ms.get(ms.size() - 2);
            if (prev.end() <= last.start() && PAIR.matcher(s.substring(prev.end(), last.start())).matches()
                    && !last.endpoint().equals(prev.endpoint())) return AMBIGUOUS;
        }
        return new Named(last.endpoint());
    }

    /**
     * Whether the rest of the sentence, {@code text[at, to)}, names endpoints and then says {@code respectively}
     * ({@code HR 0.57 ... and HR 0.64 ... for RFS and OS, respectively}): the HR's endpoint is one of a list.
     */
    static boolean listedAfter(String text, int at, int to) {
        if (at < 0 || at >= to) return false;
        Matcher r = RESPECTIVELY.matcher(text).region(at, to);
        return r.find() && !mentions(text.substring(at, r.start()), false).isEmpty();
    }

    /**
     * The endpoint of a table's HR: the first of {@code rowLabel}, {@code second} (the row's second cell: {@code All
     * patients | DFS | 1.35 (1.12-1.63)}), {@code group} (the label of the row's group), {@code header} (the HR column's
     * header) and {@code context} (the table's label, caption and headers) that names one or several; null when none
     * names one.
     */
    static String table(String rowLabel, String second, String group, String header, String context) {
        for (String words : new String[] {rowLabel, second, group, header, context}) {
            if (words == null || words.isBlank()) continue;
            Named n = sole(EndpointLexicon.unglued(words));
            if (n != null) return n.endpoint();
        }
        return null;
    }

    /** First non-null of the readings, in order; its endpoint (null when none or ambiguous). */
    static String first(Named... readings) {
        for (Named n : readings) if (n != null) return n.endpoint();
        return null;
    }

    /** The one endpoint named in {@code words}; null when none is, {@link #AMBIGUOUS} for several or another outcome. */
    private static Named sole(String words) {
        String found = null;
        boolean any = false;
        for (Mention m : mentions(words, false)) {
            any = true;
            if (m.endpoint() == null || found != null && !found.equals(m.endpoint())) return AMBIGUOUS;
            found = m.endpoint();
        }
        return any ? new Named(found) : null;
    }

    private record Mention(String endpoint, int start, int end) {}

    /** Lexicon mentions and events in text order; with {@code riskOnly} an event counts only after {@code risk of}. */
    private static List<Mention> mentions(String s, boolean riskOnly) {
        List<Mention> out = new ArrayList<>();
        for (EndpointLexicon.Mention m : EndpointLexicon.find(s)) out.add(new Mention(m.endpoint(), m.start(), m.end()));
        // every event names death or mortality
        Matcher e = DEATH_WORDS.in(s) ? EVENTS.matcher(s) : null;
        while (e != null && e.find()) {
            if (riskOnly && !RISK_OF.matcher(s.substring(Math.max(0, e.start() - 20), e.start())).find()) continue;
            int start = e.start(), end = e.end();
            if (out.stream().anyMatch(m -> m.start() < end && start < m.end())) continue;
            out.add(new Mention(e.group("pfs") != null ? "PFS" : e.group("os") != null ? "OS" : null, start, end));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }
}
