package org.oncoev.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LookaheadProcessorTest {
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final List<SourceFile> files = new ArrayList<>();

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private List<SourceFile> files(int n) {
        for (int i = 0; i < n; i++) files.add(SourceFile.of(Path.of("/corpus/paper-" + i + ".txt"), 100 + i, 0));
        return files;
    }

    private List<SourceFile> following(SourceFile f, int n) {
        int at = files.indexOf(f);
        return at < 0 ? List.of() : files.subList(at, Math.min(files.size(), at + n));
    }

    private static IngestItem problemFor(SourceFile f) {
        return new IngestItem.Problem(f, "", "read", "seen " + f.fileName(), null);
    }

    @Test
    void returnsEachFilesOwnResultInTheStepsOrder() throws Exception {
        LookaheadProcessor p = new LookaheadProcessor(LookaheadProcessorTest::problemFor, this::following, workers, 4);
        for (SourceFile f : files(9)) {
            IngestItem.Problem item = (IngestItem.Problem) p.process(f);
            assertSame(f, item.file());
            assertEquals("seen " + f.fileName(), item.reason());
        }
    }

    @Test
    void startsTheFollowingFilesBeforeTheStepAsksForThem() throws Exception {
        files(6);
        CountDownLatch aheadStarted = new CountDownLatch(3); // files 1..3 start while the step holds file 0
        Set<String> processed = ConcurrentHashMap.newKeySet();
        LookaheadProcessor p = new LookaheadProcessor(f -> {
            processed.add(f.fileName());
            if (!f.equals(files.get(0))) aheadStarted.countDown();
            return problemFor(f);
        }, this::following, workers, 4);
        p.process(files.get(0));
        assertTrue(aheadStarted.await(10, TimeUnit.SECONDS), "files 1-3 were started ahead");
        assertEquals(Set.of("paper-0.txt", "paper-1.txt", "paper-2.txt", "paper-3.txt"), processed);
    }

    @Test
    void rethrowsTheDelegatesExceptionUnchanged() {
        files(3);
        IllegalStateException boom = new IllegalStateException("database went away");
        LookaheadProcessor p = new LookaheadProcessor(f -> {
            if (f.equals(files.get(1))) throw boom;
            return problemFor(f);
        }, this::following, workers, 3);
        assertThrows(IllegalStateException.class, () -> {
            p.process(files.get(0));
            p.process(files.get(1));
        });
    }

    @Test
    void aFileTheReaderDoesNotKnowIsProcessedInPlace() throws Exception {
        files(2);
        SourceFile stranger = SourceFile.of(Path.of("/elsewhere/x.txt"), 1, 0);
        LookaheadProcessor p = new LookaheadProcessor(LookaheadProcessorTest::problemFor, this::following, workers, 4);
        assertSame(stranger, p.process(stranger).file());
    }
}
