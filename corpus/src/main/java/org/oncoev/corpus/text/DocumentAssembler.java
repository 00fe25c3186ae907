package org.oncoev.corpus.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.oncoev.corpus.Document;
import org.oncoev.corpus.FileBudget;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Section;
import org.oncoev.corpus.SectionKind;
import org.oncoev.corpus.Span;
import org.oncoev.corpus.sentence.SentenceSplitter;

/**
 * The shared back half of the text and PDF readers: splits source text into blocks, classifies them
 * (title, abstract, headings and sections, body, tables, captions, references, affiliations,
 * boilerplate), normalises each passage with {@link TextNormalizer} keeping its offset map, splits
 * paragraphs longer than {@link #MAX_PASSAGE} characters at sentence boundaries and finds sentences.
 *
 * <p>Guarantees: every passage is non-empty; {@code sourceText.substring(p.charStart(), p.charEnd())}
 * normalises back to {@code p.text()}, except for a paragraph joined across a running header, page number
 * or inserted boilerplate block: its text is the normalised source pieces joined by single spaces, each
 * joining space mapping to an empty source range, and the cut-out blocks are not passages; passages are in
 * source order and do not overlap; every passage belongs to a section, sections tile the source text in order.
 * Tables ({@link TableAttacher}): tab and pipe tables are normalised in table mode (rows on lines, cells
 * separated by tabs), flattened tables (one cell per line, inline runs) as prose; either may carry a
 * {@code Table} whose cell offsets index the passage text.
 * The document's {@link org.oncoev.corpus.Exclusions} list every block not read for evidence with its reason
 * (passages of excluded kinds and the blocks cut out of joined paragraphs). Stateless and thread-safe.
 */
public final class DocumentAssembler {
    /** Source texts longer than this, or than the file budget's {@link FileBudget#maxChars()}, are refused. */
    public static final int MAX_CHARS = 20_000_000;
    /** Body and abstract paragraphs are split at sentence boundaries into passages of about this size. */
    public static final int MAX_PASSAGE = 2000;

    private DocumentAssembler() {}

    /**
     * Builds a {@link Document} from source text.
     *
     * @param fileName   file name, for the document and messages
     * @param format     format name stored with the document ({@code txt}, {@code md}, {@code pdf})
     * @param sourceText the text all offsets index
     * @param pageStarts source offsets where pages 1, 2, ... begin (ascending), or null when not paged
     * @param warnings   non-fatal problems found while reading, copied into the document
     * @throws DocumentReadException ({@code parse}) when the text is too long; ({@code split}) when it yields no passage
     */
    public static Document assemble(String fileName, String format, String sourceText, int[] pageStarts,
                                    List<String> warnings) throws DocumentReadException {
        int limit = Math.min(MAX_CHARS, FileBudget.maxChars());
        if (sourceText.length() > limit)
            throw new DocumentReadException("parse", "text too long: " + sourceText.length() + " characters (limit " + limit + ")");
        FileBudget.check("splitting blocks");
        List<Block> blocks = BlockSplitter.split(sourceText);
        List<NormalizedText> texts = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            FileBudget.check("normalising text");
            texts.add(TextNormalizer.normalize(sourceText, b.start(), b.end(), b.table()));
        }
        BlockClassifier classifier = new BlockClassifier(sourceText);
        classifier.classify(blocks, texts);
        FileBudget.check("classifying blocks");

        List<BlockClassifier.SectionStart> starts = classifier.sections();
        int[] sectionMap = new int[starts.size()];
        Arrays.fill(sectionMap, -1);
        List<Part> parts = new ArrayList<>();
        for (BlockClassifier.Unit u : classifier.units()) {
            FileBudget.check("normalising text");
            NormalizedText t = normalize(sourceText, u);
            if (t.isEmpty()) continue;
            sectionMap[u.section()] = 0;
            for (NormalizedText part : split(t, u.kind(), u.table())) parts.add(new Part(u, part));
        }
        if (parts.isEmpty()) throw new DocumentReadException("split", "no text passages found");
        List<Section> sections = buildSections(starts, sectionMap, sourceText.length());
        List<TableAttacher.Piece> pieces = new ArrayList<>(parts.size());
        for (Part p : parts) pieces.add(new TableAttacher.Piece(p.unit.kind(), p.unit.section(), p.unit.table(), p.text, null));
        FileBudget.check("attaching tables");
        pieces = TableAttacher.attach(sourceText, pieces);
        List<Passage> renumbered = new ArrayList<>(pieces.size());
        for (TableAttacher.Piece p : pieces) {
            FileBudget.check("sentence splitting");
            String text = p.text().text();
            List<Span> sentences = sentences(text, p.kind(), p.tableMode());
            renumbered.add(new Passage(renumbered.size(), sectionMap[p.section()], p.kind(), text,
                    p.text().starts(), p.text().ends(), sentences, page(pageStarts, p.text().sourceStart(0)), p.table()));
        }
        String title = null;
        for (Passage p : renumbered) if (p.kind() == PassageKind.TITLE) { title = p.text(); break; }
        Integer pages = pageStarts == null ? null : pageStarts.length;
        return new Document(fileName, format, title, sourceText, sections, renumbered, pages,
                warnings == null ? List.of() : warnings, classifier.exclusions());
    }

    /**
     * The sentences of a passage's text as this assembler finds them: one per line in a table, the whole
     * text for a heading, else {@link SentenceSplitter#split}. For readers that build passages themselves (JATS).
     */
    public static List<Span> sentences(String text, PassageKind kind, boolean table) {
        return table ? SentenceSplitter.splitLines(text)
                : kind == PassageKind.HEADING ? List.of(new Span(0, text.length())) : SentenceSplitter.split(text);
    }

    /**
     * Splits a normalised passage text as this assembler does: prose over {@link #MAX_PASSAGE} characters at
     * sentence boundaries; tables, titles and headings whole. For readers that build passages themselves (JATS).
     */
    public static List<NormalizedText> splitPassage(NormalizedText t, PassageKind kind, boolean table) {
        return split(t, kind, table);
    }

    /** The section kind that heading words name ({@code Patients and methods}: methods), or null. */
    public static SectionKind sectionKindOf(String heading) {
        return heading == null ? null : Headings.kindOf(heading);
    }

    /** Normalises a unit; a unit with cut-out ranges (running lines, inserted boilerplate) is normalised piecewise and joined. */
    private static NormalizedText normalize(String sourceText, BlockClassifier.Unit u) {
        int[] cuts = u.cuts();
        if (cuts.length == 0) return TextNormalizer.normalize(sourceText, u.start(), u.end(), u.table());
        List<NormalizedText> pieces = new ArrayList<>(cuts.length / 2 + 1);
        int from = u.start();
        for (int i = 0; i + 1 < cuts.length; i += 2) {
            pieces.add(TextNormalizer.normalize(sourceText, from, cuts[i], u.table()));
            from = cuts[i + 1];
        }
        pieces.add(TextNormalizer.normalize(sourceText, from, u.end(), u.table()));
        return NormalizedText.join(pieces);
    }

    /** Keeps sections that received passages, renumbers them in {@code map}, and makes them tile the text. */
    private static List<Section> buildSections(List<BlockClassifier.SectionStart> starts, int[] map, int length) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) if (map[i] >= 0) kept.add(i);
        List<Section> sections = new ArrayList<>(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            map[i] = k;
            int start = k == 0 ? 0 : starts.get(i).start();
            int end = k + 1 < kept.size() ? starts.get(kept.get(k + 1)).start() : length;
            BlockClassifier.SectionStart s = starts.get(i);
            String heading = s.heading() == null ? null : TextNormalizer.normalize(s.heading()).text();
            SectionKind kind = s.kind();
            sections.add(new Section(k, heading, kind, start, end, s.level()));
        }
        return sections;
    }

    /** Splits long prose passages at sentence boundaries (tables and headings stay whole). */
    private static List<NormalizedText> split(NormalizedText t, PassageKind kind, boolean table) {
        if (table || t.length() <= MAX_PASSAGE || kind == PassageKind.HEADING || kind == PassageKind.TITLE)
            return List.of(t);
        List<Span> sentences = SentenceSplitter.split(t.text());
        List<NormalizedText> parts = new ArrayList<>();
        int chunkStart = 0, chunkEnd = 0;
        for (Span s : sentences) {
            if (s.end() - chunkStart > MAX_PASSAGE && chunkEnd > chunkStart) {
                addPart(parts, t, chunkStart, chunkEnd);
                chunkStart = s.start();
            }
            chunkEnd = s.end();
            while (chunkEnd - chunkStart > 2 * MAX_PASSAGE) {
                int cut = t.text().lastIndexOf(' ', chunkStart + MAX_PASSAGE);
                if (cut <= chunkStart) cut = chunkStart + MAX_PASSAGE;
                addPart(parts, t, chunkStart, cut);
                chunkStart = cut;
            }
        }
        addPart(parts, t, chunkStart, t.length());
        return parts;
    }

    private static void addPart(List<NormalizedText> parts, NormalizedText t, int from, int to) {
        if (to <= from) return;
        NormalizedText part = t.sub(from, to).strip();
        if (!part.isEmpty()) parts.add(part);
    }

    private static Integer page(int[] pageStarts, int offset) {
        if (pageStarts == null || pageStarts.length == 0) return null;
        int i = Arrays.binarySearch(pageStarts, offset);
        int page = i >= 0 ? i + 1 : -i - 1;
        return Math.max(1, page);
    }

    private record Part(BlockClassifier.Unit unit, NormalizedText text) {}
}
