package org.oncoev.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times poppler's {@code pdftotext} (no layout analysis: the fastest widely used extractor) over PDFs, one
 * process per file, output discarded, as a reference point for the PDF path. Absent from the PATH: no figure.
 * Each file gets at most {@link #TIMEOUT_SECONDS}; a file it fails on or times out on counts its time as a failure.
 */
final class PdftotextTiming {
    static final long TIMEOUT_SECONDS = 60;

    private PdftotextTiming() {}

    /** Wall seconds over all files (process start included) and how many files it failed on. */
    record Result(double seconds, int failures) {}

    /** Times pdftotext over {@code pdfs}; null when pdftotext is not on the PATH. */
    static Result run(List<Path> pdfs) throws InterruptedException {
        Path exe = find();
        if (exe == null) return null;
        long nanos = 0;
        int failures = 0;
        for (Path pdf : pdfs) {
            long t = System.nanoTime();
            try {
                Process p = new ProcessBuilder(exe.toString(), "-q", pdf.toAbsolutePath().toString(), "-")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    failures++;
                } else if (p.exitValue() != 0) {
                    failures++;
                }
            } catch (java.io.IOException e) {
                failures++;
            }
            nanos += System.nanoTime() - t;
        }
        return new Result(nanos / 1e9, failures);
    }

    /** pdftotext on the PATH, or null. */
    static Path find() {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path exe = Path.of(dir, "pdftotext");
            if (Files.isRegularFile(exe) && Files.isExecutable(exe)) return exe;
        }
        return null;
    }
}
