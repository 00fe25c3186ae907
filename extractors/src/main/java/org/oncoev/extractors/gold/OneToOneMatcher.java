package org.oncoev.extractors.gold;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A maximum one-to-one matching between gold and predicted items whose keys are equal (a multiset
 * intersection that also works with numeric tolerances). Pairs whose arms also agree are matched first, so
 * that among equally many matches the arm-agreeing ones are preferred. Package-private helper of
 * {@link Scorer}.
 */
final class OneToOneMatcher {
    private OneToOneMatcher() {}

    /**
     * Returns {@code goldToPred[i]}: the predicted index matched to gold item {@code i}, or -1.
     * {@code keyEqual} decides whether two items may match, {@code preferred} whether that pair is a
     * better match (for example same arm).
     */
    static <T> int[] match(List<T> gold, List<T> predicted, BiPredicate<T, T> keyEqual, BiPredicate<T, T> preferred) {
        int n = gold.size();
        int m = predicted.size();
        boolean[][] edge = new boolean[n][m];
        boolean[][] good = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                edge[i][j] = keyEqual.test(gold.get(i), predicted.get(j));
                good[i][j] = edge[i][j] && preferred.test(gold.get(i), predicted.get(j));
            }
        }
        int[] goldToPred = new int[n];
        int[] predToGold = new int[m];
        Arrays.fill(goldToPred, -1);
        Arrays.fill(predToGold, -1);
        augmentAll(good, goldToPred, predToGold);
        augmentAll(edge, goldToPred, predToGold);
        return goldToPred;
    }

    private static void augmentAll(boolean[][] edge, int[] goldToPred, int[] predToGold) {
        for (int i = 0; i < goldToPred.length; i++) {
            if (goldToPred[i] >= 0) continue;
            augment(i, edge, goldToPred, predToGold, new boolean[predToGold.length]);
        }
    }

    // Kuhn's augmenting path; depth bounded by the number of gold items.
    private static boolean augment(int i, boolean[][] edge, int[] goldToPred, int[] predToGold, boolean[] seen) {
        for (int j = 0; j < predToGold.length; j++) {
            if (!edge[i][j] || seen[j]) continue;
            seen[j] = true;
            if (predToGold[j] < 0 || augment(predToGold[j], edge, goldToPred, predToGold, seen)) {
                goldToPred[i] = j;
                predToGold[j] = i;
                return true;
            }
        }
        return false;
    }
}
