package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncoev.pipeline.TestDatabase;

/**
 * A database that runs out of disk in the middle of {@code oncoev ingest} (a trigger raises PostgreSQL's own
 * disk-full error, SQLSTATE 53100): while the chunk's passages are written, or while the index catch-up marks the
 * versions indexed. The command fails with exit code 1 and its one line on stderr names the cause, not a wrapper;
 * {@code oncoev status} names it under the failed run too.
 */
class DatabaseFullTest {
    @TempDir
    Path corpus;
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {
            "BEFORE INSERT ON passages FOR EACH ROW",
            "BEFORE UPDATE ON documents FOR EACH ROW WHEN (NEW.indexed_at IS NOT NULL AND OLD.indexed_at IS NULL)"})
    void ingestNamesTheFullDisk(String when) throws Exception {
        List<Path> papers = GeneratedPapers.write(corpus, 2);
        try (TestDatabase db = TestDatabase.create()) {
            String[] ingest = {"ingest", "--show", "0", "--db-url", db.url(), "--home", home.toString(), corpus.toString()};
            CliRun first = CliRun.of(ingest);
            assertEquals(0, first.code(), first.err());
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("""
                        CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                          RAISE EXCEPTION 'could not extend file "base/20417/3391": No space left on device'
                            USING ERRCODE = '53100', HINT = 'Check free disk space.';
                        END $$""");
                st.execute("CREATE TRIGGER disk_full " + when + " EXECUTE FUNCTION disk_full()");
            }
            Files.writeString(papers.get(0), Files.readString(papers.get(0)) + "\nA further sentence changes the file.\n");
            CliRun full = CliRun.of(ingest);
            assertEquals(1, full.code(), full.out() + full.err());
            List<String> lines = full.err().strip().lines().toList();
            String reason = lines.get(lines.size() - 1);
            assertTrue(reason.startsWith("oncoev ingest: ingest job "), reason);
            assertTrue(reason.contains("could not extend file \"base/20417/3391\": No space left on device"), full.err());
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER disk_full ON " + (when.contains(" passages ") ? "passages" : "documents"));
            }
            CliRun status = CliRun.of("status", "--db-url", db.url(), "--home", home.toString());
            String failedRun = status.out().lines().dropWhile(l -> !l.matches("\\d+\\s+ingest\\s+FAILED.*"))
                    .limit(3).reduce("", (x, y) -> x + y + "\n");
            assertTrue(failedRun.contains("could not extend file \"base/20417/3391\": No space left on device"),
                    status.out());
            CliRun rerun = CliRun.of(ingest); // the failed execution, its exit description rewritten, restarts
            assertEquals(0, rerun.code(), rerun.out() + rerun.err());
            assertTrue(rerun.out().contains("(restarted)"), rerun.out());
        }
    }
}
