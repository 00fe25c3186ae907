package org.oncoev.corpus.pdfeval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentMetadata;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Section;
import org.oncoev.corpus.SectionKind;

/**
 * A measuring tool, not product code: typesets a paper read from JATS as a journal-like A4 PDF, so that the
 * PDF reader can be scored on the same papers as the text and JATS readers. Layout: a full-width title
 * block (title, authors, affiliations, licence lines) and abstract, then two justified columns of 9 pt
 * body text with hyphenated line ends, bold section headings, figure placeholders with captions, tables
 * set as real tables (in the column when narrow, full width at the top of the next page when wide), a
 * running header and footer with page numbers, references in small type. Not thread-safe.
 */
public final class JournalPdfRenderer {
    static final float BODY = 9.2f, LEAD = 11.2f, SMALL = 7.2f;

    private PageFlow flow;
    private final LineSetter setter = new LineSetter();
    private TableSetter tables;

    /** The paper as PDF bytes. */
    public byte[] render(Document d) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocumentMetadata m = d.metadata();
            String journal = m != null && m.journal() != null ? m.journal() + (m.year() != null ? " (" + m.year() + ")" : "") : "Journal";
            flow = new PageFlow(pdf, setter.clean(PageFlow.regularFallback(pdf), journal), shortTitle(d.title()));
            tables = new TableSetter(flow, setter);
            flow.newPage();
            int i = front(d);
            flow.colTop = flow.y;
            boolean afterHeading = true;
            for (; i < d.passages().size(); i++) {
                Passage p = d.passages().get(i);
                Section s = section(d, p);
                afterHeading = switch (p.kind()) {
                    case HEADING -> heading(p.text(), s == null ? 1 : Math.max(1, s.level()));
                    case TABLE -> table(p);
                    case CAPTION -> figure(p.text());
                    case REFERENCES -> paragraph(flow.regular, SMALL, 8.6f, p.text(), 0, -8);
                    case BOILERPLATE, AFFILIATION -> paragraph(flow.regular, SMALL + 0.5f, 9.4f, p.text(), 0, 0);
                    default -> paragraph(flow.regular, BODY, LEAD, p.text(), afterHeading ? 0 : 9, 0);
                };
            }
            if (m != null && m.doi() != null) paragraph(flow.regular, SMALL, 8.6f, "doi: " + m.doi(), 0, 0);
            flow.close();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static Section section(Document d, Passage p) {
        int s = p.sectionOrdinal();
        return s >= 0 && s < d.sections().size() ? d.sections().get(s) : null;
    }

    private static String shortTitle(String title) {
        if (title == null) return "";
        String[] w = title.strip().split("\\s+");
        return w.length <= 7 ? title.strip() : String.join(" ", List.of(w).subList(0, 7)) + " \u2026";
    }

    /** Title block and abstract, full width; returns the index of the first body passage. */
    private int front(Document d) throws IOException {
        flow.y = PageFlow.TOP + 6;
        List<Passage> ps = d.passages();
        int i = 0;
        boolean authors = true, abstractStarted = false;
        for (; i < ps.size(); i++) {
            Passage p = ps.get(i);
            Section s = section(d, p);
            SectionKind k = s == null ? SectionKind.FRONT_MATTER : s.kind();
            if (k != SectionKind.FRONT_MATTER && k != SectionKind.ABSTRACT) break;
            if (p.kind() == PassageKind.TITLE) {
                full(flow.bold, 15, 18, p.text(), false);
                flow.y += 6;
            } else if (p.kind() == PassageKind.AFFILIATION) {
                full(flow.regular, authors ? 10 : 7, authors ? 13 : 8.6f, p.text(), false);
                if (authors) flow.y += 4;
                authors = false;
            } else if (p.kind() == PassageKind.BOILERPLATE) {
                full(flow.italic, 6.8f, 8.2f, p.text(), false);
            } else {
                if (!abstractStarted) {
                    flow.y += 8;
                    flow.rule(PageFlow.LEFT, PageFlow.W - PageFlow.RIGHT, flow.y, 0.6f);
                    flow.y += 4;
                    full(flow.bold, 10, 13, "Abstract", false);
                    abstractStarted = true;
                }
                if (p.kind() == PassageKind.HEADING) full(flow.bold, 8.8f, 11, p.text(), false);
                else full(flow.regular, 8.8f, 10.8f, p.text(), true);
            }
        }
        flow.y += 6;
        flow.rule(PageFlow.LEFT, PageFlow.W - PageFlow.RIGHT, flow.y, 0.6f);
        flow.y += 10;
        return i;
    }

    /** A full-width paragraph on the first page (overflowing pages are started as needed). */
    private void full(PDFont font, float size, float lead, String text, boolean justify) throws IOException {
        for (LineSetter.SetLine l : setter.wrap(font, size, text, PageFlow.FULL, 0, justify)) {
            if (flow.y + lead > PageFlow.H - PageFlow.BOTTOM) {
                flow.newPage();
                flow.y = PageFlow.TOP;
            }
            flow.y += lead;
            LineSetter.draw(flow, font, size, justify ? l : new LineSetter.SetLine(l.words(), false),
                    PageFlow.LEFT, flow.y, PageFlow.FULL);
        }
    }

    /** A column paragraph; {@code indent} on its first line, {@code hang} for the lines after it (negative: hanging). */
    private boolean paragraph(PDFont font, float size, float lead, String text, float indent, float hang)
            throws IOException {
        float inset = hang < 0 ? -hang : 0;
        List<LineSetter.SetLine> lines = setter.wrap(font, size, text, PageFlow.COLUMN - inset, indent - inset);
        for (int n = 0; n < lines.size(); n++) {
            flow.need(lead);
            flow.y += lead;
            float x = flow.x() + (n == 0 ? indent : inset);
            LineSetter.draw(flow, font, size, lines.get(n), x, flow.y, PageFlow.COLUMN - (n == 0 ? indent : inset));
        }
        if (size < BODY) flow.y += 2;
        return false;
    }

    private boolean heading(String text, int level) throws IOException {
        float size = level <= 1 ? 10.5f : 9.4f;
        List<LineSetter.SetLine> lines = setter.wrap(flow.bold, size, text, PageFlow.COLUMN, 0, false);
        flow.need(lines.size() * 13 + 8 + 3 * LEAD); // keep a heading with its first lines
        flow.y += level <= 1 ? 9 : 5;
        for (LineSetter.SetLine l : lines) {
            flow.y += 13;
            LineSetter.draw(flow, flow.bold, size, new LineSetter.SetLine(l.words(), false), flow.x(), flow.y, 0);
        }
        flow.y += 2;
        return true;
    }

    /** A grey figure placeholder and its caption in small type, the label in bold. */
    private boolean figure(String caption) throws IOException {
        List<LineSetter.SetLine> lines = setter.wrap(flow.regular, SMALL + 0.5f, caption, PageFlow.COLUMN, 0);
        float h = 90 + 8 + lines.size() * 9.4f;
        flow.need(Math.min(h, PageFlow.H - PageFlow.TOP - PageFlow.BOTTOM - 20));
        flow.y += 6;
        flow.box(flow.x(), flow.y, PageFlow.COLUMN, 90);
        flow.y += 96;
        for (int n = 0; n < lines.size(); n++) {
            flow.need(9.4f);
            flow.y += 9.4f;
            List<String> w = lines.get(n).words();
            if (n == 0 && w.size() >= 2) {
                String label = w.get(0) + " " + w.get(1);
                LineSetter.word(flow, flow.bold, SMALL + 0.5f, label, flow.x(), flow.y);
                float lw = LineSetter.width(flow.bold, SMALL + 0.5f, label + " ");
                LineSetter.draw(flow, flow.regular, SMALL + 0.5f, new LineSetter.SetLine(w.subList(2, w.size()), false),
                        flow.x() + lw, flow.y, 0);
            } else {
                LineSetter.draw(flow, flow.regular, SMALL + 0.5f, lines.get(n), flow.x(), flow.y, PageFlow.COLUMN);
            }
        }
        flow.y += 6;
        return false;
    }

    private boolean table(Passage p) throws IOException {
        if (p.table() == null || p.table().allRows().isEmpty()) return paragraph(flow.regular, SMALL, 8.6f, p.text(), 0, 0);
        TableSetter.Laid laid = tables.lay(p.table());
        float page = PageFlow.H - PageFlow.TOP - PageFlow.BOTTOM;
        if (laid.wide()) {
            for (PageFlow.Block b : tables.blocks(p.table(), laid, page)) flow.floatToNextPage(b);
            return false;
        }
        for (PageFlow.Block b : tables.blocks(p.table(), laid, page - 20)) {
            flow.need(b.height() + 10);
            flow.y += 6;
            b.draw(flow, flow.x(), flow.y);
            flow.y += b.height() + 4;
        }
        return false;
    }
}
