package org.oncoev.pipeline.web;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents/{id}?evidence_offset=&evidence_limit=}: a document with sections, passages and one page
 * of its evidence ({@link DocumentQueries#DEFAULT_EVIDENCE_LIMIT} facts unless asked, at most
 * {@link DocumentQueries#MAX_EVIDENCE_LIMIT}); 404 when unknown, 400 for a bad id or paging parameter.
 */
@RestController
public class DocumentController {
    private final DocumentQueries documents;

    public DocumentController(DocumentQueries documents) {
        this.documents = documents;
    }

    @GetMapping(value = "/api/documents/{id}", produces = "application/json")
    public Map<String, Object> document(@PathVariable("id") String id,
                                        @RequestParam(value = "evidence_offset", defaultValue = "0") String offset,
                                        @RequestParam(value = "evidence_limit", defaultValue = "" + DocumentQueries.DEFAULT_EVIDENCE_LIMIT)
                                        String limit) {
        long documentId;
        try {
            documentId = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("document id must be a whole number");
        }
        Map<String, Object> document = documents.document(documentId,
                SearchController.intParam("evidence_offset", offset), SearchController.intParam("evidence_limit", limit));
        if (document == null) throw new NotFoundException("no document " + documentId);
        return document;
    }
}
