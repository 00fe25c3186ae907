package org.oncoev.pipeline.scaleout;

import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.oncoev.pipeline.ingest.IngestProcessor;
import org.oncoev.pipeline.ingest.ReaderLookup;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The worker JVM ({@code oncoev worker}): one consumer on the request queue with prefetch 1, so a worker holds one
 * request at a time and the others stay in the queue for other workers; the message is acknowledged when the
 * listener returns, that is after the step (a worker killed mid-partition leaves it unacknowledged and the broker
 * redelivers it); a listener that throws has it requeued, counted against the delivery limit. A worker stopped with
 * SIGTERM leaves its partition at a chunk boundary, STARTED, and the broker gives the request to another worker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "oncoev.scale-out.role", havingValue = "worker")
public class WorkerConfiguration {
    @Bean(destroyMethod = "close")
    public WorkerSteps workerSteps(JobRepository repository, JdbcTemplate jdbc, PlatformTransactionManager tm,
                                   ReaderLookup readers,
                                   @Value("${oncoev.ingest.max-file-bytes:52428800}") long maxFileBytes,
                                   @Value("${oncoev.ingest.chunk-size:25}") int chunkSize,
                                   @Value("${oncoev.ingest.threads:0}") int threads,
                                   @Value("${oncoev.ingest.file-time-limit:120s}") Duration fileTimeLimit,
                                   @Value("${oncoev.ingest.max-chars:2000000}") int maxChars,
                                   @Value("${oncoev.ingest.max-findings:20000}") int maxFindings,
                                   ObjectProvider<ObservationRegistry> observations) {
        // scale-up inside a worker: one extraction thread per core unless configured
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new WorkerSteps(repository, jdbc, tm, readers, maxFileBytes,
                new IngestProcessor.Limits(fileTimeLimit, maxChars, maxFindings), chunkSize, n,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean(destroyMethod = "close")
    public WorkerHeartbeat workerHeartbeat(WorkerRegistry registry, WorkerSteps steps,
                                           @Value("${oncoev.scale-out.heartbeat:5s}") Duration interval) {
        return new WorkerHeartbeat(registry, steps.threads(), interval);
    }

    @Bean
    public WorkerRequestHandler workerRequestHandler(JdbcTemplate jdbc, JobRepository repository, WorkerSteps steps,
                                                     WorkerHeartbeat heartbeat,
                                                     @Value("${oncoev.scale-out.stale-after:30s}") Duration claimWait) {
        StepExecutionRequestHandler delegate = new StepExecutionRequestHandler();
        delegate.setJobRepository(repository);
        delegate.setStepLocator(steps);
        WorkerRequestHandler handler = new WorkerRequestHandler(jdbc, delegate, heartbeat, claimWait);
        steps.whenLeaving(handler::releaseClaim);
        return handler;
    }

    /**
     * A stopping worker (its context closes on SIGTERM or Ctrl-C; the event comes before the consumer is stopped):
     * the partition it runs stops at the next chunk boundary and the claim goes; the consumer then waits its
     * shutdown timeout and closes the channel, which gives the unacknowledged request back to the broker.
     */
    @Bean
    public ApplicationListener<ContextClosedEvent> stopPartitionOnClose(WorkerSteps steps) {
        return event -> steps.stopAtNextChunk();
    }

    @Bean
    public SimpleMessageListenerContainer partitionRequestListener(CachingConnectionFactory brokerConnections,
                                                                   @Qualifier("partitionRequestQueue") Queue partitionRequestQueue) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(brokerConnections);
        container.setQueueNames(partitionRequestQueue.getName());
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(1);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setDefaultRequeueRejected(true);
        return container;
    }

    @Bean
    public IntegrationFlow workerFlow(SimpleMessageListenerContainer partitionRequestListener, WorkerRequestHandler handler) {
        return IntegrationFlow.from(Amqp.inboundAdapter(partitionRequestListener))
                .handle(message -> {
                    try {
                        handler.handle(message.getPayload());
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException("partition claim failed: " + e.getMessage(), e);
                    }
                })
                .get();
    }
}
