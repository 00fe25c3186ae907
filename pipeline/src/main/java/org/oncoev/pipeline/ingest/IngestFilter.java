package org.oncoev.pipeline.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which files under the ingest folders are papers, by file name glob ({@code *}, {@code ?}, {@code [abc]},
 * {@code {a,b}}; matched case-insensitively against the name only). A file is ingested when it matches an
 * {@code include} glob (or none are given), matches no {@code exclude} glob, and is not one of the
 * {@link #DEFAULT_EXCLUDES} (folder notes and licences) unless an {@code include} glob names it. Hidden files
 * are skipped by the reader before this filter. Immutable; thread-safe.
 */
public final class IngestFilter {
    /** Names skipped unless explicitly included: a folder's notes, read-me and licence files. */
    public static final List<String> DEFAULT_EXCLUDES = List.of("SOURCES.md", "README*", "LICENSE*", "LICENCE*",
            "NOTICE*", "CHANGELOG*");
    /** Every paper, the default excludes aside. */
    public static final IngestFilter DEFAULT = new IngestFilter(List.of(), List.of());

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final List<PathMatcher> defaults;

    /** A filter from {@code --include} and {@code --exclude} globs (either may be empty). */
    public IngestFilter(List<String> includeGlobs, List<String> excludeGlobs) {
        this.includes = matchers(includeGlobs);
        this.excludes = matchers(excludeGlobs);
        this.defaults = matchers(DEFAULT_EXCLUDES);
    }

    /** Whether a file named {@code fileName} is ingested. */
    public boolean accepts(String fileName) {
        Path name = Path.of(fileName.toLowerCase(java.util.Locale.ROOT));
        boolean included = includes.stream().anyMatch(m -> m.matches(name));
        if (!includes.isEmpty() && !included) return false;
        if (excludes.stream().anyMatch(m -> m.matches(name))) return false;
        return included || defaults.stream().noneMatch(m -> m.matches(name));
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(g -> {
            if (g.isBlank() || g.length() > 200 || g.contains("/")) {
                throw new IllegalArgumentException("a file name glob without '/' of at most 200 characters: '" + g + "'");
            }
            return FileSystems.getDefault().getPathMatcher("glob:" + g.toLowerCase(java.util.Locale.ROOT));
        }).toList();
    }
}
