package org.oncoev.pipeline.scaleout;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * {@code oncoev} started as a child JVM on this JVM's class path (a scale-out worker or manager that a test or the
 * bench can stop, or SIGKILL): the same java, {@code -jar} when the class path is one jar (the launcher's and the
 * bench's Spring Boot jar), else {@code -cp ... org.oncoev.pipeline.Main} (a test's class path, or its manifest-only jar). Settings go in as environment variables.
 */
public final class OncoevProcess {
    private OncoevProcess() {}

    /**
     * Starts {@code oncoev args...} with {@code jvmOptions} and {@code env} added to this process's environment;
     * stdout and stderr go to the files {@code out} and {@code err}.
     */
    public static Process start(Path out, Path err, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        if (bootJar(classPath)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, "org.oncoev.pipeline.Main"));
        }
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        return pb.start();
    }

    /** Whether {@code classPath} is one Spring Boot jar (its manifest names a Start-Class). */
    static boolean bootJar(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) return false;
        try (JarFile jar = new JarFile(classPath)) {
            Manifest m = jar.getManifest();
            return m != null && m.getMainAttributes().getValue("Start-Class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Configuration keys ({@code oncoev.scale-out.stale-after}) as the environment variables Spring Boot binds. */
    public static Map<String, String> environment(Map<String, String> settings) {
        Map<String, String> env = new LinkedHashMap<>();
        settings.forEach((k, v) -> env.put(k.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), v));
        return env;
    }
}
