package org.oncoev.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every path of the repository that the README names ({@code corpus/samples}, {@code docs/forest-plot.png},
 * {@code pipeline/src/main/resources/application.yml}, ...) exists in a checkout, so its examples run on a fresh
 * clone. Build outputs ({@code target/}), globs and the evaluation data beside the repository ({@code ../shared/...})
 * are not checked; a source class may be named without {@code .java}.
 */
class ReadmePathsTest {
    private static final Pattern PATH = Pattern.compile(
            "(?<![\\w./-])(?:\\./)?((?:corpus|docs|pipeline|extractors|schema|bench|\\.ci)/[A-Za-z0-9_./-]*[A-Za-z0-9_])");

    @Test
    void pathsTheReadmeNamesExist() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"));
        TreeSet<String> named = new TreeSet<>();
        Matcher m = PATH.matcher(readme);
        while (m.find()) {
            String p = m.group(1);
            if (p.contains("/target/") || p.endsWith("/target") || readme.startsWith("*", m.end())) continue;
            named.add(p);
        }
        assertTrue(named.contains("corpus/samples") && named.contains("docs/forest-plot.png"), "found " + named);
        List<String> missing = new ArrayList<>();
        for (String p : named) {
            if (!Files.exists(root.resolve(p)) && !Files.exists(root.resolve(p + ".java"))) missing.add(p);
        }
        assertEquals(List.of(), missing, "README paths missing from the checkout");
    }
}
