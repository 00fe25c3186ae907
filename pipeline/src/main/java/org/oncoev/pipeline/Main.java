package org.oncoev.pipeline;

import org.oncoev.pipeline.cli.OncoevCommand;

/** Entry point of {@code ./oncoev}: parses the command line with picocli and exits with the command's code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(OncoevCommand.commandLine().execute(args));
    }
}
