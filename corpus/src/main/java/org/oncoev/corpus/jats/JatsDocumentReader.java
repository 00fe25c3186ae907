package org.oncoev.corpus.jats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.oncoev.corpus.Document;
import org.oncoev.corpus.FileBudget;
import org.oncoev.corpus.DocumentMetadata;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.DocumentReader;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Section;
import org.oncoev.corpus.meta.TrialIds;
import org.oncoev.corpus.text.DocumentAssembler;

/**
 * Reads JATS XML ({@code .xml}, {@code .nxml}), the format PubMed Central distributes articles in.
 * The file is decoded strictly ({@link XmlDecoder}), checked by the JDK's StAX parser with DTDs and external
 * entities off and bounded depth, element count and text runs ({@link SafeXmlCheck}), then walked
 * ({@link JatsWalker}) into sections and passages; tables keep their rows and cells ({@link JatsTables}).
 * {@link Document#sourceText()} is the decoded XML: every passage character maps to the XML characters it
 * came from. Prose is normalised by the text reader's normaliser and split into passages and sentences as the
 * text reader does. The document carries the front matter's {@link DocumentMetadata} and the trial registration
 * ids found in its text. Stateless and thread-safe.
 */
public final class JatsDocumentReader implements DocumentReader {
    /** Largest accepted file. */
    public static final int MAX_BYTES = 40_000_000;

    @Override
    public boolean supports(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".nxml") || n.endsWith(".xml");
    }

    @Override
    public Document read(String fileName, byte[] content) throws DocumentReadException {
        if (content == null || content.length == 0) throw new DocumentReadException("read", "empty file");
        if (content.length > MAX_BYTES)
            throw new DocumentReadException("read", "file too large: " + content.length + " bytes (limit " + MAX_BYTES + ")");
        String xml = XmlDecoder.decode(content);
        int limit = Math.min(DocumentAssembler.MAX_CHARS, FileBudget.maxChars());
        if (xml.length() > limit)
            throw new DocumentReadException("parse", "text too long: " + xml.length() + " characters (limit " + limit + ")");
        SafeXmlCheck.check(xml);
        try {
            XmlNode.Element root = XmlTreeLexer.parse(xml);
            if (!root.name.equals("article"))
                throw new DocumentReadException("parse", "not a JATS article: root element <" + root.name + ">");
            MetadataCollector meta = new MetadataCollector();
            FileBudget.check("parsing XML");
            JatsLayout layout = JatsWalker.walk(root, meta);
            Document d = assemble(fileName, xml, layout);
            DocumentMetadata m = meta.result(TrialIds.find(d.passages(), "text"));
            return d.withMetadata(m);
        } catch (DocumentReadException | FileBudget.Exceeded e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new DocumentReadException("split", "cannot read JATS: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    private static Document assemble(String fileName, String xml, JatsLayout layout) throws DocumentReadException {
        List<Passage> passages = new ArrayList<>();
        List<Integer> sectionOf = new ArrayList<>();
        for (JatsLayout.Unit u : layout.units) {
            FileBudget.check("sentence splitting");
            if (u.table() != null) {
                MappedText t = u.text();
                int[][] map = monotone(t);
                String text = t.text();
                passages.add(new Passage(passages.size(), u.section(), PassageKind.TABLE, text, map[0], map[1],
                        DocumentAssembler.sentences(text, PassageKind.TABLE, true), null, u.table()));
                sectionOf.add(u.section());
                continue;
            }
            for (SourcePiece p : SourcePiece.passages(u.text(), u.kind())) {
                passages.add(new Passage(passages.size(), u.section(), u.kind(), p.text(), p.starts(), p.ends(),
                        DocumentAssembler.sentences(p.text(), u.kind(), false), null));
                sectionOf.add(u.section());
            }
        }
        if (passages.isEmpty()) throw new DocumentReadException("split", "no text passages found in the JATS article");
        int[] map = new int[layout.sections.size()];
        Arrays.fill(map, -1);
        for (int s : sectionOf) map[s] = 0;
        List<Section> sections = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < map.length; i++) if (map[i] >= 0) kept.add(i);
        int prevStart = 0;
        for (int k = 0; k < kept.size(); k++) {
            JatsLayout.SectionStart s = layout.sections.get(kept.get(k));
            map[kept.get(k)] = k;
            int start = k == 0 ? 0 : Math.max(prevStart, s.start());
            int end = xml.length();
            if (k + 1 < kept.size()) end = Math.max(start, layout.sections.get(kept.get(k + 1)).start());
            sections.add(new Section(k, s.heading(), s.kind(), start, end, s.level()));
            prevStart = start;
        }
        List<Passage> renumbered = new ArrayList<>(passages.size());
        String title = null;
        for (Passage p : passages) {
            Passage q = new Passage(p.ordinal(), map[p.sectionOrdinal()], p.kind(), p.text(), starts(p), ends(p),
                    p.sentences(), null, p.table());
            renumbered.add(q);
            if (title == null && q.kind() == PassageKind.TITLE) title = q.text();
        }
        return new Document(fileName, "jats", title, xml, sections, renumbered, null, List.of());
    }

    private static int[] starts(Passage p) {
        int[] a = new int[p.text().length()];
        for (int i = 0; i < a.length; i++) a[i] = p.sourceStart(i);
        return a;
    }

    private static int[] ends(Passage p) {
        int[] a = new int[p.text().length()];
        for (int i = 0; i < a.length; i++) a[i] = p.sourceEnd(i + 1);
        return a;
    }

    /** The text's offset arrays made non-decreasing (a table's caption written after its grid keeps the grid's order). */
    private static int[][] monotone(MappedText t) {
        int n = t.length();
        int[] s = new int[n], e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i == 0 ? t.start(i) : Math.max(s[i - 1], t.start(i));
            e[i] = Math.max(s[i], i == 0 ? t.end(i) : Math.max(e[i - 1], t.end(i)));
        }
        return new int[][]{s, e};
    }
}
