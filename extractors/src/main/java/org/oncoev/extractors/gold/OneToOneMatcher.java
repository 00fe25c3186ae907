package org.oncoev.extractors.gold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A maximum one-to-one matching between gold and predicted items whose keys are equal (a multiset
 * intersection that also works with numeric tolerances). Among the matchings of that maximum size it takes one
 * with the most preferred pairs (arms that agree), so an arm-agreeing pair is never given up to match another item
 * when a matching of the same size keeps it. Without any preferred pair (p-values) it is the plain augmenting-path
 * matching in gold order. Package-private helper of {@link Scorer}.
 */
final class OneToOneMatcher {
    private OneToOneMatcher() {}

    private static final int INF = Integer.MAX_VALUE / 4;

    /**
     * Returns {@code goldToPred[i]}: the predicted index matched to gold item {@code i}, or -1.
     * {@code keyEqual} decides whether two items may match, {@code preferred} whether that pair is a
     * better match (for example same arm).
     */
    static <T> int[] match(List<T> gold, List<T> predicted, BiPredicate<T, T> keyEqual, BiPredicate<T, T> preferred) {
        int n = gold.size();
        int m = predicted.size();
        List<int[]> edges = new ArrayList<>();
        List<List<int[]>> byGold = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<int[]> out = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                if (!keyEqual.test(gold.get(i), predicted.get(j))) continue;
                // cost -1 for a preferred pair, 0 otherwise
                int[] e = {i, j, preferred.test(gold.get(i), predicted.get(j)) ? -1 : 0};
                out.add(e);
                edges.add(e);
            }
            byGold.add(out);
        }
        int[] goldToPred = new int[n];
        int[] predToGold = new int[m];
        int[] pairCost = new int[n];
        Arrays.fill(goldToPred, -1);
        Arrays.fill(predToGold, -1);
        if (edges.isEmpty()) return goldToPred;
        if (edges.stream().noneMatch(e -> e[2] < 0)) return plain(byGold, goldToPred, predToGold);
        // successive cheapest augmenting paths (Bellman-Ford; costs -1/0 leave no negative cycle): each augmentation
        // adds one pair, and the matching of each size has the fewest cost, so the final one is maximum in size and
        // then in preferred pairs
        int[] distGold = new int[n];
        int[] distPred = new int[m];
        int[] parentPred = new int[m];
        int[] parentCost = new int[m];
        while (true) {
            for (int i = 0; i < n; i++) distGold[i] = goldToPred[i] < 0 ? 0 : INF;
            Arrays.fill(distPred, INF);
            Arrays.fill(parentPred, -1);
            boolean changed = true;
            for (int round = 0; changed && round <= n + m; round++) {
                changed = false;
                for (int[] e : edges) {
                    int i = e[0];
                    int j = e[1];
                    if (distGold[i] >= INF || goldToPred[i] == j) continue;
                    if (distGold[i] + e[2] < distPred[j]) {
                        distPred[j] = distGold[i] + e[2];
                        parentPred[j] = i;
                        parentCost[j] = e[2];
                        changed = true;
                    }
                }
                for (int j = 0; j < m; j++) {
                    int k = predToGold[j];
                    if (k < 0 || distPred[j] >= INF) continue;
                    int d = distPred[j] - pairCost[k];
                    if (d < distGold[k]) {
                        distGold[k] = d;
                        changed = true;
                    }
                }
            }
            int end = -1;
            for (int j = 0; j < m; j++) {
                if (predToGold[j] < 0 && distPred[j] < INF && (end < 0 || distPred[j] < distPred[end])) end = j;
            }
            if (end < 0) return goldToPred;
            // walk back: pred j takes gold parentPred[j]; a gold that had a partner gives it up to the gold before it
            int j = end;
            for (int steps = 0; j >= 0 && steps <= n + m; steps++) {
                int i = parentPred[j];
                int old = goldToPred[i];
                goldToPred[i] = j;
                predToGold[j] = i;
                pairCost[i] = parentCost[j];
                j = old;
            }
        }
    }

    /** Kuhn's augmenting paths in gold order. */
    private static int[] plain(List<List<int[]>> byGold, int[] goldToPred, int[] predToGold) {
        for (int i = 0; i < goldToPred.length; i++) augment(i, byGold, goldToPred, predToGold, new boolean[predToGold.length]);
        return goldToPred;
    }

    // depth bounded by the number of gold items
    private static boolean augment(int i, List<List<int[]>> byGold, int[] goldToPred, int[] predToGold, boolean[] seen) {
        for (int[] e : byGold.get(i)) {
            int j = e[1];
            if (seen[j]) continue;
            seen[j] = true;
            if (predToGold[j] < 0 || augment(predToGold[j], byGold, goldToPred, predToGold, seen)) {
                goldToPred[i] = j;
                predToGold[j] = i;
                return true;
            }
        }
        return false;
    }
}
