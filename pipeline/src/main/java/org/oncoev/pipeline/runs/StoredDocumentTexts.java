package org.oncoev.pipeline.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.text.DocumentAssembler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds stored documents from their stored source text ({@code document_texts}) without reading the files:
 * {@link DocumentAssembler} is deterministic, so the same text yields the same passages. Each rebuilt document is
 * checked against the passages stored at ingest (ordinal, offsets, text, page); a mismatch (the assembler changed
 * since) is reported, not stored, because findings are tied to the stored passage rows. Read-only.
 */
public final class StoredDocumentTexts {
    /** A current document under the requested folders. */
    public record Candidate(long id, String sourcePath, String fileName, String format, Integer pages) {}

    /** A rebuilt document with its stored passage ids by ordinal, or the reason it could not be rebuilt. */
    public record Rebuilt(Document document, Map<Integer, Long> passageIds, String problem) {}

    record StoredPassage(long id, int ordinal, int charStart, int charEnd, Integer page, String text) {}

    private final JdbcTemplate jdbc;

    public StoredDocumentTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Current documents whose source path lies under one of {@code folders} (absolute, normalised), by id. */
    public List<Candidate> currentUnder(List<Path> folders) {
        Map<Long, Candidate> out = new TreeMap<>();
        for (Path folder : folders) {
            String prefix = folder.toAbsolutePath().normalize().toString();
            prefix = prefix.endsWith("/") ? prefix : prefix + "/";
            jdbc.query("SELECT id, source_path, file_name, format, pages FROM documents WHERE current "
                    + "AND starts_with(source_path, ?) ORDER BY id", rs -> {
                long id = rs.getLong("id");
                int pages = rs.getInt("pages");
                Integer p = rs.wasNull() ? null : pages;
                out.putIfAbsent(id, new Candidate(id, rs.getString("source_path"), rs.getString("file_name"),
                        rs.getString("format"), p));
            }, prefix);
        }
        return new ArrayList<>(out.values());
    }

    /** Rebuilds {@code c} from its stored text and checks it against its stored passages. */
    public Rebuilt rebuild(Candidate c) {
        List<String> texts = jdbc.queryForList("SELECT source_text FROM document_texts WHERE document_id = ?",
                String.class, c.id());
        if (texts.isEmpty()) return new Rebuilt(null, Map.of(), "no stored source text (ingested before V3); re-ingest it");
        List<StoredPassage> stored = jdbc.query("SELECT id, ordinal, char_start, char_end, page, text FROM passages "
                + "WHERE document_id = ? ORDER BY ordinal", (rs, i) -> {
            int page = rs.getInt("page");
            Integer p = rs.wasNull() ? null : page;
            return new StoredPassage(rs.getLong("id"), rs.getInt("ordinal"), rs.getInt("char_start"),
                    rs.getInt("char_end"), p, rs.getString("text"));
        }, c.id());
        Document d;
        try {
            d = DocumentAssembler.assemble(c.fileName(), c.format(), texts.get(0), pageStarts(c.pages(), stored), List.of());
        } catch (DocumentReadException e) {
            return new Rebuilt(null, Map.of(), "cannot rebuild: " + e.getMessage());
        }
        String mismatch = compare(d.passages(), stored);
        if (mismatch != null) return new Rebuilt(null, Map.of(), mismatch);
        Map<Integer, Long> ids = new HashMap<>();
        for (StoredPassage p : stored) ids.put(p.ordinal(), p.id());
        return new Rebuilt(d, ids, null);
    }

    /**
     * Page start offsets recovered from the stored passages (page k starts at its first passage; a page without
     * passages starts one character before the next one), or null for unpaged documents. Only the pages of passages
     * matter to the assembler, and {@link #compare} checks them.
     */
    static int[] pageStarts(Integer pages, List<StoredPassage> stored) {
        if (pages == null || pages <= 0) return null;
        int[] starts = new int[pages];
        boolean[] known = new boolean[pages];
        for (StoredPassage p : stored) {
            if (p.page() == null || p.page() < 1 || p.page() > pages) continue;
            int k = p.page() - 1;
            if (!known[k] || p.charStart() < starts[k]) starts[k] = p.charStart();
            known[k] = true;
        }
        // a page without passages starts just before the next page, so starts stay strictly increasing
        int next = Integer.MAX_VALUE / 2;
        for (int k = pages - 1; k >= 0; k--) {
            if (!known[k]) starts[k] = next - 1;
            next = starts[k];
        }
        return starts;
    }

    /** Null when the rebuilt passages equal the stored ones, else the first difference. */
    private static String compare(List<Passage> rebuilt, List<StoredPassage> stored) {
        if (rebuilt.size() != stored.size()) {
            return "rebuilt " + rebuilt.size() + " passages, " + stored.size() + " stored; re-ingest it";
        }
        for (int i = 0; i < rebuilt.size(); i++) {
            Passage r = rebuilt.get(i);
            StoredPassage s = stored.get(i);
            String what = r.ordinal() != s.ordinal() ? "ordinal " + r.ordinal() + " vs " + s.ordinal()
                    : r.charStart() != s.charStart() || r.charEnd() != s.charEnd() ? "offsets " + r.charStart() + "-"
                    + r.charEnd() + " vs stored " + s.charStart() + "-" + s.charEnd()
                    : !r.text().equals(s.text()) ? "text" : !Objects.equals(r.page(), s.page()) ? "page " + r.page()
                    + " vs stored " + s.page() : null;
            if (what != null) return "passage " + s.ordinal() + " differs from the stored one (" + what + "); re-ingest it";
        }
        return null;
    }
}
