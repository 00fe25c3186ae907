package org.oncoev.corpus;

/**
 * Turns a file's bytes into a {@link Document}. Implementations are thread-safe and treat input as
 * hostile: they bound pages, characters and time, and fail with a {@link DocumentReadException}
 * whose message is a one-line reason, never with an unchecked exception.
 */
public interface DocumentReader {
    /** True when this reader handles files with this name (by extension, lower-cased). */
    boolean supports(String fileName);

    /** Reads one file; {@code fileName} is used for format detection and messages only. */
    Document read(String fileName, byte[] content) throws DocumentReadException;
}
