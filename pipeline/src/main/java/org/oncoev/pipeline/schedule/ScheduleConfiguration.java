package org.oncoev.pipeline.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's scheduling in {@code serve} only (the web application; batch commands never schedule
 * anything), unless {@code oncoev.schedule.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "oncoev.schedule.enabled", havingValue = "true", matchIfMissing = true)
public class ScheduleConfiguration {
}
