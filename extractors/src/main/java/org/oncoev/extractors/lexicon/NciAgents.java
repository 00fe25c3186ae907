package org.oncoev.extractors.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Widens the curated rows of {@code agents.tsv} with the NCI Thesaurus therapeutic agent names of
 * {@code nci-therapeutic-agents.tsv} (Apache-2.0, see {@code NOTICE-nci-therapeutic-agents.md}) and the brand
 * names of {@code brands.tsv}. Curated rows win: an NCI name already known as a form is skipped; one that is a known
 * agent plus a salt word ({@code Leucovorin Calcium}, {@code Irinotecan Hydrochloride}) becomes a form of that
 * agent; the rest become agents named by their lower-case name without salt words, class {@code nci}. Names that
 * are no drug a dose is given of (classes such as {@code BRAF Inhibitor}, {@code Chemotherapy}, {@code Placebo},
 * {@code Garlic}) and cell products ({@code Tisagenlecleucel}, {@code ... Dendritic Cells}) are left out. Brands become forms of the agent their generic name names.
 */
final class NciAgents {
    static final String NCI_RESOURCE = "nci-therapeutic-agents.tsv";
    static final String BRAND_RESOURCE = "brands.tsv";

    private NciAgents() {}

    /** Names that are common words, classes or non-drug products rather than an agent given in a dose. */
    private static final Set<String> NOT_AGENTS = Set.of("placebo", "garlic", "licorice", "liposome", "platinum",
            "chemotherapy", "hormone therapy", "interleukin therapy", "clinical trial", "clinical trial agent", "carbogen",
            "water", "oxygen", "black cohosh", "bovine cartilage", "essiac", "cancell", "huang lian", "lentinan");
    private static final java.util.regex.Pattern CELL_PRODUCT = java.util.regex.Pattern.compile(
            "leucel\\b|\\bcells?\\b|lymphocytes?\\b|\\bdendritic\\b|\\bcar[- ]t\\b|\\bstem cell");
    private static final List<String> CLASS_ENDINGS = List.of(" inhibitor", " therapy", " agent", " compound",
            " regimen", " vaccine therapy", " antagonist", " agonist");

    /** The curated rows, widened; curated rows keep their order and come first. */
    static List<LexiconEntry> widen(List<LexiconEntry> curated) {
        List<Row> rows = new ArrayList<>();
        Map<String, Row> byForm = new HashMap<>();
        for (LexiconEntry e : curated) {
            Row r = new Row(e);
            rows.add(r);
            for (String f : e.forms()) byForm.putIfAbsent(normal(f), r);
        }
        Map<String, Row> added = new LinkedHashMap<>();
        read(NCI_RESOURCE, cols -> {
            String name = cols[0].strip();
            if (!isAgentName(name) || byForm.containsKey(normal(name))) return;
            String base = SaltForms.strip(name);
            Row known = byForm.get(normal(base));
            if (known != null) {
                if (known.entry.kind() == AgentMention.Kind.AGENT) known.add(name, byForm);
                return;
            }
            String generic = base.toLowerCase(Locale.ROOT);
            Row row = added.computeIfAbsent(normal(base), k -> new Row(new LexiconEntry(AgentMention.Kind.AGENT,
                    generic, "nci", List.of(generic), List.of())));
            byForm.putIfAbsent(normal(base), row);
            row.add(name, byForm);
        });
        rows.addAll(added.values());
        read(BRAND_RESOURCE, cols -> {
            if (cols.length < 2) return;
            Row target = byForm.get(normal(cols[1]));
            if (target != null && !byForm.containsKey(normal(cols[0]))) target.add(cols[0].strip(), byForm);
        });
        return rows.stream().map(Row::build).toList();
    }

    static boolean isAgentName(String name) {
        String low = name.toLowerCase(Locale.ROOT);
        // cell products are no doses (Rulings): CAR-T and TIL products (-leucel), named cells and lymphocytes
        if (CELL_PRODUCT.matcher(low).find()) return false;
        // code names without lower-case letters (HPPH, MKC-1) would lose their case in a lower-case generic name
        if (name.length() < 4 || NOT_AGENTS.contains(low) || FormTrie.isCaseSensitive(name)) return false;
        for (String end : CLASS_ENDINGS) if (low.endsWith(end)) return false;
        return true;
    }

    /** A form as the tries compare it: lower-case, every separator one space. */
    static String normal(String form) {
        StringBuilder sb = new StringBuilder(form.length());
        for (char c : form.strip().toCharArray()) sb.append(FormTrie.isSeparator(c) ? ' ' : Character.toLowerCase(c));
        return sb.toString();
    }

    private static void read(String resource, Consumer<String[]> row) {
        try (InputStream in = NciAgents.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = resource.equals(NCI_RESOURCE);
            while ((line = reader.readLine()) != null) {
                if (header) {
                    header = false;
                    continue;
                }
                if (!line.isBlank() && !line.startsWith("#")) row.accept(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lexicon row being widened. */
    private static final class Row {
        final LexiconEntry entry;
        final Set<String> forms;

        Row(LexiconEntry entry) {
            this.entry = entry;
            this.forms = new LinkedHashSet<>(entry.forms());
        }

        void add(String form, Map<String, Row> byForm) {
            if (byForm.putIfAbsent(normal(form), this) == null) forms.add(form);
        }

        LexiconEntry build() {
            return forms.size() == entry.forms().size() ? entry
                    : new LexiconEntry(entry.kind(), entry.name(), entry.agentClass(), List.copyOf(forms), entry.components());
        }
    }
}
