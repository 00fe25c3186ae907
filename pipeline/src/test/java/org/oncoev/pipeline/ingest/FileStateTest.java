package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileStateTest {
    @ParameterizedTest(name = "recorded {0}/{1}, file {2}/{3} -> unchanged {4}")
    @CsvSource(nullValues = "null", value = {
            "100, 5000, 100, 5000, true",
            "100, 5000, 101, 5000, false",   // size changed
            "100, 5000, 100, 5001, false",   // touched
            "null, null, 100, 5000, false",  // stored before file states were recorded
            "100, null, 100, 5000, false"})
    void aFileIsUnchangedOnlyWhenSizeAndMtimeBothMatch(Long size, Long mtime, long fileSize, long fileMtime, boolean unchanged) {
        DocumentStore.FileState state = new DocumentStore.FileState(7, "ab12", true, size, mtime);
        assertEquals(unchanged, state.matching(fileSize, fileMtime).isPresent());
        state.matching(fileSize, fileMtime).ifPresent(m -> assertEquals(new DocumentStore.FileMatch(7, "ab12", true), m));
    }
}
