package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.export.SmallCorpus;

/** {@code ingest --include/--exclude}: which file names are papers, and a folder's notes left out of the database. */
class IngestFilterTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // file name | --include (comma-separated) | --exclude | ingested
            "trial-04.txt|-|-|true",
            "SOURCES.md|-|-|false",
            "sources.md|-|-|false",
            "README.md|-|-|false",
            "readme.txt|-|-|false",
            "LICENSE.txt|-|-|false",
            "notes.md|-|-|true",
            "README.md|README.md|-|true",            // an include that names a default exclusion wins
            "trial-04.txt|*.nxml|-|false",
            "paper.nxml|*.nxml,*.xml|-|true",
            "draft-trial.txt|-|draft*|false",
            "final-trial.txt|-|draft*|true",
            "paper.nxml|*.nxml|paper.*|false",        // exclude beats include
            "Trial-04.TXT|trial-??.txt|-|true",        // case-insensitive
    })
    void acceptsByFileName(String name, String include, String exclude, boolean ingested) {
        IngestFilter filter = new IngestFilter(list(include), list(exclude));
        assertEquals(ingested, filter.accepts(name), name);
    }

    @Test
    void refusesGlobsWithFoldersOrBlank() {
        assertThrows(IllegalArgumentException.class, () -> new IngestFilter(List.of("papers/*.txt"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new IngestFilter(List.of(), List.of(" ")));
    }

    @Test
    void ingestLeavesOutNotesAndExcludedFiles(@TempDir Path dir) throws Exception {
        Path corpus = SmallCorpus.write(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("SOURCES.md"), "# Sources\n\nPapers from a repository; dose 50 mg/m2 per the notes.\n");
        Files.writeString(corpus.resolve("README.md"), "# Read me\n\nThis folder holds two papers.\n");
        Files.writeString(corpus.resolve("draft-notes.txt"), "A draft: 40 patients, median overall survival 6.0 months.\n");
        try (TestDatabase db = TestDatabase.create()) {
            CliRun run = CliRun.of("ingest", corpus.toString(), "--exclude", "draft*", "--show", "0",
                    "--db-url", db.url(), "--home", dir.resolve("home").toString());
            assertEquals(0, run.code(), run.err());
            assertEquals(List.of("001_trial.txt", "002_cohort.txt"), fileNames(db));

            CliRun bad = CliRun.of("ingest", corpus.toString(), "--include", "sub/*.txt",
                    "--db-url", db.url(), "--home", dir.resolve("home").toString());
            assertEquals(1, bad.code(), bad.err());
        }
    }

    private static List<String> fileNames(TestDatabase db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT file_name FROM documents WHERE current ORDER BY file_name")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
