package org.oncoev.extractors.lexicon;

/**
 * One lexicon match in a text: characters {@code [start, end)}, the canonical name it maps to (the lower-case
 * generic name for agents, the canonical acronym for regimens and procedures), the form exactly as written in
 * the text, and the kind of entry matched.
 */
public record AgentMention(int start, int end, String genericName, String matchedForm, Kind kind) {

    /** What a lexicon entry names. */
    public enum Kind {
        /** A single drug, embolic or carrier agent, radiopharmaceutical or radiotherapy itself. */
        AGENT,
        /** A named combination of agents ({@code FOLFOX4}, {@code XELOX}, {@code R-CHOP}). */
        REGIMEN,
        /** A procedure that delivers agents or radiation ({@code TACE}, {@code HAIC}, {@code SBRT}). */
        PROCEDURE;

        static Kind parse(String s) {
            return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "agent" -> AGENT;
                case "regimen" -> REGIMEN;
                case "procedure" -> PROCEDURE;
                default -> throw new IllegalArgumentException("unknown lexicon kind: " + s);
            };
        }
    }

    public boolean isAgent() {
        return kind == Kind.AGENT;
    }
}
