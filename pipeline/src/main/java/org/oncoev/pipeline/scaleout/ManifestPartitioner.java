package org.oncoev.pipeline.scaleout;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits the job instance's frozen to-do list ({@code ingest_manifest}) into ranges of {@code partitionSize}
 * ordinals: partition {@code partition-00007} holds {@code [from, to)}. Only the three numbers go into each
 * partition's context, never a file list. The same manifest always gives the same partitions, so a restart finds
 * them by name. Registered as a listener of the manager step, which tells it the job instance.
 */
public final class ManifestPartitioner implements Partitioner, StepExecutionListener {
    public static final String INSTANCE_KEY = "manifest.instance";
    public static final String FROM_KEY = "manifest.from";
    public static final String TO_KEY = "manifest.to";

    private final JdbcTemplate jdbc;
    private final int partitionSize;
    private Long instance;

    public ManifestPartitioner(JdbcTemplate jdbc, int partitionSize) {
        this.jdbc = jdbc;
        this.partitionSize = Math.max(1, partitionSize);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        instance = stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }

    /** {@code gridSize} is ignored: the number of partitions follows from the list and the partition size. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        if (instance == null) throw new IllegalStateException("the partitioner was not told its job instance");
        Long count = jdbc.queryForObject("SELECT count(*) FROM ingest_manifest WHERE job_instance_id = ?", Long.class,
                instance);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (long from = 0, i = 0; from < count; from += partitionSize, i++) {
            ExecutionContext ctx = new ExecutionContext();
            ctx.putLong(INSTANCE_KEY, instance);
            ctx.putLong(FROM_KEY, from);
            ctx.putLong(TO_KEY, Math.min(count, from + partitionSize));
            partitions.put(String.format(Locale.ROOT, "partition-%05d", i), ctx);
        }
        return partitions;
    }
}
