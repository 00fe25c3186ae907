package org.oncoev.pipeline.scaleout;

import java.time.Duration;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The broker side shared by the scale-out manager and workers, created only when a command sets
 * {@code oncoev.scale-out.role} ({@code ingest --workers}, {@code worker}): every other command starts no broker
 * client and no Spring Integration. The request queue is a quorum queue with a delivery limit
 * ({@code oncoev.broker.delivery-limit}): a request that keeps killing or failing its workers goes to the
 * dead-letter queue, where the manager sees it and fails clearly. Keys: {@code oncoev.broker.*} in application.yml.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "oncoev.scale-out.role")
@EnableIntegration
public class BrokerConfiguration {
    @Bean
    public CachingConnectionFactory brokerConnections(@Value("${oncoev.broker.host:127.0.0.1}") String host,
                                                      @Value("${oncoev.broker.port:5672}") int port,
                                                      @Value("${oncoev.broker.username:guest}") String username,
                                                      @Value("${oncoev.broker.password:guest}") String password,
                                                      @Value("${oncoev.broker.virtual-host:/}") String virtualHost) {
        CachingConnectionFactory cf = new CachingConnectionFactory(host, port);
        cf.setUsername(username);
        cf.setPassword(password);
        cf.setVirtualHost(virtualHost);
        cf.setConnectionTimeout(5000);
        return cf;
    }

    @Bean
    public Queue partitionRequestQueue(@Value("${oncoev.broker.queue:oncoev.ingest.requests}") String name,
                                       @Value("${oncoev.broker.delivery-limit:5}") int deliveryLimit) {
        return QueueBuilder.durable(name).quorum().deliveryLimit(deliveryLimit).deadLetterExchange("")
                .deadLetterRoutingKey(name + ".dead").build();
    }

    @Bean
    public Queue deadPartitionRequestQueue(@Value("${oncoev.broker.queue:oncoev.ingest.requests}") String name) {
        return QueueBuilder.durable(name + ".dead").build();
    }

    @Bean
    public RabbitAdmin brokerAdmin(CachingConnectionFactory brokerConnections) {
        return new RabbitAdmin(brokerConnections);
    }

    @Bean
    public RabbitTemplate brokerTemplate(CachingConnectionFactory brokerConnections) {
        return new RabbitTemplate(brokerConnections);
    }

    @Bean
    public WorkerRegistry workerRegistry(JdbcTemplate jdbc, @Value("${oncoev.scale-out.stale-after:30s}") Duration staleAfter) {
        return new WorkerRegistry(jdbc, staleAfter);
    }
}
