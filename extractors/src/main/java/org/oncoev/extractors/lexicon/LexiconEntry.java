package org.oncoev.extractors.lexicon;

import java.util.List;

/**
 * One row of the agent lexicon: kind, canonical name (lower-case generic name for agents), a class such as
 * {@code cytotoxic} or {@code targeted}, every written form (the canonical name first) and, for regimens
 * and procedures, the generic names of their component agents. Immutable.
 */
public record LexiconEntry(AgentMention.Kind kind, String name, String agentClass, List<String> forms,
                           List<String> components) {
    public LexiconEntry {
        forms = List.copyOf(forms);
        components = List.copyOf(components);
    }

    /** Forms other than the canonical name: abbreviations, brand names, spelling variants. */
    public List<String> synonyms() {
        return forms.stream().filter(f -> !f.equals(name)).toList();
    }
}
