package org.oncoev.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The bench's inputs on disk: {@code docs} generated papers as text files (even indexes as markdown, odd ones
 * as plain text with numbered headings) and, unless a PDF folder is given, a PDF rendering of the first
 * {@code pdfDocs} of them. Contract: files are written once, before any timing; listings are sorted.
 */
public final class BenchCorpus {
    private final Path textDir;
    private final Path pdfDir;

    private BenchCorpus(Path textDir, Path pdfDir) {
        this.textDir = textDir;
        this.pdfDir = pdfDir;
    }

    /** Writes the corpus under {@code work}; {@code pdfFolder} (may be null) replaces the rendered PDFs. */
    public static BenchCorpus write(Path work, int docs, int pdfDocs, Path pdfFolder) throws IOException {
        return write(work, 0, docs, pdfDocs, pdfFolder);
    }

    /** As {@link #write(Path, int, int, Path)}, with papers {@code first} to {@code first + docs - 1} of the generator. */
    public static BenchCorpus write(Path work, int first, int docs, int pdfDocs, Path pdfFolder) throws IOException {
        Path text = Files.createDirectories(work.resolve("text"));
        PaperGenerator generator = new PaperGenerator();
        PdfPaperRenderer renderer = new PdfPaperRenderer();
        Path pdf = pdfFolder;
        if (pdf == null) pdf = Files.createDirectories(work.resolve("pdf"));
        for (int i = 0; i < docs; i++) {
            PaperGenerator.Paper paper = generator.generate(first + i);
            boolean markdown = i % 2 == 0;
            Files.writeString(text.resolve(paper.stem() + (markdown ? ".md" : ".txt")),
                    markdown ? paper.toMarkdown() : paper.toPlainText());
            if (pdfFolder == null && i < pdfDocs) Files.write(pdf.resolve(paper.stem() + ".pdf"), renderer.render(paper));
        }
        return new BenchCorpus(text, pdf);
    }

    public Path textDir() {
        return textDir;
    }

    public Path pdfDir() {
        return pdfDir;
    }

    public List<Path> textFiles() throws IOException {
        return list(textDir, ".md", ".txt");
    }

    public List<Path> pdfFiles() throws IOException {
        return list(pdfDir, ".pdf");
    }

    /** Total size in bytes of {@code files}. */
    public static long bytes(List<Path> files) throws IOException {
        long sum = 0;
        for (Path f : files) sum += Files.size(f);
        return sum;
    }

    /** Regular, non-hidden files under {@code dir} (recursively) with one of the suffixes, sorted. */
    static List<Path> list(Path dir, String... suffixes) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        for (String s : suffixes) if (name.endsWith(s)) return true;
                        return false;
                    })
                    .sorted().toList();
        }
    }
}
