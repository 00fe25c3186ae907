package org.oncoev.corpus.index;

import static org.oncoev.corpus.index.IndexFields.*;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Maps an {@link IndexedPassage} to a Lucene document, one field type per purpose: keyword fields are
 * indexed lower-cased ({@link KeywordValueAnalyzer#normaliseValue}) and kept as written in doc values (facets)
 * and stored fields; numbers are points plus stored values; the passage text is stored with offsets in its
 * postings for the {@code UnifiedHighlighter}.
 */
final class PassageDocuments {
    private PassageDocuments() {}

    /** Longest keyword value indexed (longer values are cut; doc values refuse terms over 32 KB). */
    static final int MAX_KEYWORD_CHARS = 256;

    /** Text field type: tokenised, stored, positions and offsets in the postings. */
    static final FieldType TEXT_WITH_OFFSETS;

    static {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        TEXT_WITH_OFFSETS = type;
    }

    static Document toDocument(IndexedPassage p) {
        Document doc = new Document();
        doc.add(new StringField(PASSAGE_ID, Long.toString(p.passageId()), Field.Store.YES));
        doc.add(new StringField(DOCUMENT_ID, Long.toString(p.documentId()), Field.Store.YES));
        addKeyword(doc, DOCUMENT, p.fileName());
        if (p.title() != null) doc.add(new TextField(TITLE, p.title(), Field.Store.YES));
        if (p.year() != null) {
            doc.add(new IntPoint(YEAR, p.year()));
            doc.add(new StoredField(YEAR, p.year()));
            doc.add(new SortedSetDocValuesField(YEAR, new BytesRef(Integer.toString(p.year()))));
        }
        if (p.journal() != null) addKeyword(doc, JOURNAL, p.journal());
        if (p.doi() != null) addKeyword(doc, DOI, p.doi());
        if (p.pmid() != null) addKeyword(doc, PMID, p.pmid());
        for (String t : p.trials()) doc.add(new StringField(TRIAL, KeywordValueAnalyzer.normaliseValue(t), Field.Store.NO));
        addKeyword(doc, SECTION, p.sectionKind());
        if (p.sectionHeading() != null) doc.add(new TextField(HEADING, p.sectionHeading(), Field.Store.YES));
        addKeyword(doc, KIND, p.passageKind());
        doc.add(new StoredField(ORDINAL, p.ordinal()));
        doc.add(new StoredField(CHAR_START, p.charStart()));
        doc.add(new StoredField(CHAR_END, p.charEnd()));
        doc.add(new Field(TEXT, p.text(), TEXT_WITH_OFFSETS));
        addKeywords(doc, AGENT, p.agents());
        addKeywords(doc, REGIMEN, p.regimens());
        addKeywords(doc, ENDPOINT, p.endpoints());
        addKeywords(doc, TYPE, p.types());
        addDoubles(doc, COHORT, p.cohortSizes());
        addDoubles(doc, PVALUE, p.pValues());
        addDoubles(doc, HR, p.hazardRatios());
        return doc;
    }

    private static void addKeywords(Document doc, String field, List<String> values) {
        values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().forEach(v -> addKeyword(doc, field, v));
    }

    /** Indexed lower-cased for matching, kept as written for facets and display. */
    private static void addKeyword(Document doc, String field, String value) {
        String kept = value.strip();
        if (kept.length() > MAX_KEYWORD_CHARS) kept = kept.substring(0, MAX_KEYWORD_CHARS);
        doc.add(new StringField(field, KeywordValueAnalyzer.normaliseValue(kept), Field.Store.NO));
        doc.add(new StoredField(field, kept));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(kept)));
    }

    private static void addDoubles(Document doc, String field, List<Double> values) {
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            doc.add(new DoublePoint(field, v));
            doc.add(new StoredField(field, v));
        }
    }
}
