package org.oncoev.pipeline.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the files under the ingest folders: recursively, in sorted path order, skipping hidden files and
 * folders (names starting with '.') and regular files no {@link org.oncoev.corpus.DocumentReader} supports. Each
 * path is returned once even when folders overlap. Symbolic links are followed, and a file reached through one
 * carries the resolved target; a dangling link, a link loop and an entry that is no regular file (FIFO, socket,
 * device) are returned with a walk error, so they become ingest issues and no entry passes unaccounted for. Restartable: the position is saved in the step's execution
 * context, so a restarted step continues after the last committed chunk. Not thread-safe.
 */
public final class SourceFileReader implements ItemStreamReader<SourceFile> {
    static final String POSITION_KEY = "ingest.reader.position";

    private final List<Path> roots;
    private final Predicate<String> supported;
    private final IngestProgress progress;
    private List<SourceFile> files = List.of();
    private Map<SourceFile, Integer> positions = Map.of();
    private int position;

    public SourceFileReader(List<Path> roots, Predicate<String> supported) {
        this(roots, supported, null);
    }

    /** A reader that tells {@code progress} (may be null) how many files there are and where a restart begins. */
    public SourceFileReader(List<Path> roots, Predicate<String> supported, IngestProgress progress) {
        this.roots = List.copyOf(roots);
        this.supported = supported;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        files = walk(roots, supported);
        positions = new IdentityHashMap<>();
        for (int i = 0; i < files.size(); i++) positions.put(files.get(i), i);
        position = context.containsKey(POSITION_KEY) ? (int) context.getLong(POSITION_KEY) : 0;
        if (progress != null) progress.begin(files.size(), position);
    }

    @Override
    public SourceFile read() {
        return position < files.size() ? files.get(position++) : null;
    }

    /**
     * {@code file} and up to {@code n - 1} files that follow it in read order (empty when {@code file} is not one
     * of this run's files): what a look-ahead processor may start on before the reader gets there.
     */
    public List<SourceFile> following(SourceFile file, int n) {
        Integer at = positions.get(file);
        if (at == null) return List.of();
        return files.subList(at, Math.min(files.size(), at + Math.max(1, n)));
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(POSITION_KEY, position);
    }

    @Override
    public void close() {
        files = List.of();
        positions = Map.of();
    }

    /** All supported, non-hidden files under {@code roots}, sorted by absolute path, without duplicates. */
    public static List<SourceFile> walk(List<Path> roots, Predicate<String> supported) {
        Map<String, SourceFile> found = new LinkedHashMap<>();
        walk(roots, supported, sf -> found.putIfAbsent(sf.sourcePath(), sf));
        List<SourceFile> sorted = new ArrayList<>(found.values());
        sorted.sort(Comparator.comparing(SourceFile::sourcePath));
        return sorted;
    }

    /**
     * The same walk, handing each file to {@code sink} as it is found (walk order, not sorted) and keeping nothing:
     * a path under two overlapping roots is handed over once per root, so the caller removes duplicates (the first
     * one counts, as in {@link #walk(List, Predicate)}).
     */
    public static void walk(List<Path> roots, Predicate<String> supported, Consumer<SourceFile> sink) {
        for (Path root : roots) {
            Path start = root.toAbsolutePath().normalize();
            Path realStart = realPath(start);
            try {
                Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(start) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (hidden(file)) return FileVisitResult.CONTINUE;
                        SourceFile sf = null;
                        if (attrs.isSymbolicLink()) { // the walk follows links: a link left as such leads nowhere
                            sf = SourceFile.unreadable(file, "dangling symbolic link to " + linkText(file));
                        } else if (attrs.isOther()) {
                            sf = SourceFile.unreadable(file, "not a regular file (a FIFO, socket or device)");
                        } else if (attrs.isRegularFile() && supported.test(file.getFileName().toString())) {
                            sf = SourceFile.linked(file, linkTarget(file, start, realStart), attrs.size(),
                                    attrs.lastModifiedTime().toMillis());
                        }
                        if (sf != null) sink.accept(sf);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (hidden(file)) return FileVisitResult.CONTINUE;
                        boolean loop = e instanceof FileSystemLoopException;
                        SourceFile sf = SourceFile.unreadable(file, loop
                                ? "symbolic link loop: leads back to " + realPath(file) + ", a folder above it"
                                : "cannot read: " + describe(e));
                        if (loop || supported.test(sf.fileName()) || Files.isDirectory(file) || Files.isSymbolicLink(file))
                            sink.accept(sf);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new ItemStreamException("cannot walk " + start + ": " + describe(e), e);
            }
        }
    }

    /**
     * The resolved target of a file reached through a symbolic link (in its own name or a folder on the way down
     * from {@code start}), or null when its path is its real path.
     */
    private static String linkTarget(Path file, Path start, Path realStart) {
        Path real = realPath(file);
        return real.equals(realStart.resolve(start.relativize(file))) ? null : real.toString();
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** What a symbolic link says it points at, or "?" when it cannot be read. */
    private static String linkText(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
