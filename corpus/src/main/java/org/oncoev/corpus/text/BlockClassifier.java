package org.oncoev.corpus.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    record Unit(int start, int end, PassageKind kind, boolean table, int section, String text, int[] cuts) {
        Unit(int start, int end, PassageKind kind, boolean table, int section, String text) {
            this(start, end, kind, table, section, text, new int[0]);
        }
    }

    /** A section under construction. */
    record SectionStart(int start, String heading, SectionKind kind) {}

    private final String src;
    private final List<Unit> units = new ArrayList<>();
    private final List<SectionStart> sections = new ArrayList<>();
    private SectionKind current = SectionKind.FRONT_MATTER;
    private SectionKind topLevel = SectionKind.FRONT_MATTER;
    private boolean titleSeen;
    private boolean expectTitle;
    private boolean bodyStarted;
    private boolean pendingTableLabel;
    private boolean abstractConcluded;
    private boolean abstractClosed;

    BlockClassifier(String src) {
        this.src = src;
        sections.add(new SectionStart(0, null, SectionKind.FRONT_MATTER));
    }

    List<Unit> units() { return units; }

    List<SectionStart> sections() { return sections; }

    /** Classifies all blocks; {@code texts} are their normalised texts (empty ones are skipped). */
    void classify(List<Block> blocks, List<NormalizedText> texts) {
        Map<String, Integer> repeats = new HashMap<>();
        for (NormalizedText t : texts)
            if (t.length() > 0 && t.length() <= 120) repeats.merge(t.text(), 1, Integer::sum);
        for (int i = 0; i < blocks.size(); i++) {
            NormalizedText t = texts.get(i);
            if (t.isEmpty()) continue;
            Block b = blocks.get(i);
            boolean running = i + 1 < blocks.size() && blocks.get(i + 1).joined();
            boolean repeated = running || repeats.getOrDefault(t.text(), 0) >= 3 && Headings.kindOf(t.text()) == null;
            String next = "";
            for (int k = i + 1; k < texts.size() && next.isEmpty(); k++) next = texts.get(k).text();
            add(b, t, repeated, next);
        }
    }

    private void add(Block b, NormalizedText t, boolean repeated, String next) {
        String text = t.text();
        boolean frontMatter = !bodyStarted;
        boolean inReferences = current == SectionKind.REFERENCES;
        boolean afterTableLabel = pendingTableLabel;
        pendingTableLabel = false;
        if (b.joined() && joinAcross(b, text, true)) return;
        if (repeated || BlockPatterns.isPageDebris(text)) { unit(b, PassageKind.BOILERPLATE, false, text); return; }
        if (b.table()) { table(b, text); return; }
        if (text.equals("TITLE:")) { expectTitle = true; unit(b, PassageKind.BOILERPLATE, false, text); return; }
        if (text.startsWith("TITLE:") && text.length() > 8 && !titleSeen) {
            titleSeen = true;
            int at = src.indexOf("TITLE:", b.start()) + "TITLE:".length();
            while (at < b.end() && Character.isWhitespace(src.charAt(at))) at++;
            units.add(new Unit(at, b.end(), PassageKind.TITLE, false, sections.size() - 1, text.substring(6).strip()));
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
            boolean continued = !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !isStrongHeading(h);
            if (h != null && !continued && !(frontMatter && !h.known() && !h.numbered() && !b.label())) {
                heading(b, h, text);
                return;
            }
        }
        if (frontMatter && !titleSeen && text.length() < 200 && !text.contains(". ")) {
            unit(b, PassageKind.BOILERPLATE, false, text);
            return;
        }
        if (BlockPatterns.isAffiliation(text, frontMatter)) { unit(b, PassageKind.AFFILIATION, false, text); return; }
        if (BlockPatterns.isBoilerplate(text)) { unit(b, PassageKind.BOILERPLATE, false, text); return; }
        if (frontMatter && current != SectionKind.ABSTRACT && BlockPatterns.isAuthorList(text)) {
            unit(b, PassageKind.AFFILIATION, false, text);
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
        if (current == SectionKind.REFERENCES && !looksLikeReference(text)) {
            unit(b, PassageKind.BOILERPLATE, false, text);
            return;
        }
        unit(b, kindForSection(), false, text);
    }

    /** A reference entry or list names a year or a DOI; journal adverts after the list do not. */
    private static boolean looksLikeReference(String text) {
        return text.matches("(?s).{0,4000}?\\b(?:1[89]\\d\\d|20\\d\\d)\\b.*") || text.toLowerCase(java.util.Locale.ROOT).contains("doi");
    }

    private static boolean isStrongHeading(Headings.Heading h) {
        return h != null && (h.known() || h.numbered());
    }

    private PassageKind kindForSection() {
        return switch (current) {
            case ABSTRACT -> PassageKind.ABSTRACT;
            case REFERENCES -> PassageKind.REFERENCES;
            case BACK_MATTER -> PassageKind.BOILERPLATE;
            default -> PassageKind.BODY;
        };
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
        boolean topLevelHeading = h.known() || (h.numbered() && !h.text().matches("\\d+\\.\\d.*"));
        if (topLevelHeading) topLevel = kind;
        if (kind != SectionKind.ABSTRACT) bodyStarted = true;
        titleSeen = true;
        startSection(b.start(), h.text(), kind);
        unit(b, PassageKind.HEADING, false, text);
    }

    private void startSection(int start, String heading, SectionKind kind) {
        sections.add(new SectionStart(start, heading, kind));
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

    private void unit(Block b, PassageKind kind, boolean table, String text) {
        int n = units.size();
        if ((kind == PassageKind.BOILERPLATE || kind == PassageKind.AFFILIATION) && current == SectionKind.ABSTRACT
                && n > 0 && units.get(n - 1).kind() == PassageKind.ABSTRACT) abstractClosed = true;
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
        while (units.size() > k) units.remove(units.size() - 1);
        units.add(new Unit(prev.start(), b.end(), prev.kind(), false, prev.section(), prev.text() + " " + text, cuts));
        return true;
    }

    /** A paragraph cut by a page or column break: no closing punctuation, next starts lower-case. */
    private static boolean continues(String prev, String next) {
        char last = prev.charAt(prev.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != ':' && Character.isLowerCase(next.charAt(0));
    }

    /** The first substantial line: some words, mostly letters, not a label or journal banner, not too long. */
    private static boolean looksLikeTitle(String text) {
        if (text.length() < 15 || text.length() > 500 || BlockPatterns.isBanner(text)) return false;
        if (BlockPatterns.isBoilerplate(text) || BlockPatterns.isAffiliation(text, true) || BlockPatterns.isAbstractLabel(text))
            return false;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) if (Character.isLetter(text.charAt(i))) letters++;
        return letters * 10 >= text.length() * 6 && text.split("\\s+").length >= 3
                && Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)) && letters > 20;
    }
}
