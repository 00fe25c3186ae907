package org.oncoev.extractors.arms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.Finding;
import org.oncoev.extractors.lexicon.AgentLexicon;
import org.oncoev.extractors.lexicon.AgentMention;

/**
 * Writes out arm labels that abbreviate agents the document names, as table rows do without a key
 * ({@code Gem}, {@code Cap}, {@code G → C}): a capitalised part of two to four letters stands for the one agent
 * of the document whose name starts with it; a single capital letter (in a sequence, {@code G → C}) stands for
 * the one agent so expanded for another label of the document that starts with it. A label all of whose
 * parts expand becomes {@code gemcitabine → capecitabine (G → C)}; other labels are left alone. The document is
 * read for agents only when some label has that shape. Pure and thread-safe.
 */
public final class AbbreviatedArmLabels {
    private AbbreviatedArmLabels() {}

    /** A label of one to three parts joined by a sequence arrow or slash, each a capital and up to three small letters. */
    private static final Pattern SHAPE = Pattern.compile("\\p{Lu}\\p{Ll}{0,3}(?:\\s*(?:\u2192|->|/)\\s*\\p{Lu}\\p{Ll}{0,3}){0,2}");
    private static final Pattern JOINER = Pattern.compile("\\s*(\u2192|->|/)\\s*");
    private static final int MAX_PASSAGE_CHARS = 100_000;

    /** Returns the findings in the same order, abbreviated labels written out where every part expands. */
    public static List<Finding> apply(Document document, List<Finding> findings) {
        Set<String> shaped = new LinkedHashSet<>();
        for (Finding f : findings) if (f.arm() != null && f.arm().length() <= 20 && SHAPE.matcher(f.arm().strip()).matches()) shaped.add(f.arm());
        if (shaped.isEmpty()) return findings;
        Map<String, String> expanded = expand(shaped, agentsOf(document));
        if (expanded.isEmpty()) return findings;
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String e = f.arm() == null ? null : expanded.get(f.arm());
            out.add(e != null ? f.withArm(e) : f);
        }
        return out;
    }

    /** Each label whose parts all expand, mapped to its written-out form; multi-letter parts are read first. */
    static Map<String, String> expand(Set<String> labels, Set<String> agents) {
        Set<String> used = new LinkedHashSet<>();
        for (String label : labels) {
            for (String part : JOINER.split(label.strip())) {
                if (part.length() < 2) continue;
                String a = unique(part, agents);
                if (a != null) used.add(a);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String label : labels) {
            String[] parts = JOINER.split(label.strip());
            java.util.regex.Matcher joiner = JOINER.matcher(label.strip());
            StringBuilder sb = new StringBuilder();
            boolean all = true;
            for (int i = 0; i < parts.length && all; i++) {
                String a = unique(parts[i], parts[i].length() < 2 ? used : agents);
                if (a == null) { all = false; break; }
                if (i > 0 && joiner.find()) sb.append(' ').append(joiner.group(1)).append(' ');
                sb.append(a);
            }
            if (all) out.put(label, sb + " (" + label.strip() + ")");
        }
        return out;
    }

    /** The one name among {@code names} that starts with {@code part} (case-insensitive), or null. */
    private static String unique(String part, Set<String> names) {
        String p = part.toLowerCase(Locale.ROOT);
        String hit = null;
        for (String n : names) {
            if (!n.startsWith(p)) continue;
            if (hit != null) return null;
            hit = n;
        }
        return hit;
    }

    /** The lower-case generic names of the agents the document's evidence passages name. */
    private static Set<String> agentsOf(Document document) {
        Set<String> out = new LinkedHashSet<>();
        AgentLexicon lexicon = AgentLexicon.defaults();
        for (Passage p : document.passages()) {
            if (!p.kind().carriesEvidence()) continue;
            String text = p.text().length() > MAX_PASSAGE_CHARS ? p.text().substring(0, MAX_PASSAGE_CHARS) : p.text();
            for (AgentMention m : lexicon.find(text)) if (m.isAgent()) out.add(m.genericName().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
