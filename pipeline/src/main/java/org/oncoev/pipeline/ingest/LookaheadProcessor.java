package org.oncoev.pipeline.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Processes files ahead of the step: when asked for one file it starts it and the next {@code depth - 1} files
 * of the run on {@code workers}, then waits for the one asked for. The workers therefore keep hashing, parsing
 * and extracting the next chunk while the step thread writes the current one, and both cores stay busy.
 *
 * <p>Contract: results come back in the step's order, exactly as the delegate would return them; a file the
 * step never asks for (a crash, a failed chunk) is simply dropped, so restart positions stay those of the
 * reader. Exceptions of the delegate are rethrown unchanged. Called from the step's thread only; the delegate
 * must be thread-safe. Work started ahead ends with the workers' pool, which the job runner shuts down.
 */
public final class LookaheadProcessor implements ItemProcessor<SourceFile, IngestItem> {
    private final ItemProcessor<SourceFile, IngestItem> delegate;
    private final BiFunction<SourceFile, Integer, List<SourceFile>> following;
    private final ExecutorService workers;
    private final int depth;
    private final Map<SourceFile, Future<IngestItem>> started = new HashMap<>();

    /**
     * @param following {@code (file, n)} -> the file and the files after it in read order, at most {@code n}
     *                  (e.g. {@link SourceFileReader#following})
     */
    public LookaheadProcessor(ItemProcessor<SourceFile, IngestItem> delegate,
                              BiFunction<SourceFile, Integer, List<SourceFile>> following,
                              ExecutorService workers, int depth) {
        this.delegate = delegate;
        this.following = following;
        this.workers = workers;
        this.depth = Math.max(1, depth);
    }

    @Override
    public IngestItem process(SourceFile file) throws Exception {
        for (SourceFile next : following.apply(file, depth)) {
            started.computeIfAbsent(next, f -> workers.submit(() -> delegate.process(f)));
        }
        Future<IngestItem> result = started.remove(file);
        if (result == null) return delegate.process(file); // not one of the reader's files
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) throw ex;
            if (cause instanceof Error err) throw err;
            throw e;
        } catch (CancellationException e) {
            return delegate.process(file);
        }
    }
}
