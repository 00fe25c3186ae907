package org.oncoev.extractors.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.text.DocumentAssembler;
import org.oncoev.extractors.table.TableView;

/** A table value's arm is its column's arm ({@link TableArms}). */
class TableArmsTest {
    private static final String TABLE = "Outcome\tXRT (N=51)\tCHX (N=49)\nMedian OS, months\t14.2\t11.0\nResponse rate\t40%\t25%\n";

    @ParameterizedTest
    @CsvSource({"14.2, XRT arm", "11.0, CHX", "Response, ''"})
    void aCellTakesItsColumnsArm(String cell, String expected) throws Exception {
        Document d = DocumentAssembler.assemble("t.txt", "txt", TABLE, null, List.of());
        Passage p = d.passages().stream().filter(x -> x.kind() == PassageKind.TABLE).findFirst().orElseThrow();
        TableView view = TableView.of(p).orElseThrow();
        StudyArms arms = new StudyArms(List.of(new StudyArm("XRT arm", List.of("XRT"), 51)), true);
        String arm = TableArms.armAt(view, p.text().indexOf(cell), arms);
        assertEquals(expected, arm == null ? "" : arm);
    }
}
