package org.oncoev.corpus.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncoev.corpus.Document;
import org.oncoev.corpus.Passage;
import org.oncoev.corpus.PassageKind;
import org.oncoev.corpus.Section;
import org.oncoev.corpus.SectionKind;

/**
 * MathML layout and section kinds as PLOS-style JATS writes them, in articles written for the project: fractions,
 * fenced groups, square roots and displayed formulas keep their meaning in the text; a {@code Discussion} typed
 * {@code conclusions} is a discussion; a heading's closing colon does not hide its kind; keywords and custom
 * metadata keep their words apart.
 */
class JatsMathAndSectionsTest {
    private static Document article(String body) throws Exception {
        String xml = "<?xml version=\"1.0\"?><article xmlns:mml=\"http://www.w3.org/1998/Math/MathML\"><front><article-meta>"
                + "<title-group><article-title>A trial</article-title></title-group></article-meta></front><body>" + body
                + "</body></article>";
        return new JatsDocumentReader().read("m.nxml", xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(Document d) {
        return d.passages().stream().filter(p -> p.kind() == PassageKind.BODY).map(Passage::text).collect(Collectors.joining("\n"));
    }

    private static final String MI_A = "<mml:mi>a</mml:mi>";
    private static final String SUM = "<mml:mrow><mml:mi>b</mml:mi><mml:mo>+</mml:mo><mml:mi>c</mml:mi></mml:mrow>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fraction of one term over a sum|<mml:mfrac>" + MI_A + SUM + "</mml:mfrac>|ratio a/(b+c) here",
            "fraction of two numbers|<mml:mfrac><mml:mn>3</mml:mn><mml:mn>4</mml:mn></mml:mfrac>|ratio 3/4 here",
            "fenced group with default brackets|<mml:mfenced>" + MI_A + "<mml:mi>b</mml:mi></mml:mfenced>|ratio (a,b) here",
            "fenced group with square brackets|<mml:mfenced open=\"[\" close=\"]\" separators=\";\">" + MI_A
                    + "<mml:mi>b</mml:mi></mml:mfenced>|ratio [a;b] here",
            "square root|<mml:msqrt>" + SUM + "</mml:msqrt>|ratio √(b+c) here",
    })
    void mathLayoutKeepsItsMeaning(String name, String math, String expected) throws Exception {
        Document d = article("<sec><title>Methods</title><p>ratio <inline-formula><mml:math>" + math
                + "</mml:math></inline-formula> here</p></sec>");
        assertTrue(body(d).contains(expected), name + ": " + body(d));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "displayed formula inside a paragraph|the model:<disp-formula><mml:math><mml:mi>y</mml:mi><mml:mo>=</mml:mo>"
                    + "<mml:mi>x</mml:mi></mml:math></disp-formula>where y is the score|the model: y=x where y is the score",
    })
    void displayedFormulaStandsApart(String name, String paragraph, String expected) throws Exception {
        Document d = article("<sec><title>Methods</title><p>" + paragraph + "</p></sec>");
        assertTrue(body(d).contains(expected), name + ": " + body(d));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "keywords|<kwd-group><title>Keywords</title><kwd>Trial</kwd><kwd>Radiotherapy</kwd></kwd-group>|Keywords Trial Radiotherapy",
            "custom meta|<custom-meta-group><custom-meta><meta-name>Data availability</meta-name><meta-value>On request."
                    + "</meta-value></custom-meta></custom-meta-group>|Data availability On request.",
    })
    void frontMatterWordsStayApart(String name, String meta, String expected) throws Exception {
        String xml = "<?xml version=\"1.0\"?><article><front><article-meta><title-group><article-title>A trial</article-title>"
                + "</title-group>" + meta + "</article-meta></front><body><p>Text.</p></body></article>";
        Document d = new JatsDocumentReader().read("k.nxml", xml.getBytes(StandardCharsets.UTF_8));
        String boilerplate = d.passages().stream().filter(p -> p.kind() == PassageKind.BOILERPLATE).map(Passage::text)
                .collect(Collectors.joining("\n"));
        assertTrue(boilerplate.contains(expected), name + ": " + boilerplate);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
            "Discussion|conclusions|DISCUSSION",
            "Conclusions|conclusions|CONCLUSION",
            "Patients|methods|METHODS",
            "Discussion:|''|DISCUSSION",
            "Conclusion:|''|CONCLUSION",
            "Study outcomes|results|RESULTS",
    })
    void sectionKindFromHeadingAndType(String heading, String secType, SectionKind expected) throws Exception {
        String type = secType.isEmpty() ? "" : " sec-type=\"" + secType + "\"";
        Document d = article("<sec" + type + "><title>" + heading + "</title><p>Text of the section.</p></sec>");
        Section s = d.sections().stream().filter(x -> heading.equals(x.heading())).findFirst().orElseThrow();
        assertEquals(expected, s.kind());
    }
}
