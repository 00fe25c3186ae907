package org.oncoev.pipeline.ingest;

import java.util.Optional;
import org.oncoev.corpus.DocumentReader;

/** Finds the {@link DocumentReader} for a file name; production uses {@code DocumentReaders::forFile}. */
@FunctionalInterface
public interface ReaderLookup {
    Optional<DocumentReader> forFile(String fileName);
}
