package org.oncoev.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of a folder of papers whose every file ends with one more newline: the same papers under other content
 * hashes, so the ingest job reads, extracts, stores and indexes them again in full instead of finding them stored.
 * A trailing newline changes nothing a reader takes from a text, JATS or PDF file (PDF readers look for the last
 * {@code %%EOF} near the end and ignore what follows it).
 */
final class TwinFolder {
    private TwinFolder() {}

    /** Writes the twin of {@code folder}'s regular files (links followed) as the sibling {@code <name>-twin}; returns it. */
    static Path of(Path folder) throws IOException {
        Path twin = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-twin"));
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            try (OutputStream out = Files.newOutputStream(twin.resolve(f.getFileName().toString()))) {
                Files.copy(f, out);
                out.write('\n');
            }
        }
        return twin;
    }
}
