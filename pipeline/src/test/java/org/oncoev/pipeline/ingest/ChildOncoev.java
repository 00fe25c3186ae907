package org.oncoev.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.oncoev.pipeline.scaleout.OncoevProcess;

/** {@code oncoev} started as a child JVM on the test class path (so it can be SIGKILLed), its output in a file. */
public final class ChildOncoev {
    private ChildOncoev() {}

    /** Starts {@code oncoev args...} with {@code env} added; stdout and stderr go to {@code out} and {@code err}. */
    public static Process start(Path out, Path err, Map<String, String> env, String... args) throws IOException {
        return OncoevProcess.start(out, err, env, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto"), args);
    }
}
