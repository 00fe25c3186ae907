package org.oncoev.pipeline.cli;

/**
 * A subcommand of {@code oncoev} that lives in another module (the {@code bench} module's {@code bench}): a picocli
 * {@code @Command} class with a public no-argument constructor, listed in that module's
 * {@code META-INF/services/org.oncoev.pipeline.cli.OncoevSubcommand}. {@link OncoevCommand#commandLine()} adds every
 * one found on the class path, so the command exists exactly when its module's jar is there.
 */
public interface OncoevSubcommand {}
