package org.oncoev.pipeline;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot application that commands open on demand through
 * {@link org.oncoev.pipeline.cli.OncoevContext#open}. Never started by {@code --help} or argument parsing.
 */
@SpringBootApplication
public class OncoevApplication {}
