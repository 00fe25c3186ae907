package org.oncoev.extractors.gold;

import java.nio.file.Path;

/** Locates {@code ../shared}: system property {@code oncoev.shared}, else {@code ../shared} from the repository root. */
public final class SharedData {
    private SharedData() {}

    public static Path dir() {
        String prop = System.getProperty("oncoev.shared");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        Path cwd = Path.of("").toAbsolutePath();
        Path root = cwd.getFileName() != null && cwd.resolve("../pom.xml").toFile().exists()
                && !cwd.resolve("extractors").toFile().exists() ? cwd.getParent() : cwd;
        return root.resolveSibling("shared");
    }
}
