package org.oncoev.extractors.gold;

import java.util.Map;

/** The score of one document: its name and one {@link TypeResult} per evidence type key, in type order. */
public record DocumentScore(String document, Map<String, TypeResult> types) {
    public DocumentScore {
        types = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(types));
    }
}
