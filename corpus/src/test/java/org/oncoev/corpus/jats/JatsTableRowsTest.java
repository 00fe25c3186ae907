package org.oncoev.corpus.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.table.Table;
import org.oncoev.corpus.table.TableRow;

/**
 * Row structure of JATS tables, in tables written for the project: a sub-row label the source indents (an em
 * space, a no-break space, a padding style) is an indented row; plain XML layout spaces are not; a units row
 * ({@code n (%)} under each column) written in the body continues the header; every {@code <table-wrap-foot>} is read.
 */
class JatsTableRowsTest {
    private static final String HEAD = "<thead><tr><th/><th>Drug A (n = 60)</th><th>Placebo (n = 58)</th></tr></thead>";

    static Table table(String rows) throws Exception {
        String xml = "<?xml version=\"1.0\"?><article><front><article-meta><title-group><article-title>A trial</article-title>"
                + "</title-group></article-meta></front><body><sec><title>Results</title><p>Results follow.</p>"
                + "<table-wrap id=\"t1\"><label>Table 1</label><caption><p>Patients</p></caption><table>" + rows
                + "</table></table-wrap></sec></body></article>";
        Document d = new JatsDocumentReader().read("t.nxml", xml.getBytes(StandardCharsets.UTF_8));
        Passage p = d.passages().stream().filter(x -> x.table() != null).findFirst().orElse(null);
        assertNotNull(p, "no table passage");
        return p.table();
    }

    private static String indents(Table t) {
        return t.bodyRows().stream().map(r -> r.label() + "=" + r.indent()).collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "em space|<tr><td>&#x2003;Men</td><td>30</td><td>31</td></tr>|Sex=0, Men=1",
            "no-break space|<tr><td>&#160;&#160;Men</td><td>30</td><td>31</td></tr>|Sex=0, Men=1",
            "em space inside italic|<tr><td><italic>&#x2003;Men</italic></td><td>30</td><td>31</td></tr>|Sex=0, Men=1",
            "padding style|<tr><td style=\"padding-left:2em\">Men</td><td>30</td><td>31</td></tr>|Sex=0, Men=1",
            "layout spaces only|<tr><td>&#10;    Men</td><td>30</td><td>31</td></tr>|Sex=0, Men=0",
            "zero padding|<tr><td style=\"padding-left:0\">Men</td><td>30</td><td>31</td></tr>|Sex=0, Men=0",
    })
    void subRowLabelsTheSourceIndents(String name, String row, String expected) throws Exception {
        Table t = table(HEAD + "<tbody><tr><td colspan=\"3\">Sex</td></tr>" + row + "</tbody>");
        assertEquals(expected, indents(t), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a units row under the arm names joins the header
            "units row|<tr><td/><td>n (%)</td><td>n (%)</td></tr><tr><td>Women</td><td>20 (33)</td><td>21 (36)</td></tr>|2|Women",
            // a row of numbers with a blank label is data, not header
            "numbers with a blank label|<tr><td/><td>60</td><td>58</td></tr><tr><td>Women</td><td>20 (33)</td><td>21 (36)</td></tr>|1|,Women",
            // a units row further down is no header
            "units row after data|<tr><td>Women</td><td>20 (33)</td><td>21 (36)</td></tr><tr><td/><td>Mean (SD)</td><td>Mean (SD)</td></tr>|1|Women,",
    })
    void unitsRowInTheBodyContinuesTheHeader(String name, String body, int headerRows, String labels) throws Exception {
        Table t = table(HEAD + "<tbody>" + body + "</tbody>");
        assertEquals(headerRows, t.headerRows().size(), name);
        assertEquals(labels, t.bodyRows().stream().map(TableRow::label).collect(Collectors.joining(",")), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one foot, two notes|<table-wrap-foot><fn><p>Data are n (%).</p></fn><fn><p>One patient withdrew.</p></fn></table-wrap-foot>",
            "a foot per note|<table-wrap-foot><fn><p>Data are n (%).</p></fn></table-wrap-foot><table-wrap-foot><fn><label>*</label>"
                    + "<p>One patient withdrew.</p></fn></table-wrap-foot>",
    })
    void everyTableFootIsRead(String name, String feet) throws Exception {
        String xml = "<?xml version=\"1.0\"?><article><body><sec><title>Results</title><p>Results follow.</p><table-wrap id=\"t1\">"
                + "<label>Table 1</label><caption><p>Patients</p></caption><table>" + HEAD + "<tbody><tr><td>Women</td><td>20</td>"
                + "<td>21</td></tr></tbody></table>" + feet + "</table-wrap></sec></body></article>";
        Document d = new JatsDocumentReader().read("f.nxml", xml.getBytes(StandardCharsets.UTF_8));
        Table t = d.passages().stream().filter(x -> x.table() != null).findFirst().orElseThrow().table();
        assertEquals(2, t.footnotes().size(), name);
        assertTrue(t.footnotes().get(1).text().endsWith("One patient withdrew."), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Drug A (n = 60) n (%)|1",
            "Placebo (n = 58) n (%)|2",
    })
    void unitsJoinTheColumnHeader(String header, int column) throws Exception {
        Table t = table(HEAD + "<tbody><tr><td/><td>n (%)</td><td>n (%)</td></tr><tr><td>Women</td><td>20 (33)</td>"
                + "<td>21 (36)</td></tr></tbody>");
        assertEquals(header, t.columnHeader(column));
        assertEquals(List.of("20 (33)"), List.of(t.bodyRows().get(0).at(1).orElseThrow().text()));
    }
}
