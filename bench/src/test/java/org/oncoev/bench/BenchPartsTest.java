package org.oncoev.bench;

import java.nio.file.Files;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.index.PassageSearcher;
import org.oncoev.corpus.index.QueryMode;
import org.oncoev.corpus.pdf.PdfDocumentReader;
import org.oncoev.corpus.text.TextDocumentReader;
import org.oncoev.pipeline.cli.OncoevException;

/** The bench's parts: generated papers, their PDF rendering, stage classification, the query mix. */
class BenchPartsTest {
    private final PaperGenerator generator = new PaperGenerator();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 7, 42, 999})
    void generatedPapersAreDeterministicAsciiAndSizedLikePapers(int index) throws Exception {
        PaperGenerator.Paper paper = generator.generate(index);
        assertEquals(paper.toMarkdown(), generator.generate(index).toMarkdown(), "same index, same paper");
        assertNotEquals(paper.toMarkdown(), generator.generate(index + 1).toMarkdown(), "next index differs");
        String md = paper.toMarkdown();
        assertTrue(md.chars().allMatch(c -> c < 128), "ASCII only");
        assertTrue(md.length() > 5_000 && md.length() < 40_000, "size " + md.length());
        assertTrue(md.contains("\n## Results\n") && md.contains("\n## References\n"));
        assertTrue(paper.toPlainText().contains(". Results\n"), "plain text numbers its headings");
        Document d = new TextDocumentReader().read(paper.stem() + ".md", md.getBytes());
        assertTrue(d.passages().size() > 10, "the text reader splits it into passages");
    }

    @Test
    void papersVaryTheirNumbersAndAgents() {
        long distinctTitles = IntStream.range(0, 50).mapToObj(i -> generator.generate(i).blocks().get(0).text()).distinct().count();
        assertTrue(distinctTitles > 40, "titles vary: " + distinctTitles);
    }

    @Test
    void renderedPdfReadsBackWithItsText() throws Exception {
        PaperGenerator.Paper paper = generator.generate(3);
        byte[] pdf = new PdfPaperRenderer().render(paper);
        Document d = new PdfDocumentReader().read(paper.stem() + ".pdf", pdf);
        assertTrue(d.pages() >= 2, "pages " + d.pages());
        String text = d.sourceText().replaceAll("\\s+", " ");
        assertTrue(text.contains("Results"), "has the Results heading");
        assertTrue(text.contains("median overall survival was"), "has the survival sentence");
    }

    static Stream<Arguments> stacks() {
        return Stream.of(
                Arguments.of(List.of("org.apache.lucene.index.IndexWriter", "org.oncoev.corpus.index.PassageIndexWriter",
                        "org.oncoev.pipeline.search.SearchIndex", "org.oncoev.pipeline.ingest.IngestWriter"), StageSampler.INDEX),
                Arguments.of(List.of("org.postgresql.core.v3.QueryExecutorImpl", "org.oncoev.pipeline.search.IndexedPassageLoader",
                        "org.oncoev.pipeline.search.SearchIndex", "org.oncoev.pipeline.ingest.IngestWriter"), StageSampler.INDEX_DB_READ),
                // index entries built on the indexing thread (or a helper) through the writer's lambda: indexing
                Arguments.of(List.of("org.oncoev.corpus.index.IndexedPassage", "org.oncoev.pipeline.search.FreshPassages",
                        "org.oncoev.pipeline.ingest.IngestWriter", "org.oncoev.pipeline.ingest.BackgroundIndexer"), StageSampler.INDEX),
                Arguments.of(List.of("org.postgresql.jdbc.PgPreparedStatement", "org.oncoev.schema.EvidenceWriter",
                        "org.oncoev.extractors.Finding", "org.oncoev.pipeline.ingest.IngestWriter"), StageSampler.DB_WRITE),
                Arguments.of(List.of("java.util.regex.Pattern", "org.oncoev.corpus.Passage",
                        "org.oncoev.extractors.pvalue.PValueExtractor", "org.oncoev.pipeline.ingest.IngestProcessor"), StageSampler.EXTRACT),
                Arguments.of(List.of("org.apache.fontbox.cff.CFFParser", "org.apache.pdfbox.text.PDFTextStripper",
                        "org.oncoev.corpus.pdf.PdfTextExtractor", "org.oncoev.pipeline.ingest.IngestProcessor"), StageSampler.PDFBOX),
                Arguments.of(List.of("org.oncoev.corpus.pdf.LayoutTextStripper", "org.apache.pdfbox.text.PDFTextStripper",
                        "org.oncoev.corpus.pdf.PdfTextExtractor", "org.oncoev.pipeline.ingest.IngestProcessor"), StageSampler.READ),
                Arguments.of(List.of("org.oncoev.corpus.text.TextNormalizer", "org.oncoev.pipeline.ingest.IngestProcessor"), StageSampler.READ),
                Arguments.of(List.of("sun.security.provider.SHA2", "org.oncoev.pipeline.ingest.IngestProcessor"), StageSampler.HASH),
                Arguments.of(List.of("org.springframework.batch.core.repository.support.SimpleJobRepository"), StageSampler.OTHER));
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void samplesAreAttributedToTheirStage(List<String> classes, String stage) {
        StackTraceElement[] stack = classes.stream().map(c -> new StackTraceElement(c, "m", null, 1))
                .toArray(StackTraceElement[]::new);
        assertEquals(stage, StageSampler.classify(stack));
    }

    static Stream<Arguments> waits() {
        return Stream.of(
                Arguments.of(Thread.State.WAITING, List.of("jdk.internal.misc.Unsafe", "java.util.concurrent.ThreadPoolExecutor"), true),
                Arguments.of(Thread.State.WAITING, List.of("java.util.concurrent.FutureTask",
                        "org.oncoev.pipeline.ingest.LookaheadProcessor", "org.springframework.batch.core.step.item.ChunkOrientedStep"), true),
                Arguments.of(Thread.State.TIMED_WAITING, List.of("java.util.concurrent.LinkedBlockingQueue",
                        "org.oncoev.pipeline.ingest.BackgroundIndexer"), true),
                Arguments.of(Thread.State.WAITING, List.of("com.zaxxer.hikari.pool.HikariPool",
                        "org.oncoev.pipeline.ingest.DocumentStore", "org.oncoev.pipeline.ingest.IngestProcessor"), false),
                Arguments.of(Thread.State.RUNNABLE, List.of("java.util.concurrent.FutureTask",
                        "org.oncoev.pipeline.ingest.LookaheadProcessor"), false),
                Arguments.of(Thread.State.WAITING, List.of("com.zaxxer.hikari.pool.HikariPool",
                        "org.oncoev.pipeline.ingest.IngestWriter#store"), false));
    }

    @ParameterizedTest
    @MethodSource("waits")
    void parkedThreadsWithoutWorkOnTheirStackAreIdle(Thread.State state, List<String> frames, boolean idle) {
        StackTraceElement[] stack = frames.stream().map(f -> f.split("#"))
                .map(f -> new StackTraceElement(f[0], f.length > 1 ? f[1] : "m", null, 1))
                .toArray(StackTraceElement[]::new);
        assertEquals(idle, StageSampler.idle(state, stack));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4242 (postgres) S 4100 4242 4242 0 -1 4194560 900 0 0 0 150 37 12 5 20 0 1 0 100 0 0|150|37|12|5|4100",
            "77 (C2 CompilerThre) S 1 1 1 0 -1 0 0 0 0 0 321 4 0 0 20 0 1 0 5 0 0|321|4|0|0|1",
            "9 (a (weird) name) R 2 9 9 0 -1 0 0 0 0 0 1 2 3 4 20 0 1 0 5 0 0|1|2|3|4|2"})
    void procStatTimesAreReadAfterTheCommandName(String line, long utime, long stime, long cutime, long cstime, long ppid,
                                                 @TempDir Path dir) throws Exception {
        Path stat = Files.writeString(dir.resolve("stat"), line + "\n");
        assertArrayEquals(new long[] {utime, stime, cutime, cstime, ppid}, ProcessCpu.times(stat));
    }

    @Test
    void everyQueryOfTheMixParsesAndMatchesTheSyntheticIndex(@TempDir Path dir) throws Exception {
        QueryBench.build(dir, 2_000);
        try (PassageSearcher searcher = PassageSearcher.open(dir)) {
            assertEquals(2_000, searcher.passageCount());
            int templates = QueryBench.QUERY_MIX.size();
            List<String> queries = QueryBench.queries(templates * 20, 1);
            boolean[] hit = new boolean[templates];
            for (int i = 0; i < queries.size(); i++) {
                if (searcher.search(queries.get(i), QueryMode.STRICT, 10, 0).total() > 0) hit[i % templates] = true;
            }
            for (int t = 0; t < templates; t++) assertTrue(hit[t], "no hit for any query of " + QueryBench.QUERY_MIX.get(t));
        }
    }

    static Stream<Arguments> percentiles() {
        double[] hundred = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
        return Stream.of(Arguments.of(hundred, 0.50, 50.0), Arguments.of(hundred, 0.99, 99.0),
                Arguments.of(new double[] {3.0}, 0.99, 3.0), Arguments.of(new double[0], 0.5, 0.0));
    }

    @ParameterizedTest
    @MethodSource("percentiles")
    void percentilesPickTheNearestRank(double[] sorted, double p, double expected) {
        assertEquals(expected, QueryBench.percentile(sorted, p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://127.0.0.1/x", "jdbc:mysql://127.0.0.1:3306/x", ""})
    void benchDatabaseRejectsNonPostgresUrls(String url) {
        assertThrows(OncoevException.class, () -> BenchDatabase.create(url));
    }

    @ParameterizedTest
    @CsvSource({
            // read, extract, lucene, store, cores -> best seconds, best ratio
            "0.5, 1.0, 0.5, 1.0, 2, 1.5, 0.333",  // the stages' work spread over both cores
            "0.0, 0.0, 0.6, 0.0, 2, 0.6, 1.0",    // nothing but Lucene: never faster than Lucene alone
            "0.1, 0.1, 0.6, 0.1, 4, 0.6, 1.0",    // many cores: Lucene alone sets the pace
            "0.3, 0.9, 0.3, 0.6, 1, 2.1, 0.143",  // one core does everything in turn
            "0.0, 0.0, 0.0, 0.0, 2, 0.0, 0.0"})   // nothing measured
    void theBoundSpreadsTheStagesWorkOverTheCores(double read, double extract, double lucene, double store, int cores,
                                                   double seconds, double ratio) {
        StageCeilings.Bound b = StageCeilings.bound(read, extract, lucene, store, cores);
        assertEquals(read + extract + lucene + store, b.workSeconds(), 1e-9);
        assertEquals(seconds, b.seconds(), 1e-9);
        assertEquals(ratio, b.ratio(), 1e-3);
    }

    static Stream<Arguments> jvmArguments() {
        return Stream.of(
                Arguments.of(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-Dx=y"), List.of("-XX:TieredStopAtLevel=1")),
                Arguments.of(List.of("-XX:+UseG1GC", "-XX:-TieredCompilation", "-XX:MaxInlineLevel=9"),
                        List.of("-XX:-TieredCompilation", "-XX:MaxInlineLevel=9")),
                Arguments.of(List.of("-XX:CICompilerCount=2", "-XX:StartFlightRecording=filename=x.jfr"),
                        List.of("-XX:CICompilerCount=2")),
                Arguments.of(List.of(), List.of()));
    }

    @ParameterizedTest
    @MethodSource("jvmArguments")
    void theChildBenchJvmGetsTheParentsJitOptionsOnly(List<String> parent, List<String> passed) {
        assertEquals(passed, BenchCommand.jitOptions(parent));
    }

    @Test
    void theTwoPartsMergeIntoOneSetOfFigures() {
        Map<String, Object> ingest = new LinkedHashMap<>(Map.of("text", Map.of("ratio", 0.3), "heap_peak_mb", 300.0,
                "heap_live_peak_mb", 90.0, "machine", Map.of("cpus", 2, "jit_options", List.of("-XX:TieredStopAtLevel=1"))));
        Map<String, Object> query = Map.of("query", Map.of("p50_ms", 5.0), "heap_peak_mb", 400.0, "heap_live_peak_mb", 80.0,
                "machine", Map.of("cpus", 2, "jit_options", List.of()));
        Map<String, Object> merged = BenchCommand.merge(ingest, query);
        assertEquals(Map.of("ratio", 0.3), merged.get("text"));
        assertEquals(Map.of("p50_ms", 5.0), merged.get("query"));
        assertEquals(400.0, merged.get("heap_peak_mb"));
        assertEquals(90.0, merged.get("heap_live_peak_mb"));
        assertEquals(Map.of("ingest", List.of("-XX:TieredStopAtLevel=1"), "query", List.of()),
                ((Map<?, ?>) merged.get("machine")).get("jit_options"));
    }

    static Stream<Arguments> realOptions() {
        return Stream.of(
                Arguments.of(new String[] {}, Integer.MAX_VALUE, BenchCommand.REAL_TEXT),
                Arguments.of(new String[] {"--quick"}, 40, BenchCommand.REAL_TEXT),
                Arguments.of(new String[] {"--quick", "--real-docs", "7"}, 7, BenchCommand.REAL_TEXT),
                Arguments.of(new String[] {"--text", "elsewhere/papers"}, Integer.MAX_VALUE, "elsewhere/papers"),
                Arguments.of(new String[] {"--no-real"}, null, null));
    }

    @ParameterizedTest
    @MethodSource("realOptions")
    void realFoldersDefaultToTheSharedOnesAndCanBeCappedOrLeftOut(String[] args, Integer maxDocs, String text) {
        BenchCommand command = new BenchCommand();
        new picocli.CommandLine(command).parseArgs(args);
        RealCorpusBench.Inputs inputs = command.realInputs();
        if (maxDocs == null) {
            assertEquals(null, inputs);
            return;
        }
        assertEquals(maxDocs, inputs.maxDocs());
        assertEquals(Path.of(text).toAbsolutePath().normalize(), inputs.textDir());
        assertEquals(Path.of(BenchCommand.REAL_PDF).toAbsolutePath().normalize(), inputs.pdfDir());
    }

    @Test
    void pdftotextIsTimedOnABuiltPdfWhenInstalled(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(PdftotextTiming.find() != null, "pdftotext not installed");
        Path pdf = RealFolders.pdfs(dir).resolve("trial-one.pdf");
        PdftotextTiming.Result result = PdftotextTiming.run(List.of(pdf, dir.resolve("missing.pdf")));
        assertTrue(result.seconds() > 0, "seconds " + result.seconds());
        assertEquals(1, result.failures(), "the missing file fails, the built one does not");
    }

    @Test
    void theQueryPartTimesTheLargeIndexToo() throws Exception {
        BenchRunner runner = new BenchRunner(new BenchRunner.Options(1, 1, null, 2000, 3000, 20, null, BenchRunner.Part.QUERY),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        Map<String, Object> query = runner.run();
        assertEquals(2000L, ((Number) ((Map<?, ?>) query.get("query")).get("passages")).longValue());
        assertEquals(3000L, ((Number) ((Map<?, ?>) query.get("query_10m")).get("passages")).longValue());
        Map<String, Object> ingest = BenchRunner.ordered("heap_peak_mb", 1.0, "heap_live_peak_mb", 1.0,
                "machine", BenchRunner.ordered("jit_options", List.of()));
        assertEquals(query.get("query_10m"), BenchCommand.merge(ingest, query).get("query_10m"), "the merge keeps it");
    }

    @Test
    void theTableShowsRealFiguresPerCoreAndWhatWasSkipped() {
        Map<String, Object> real = BenchRunner.ordered(
                "text", BenchRunner.ordered("files", 12, "mb", 0.4, "e2e_mb_s", 0.25, "papers_s_per_core", 3.5,
                        "lucene_only_mb_s", 0.9, "ratio", 0.28, "extract_mb_s", 1.7, "e2e_of_bound", 0.6, "bound_ratio", 0.45),
                "jats", BenchRunner.ordered("skipped", "absent: /nowhere/jats"),
                "pdf", BenchRunner.ordered("files", 3, "pages", 27, "e2e_pages_s", 8.0, "pages_s_per_core", 4.0,
                        "pdfbox_only_pages_s", 20.0, "ratio", 0.4, "pdftotext_pages_s", 150.0));
        String table = BenchTable.render(Map.of("real", real));
        assertTrue(table.contains("text: 12 papers, 0.4 MB: e2e 0.25 MB/s, 3.5 papers/s per core"), table);
        assertTrue(table.contains("e2e speed / bound 0.6"), table);
        assertTrue(table.contains("jats: skipped (absent: /nowhere/jats)"), table);
        assertTrue(table.contains("e2e 8.0 pages/s, 4.0 pages/s per core; PDFBox-only 20.0 pages/s, ratio 0.4; "
                + "pdftotext 150.0 pages/s"), table);
        assertTrue(table.matches("(?s).*real PDF: e2e / PDFBox-only +>= 0.5 +0.4 +NOT MET\n.*"), table);
    }
}
