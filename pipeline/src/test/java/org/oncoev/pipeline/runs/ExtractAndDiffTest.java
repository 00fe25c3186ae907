package org.oncoev.pipeline.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.corpus.Passage;
import org.oncoev.extractors.EvidenceExtraction;
import org.oncoev.extractors.EvidenceType;
import org.oncoev.extractors.ExtractionContext;
import org.oncoev.extractors.Extractor;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Finding;
import org.oncoev.pipeline.TestDatabase;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.oncoev.pipeline.export.SmallCorpus;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code extract} makes new runs from stored text (passages rebuilt identically), the latest views follow them,
 * old runs stay, and {@code runs diff} reports what a changed extractor set added, removed and changed.
 */
class ExtractAndDiffTest {

    /** The survival extractor with every CI dropped: same keys, different non-key fields. */
    private record SurvivalWithoutCi(Extractor inner) implements Extractor {
        public String name() { return inner.name(); }
        public String version() { return inner.version() + "-noci"; }
        public EvidenceType type() { return inner.type(); }
        public List<Finding> extract(Passage passage, ExtractionContext context) {
            List<Finding> out = new ArrayList<>();
            for (Finding f : inner.extract(passage, context)) {
                Fact.Survival s = (Fact.Survival) f.fact();
                out.add(new Finding(new Fact.Survival(s.endpoint(), s.measure(), s.value(), s.valueMax(), s.unit(),
                        s.timeMonths(), null, null), f.raw(), f.passageOrdinal(), f.passageStart(), f.passageEnd(),
                        f.sourceStart(), f.sourceEnd(), f.confidence(), f.extractor(), version(), f.arm(), f.cited(),
                        f.rejectedReason()));
            }
            return out;
        }
    }

    /** Defaults without the hazard-ratio extractor and with CIs dropped from survival figures. */
    private static EvidenceExtraction altered() {
        List<Extractor> list = new ArrayList<>();
        for (Extractor e : EvidenceExtraction.defaults().extractors()) {
            if (e.type() == EvidenceType.HAZARD_RATIO) continue;
            list.add(e.type() == EvidenceType.SURVIVAL ? new SurvivalWithoutCi(e) : e);
        }
        return new EvidenceExtraction(list);
    }

    @Test
    void extractMakesNewRunsAndDiffReportsChanges(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Path corpus = SmallCorpus.write(dir.resolve("corpus"));
            String home = dir.resolve("home").toString();
            SmallCorpus.run("ingest", corpus.toString(), "--db-url", db.url(), "--home", home);
            assertEquals(2, count(db, "SELECT count(*) FROM document_texts"));
            long ingestRun = count(db, "SELECT max(job_execution_id) FROM extraction_runs");

            long altered;
            try (ConfigurableApplicationContext ctx = OncoevContext.open(GlobalOptions.of(db.url(), Path.of(home)))) {
                ExtractJobRunner.Result r = ctx.getBean(ExtractJobRunner.class).run(List.of(corpus), altered());
                assertEquals(List.of(), r.counts().skipped(), "stored passages rebuild identically");
                assertEquals(2, r.counts().documents());
                assertEquals(2, r.counts().reindexed());
                altered = r.jobExecutionId();
            }
            assertTrue(altered > ingestRun);
            assertEquals(4, count(db, "SELECT count(*) FROM extraction_runs"), "old runs stay");
            assertEquals(0, count(db, "SELECT count(*) FROM latest_hazard_ratios"), "latest views follow the new run");
            assertEquals(0, count(db, "SELECT count(*) FROM latest_survival_outcomes WHERE ci_low IS NOT NULL"));
            assertEquals(1, count(db, "SELECT count(*) FROM hazard_ratios"));

            String list = SmallCorpus.run("runs", "--db-url", db.url(), "--home", home);
            assertTrue(list.contains("ingest") && list.contains("extract"), list);
            assertTrue(list.contains("-noci"), list);

            String diff = SmallCorpus.run("runs", "diff", String.valueOf(ingestRun), String.valueOf(altered),
                    "--db-url", db.url(), "--home", home);
            assertTrue(diff.contains("1 removed, 2 changed"), diff);
            assertTrue(diff.contains("  - hazard_ratios HR 0.64 ci [0.45, 0.91]"), diff);
            assertTrue(diff.contains("  ~ survival OS median 13.2: [unit=months; ci=[11, 15.4]; arm=capecitabine]"
                    + " -> [unit=months; arm=capecitabine]"), diff);
            assertFalse(diff.contains("002_cohort.txt"), "the second paper has no HR or CI: " + diff);

            String out = SmallCorpus.run("extract", corpus.toString(), "--db-url", db.url(), "--home", home);
            assertTrue(out.contains("2 document(s) extracted"), out);
            long restored = count(db, "SELECT max(job_execution_id) FROM extraction_runs");
            assertEquals(1, count(db, "SELECT count(*) FROM latest_hazard_ratios"));
            String same = SmallCorpus.run("runs", "diff", String.valueOf(ingestRun), String.valueOf(restored),
                    "--db-url", db.url(), "--home", home);
            assertTrue(same.startsWith("runs diff " + ingestRun + " " + restored
                    + ": 2 document(s), 0 with differences; 0 added, 0 removed, 0 changed"), same);
            String back = SmallCorpus.run("runs", "diff", String.valueOf(altered), String.valueOf(restored),
                    "--db-url", db.url(), "--home", home);
            assertTrue(back.contains("  + hazard_ratios HR 0.64 ci [0.45, 0.91]"), back);

            String elsewhere = SmallCorpus.run("extract", dir.resolve("other").toString(), "--db-url", db.url(),
                    "--home", home);
            assertTrue(elsewhere.contains("0 document(s) extracted"), elsewhere);
        }
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
