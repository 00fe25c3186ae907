package org.oncoev.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.DocumentReadException;
import org.oncoev.corpus.DocumentReaders;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.meta.TextMetadata;
import org.oncoev.corpus.index.IndexedPassage;
import org.oncoev.corpus.index.PassageIndexWriter;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.pipeline.ingest.ChunkStore;
import org.oncoev.pipeline.ingest.DocumentStore;
import org.oncoev.pipeline.ingest.IngestItem;
import org.oncoev.pipeline.ingest.SourceFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each stage of the text path run alone, on one thread, over the same files, and the bound the stages set
 * together. Only the stage's own calls are timed (what feeds it is prepared untimed): Lucene indexing of the
 * passages (the ceiling), reading (decode, normalise, sections, sentences, passages), extraction, and
 * storing the parsed documents with their findings in PostgreSQL (synchronous JDBC, so the wall time holds the
 * server's work too). PDFBox-only text extraction is the PDF path's ceiling. Not thread-safe; bench use only.
 */
final class StageCeilings {
    private StageCeilings() {}

    /** Times PassageIndexWriter alone over the files' passages (reading and splitting are not timed). */
    static double luceneOnly(List<Path> files, Path indexDir) throws IOException {
        long nanos = 0;
        long passageId = 0;
        PassageIndexWriter writer = PassageIndexWriter.open(indexDir);
        boolean closed = false;
        try {
            for (int i = 0; i < files.size(); i++) {
                Document d = read(files.get(i));
                long documentId = i + 1;
                List<IndexedPassage> passages = new ArrayList<>(d.passages().size());
                for (Passage p : d.passages()) {
                    passages.add(IndexedPassage.withoutEvidence(++passageId, documentId, d.fileName(), d.title(), null,
                            null, null, "body", p.kind().dbName(), p.ordinal(), p.charStart(), p.charEnd(), p.text()));
                }
                long t = System.nanoTime();
                writer.replaceDocument(documentId, passages);
                nanos += System.nanoTime() - t;
            }
            long t = System.nanoTime();
            writer.commit();
            writer.close();
            closed = true;
            nanos += System.nanoTime() - t;
        } finally {
            if (!closed) writer.close();
        }
        return nanos / 1e9;
    }

    /**
     * Times reading alone: decoding, normalising and splitting each file into sections and passages, and reading
     * its bibliographic metadata ({@link TextMetadata#of}, which ingest does with the reading, once per document).
     */
    static Timing readOnly(List<Path> files) throws IOException {
        Timing.Clock clock = new Timing.Clock();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            clock.start();
            TextMetadata.of(read(f.getFileName().toString(), bytes));
            clock.stop();
        }
        return clock.timing();
    }

    /** Times EvidenceExtraction.defaults() alone over the parsed files. */
    static Timing extractOnly(List<Path> files) throws IOException {
        EvidenceExtraction extraction = EvidenceExtraction.defaults();
        Timing.Clock clock = new Timing.Clock();
        for (Path f : files) {
            Document d = read(f);
            clock.start();
            extraction.extract(d);
            clock.stop();
        }
        return clock.timing();
    }

    /** The folder under which {@link #storeOnly} stores its documents (no file is there). */
    static final String STORE_ALONE_FOLDER = "/oncoev-bench-store-alone";

    /**
     * Times storing the files' documents, passages, extraction runs and findings as ingest stores new files
     * ({@link ChunkStore}, one transaction per {@code chunkSize} files), under paths and content keys of their own
     * so nothing collides with ingested rows; reading and extraction are not timed. The CPU time is this thread's
     * (JDBC), not the server's. The rows stay until {@link #forgetStoredAlone}.
     */
    static Timing storeOnly(List<Path> files, int chunkSize, JdbcTemplate jdbc, TransactionTemplate perChunk)
            throws IOException {
        DocumentStore documents = new DocumentStore(jdbc);
        ChunkStore store = new ChunkStore(jdbc);
        EvidenceExtraction extraction = EvidenceExtraction.defaults();
        Timing.Clock clock = new Timing.Clock();
        List<IngestItem.Parsed> chunk = new ArrayList<>(chunkSize);
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            byte[] bytes = Files.readAllBytes(f);
            Document d = read(f.getFileName().toString(), bytes);
            SourceFile file = SourceFile.of(Path.of(STORE_ALONE_FOLDER, f.getFileName().toString()),
                    bytes.length, Files.getLastModifiedTime(f).toMillis());
            chunk.add(new IngestItem.Parsed(file, contentKey(bytes), bytes.length, d, extraction.extract(d),
                    extraction.signature(), List.of()));
            if (chunk.size() < chunkSize && i < files.size() - 1) continue;
            clock.start();
            perChunk.executeWithoutResult(tx -> {
                documents.relaxCommitDurability(); // as the ingest writer's transactions
                store.store(chunk, null);
            });
            clock.stop();
            chunk.clear();
        }
        return clock.timing();
    }

    /**
     * Deletes what {@link #storeOnly} stored (untimed; call it after reading the server's CPU time). Left in place,
     * those rows, never indexed, would be read back and indexed by the next ingest's index catch-up, inside its timing.
     */
    static void forgetStoredAlone(JdbcTemplate jdbc) {
        String prefix = STORE_ALONE_FOLDER + "/";
        jdbc.update("DELETE FROM ingest_issues WHERE left(source_path, ?) = ?", prefix.length(), prefix);
        jdbc.update("DELETE FROM documents WHERE left(source_path, ?) = ?", prefix.length(), prefix);
    }

    /** Times plain PDFTextStripper over the PDFs (bytes read before timing); adds their pages to {@code pages[0]}. */
    static double pdfboxOnly(List<Path> pdfs, long... pages) throws IOException {
        long nanos = 0;
        for (Path f : pdfs) {
            byte[] bytes = Files.readAllBytes(f);
            long t = System.nanoTime();
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                new PDFTextStripper().getText(pdf);
                if (pages.length > 0) pages[0] += pdf.getNumberOfPages();
            } catch (IOException e) {
                // an unreadable PDF counts its time but no pages, as ingest records it as an issue
            }
            nanos += System.nanoTime() - t;
        }
        return nanos / 1e9;
    }

    /**
     * The fastest any ingest made of these stages could run on {@code cores} cores: their seconds of work (CPU
     * seconds where known, so a busy machine does not inflate them) spread perfectly over the cores, with no JIT,
     * GC, hashing, coordination or waiting, and never faster than Lucene alone. {@code ratio} is Lucene-only
     * seconds over that: the best text ratio this machine allows.
     */
    static Bound bound(double readSeconds, double extractSeconds, double luceneSeconds, double storeSeconds, int cores) {
        double work = readSeconds + extractSeconds + luceneSeconds + storeSeconds;
        double seconds = Math.max(luceneSeconds, work / Math.max(1, cores));
        return new Bound(work, seconds, seconds == 0 ? 0 : luceneSeconds / seconds);
    }

    /** Summed single-thread seconds of the stages, the best wall time they allow, and the best text ratio. */
    record Bound(double workSeconds, double seconds, double ratio) {}

    /** Wall seconds of a timed stage and the CPU seconds its thread used meanwhile. */
    record Timing(double seconds, double cpuSeconds) {
        /** Sums the wall and thread-CPU time between each start and stop; one thread only. */
        static final class Clock {
            private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
            private long wall;
            private long cpu;
            private long wallStart;
            private long cpuStart;

            void start() {
                wallStart = System.nanoTime();
                cpuStart = THREADS.getCurrentThreadCpuTime();
            }

            void stop() {
                cpu += THREADS.getCurrentThreadCpuTime() - cpuStart;
                wall += System.nanoTime() - wallStart;
            }

            Timing timing() {
                return new Timing(wall / 1e9, cpu / 1e9);
            }
        }
    }

    static Document read(Path f) throws IOException {
        return read(f.getFileName().toString(), Files.readAllBytes(f));
    }

    private static Document read(String name, byte[] bytes) throws IOException {
        try {
            return DocumentReaders.forFile(name).orElseThrow(() -> new IOException("no reader for " + name))
                    .read(name, bytes);
        } catch (DocumentReadException e) {
            throw new IOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** A content key no ingested file has: the hex SHA-256 of the bytes behind a marker. */
    private static String contentKey(byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update("oncoev bench store-alone\n".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(md.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
