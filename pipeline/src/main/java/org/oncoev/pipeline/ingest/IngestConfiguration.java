package org.oncoev.pipeline.ingest;

import org.oncoev.corpus.DocumentReaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the ingest job that tests may replace. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {
    /** The production document readers (text and markdown, PDF when registered in {@link DocumentReaders}). */
    @Bean
    @ConditionalOnMissingBean
    public ReaderLookup readerLookup() {
        return DocumentReaders::forFile;
    }
}
