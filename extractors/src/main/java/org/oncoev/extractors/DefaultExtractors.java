package org.oncoev.extractors;

import java.util.ArrayList;
import java.util.List;

/** The production extractor instances (stateless singletons shared by all threads). */
final class DefaultExtractors {
    private DefaultExtractors() {}

    static List<Extractor> all() {
        List<Extractor> list = new ArrayList<>();
        // one line per evidence type
        list.add(new org.oncoev.extractors.pvalue.PValueExtractor());
        list.add(new org.oncoev.extractors.hazard.HazardRatioExtractor());
        list.add(new org.oncoev.extractors.cohort.CohortExtractor());
        list.add(new org.oncoev.extractors.dose.DoseExtractor());
        list.add(new org.oncoev.extractors.survival.SurvivalExtractor());
        return List.copyOf(list);
    }
}
