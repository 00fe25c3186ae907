package org.oncoev.pipeline.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Puts the one-line cause of a failed job execution in front of its stored exit description (Spring Batch stores
 * the outermost exception's stack trace, cut to 2,500 characters, so a wrapper such as "Unable to process chunk"
 * hides e.g. the driver's "No space left on device"); {@code oncoev status} shows that first line.
 *
 * <p>Contract: best effort; a repository that cannot be written (the database that failed the job) only logs.
 */
public final class FailureCause {
    private static final Logger log = LoggerFactory.getLogger(FailureCause.class);

    private FailureCause() {}

    /** Records {@code line} as the first line of {@code execution}'s exit description. */
    public static void record(JobRepository repository, JobExecution execution, String line) {
        try {
            ExitStatus old = execution.getExitStatus();
            String rest = old.getExitDescription() == null ? "" : old.getExitDescription();
            execution.setExitStatus(new ExitStatus(old.getExitCode(), rest.isEmpty() ? line : line + "\n" + rest));
            repository.update(execution);
        } catch (RuntimeException e) {
            log.debug("could not record the failure cause of job execution {}: {}", execution.getId(), e.toString());
        }
    }
}
