package org.oncoev.pipeline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code oncoev} started as a child JVM on the test class path (so it can be SIGKILLed), its output in a file. */
public final class ChildOncoev {
    private ChildOncoev() {}

    /** Starts {@code oncoev args...} with {@code env} added; stdout and stderr go to {@code out} and {@code err}. */
    public static Process start(Path out, Path err, Map<String, String> env, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "org.oncoev.pipeline.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        return pb.start();
    }
}
