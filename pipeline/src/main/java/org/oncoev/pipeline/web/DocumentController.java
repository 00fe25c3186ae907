package org.oncoev.pipeline.web;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/documents/{id}}: a document with sections, passages and evidence; 404 when unknown. */
@RestController
public class DocumentController {
    private final DocumentQueries documents;

    public DocumentController(DocumentQueries documents) {
        this.documents = documents;
    }

    @GetMapping(value = "/api/documents/{id}", produces = "application/json")
    public Map<String, Object> document(@PathVariable("id") String id) {
        long documentId;
        try {
            documentId = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("document id must be a whole number");
        }
        Map<String, Object> document = documents.document(documentId);
        if (document == null) throw new NotFoundException("no document " + documentId);
        return document;
    }
}
