package org.oncoev.pipeline.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.oncoev.pipeline.export.SmallCorpus;
import org.oncoev.pipeline.web.DocumentQueries;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run numbering: the ids {@code runs} lists are the ids {@code runs diff} accepts, the {@code run_id} of every
 * {@code export --format jsonl} line and the {@code run_id} of every fact the document API returns, and a new
 * {@code extract} moves all of them to its own id together.
 */
class RunIdsTest {
    private static final Pattern RUN_ROW = Pattern.compile("(?m)^\\s*(\\d+)\\s+(ingest|extract)\\s");
    private static final Pattern JSONL_RUN = Pattern.compile("\"run_id\":(\\w+)");

    @Test
    void runsExportAndApiShareOneRunId(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Path corpus = SmallCorpus.write(dir.resolve("corpus"));
            String home = dir.resolve("home").toString();
            SmallCorpus.run("ingest", corpus.toString(), "--db-url", db.url(), "--home", home);

            List<Long> listed = listedRuns(SmallCorpus.run("runs", "--db-url", db.url(), "--home", home));
            assertEquals(1, listed.size(), "one ingest, one run");
            long ingest = listed.get(0);
            assertEquals(Set.of(String.valueOf(ingest)), exportedRunIds(dir.resolve("e1"), db, home));
            assertEquals(Set.of(ingest), apiRunIds(db, home));

            SmallCorpus.run("extract", corpus.toString(), "--db-url", db.url(), "--home", home);
            listed = listedRuns(SmallCorpus.run("runs", "--db-url", db.url(), "--home", home));
            assertEquals(2, listed.size(), listed.toString());
            long extract = listed.get(1);
            assertNotEquals(ingest, extract);
            assertEquals(Set.of(String.valueOf(extract)), exportedRunIds(dir.resolve("e2"), db, home));
            assertEquals(Set.of(extract), apiRunIds(db, home));

            String diff = SmallCorpus.run("runs", "diff", String.valueOf(ingest), String.valueOf(extract),
                    "--db-url", db.url(), "--home", home);
            assertTrue(diff.startsWith("runs diff " + ingest + " " + extract + ": 2 document(s), 0 with differences"), diff);
        }
    }

    /** The run ids of the rows {@code runs} printed, in order. */
    private static List<Long> listedRuns(String out) {
        List<Long> ids = new ArrayList<>();
        Matcher m = RUN_ROW.matcher(out);
        while (m.find()) ids.add(Long.parseLong(m.group(1)));
        return ids;
    }

    /** The distinct {@code run_id} values of an {@code export --format jsonl} into {@code out}. */
    private static Set<String> exportedRunIds(Path out, TestDatabase db, String home) throws Exception {
        SmallCorpus.run("export", "--format", "jsonl", "--out", out.toString(), "--db-url", db.url(), "--home", home);
        List<String> lines = Files.readAllLines(out.resolve("facts.jsonl"));
        assertFalse(lines.isEmpty(), "the small corpus has facts");
        Set<String> ids = new TreeSet<>();
        for (String line : lines) {
            Matcher m = JSONL_RUN.matcher(line);
            assertTrue(m.find(), line);
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The distinct {@code run_id} values of the facts the document API returns for every document. */
    private static Set<Long> apiRunIds(TestDatabase db, String home) {
        Set<Long> ids = new TreeSet<>();
        try (ConfigurableApplicationContext ctx = OncoevContext.open(GlobalOptions.of(db.url(), Path.of(home)))) {
            DocumentQueries queries = new DocumentQueries(ctx.getBean(JdbcTemplate.class));
            for (Long doc : ctx.getBean(JdbcTemplate.class).queryForList(
                    "SELECT id FROM documents WHERE current", Long.class)) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> facts = (List<Map<String, Object>>) queries.document(doc).get("evidence");
                for (Map<String, Object> f : facts) {
                    assertFalse(f.containsKey("extraction_run_id"), "one numbering only: " + f);
                    ids.add(((Number) f.get("run_id")).longValue());
                }
            }
        }
        assertFalse(ids.isEmpty(), "the API returned facts");
        return ids;
    }
}
