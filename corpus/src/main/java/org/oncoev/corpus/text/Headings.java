package org.oncoev.corpus.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oncoev.corpus.ExclusionReason;
import org.oncoev.corpus.SectionKind;

/**
 * Recognises section headings in normalised single-line blocks: numbered ({@code 3.3. Survival outcomes},
 * {@code 2 Methods}), known plain headings ({@code Results}, {@code Materials and Methods},
 * {@code DISCUSSION}), markdown ({@code ## Results}), PubMed Central labels ({@code BODY.RESULTS:}) and
 * short title-like lines. Maps heading words to a {@link SectionKind}. Input is at most 200 characters.
 */
final class Headings {
    private Headings() {}

    /** Section numbering before heading words ({@code 3.2.}, {@code iv.}). */
    private static final Pattern NUMBERING = Pattern.compile("^(\\d{1,2}(\\.\\d{1,2}){0,3}\\.?|[ivx]{1,4}\\.)\\s+");
    /** Headings of text kept out of evidence (lower case, numbering stripped), tried in order. */
    private static final List<Map.Entry<Pattern, ExclusionReason>> EXCLUSIONS = List.of(
            Map.entry(Pattern.compile("(references?|bibliography|literature cited|reference list|works cited)"), ExclusionReason.REFERENCES),
            Map.entry(Pattern.compile("(financial |potential )?disclosures?( statements?| of (potential )?conflicts?.*)?"), ExclusionReason.FUNDING),
            Map.entry(Pattern.compile(".*\\b(acknowledge?ments?|funding|financial (support|disclosures?)|conflicts? of interest"
                + "|competing interests?|declaration of (interests?|competing)|author(s'|'s)? contributions?|contributors|role of the funding"
                + "|sources? of (funding|support))\\b.*"), ExclusionReason.FUNDING),
            Map.entry(Pattern.compile(".*\\b(copyright|licen[cs]e|publisher'?s note|open access)\\b.*"), ExclusionReason.LICENCE),
            Map.entry(Pattern.compile("(author details|author information|affiliations?)"), ExclusionReason.AFFILIATIONS));
    /** Heading words of each section kind (lower case, numbering stripped), tried in order. */
    private static final List<Map.Entry<Pattern, SectionKind>> KINDS = List.of(
            Map.entry(Pattern.compile("(references?|bibliography|literature cited|reference list|works cited)"), SectionKind.REFERENCES),
            Map.entry(Pattern.compile(".*\\b(acknowledge?ments?|funding|financial support|disclosures?|conflicts? of interest|competing interests?"
                + "|author(s'|'s)? contributions?|contributors|ethics|ethical|consent|data (availability|sharing)|availability of data"
                + "|abbreviations|supplementary|supporting information|footnotes?|declarations?|pre-publication history"
                + "|role of the funding|trial registration|copyright|publisher'?s note|notes?)\\b.*"), SectionKind.BACK_MATTER),
            Map.entry(Pattern.compile("(abstract|summary|structured abstract)"), SectionKind.ABSTRACT),
            Map.entry(Pattern.compile("(introduction|background|background and aims?|introduction and background)"), SectionKind.INTRODUCTION),
            Map.entry(Pattern.compile("(materials? and methods|patients and methods|methods?|methodology|subjects and methods|study design"
                + "|methods and materials|experimental procedures|statistical analys[ie]s|patients|materials)"), SectionKind.METHODS),
            Map.entry(Pattern.compile("(results?|results and discussion|findings|outcomes)"), SectionKind.RESULTS),
            Map.entry(Pattern.compile("(discussion|comment|discussion and conclusions?)"), SectionKind.DISCUSSION),
            Map.entry(Pattern.compile("(conclusions?|concluding remarks|conclusions? and perspectives|summary and conclusions?|interpretation)"), SectionKind.CONCLUSION));

    /** A recognised heading; {@code kind} is null when the words give no kind (the section inherits one). */
    record Heading(String text, SectionKind kind, boolean numbered, boolean known) {}

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\p{Lu}[^\\t]{0,150})");
    private static final Pattern ROMAN = Pattern.compile("((?:I|II|III|IV|V|VI|VII|VIII|IX|X))\\.\\s+(\\p{Lu}[^\\t]{0,150})");

    /** The heading in {@code text}, or null. {@code strict} accepts only headings with known words (reference lists). */
    static Heading parse(String text, boolean strict) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 160 || t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0) return null;
        if (t.startsWith("#")) {
            String h = t.replaceFirst("^#{1,6}\\s*", "").replaceAll("\\s*#+$", "");
            if (h.isEmpty()) return null;
            SectionKind k = kindOf(h);
            return new Heading(h, k, false, k != null);
        }
        if (isPmcLabel(t)) {
            String path = t.substring(0, t.length() - 1);
            String last = path.substring(path.lastIndexOf('.') + 1);
            SectionKind k = path.startsWith("ABSTRACT") ? SectionKind.ABSTRACT : kindOfPath(path);
            return new Heading(last, k, true, true);
        }
        if (BlockPatterns.isMetadataLine(t) && !t.endsWith(":")) return null;
        String words = t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
        SectionKind known = kindOf(words);
        if (known != null && isKnownHeadingText(words)) return new Heading(words, known, false, true);
        if (strict) return null;
        SectionKind merged = mergedKind(words);
        if (merged != null) return new Heading(words, merged, false, true);
        Matcher m = NUMBERED.matcher(words);
        if (!m.matches()) m = ROMAN.matcher(words);
        if (m.matches()) {
            String rest = m.group(2);
            if (!titleLike(rest, 14)) return null;
            return new Heading(words, kindOf(rest), true, false);
        }
        if (t.endsWith(":") || !titleLike(words, 16) || SINGLE_LETTERS.matcher(words).matches()) return null;
        if (words.split("\\s+").length > 8 && !titleCase(words)) return null;
        return new Heading(words, known, false, false);
    }

    /**
     * A longer sub-heading in sentence case, 9 to 16 words with no comma or digit and no sentence punctuation at its
     * end ({@code Treated cells show slower growth in the second week of culture}), which only its place tells from a
     * sentence: the caller checks that it stands alone between paragraphs. It names no section kind, so its section
     * goes on with the kind of the one it is in; null when the text is no such heading.
     */
    static Heading sentenceCase(String text) {
        String t = text.strip();
        if (t.split("\\s+").length < 9 || !titleLike(t, 16) || t.indexOf(',') >= 0) return null;
        if (t.chars().anyMatch(Character::isDigit)) return null;
        return new Heading(t, null, false, false);
    }

    private static final Pattern MERGED = Pattern.compile("(?i)((?:\\d{1,2}\\.?\\s+)?(?:materials? and methods|patients and methods"
            + "|methods|results|discussion|introduction|background))\\s+(\\p{Lu}.*)");

    /**
     * The kind of a top-level heading run together with its first sub-heading ({@code Methods Study population},
     * as PDF text puts two heading lines on one), or null.
     */
    private static SectionKind mergedKind(String words) {
        Matcher m = MERGED.matcher(words);
        if (!m.matches() || !Character.isUpperCase(words.charAt(0)) && !Character.isDigit(words.charAt(0))) return null;
        return titleLike(m.group(2), 8) ? kindOf(m.group(1)) : null;
    }

    private static boolean isPmcLabel(String t) {
        return t.endsWith(":") && t.matches("(?:ABSTRACT|BODY|BACK|FRONT)(?:\\.[^:\\p{Ll}]{1,100})?:");
    }

    /** Short, starts upper-case, no sentence punctuation at the end, mostly letters. */
    private static boolean titleLike(String s, int maxWords) {
        if (s.length() < 3 || s.length() > 120) return false;
        if (!Character.isUpperCase(s.charAt(0))) return false;
        char last = s.charAt(s.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '=') return false;
        int words = s.split("\\s+").length;
        if (words > maxWords) return false;
        int letters = 0, digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) letters++;
            else if (Character.isDigit(c)) digits++;
        }
        if (letters < 3 || digits * 3 > letters) return false;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\b(with|of|and|the|in|to|for|a|an|by|or|on|from|that)$")) return false;
        return !(lower.startsWith("table ") || lower.startsWith("figure ") || lower.startsWith("fig.")
                || lower.startsWith("fig ") || lower.contains(" et al") || lower.contains("http")
                || lower.contains("@") || lower.matches(".*\\b(was|were|is|are|has|have|had)\\b.*"));
    }

    /** Most longer words capitalised, as in {@code Drug Metabolism Processes Influence Efficacy}. */
    private static boolean titleCase(String s) {
        int longWords = 0, capitalised = 0;
        for (String w : s.split("\\s+")) {
            if (w.length() <= 3) continue;
            longWords++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return longWords > 0 && capitalised * 10 >= longWords * 7;
    }

    private static SectionKind kindOfPath(String path) {
        String[] parts = path.split("\\.");
        SectionKind k = null;
        for (int i = 1; i < parts.length; i++) {
            SectionKind p = kindOf(parts[i]);
            if (p == SectionKind.BACK_MATTER || p == SectionKind.REFERENCES) return p;
            if (k == null) k = p;
        }
        return k;
    }

    /** Single letters apart ({@code A B C}): a figure's panel labels, not a heading. */
    private static final Pattern SINGLE_LETTERS = Pattern.compile("\\p{L}(?:\\s+\\p{L}){1,12}");

    /** A verb after a label's colon: the label runs into its paragraph's first line. */
    private static final Pattern RUN_IN_VERB = Pattern.compile("\\b(was|were|is|are|has|have|had|declare[sd]?|received)\\b");

    /** Exactly a well-known heading, possibly with a number: {@code 4. Discussion}, {@code REFERENCES}. */
    private static boolean isKnownHeadingText(String words) {
        String w = words.replaceFirst("^(\\d{1,2}(\\.\\d{1,2}){0,3}\\.?|[IVX]{1,4}\\.)\\s+", "");
        int colon = w.indexOf(": ");
        if (colon > 0 && RUN_IN_VERB.matcher(w.substring(colon)).find()) return false; // Competing interests: The authors have declared
        return w.length() <= 60 && w.split("\\s+").length <= 7 && !w.endsWith(".")
                && (w.isEmpty() || Character.isUpperCase(w.charAt(0)));
    }

    /**
     * The reason a section's own text is not evidence, when its heading names a reference list, funding,
     * acknowledgements, contributions or competing interests, or a licence; else null. Other back matter
     * (ethics, consent, data availability, abbreviations, supplementary material) stays evidence-bearing.
     */
    static ExclusionReason exclusionOf(String heading) {
        String h = NUMBERING.matcher(heading.toLowerCase(Locale.ROOT)).replaceFirst("").strip();
        if (h.length() > 80) return null;
        for (Map.Entry<Pattern, ExclusionReason> e : EXCLUSIONS) if (e.getKey().matcher(h).matches()) return e.getValue();
        return null;
    }

    /** The section kind named by heading words, or null. */
    static SectionKind kindOf(String heading) {
        String h = NUMBERING.matcher(heading.toLowerCase(Locale.ROOT)).replaceFirst("").strip();
        for (Map.Entry<Pattern, SectionKind> e : KINDS) if (e.getKey().matcher(h).matches()) return e.getValue();
        return null;
    }
}
