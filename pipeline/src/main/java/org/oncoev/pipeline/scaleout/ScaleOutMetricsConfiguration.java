package org.oncoev.pipeline.scaleout;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scale-out gauges ({@link ScaleOutMetrics}) in every context with a meter registry: {@code serve} exposes them;
 * elsewhere nothing reads them, and a gauge queries only when read. Needs no broker.
 */
@Configuration(proxyBeanMethods = false)
public class ScaleOutMetricsConfiguration {
    @Bean
    public ScaleOutMetrics scaleOutMetrics(JdbcTemplate jdbc,
                                           @Value("${oncoev.scale-out.stale-after:30s}") Duration staleAfter) {
        return new ScaleOutMetrics(jdbc, staleAfter, Duration.ofSeconds(2));
    }
}
