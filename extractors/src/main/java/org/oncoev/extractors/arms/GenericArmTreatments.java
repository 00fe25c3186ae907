package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.text.Keywords;
import org.oncoev.extractors.text.StartChars;
import org.oncoev.extractors.text.StartScan;

/**
 * Completes an arm label that is only a role word ({@code control}, {@code experimental}) with the treatment the
 * paper writes in brackets after it ({@code the control arm (observation only)} gives {@code control (observation
 * only)}), when the paper brackets one treatment only for that role. Labels of other shapes are left alone. Pure and
 * thread-safe.
 */
public final class GenericArmTreatments {
    private GenericArmTreatments() {}

    /** A role word, its arm noun and a bracketed treatment of words without digits or signs. */
    static final Pattern ROLE_TREATMENT = Pattern.compile("(?i)\\b(control|experimental|investigational|"
            + "intervention|standard)\\s+(?:arm|group)\\s*\\(([\\p{L}][\\p{L}\\s+/\\-]{2,40})\\)");
    private static final Pattern NOT_TREATMENT = Pattern.compile("(?i)\\b(?:arm|group|n|see|table|figure|fig|or|and|"
            + "respectively)\\b");
    private static final int MAX_PASSAGE_CHARS = 100_000;
    /** The role words {@link #ROLE_TREATMENT} starts with, and their first letters. */
    private static final Keywords ROLES = new Keywords("control", "experimental", "investigational", "intervention",
            "standard");
    static final StartChars ROLE_STARTS = StartChars.of("", false, "ceis");

    /** Where {@link #ROLE_TREATMENT} may start: one of its role words at a word start. */
    static boolean roleMayStart(String s, int i) {
        return StartScan.wordMayStart(s, i) && ROLES.at(s, i);
    }

    /** Returns the findings in the same order, role-word labels completed with their bracketed treatment. */
    public static List<Finding> apply(Document document, List<Finding> findings) {
        boolean any = false;
        for (Finding f : findings) if (f.arm() != null && roleOnly(f.arm())) { any = true; break; }
        if (!any) return findings;
        Map<String, String> byRole = treatments(document);
        if (byRole.isEmpty()) return findings;
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String t = f.arm() == null ? null : byRole.get(f.arm().strip().toLowerCase(Locale.ROOT));
            out.add(t != null && !t.isEmpty() ? f.withArm(f.arm().strip() + " (" + t + ")") : f);
        }
        return out;
    }

    /** The role words the document brackets one treatment for, to that treatment (an empty value for two). */
    static Map<String, String> treatments(Document document) {
        Map<String, String> out = new HashMap<>();
        for (Passage p : document.passages()) {
            if (!p.kind().carriesEvidence()) continue;
            String text = p.text().length() > MAX_PASSAGE_CHARS ? p.text().substring(0, MAX_PASSAGE_CHARS) : p.text();
            read(text, out);
        }
        return out;
    }

    /** Adds the bracketed treatments of {@code text} to {@code out} ({@link #treatments}). */
    static void read(String text, Map<String, String> out) {
        // tried only where a role word starts a word (at token starts)
        StartScan scan = StartScan.atTokenStarts(ROLE_TREATMENT, text, ROLE_STARTS, GenericArmTreatments::roleMayStart);
        for (int from = 0; scan.find(from); from = scan.next()) {
            Matcher m = scan.matcher();
            String treatment = m.group(2).strip().replaceAll("\\s+", " ");
            if (NOT_TREATMENT.matcher(treatment).find()) continue;
            String role = m.group(1).toLowerCase(Locale.ROOT);
            String seen = out.get(role);
            out.put(role, seen == null || seen.equalsIgnoreCase(treatment) ? treatment : "");
        }
    }

    private static boolean roleOnly(String label) {
        String l = label.strip();
        return ROLE_WORDS.contains(l.toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> ROLE_WORDS = java.util.Set.of("control", "experimental",
            "investigational", "intervention", "standard");
}
