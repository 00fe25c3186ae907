package org.oncoev.pipeline.scaleout;

import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.oncoev.pipeline.cli.OncoevException;
import org.oncoev.pipeline.cli.OneLineErrors;
import org.oncoev.pipeline.ingest.ReaderLookup;
import org.oncoev.pipeline.search.SearchIndex;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The scale-out manager ({@code oncoev ingest --workers N}): partition requests go from a direct channel to the
 * broker's request queue; the dead-letter queue is read back for requests that reached the delivery limit.
 * Settings: {@code oncoev.scale-out.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "oncoev.scale-out.role", havingValue = "manager")
public class ManagerConfiguration {
    @Bean
    public DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    public IntegrationFlow managerFlow(DirectChannel partitionRequests, RabbitTemplate brokerTemplate,
                                       @Qualifier("partitionRequestQueue") Queue partitionRequestQueue) {
        return IntegrationFlow.from(partitionRequests)
                .handle(Amqp.outboundAdapter(brokerTemplate).exchangeName("").routingKey(partitionRequestQueue.getName()))
                .get();
    }

    @Bean
    public ScaledIngestRunner scaledIngestRunner(JobRepository repository, JobOperator operator, JdbcTemplate jdbc,
                                                 PlatformTransactionManager tm, ReaderLookup readers, SearchIndex index,
                                                 WorkerRegistry workers, DirectChannel partitionRequests,
                                                 RabbitTemplate brokerTemplate, RabbitAdmin brokerAdmin,
                                                 CachingConnectionFactory brokerConnections,
                                                 @Qualifier("deadPartitionRequestQueue") Queue deadPartitionRequestQueue,
                                                 @Value("${oncoev.scale-out.partition-size:2000}") int partitionSize,
                                                 @Value("${oncoev.scale-out.poll-interval:2s}") Duration pollInterval,
                                                 @Value("${oncoev.scale-out.worker-wait:2m}") Duration workerWait,
                                                 @Value("${oncoev.scale-out.answer-timeout:60s}") Duration answerTimeout,
                                                 @Value("${oncoev.scale-out.timeout:0s}") Duration timeout,
                                                 @Value("${oncoev.scale-out.stale-after:30s}") Duration staleAfter,
                                                 @Value("${oncoev.scale-out.recovery-wait:10m}") Duration recoveryWait,
                                                 @Value("${oncoev.scale-out.index-threads:0}") int indexThreads,
                                                 ObjectProvider<ObservationRegistry> observations) {
        String dead = deadPartitionRequestQueue.getName();
        WorkerPartitionHandler.DeadLetters deadLetters = () -> {
            List<Long> ids = new ArrayList<>();
            for (Message m; (m = brokerTemplate.receive(dead)) != null; ) {
                PartitionRequest r = PartitionRequest.parse(m.getBody());
                if (r != null) ids.add(r.stepExecutionId());
            }
            return ids;
        };
        Runnable brokerCheck = () -> {
            try {
                brokerAdmin.initialize(); // declares the queues: fails at once when the broker is not there
            } catch (RuntimeException e) {
                throw new OncoevException("cannot reach the broker at " + brokerConnections.getHost() + ":"
                        + brokerConnections.getPort() + ": " + OneLineErrors.describe(e), e);
            }
        };
        int threads = indexThreads > 0 ? indexThreads : Runtime.getRuntime().availableProcessors();
        return new ScaledIngestRunner(repository, operator, jdbc, tm, readers, index, workers, deadLetters,
                partitionRequests, brokerCheck, new ScaledIngestRunner.Settings(partitionSize, pollInterval, workerWait,
                answerTimeout, timeout, staleAfter, recoveryWait, threads),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }
}
