package org.oncoev.corpus.pdf;

import java.time.Duration;

/**
 * Bounds for reading one PDF. Pages beyond {@code maxPages} and text beyond {@code maxChars} are not
 * read (the document is kept, with a warning); a document that takes longer than {@code timeLimit}
 * fails; PDFBox keeps at most {@code maxMainMemoryBytes} of decoded streams in heap and spills the rest
 * to a scratch file.
 */
public record PdfLimits(int maxPages, int maxChars, Duration timeLimit, long maxMainMemoryBytes) {
    public static final int DEFAULT_MAX_PAGES = 500;
    public static final int DEFAULT_MAX_CHARS = 5_000_000;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
    public static final long DEFAULT_MAX_MAIN_MEMORY = 64L * 1024 * 1024;

    public PdfLimits {
        if (maxPages < 1 || maxChars < 1 || maxMainMemoryBytes < 1)
            throw new IllegalArgumentException("limits must be positive");
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero())
            throw new IllegalArgumentException("time limit must be positive");
    }

    /** 500 pages, 5 M characters, 60 s, 64 MiB in heap. */
    public static PdfLimits defaults() {
        return new PdfLimits(DEFAULT_MAX_PAGES, DEFAULT_MAX_CHARS, DEFAULT_TIME_LIMIT, DEFAULT_MAX_MAIN_MEMORY);
    }

    public PdfLimits withMaxPages(int pages) { return new PdfLimits(pages, maxChars, timeLimit, maxMainMemoryBytes); }
    public PdfLimits withMaxChars(int chars) { return new PdfLimits(maxPages, chars, timeLimit, maxMainMemoryBytes); }
    public PdfLimits withTimeLimit(Duration t) { return new PdfLimits(maxPages, maxChars, t, maxMainMemoryBytes); }
}
