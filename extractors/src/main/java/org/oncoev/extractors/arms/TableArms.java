package org.oncoev.extractors.arms;

import java.util.Optional;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.table.TableCell;
import org.oncoev.corpus.table.TableRow;
import org.oncoev.extractors.table.ArmColumn;
import org.oncoev.extractors.table.TableView;

/**
 * The arm of a value read from a table: the arm its column's header names ({@code Arm A (n = 59)}), as the document's
 * arm label when the header names one of its arms, else as the header's own name. Thread-safe.
 */
final class TableArms {
    private TableArms() {}

    /** The arm of the body cell holding passage character {@code at}, or null. */
    static String armAt(TableView view, int at, StudyArms arms) {
        for (TableRow row : view.rows()) {
            for (TableCell cell : row.cells()) {
                if (at < cell.start() || at >= cell.end()) continue;
                Optional<ArmColumn> column = view.arm(cell.column());
                if (column.isEmpty() || column.get().name() == null || column.get().name().isBlank()) return null;
                String name = column.get().name().strip();
                int known = arms.indexOf(name);
                return known >= 0 ? arms.arms().get(known).label() : name;
            }
        }
        return null;
    }

    /** The view of a passage's table, or null. */
    static TableView view(Passage p) {
        return TableView.of(p).orElse(null);
    }
}
