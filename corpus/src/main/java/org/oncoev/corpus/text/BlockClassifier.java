package org.oncoev.corpus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.oncoev.corpus.ExclusionReason;
import org.oncoev.corpus.Exclusions;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.SectionKind;

/**
 * Walks the blocks of a document in order and gives each a {@link PassageKind} and a section,
 * tracking title, front matter, (implicit) abstract, headings and the reference list. Tables absorb
 * their {@code Table N} titles; body paragraphs broken by a page end are joined, also across running
 * lines and inserted boilerplate or affiliation blocks (which are then dropped, their source ranges cut
 * out of the joined unit). A labelled abstract ends after its conclusion paragraph or at boilerplate
 * (keywords, dates); later unlabelled paragraphs are body. Not thread-safe: one instance per document.
 */
final class BlockClassifier {
    /** How many boilerplate or affiliation units a broken paragraph may be joined across. */
    private static final int MAX_SKIPPED = 12;

    /**
     * A classified unit: source range {@code [start, end)} minus the ranges in {@code cuts} (pairs of
     * start, end; ascending), to be normalised as prose or table.
     */
    record Unit(int start, int end, PassageKind kind, boolean table, int section, String text, int[] cuts,
                ExclusionReason reason) {
        Unit(int start, int end, PassageKind kind, boolean table, int section, String text) {
            this(start, end, kind, table, section, text, new int[0], null);
        }

        Unit(int start, int end, PassageKind kind, boolean table, int section, String text, int[] cuts) {
            this(start, end, kind, table, section, text, cuts, null);
        }
    }

    /** A section under construction. */
    /** Where a section starts; {@code level} is its Markdown nesting depth (1 = top level), 0 when not Markdown. */
    record SectionStart(int start, String heading, SectionKind kind, int level) {}

    private final String src;
    private final List<Unit> units = new ArrayList<>();
    private final List<SectionStart> sections = new ArrayList<>();
    /** Excluded units cut out of a paragraph joined across them (they are no passage but still excluded text). */
    private final List<Exclusions.Range> cutOut = new ArrayList<>();
    /** Why the current section's own text is excluded (its heading names references, funding...), or null. */
    private ExclusionReason sectionReason;
    private SectionKind current = SectionKind.FRONT_MATTER;
    private SectionKind topLevel = SectionKind.FRONT_MATTER;
    private boolean titleSeen;
    private boolean expectTitle;
    private boolean bodyStarted;
    private boolean pendingTableLabel;
    private boolean abstractConcluded;
    private boolean abstractClosed;
    /** Markdown level ({@code ##} = 2) of the heading that set {@link #topLevel}; 0 when none did. */
    private int topLevelDepth;
    /** Whether the title came from a {@code # } heading. */
    private boolean markdownTitle;
    /** The text of the last non-empty block classified, or null. */
    private String previous;
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("(?:https?://|doi:)\\S{4,300}");

    BlockClassifier(String src) {
        this.src = src;
        sections.add(new SectionStart(0, null, SectionKind.FRONT_MATTER, 0));
    }

    List<Unit> units() { return units; }

    List<SectionStart> sections() { return sections; }

    /** The excluded text: units with a reason and the excluded units cut out of joined paragraphs. */
    Exclusions exclusions() {
        List<Exclusions.Range> out = new ArrayList<>(cutOut);
        for (Unit u : units) if (u.reason() != null && u.end() > u.start()) out.add(new Exclusions.Range(u.start(), u.end(), u.reason()));
        return new Exclusions(out);
    }

    /** Classifies all blocks; {@code texts} are their normalised texts (empty ones are skipped). */
    void classify(List<Block> blocks, List<NormalizedText> texts) {
        Set<String> runningLines = RunningLines.find(blocks, texts);
        for (int i = 0; i < blocks.size(); i++) {
            NormalizedText t = texts.get(i);
            if (t.isEmpty()) continue;
            Block b = blocks.get(i);
            boolean running = i + 1 < blocks.size() && blocks.get(i + 1).joined();
            boolean repeated = running || runningLines.contains(t.text());
            String next = "";
            for (int k = i + 1; k < texts.size() && next.isEmpty(); k++) next = texts.get(k).text();
            add(b, t, repeated, next);
            previous = t.text();
        }
    }

    private void add(Block b, NormalizedText t, boolean repeated, String next) {
        String text = t.text();
        boolean frontMatter = !bodyStarted;
        boolean inReferences = current == SectionKind.REFERENCES;
        boolean afterTableLabel = pendingTableLabel;
        pendingTableLabel = false;
        if (b.joined() && joinAcross(b, text, true)) return;
        if (repeated || BlockPatterns.isPageDebris(text)) { excluded(b, PassageKind.BOILERPLATE, ExclusionReason.FURNITURE, text); return; }
        if (!b.table() && BlockPatterns.isFigureText(src, b.start(), b.end(), b.lines(), next)) {
            excluded(b, PassageKind.BOILERPLATE, ExclusionReason.FIGURE_TEXT, text);
            return;
        }
        if (b.table()) { table(b, text); return; }
        if (text.equals("TITLE:")) { expectTitle = true; excluded(b, PassageKind.BOILERPLATE, ExclusionReason.FURNITURE, text); return; }
        if (text.startsWith("TITLE:") && text.length() > 8 && !titleSeen) {
            titleSeen = true;
            int at = src.indexOf("TITLE:", b.start()) + "TITLE:".length();
            while (at < b.end() && Character.isWhitespace(src.charAt(at))) at++;
            units.add(new Unit(at, b.end(), PassageKind.TITLE, false, sections.size() - 1, text.substring(6).strip()));
            return;
        }
        if (!titleSeen && frontMatter && b.label() && markdownLevel(text) == 1 && text.length() > 2) {
            titleSeen = true;  // the first "# " heading of a Markdown file is its title
            markdownTitle = true;
            int at = src.indexOf('#', b.start());
            while (at < b.end() && (src.charAt(at) == '#' || Character.isWhitespace(src.charAt(at)))) at++;
            units.add(new Unit(at, b.end(), PassageKind.TITLE, false, sections.size() - 1, text.replaceFirst("^#\\s*", "")));
            return;
        }
        if (expectTitle || (!titleSeen && frontMatter && looksLikeTitle(text))) {
            expectTitle = false;
            titleSeen = true;
            unit(b, PassageKind.TITLE, false, text);
            return;
        }
        if (BlockPatterns.isCaption(text)) { unit(b, PassageKind.CAPTION, false, text); return; }
        if (BlockPatterns.isTableTitle(text)) {
            pendingTableLabel = BlockPatterns.isBareTableLabel(text);
            unit(b, PassageKind.CAPTION, false, text);
            return;
        }
        if (afterTableLabel && text.length() <= 400) { unit(b, PassageKind.CAPTION, false, text); return; }
        if (b.lines() <= 2) {
            Headings.Heading h = Headings.parse(text, inReferences);
            if (h == null && !inReferences && !frontMatter && b.lines() == 1 && betweenParagraphs(next))
                h = Headings.sentenceCase(text);
            boolean continued = !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !isStrongHeading(h);
            if (h != null && !continued && !(frontMatter && !h.known() && !h.numbered() && !b.label())) {
                heading(b, h, text);
                return;
            }
        }
        if (frontMatter && !titleSeen && BlockPatterns.isBanner(text) && !SENTENCE_BREAK.matcher(text).find()
                && !BlockPatterns.looksLikeResults(text)) {
            excluded(b, PassageKind.BOILERPLATE, ExclusionReason.FURNITURE, text);
            return;
        }
        if (BlockPatterns.isAffiliation(text, frontMatter)) { excluded(b, PassageKind.AFFILIATION, ExclusionReason.AFFILIATIONS, text); return; }
        ExclusionReason boilerplate = BlockPatterns.boilerplateReason(text);
        if (boilerplate != null) {
            excluded(b, boilerplate == ExclusionReason.AFFILIATIONS ? PassageKind.AFFILIATION : PassageKind.BOILERPLATE, boilerplate, text);
            return;
        }
        if (frontMatter && current != SectionKind.ABSTRACT && BlockPatterns.isAuthorList(text)) {
            excluded(b, PassageKind.AFFILIATION, ExclusionReason.AFFILIATIONS, text);
            return;
        }
        if (BlockPatterns.isMetadataLine(text)) {
            // a Keywords: or Abbreviations: line closes a labelled abstract but opens no section and stays evidence
            if (current == SectionKind.ABSTRACT) abstractClosed = true;
            unit(b, kindForSection(text), false, text);
            return;
        }
        if (isTableNoteContext() && BlockPatterns.isTableNote(text)) { unit(b, PassageKind.CAPTION, false, text); return; }
        if (frontMatter && BlockPatterns.isAbstractLabel(text)) {
            if (current != SectionKind.ABSTRACT) startSection(b.start(), null, SectionKind.ABSTRACT);
            abstractConcluded = BlockPatterns.isConclusionLabel(text);
            unit(b, PassageKind.ABSTRACT, false, text);
            return;
        }
        if (current == SectionKind.ABSTRACT && (abstractConcluded || abstractClosed) && !bodyStarted) {
            bodyStarted = true;
            startSection(b.start(), null, SectionKind.OTHER);
        }
        PassageKind kind = kindForSection(text);
        if (kind == PassageKind.REFERENCES) {
            units.add(new Unit(b.start(), b.end(), kind, false, sections.size() - 1, text, new int[0], ExclusionReason.REFERENCES));
            return;
        }
        if (kind == PassageKind.BOILERPLATE || kind == PassageKind.AFFILIATION) { excluded(b, kind, sectionReason, text); return; }
        unit(b, kind, false, text);
    }

    /**
     * The block stands alone between paragraphs: the block before it ends a sentence or is a table row or link line
     * (a float's), and the next block is a paragraph of 200 characters or more that starts in upper case.
     */
    private boolean betweenParagraphs(String next) {
        if (next.length() < 200 || !Character.isUpperCase(next.charAt(0)) || previous == null || previous.isEmpty())
            return false;
        char last = previous.charAt(previous.length() - 1);
        return ".!?:".indexOf(last) >= 0 || previous.indexOf('\t') >= 0 || LINK.matcher(previous).matches();
    }

    private static boolean isStrongHeading(Headings.Heading h) {
        return h != null && (h.known() || h.numbered());
    }

    /**
     * The kind of a paragraph by its section: abstract; under a heading that names an excluded part (references,
     * funding, licence, affiliations) that part, unless the text does not look like one (under references: prose or
     * results without a year, DOI, {@code et al.} or volume; under the others: results); else body.
     */
    private PassageKind kindForSection(String text) {
        if (current == SectionKind.ABSTRACT) return PassageKind.ABSTRACT;
        if (sectionReason == ExclusionReason.REFERENCES)
            return BlockPatterns.looksLikeReference(text) || !BlockPatterns.looksLikeResults(text) && !BlockPatterns.isProse(text)
                    ? PassageKind.REFERENCES : PassageKind.BODY;
        if (sectionReason != null && BlockPatterns.isNumberedReference(text)) return PassageKind.REFERENCES;
        if (sectionReason != null && !BlockPatterns.looksLikeResults(text))
            return sectionReason == ExclusionReason.AFFILIATIONS ? PassageKind.AFFILIATION : PassageKind.BOILERPLATE;
        return PassageKind.BODY;
    }

    private void heading(Block b, Headings.Heading h, String text) {
        abstractConcluded = false;
        abstractClosed = false;
        SectionKind kind = h.kind();
        if (kind == SectionKind.ABSTRACT && bodyStarted) kind = SectionKind.OTHER;
        if (kind == null) {
            kind = h.numbered() && !h.text().matches("\\d+\\.\\d.*") ? SectionKind.OTHER
                    : (topLevel == SectionKind.FRONT_MATTER || topLevel == SectionKind.ABSTRACT ? SectionKind.OTHER : topLevel);
            if (current == SectionKind.ABSTRACT && !h.numbered()) kind = SectionKind.OTHER;
        }
        sectionReason = h.kind() == SectionKind.REFERENCES || h.kind() == SectionKind.BACK_MATTER || h.kind() == null
                ? Headings.exclusionOf(h.text()) : null;
        if (h.kind() == SectionKind.REFERENCES && sectionReason == null) sectionReason = ExclusionReason.REFERENCES;
        // back matter that is not excluded (ethics, consent, abbreviations) is a sub-heading: later ones do not inherit it
        boolean interjection = kind == SectionKind.BACK_MATTER && sectionReason == null && !h.numbered();
        boolean topLevelHeading = !interjection && (h.known() || (h.numbered() && !h.text().matches("\\d+\\.\\d.*")));
        int level = markdownLevel(text);
        if (level > 0) {
            // Markdown says the nesting: a deeper heading is part of the section above it, whatever its words
            boolean nested = topLevelDepth > 0 && level > topLevelDepth;
            if (nested && sectionReason == null && kind != SectionKind.REFERENCES && kind != SectionKind.BACK_MATTER) {
                kind = topLevel;
            }
            topLevelHeading = !nested;
            if (topLevelHeading) topLevelDepth = level;
        }
        if (topLevelHeading) topLevel = kind;
        if (kind != SectionKind.ABSTRACT) bodyStarted = true;
        titleSeen = true;
        // below a "# " title, "##" sections are the top level
        startSection(b.start(), h.text(), kind, level == 0 ? 0 : Math.max(1, level - (markdownTitle ? 1 : 0)));
        unit(b, PassageKind.HEADING, false, text);
    }

    private void startSection(int start, String heading, SectionKind kind) {
        startSection(start, heading, kind, 0);
    }

    private void startSection(int start, String heading, SectionKind kind, int level) {
        sections.add(new SectionStart(start, heading, kind, level));
        current = kind;
    }

    private void table(Block b, String text) {
        int start = b.start();
        int n = units.size();
        if (n > 0 && units.get(n - 1).kind() == PassageKind.CAPTION && isTitleOf(units.get(n - 1))) {
            Unit title = units.remove(n - 1);
            start = title.start();
            n--;
            if (n > 0 && units.get(n - 1).kind() == PassageKind.CAPTION
                    && BlockPatterns.isBareTableLabel(units.get(n - 1).text())) {
                start = units.remove(n - 1).start();
            }
        }
        units.add(new Unit(start, b.end(), PassageKind.TABLE, true, sections.size() - 1, text));
    }

    private static boolean isTitleOf(Unit u) {
        return BlockPatterns.isTableTitle(u.text()) || u.text().length() <= 400;
    }

    private boolean isTableNoteContext() {
        for (int k = units.size() - 1; k >= 0 && k >= units.size() - 4; k--) {
            PassageKind kind = units.get(k).kind();
            if (kind == PassageKind.TABLE) return true;
            if (kind != PassageKind.CAPTION) return false;
        }
        return false;
    }

    /** Adds an excluded unit with its reason (a body paragraph may later be joined across it and cut it out). */
    private void excluded(Block b, PassageKind kind, ExclusionReason reason, String text) {
        if (current == SectionKind.ABSTRACT && !units.isEmpty() && units.get(units.size() - 1).kind() == PassageKind.ABSTRACT)
            abstractClosed = true;
        units.add(new Unit(b.start(), b.end(), kind, false, sections.size() - 1, text, new int[0], reason));
    }

    private void unit(Block b, PassageKind kind, boolean table, String text) {
        int n = units.size();
        // a title comes before the first paragraph (not before a labelled statement of a front-page sidebar)
        if (kind == PassageKind.BODY && text.length() >= 100 && !LABELLED_STATEMENT.matcher(text).matches()) titleSeen = true;
        if ((kind == PassageKind.BOILERPLATE || kind == PassageKind.AFFILIATION) && current == SectionKind.ABSTRACT
                && n > 0 && units.get(n - 1).kind() == PassageKind.ABSTRACT) abstractClosed = true;
        if (kind == PassageKind.BODY && n > 0 && !bodyStarted && continuesExcluded(b, text)) return;
        if (kind == PassageKind.BODY && n > 0 && units.get(n - 1).kind() != PassageKind.BODY && joinAcross(b, text, false)) return;
        if (kind == PassageKind.BODY && n > 0) {
            Unit prev = units.get(n - 1);
            if (prev.kind() == PassageKind.BODY && prev.section() == sections.size() - 1
                    && continues(prev.text(), text) && b.end() - prev.start() <= BlockSplitter.MAX_BLOCK) {
                units.set(n - 1, new Unit(prev.start(), b.end(), kind, false, prev.section(), prev.text() + " " + text, prev.cuts()));
                return;
            }
        }
        units.add(new Unit(b.start(), b.end(), kind, table, sections.size() - 1, text));
    }

    /**
     * Joins {@code b} to the last body or abstract unit of the current section when only boilerplate or
     * affiliation units lie between (at most {@link #MAX_SKIPPED}); those are dropped and their source cut
     * out. Without {@code force} the paragraph must look broken ({@link #continues}).
     */
    private boolean joinAcross(Block b, String text, boolean force) {
        int k = units.size() - 1;
        while (k >= 0 && units.size() - 1 - k < MAX_SKIPPED
                && (units.get(k).kind() == PassageKind.BOILERPLATE || units.get(k).kind() == PassageKind.AFFILIATION)) k--;
        if (k < 0 || k == units.size() - 1 && !force) return false;
        Unit prev = units.get(k);
        if (prev.kind() != PassageKind.BODY && prev.kind() != PassageKind.ABSTRACT) return false;
        if (prev.section() != sections.size() - 1 || b.end() - prev.start() > BlockSplitter.MAX_BLOCK) return false;
        if (!force && !continues(prev.text(), text)) return false;
        int[] cuts = java.util.Arrays.copyOf(prev.cuts(), prev.cuts().length + 2);
        cuts[cuts.length - 2] = prev.end();
        cuts[cuts.length - 1] = b.start();
        while (units.size() > k) {
            Unit dropped = units.remove(units.size() - 1);
            if (dropped.reason() != null && dropped != prev) cutOut.add(new Exclusions.Range(dropped.start(), dropped.end(), dropped.reason()));
        }
        units.add(new Unit(prev.start(), b.end(), prev.kind(), false, prev.section(), prev.text() + " " + text, cuts));
        return true;
    }

    /**
     * In front matter, a paragraph that goes on with the excluded statement right before it (a sidebar's
     * {@code Competing interests: ... declared} | {@code that no ... exist.}, set apart by a wider line gap)
     * joins that statement and is excluded with it.
     */
    private boolean continuesExcluded(Block b, String text) {
        Unit prev = units.get(units.size() - 1);
        if (prev.reason() == null || prev.reason() == ExclusionReason.REFERENCES || prev.cuts().length > 0
                || prev.section() != sections.size() - 1 || !continues(prev.text(), text)) return false;
        units.set(units.size() - 1, new Unit(prev.start(), b.end(), prev.kind(), false, prev.section(),
                prev.text() + " " + text, prev.cuts(), prev.reason()));
        return true;
    }

    /** A paragraph cut by a page or column break: no closing punctuation, next starts lower-case. */
    private static boolean continues(String prev, String next) {
        char last = prev.charAt(prev.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != ':' && Character.isLowerCase(next.charAt(0));
    }

    private static final java.util.regex.Pattern SENTENCE_BREAK = java.util.regex.Pattern.compile("\\p{Ll}{2}[.!?] \\p{Lu}\\p{Ll}");
    /** A labelled statement ({@code Data availability: ... files.}): a short label, a colon, a sentence with its full stop. */
    private static final java.util.regex.Pattern LABELLED_STATEMENT =
            java.util.regex.Pattern.compile("^\\p{Lu}[\\p{L} ]{2,40}: \\S.*\\p{Ll}{2}\\.$");

    /** The first substantial line: some words, mostly letters, not a label or journal banner, not too long. */
    /** The level of a Markdown heading ({@code ### Safety}: 3), or 0 when {@code text} is none. */
    static int markdownLevel(String text) {
        int k = 0;
        while (k < text.length() && k < 7 && text.charAt(k) == '#') k++;
        return k >= 1 && k <= 6 && k < text.length() && text.charAt(k) == ' ' ? k : 0;
    }

    private static boolean looksLikeTitle(String text) {
        if (text.length() < 15 || text.length() > 500 || BlockPatterns.isBanner(text)) return false;
        // a copyright sign or a link: a journal's citation and licence block, never a title
        if (text.indexOf('\u00a9') >= 0 || text.contains("://")) return false;
        if (SENTENCE_BREAK.matcher(text).find() || LABELLED_STATEMENT.matcher(text).matches()) return false;
        if (BlockPatterns.isBoilerplate(text) || BlockPatterns.isAffiliation(text, true) || BlockPatterns.isAbstractLabel(text))
            return false;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) if (Character.isLetter(text.charAt(i))) letters++;
        return letters * 10 >= text.length() * 6 && text.split("\\s+").length >= 3
                && Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)) && letters > 20;
    }
}
