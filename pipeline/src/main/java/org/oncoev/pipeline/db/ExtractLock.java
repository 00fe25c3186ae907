package org.oncoev.pipeline.db;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import javax.sql.DataSource;

/**
 * Runs {@code ExtractJobRunner.run(...)} (package {@code runs}) under the same {@link JobLock} as ingest, so an
 * extraction run and an ingest never overlap, without the extract code knowing about the lock: the bean is
 * wrapped in a class proxy whose {@code run} methods take the lock first (a second run fails with
 * {@link JobLock#BUSY}).
 */
@Component
public class ExtractLock implements BeanPostProcessor {
    static final String TARGET = "org.oncoev.pipeline.runs.ExtractJobRunner";

    private final ApplicationContext context;

    public ExtractLock(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!TARGET.equals(bean.getClass().getName())) return bean;
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (!"run".equals(invocation.getMethod().getName())) return invocation.proceed();
            try (JobLock lock = JobLock.acquire(context.getBean(DataSource.class))) {
                return invocation.proceed();
            }
        });
        return proxy.getProxy(bean.getClass().getClassLoader());
    }
}
