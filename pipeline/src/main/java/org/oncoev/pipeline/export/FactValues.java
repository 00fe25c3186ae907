package org.oncoev.pipeline.export;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oncoev.extractors.Fact;
import org.oncoev.extractors.Relation;

/**
 * A {@link Fact}'s normalised values as an ordered map: record component names in snake case (as FORMAT.md
 * spells fields: {@code timeMonths} -> {@code time_months}), relations as their symbols.
 */
final class FactValues {
    private FactValues() {}

    static Map<String, Object> of(Fact fact) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent rc : fact.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(fact);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + rc.getName(), e);
            }
            out.put(snake(rc.getName()), v instanceof Relation r ? r.symbol() : v);
        }
        return out;
    }

    /** {@code ciLow} -> {@code ci_low}. */
    static String snake(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) sb.append('_').append(Character.toLowerCase(c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
