package org.oncoev.corpus.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oncoev.corpus.DocumentMetadata.TrialRegistration;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;

/**
 * Finds clinical trial registration ids in passage text: ClinicalTrials.gov {@code NCT01234567}, ISRCTN
 * ({@code ISRCTN12345678}), EudraCT ({@code 2004-001234-56}, only after the word EudraCT), ChiCTR
 * ({@code ChiCTR-TRC-12002339}, {@code ChiCTR1800014536}), UMIN ({@code UMIN000012345}), ANZCTR
 * ({@code ACTRN12612000123456}) and CTRI ({@code CTRI/2015/04/005678}). Ids are written without inner
 * spaces, registry prefixes upper-case. Each distinct id once, in order of first appearance; source
 * {@code text}, or {@code references} when it appears only in the reference list. At most
 * {@link #MAX_IDS}. Pure and thread-safe.
 */
public final class TrialIds {
    public static final int MAX_IDS = 100;
    private static final Pattern IDS = Pattern.compile(
            "\\b(NCT)\\s?(\\d{8})\\b"
            + "|\\b(ISRCTN)\\s?(\\d{8})\\b"
            + "|\\b(EudraCT)\\b[^0-9]{0,40}?(\\d{4}-\\d{6}-\\d{2})\\b"
            + "|\\b(ChiCTR)(-?(?:[A-Z]{2,4}-?)?\\d{8,10})\\b"
            + "|\\b(UMIN)\\s?(?:-?CTR\\s?)?(\\d{9})\\b"
            + "|\\b(ACTRN)\\s?(\\d{14})\\b"
            + "|\\b(CTRI)\\s?/\\s?(\\d{4}/\\d{2,3}/\\d{5,6})\\b",
            Pattern.CASE_INSENSITIVE);

    /** Each registry's prefix in lower case: a text holding none of them holds no id, and skips the regex. */
    private static final String[] PREFIXES = {"nct", "isrctn", "eudract", "chictr", "umin", "actrn", "ctri"};

    private TrialIds() {}

    /** The registration ids in {@code passages}; {@code textSource} is the source given to ids outside the references. */
    public static List<TrialRegistration> find(List<Passage> passages, String textSource) {
        Map<String, TrialRegistration> found = new LinkedHashMap<>();
        for (Passage p : passages) {
            boolean refs = p.kind() == PassageKind.REFERENCES;
            for (String[] id : ids(p.text())) {
                String key = id[0] + ":" + id[1];
                TrialRegistration prev = found.get(key);
                if (prev == null && found.size() < MAX_IDS) found.put(key, new TrialRegistration(id[0], id[1], refs ? "references" : textSource));
                else if (prev != null && !refs && prev.source().equals("references"))
                    found.put(key, new TrialRegistration(id[0], id[1], textSource));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Registry and id pairs in one text, in order. */
    public static List<String[]> ids(String text) {
        List<String[]> out = new ArrayList<>();
        if (text.length() > 2_000_000) text = text.substring(0, 2_000_000);
        if (!mayHoldId(text)) return out;
        Matcher m = IDS.matcher(text);
        while (m.find() && out.size() < MAX_IDS) {
            for (int g = 1; g < m.groupCount(); g += 2) {
                if (m.group(g) == null) continue;
                String registry = registry(m.group(g));
                String num = m.group(g + 1).replaceAll("\\s", "");
                String id = switch (registry) {
                    case "EudraCT" -> num;
                    case "ChiCTR" -> "ChiCTR" + num.toUpperCase(Locale.ROOT);
                    case "UMIN" -> "UMIN" + num;
                    case "CTRI" -> "CTRI/" + num;
                    default -> registry + num;
                };
                out.add(new String[]{registry, id});
                break;
            }
        }
        return out;
    }

    /** False only when no registry prefix occurs in any letter case (the seven-branch regex costs far more). */
    static boolean mayHoldId(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) if (lower.contains(prefix)) return true;
        return false;
    }

    private static String registry(String written) {
        String u = written.toUpperCase(Locale.ROOT);
        return switch (u) {
            case "EUDRACT" -> "EudraCT";
            case "CHICTR" -> "ChiCTR";
            default -> u;
        };
    }
}
