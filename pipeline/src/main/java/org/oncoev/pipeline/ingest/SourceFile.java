package org.oncoev.pipeline.ingest;

import java.nio.file.Path;

/**
 * A file found under an ingest folder. {@code sourcePath} is its absolute, normalised path (the key of the
 * "current view"); {@code size} and {@code mtimeMillis} are what the walk saw (before the file is read, so a
 * file changed while it is read never looks unchanged later); {@code walkError} is non-null when the walk could
 * not list or stat it, or found no regular file there (a dangling link, a loop, a FIFO); {@code linkTarget} is the
 * resolved target when the path leads through a symbolic link, else null.
 */
public record SourceFile(Path path, String sourcePath, String fileName, long size, long mtimeMillis, String walkError,
                         String linkTarget) {
    public static SourceFile of(Path path, long size, long mtimeMillis) {
        return linked(path, null, size, mtimeMillis);
    }

    /** A file reached through a symbolic link that resolves to {@code target} (null: no link on the way). */
    public static SourceFile linked(Path path, String target, long size, long mtimeMillis) {
        Path abs = path.toAbsolutePath().normalize();
        return new SourceFile(abs, abs.toString(), abs.getFileName().toString(), size, mtimeMillis, null, target);
    }

    public static SourceFile unreadable(Path path, String reason) {
        Path abs = path.toAbsolutePath().normalize();
        return new SourceFile(abs, abs.toString(), abs.getFileName() == null ? abs.toString() : abs.getFileName().toString(),
                -1, -1, reason, null);
    }
}
