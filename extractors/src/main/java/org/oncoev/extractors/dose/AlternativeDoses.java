package org.oncoev.extractors.dose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Doses of one agent written as alternatives in one sentence ({@code either six cycles of regimen A (drug 60
 * mg/m2) or four cycles of regimen B (drug 90 mg/m2)}): each amount belongs to one arm, not to every arm that
 * receives the agent, unless the sentence gives them to every arm ({@code in both groups}). The first amount keeps the arm named next to it (or the first receiving arm), each later
 * amount the first receiving arm not taken yet. Stateless and thread-safe.
 */
final class AlternativeDoses {
    private AlternativeDoses() {}

    private static final Pattern OR = Pattern.compile("\\b(?:or|versus|vs)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * {@code hits} of one sentence with {@code nearby[i]}, the arm label written before hit {@code i} (or null);
     * returns the hits with alternative amounts narrowed to one arm each, in their order.
     */
    static List<DoseExtractor.DoseHit> narrow(String sentence, List<DoseExtractor.DoseHit> hits, List<String> nearby) {
        // options within every arm ({@code in both groups, A 75 mg/m2 on day 1 or A 25 mg/m2 on days 1-3}) stay
        if (hits.size() < 3 || EveryArm.cue(sentence)) return hits;
        // agent and unit -> amount -> indexes of its hits, in text order
        Map<String, Map<Double, List<Integer>>> byAgent = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            DoseExtractor.DoseHit h = hits.get(i);
            if (h.fact().agent().equals("radiotherapy")) continue;
            byAgent.computeIfAbsent(h.fact().agent() + "|" + h.fact().unit(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(h.fact().amount(), k -> new ArrayList<>()).add(i);
        }
        Set<Integer> dropped = new LinkedHashSet<>();
        for (Map<Double, List<Integer>> amounts : byAgent.values()) {
            if (amounts.size() < 2 || !alternatives(sentence, hits, amounts)) continue;
            Set<String> taken = new LinkedHashSet<>();
            for (List<Integer> idx : amounts.values()) {
                if (idx.size() < 2) {
                    taken.add(hits.get(idx.get(0)).arm());
                    continue;
                }
                int keep = idx.get(0);
                String near = nearby.get(keep);
                boolean nearFree = near != null && !taken.contains(near)
                        && idx.stream().anyMatch(i -> near.equals(hits.get(i).arm()));
                for (int i : idx) {
                    String arm = hits.get(i).arm();
                    if (nearFree ? near.equals(arm) : !taken.contains(arm)) {
                        keep = i;
                        break;
                    }
                }
                taken.add(hits.get(keep).arm());
                for (int i : idx) if (i != keep) dropped.add(i);
            }
        }
        if (dropped.isEmpty()) return hits;
        List<DoseExtractor.DoseHit> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) if (!dropped.contains(i)) out.add(hits.get(i));
        return out;
    }

    /** True when every two consecutive amounts (by first hit) have {@code or}, {@code versus} or {@code vs} between them. */
    private static boolean alternatives(String s, List<DoseExtractor.DoseHit> hits, Map<Double, List<Integer>> amounts) {
        int previousEnd = -1;
        for (List<Integer> idx : amounts.values()) {
            DoseExtractor.DoseHit h = hits.get(idx.get(0));
            if (previousEnd >= 0 && (h.start() < previousEnd || !OR.matcher(s).region(previousEnd, h.start()).find())) return false;
            previousEnd = h.end();
        }
        return true;
    }
}
