package org.oncoev.pipeline.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.oncoev.corpus.index.QuerySyntaxException;
import org.oncoev.pipeline.cli.OneLineErrors;
import org.oncoev.pipeline.db.DatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Error bodies of the REST API: {@code {"error": "<one line>"}} (plus {@code "position"} for query syntax
 * errors) with 400 for bad queries and parameters (a percent-encoding that is not UTF-8 among them), 404 for
 * unknown resources, 503 when the database cannot be reached; anything unexpected is logged and answered 500
 * without internals.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
public class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(QuerySyntaxException.class)
    public ResponseEntity<Map<String, Object>> badQuery(QuerySyntaxException e) {
        Map<String, Object> body = body("bad query: " + e.getMessage());
        body.put("position", e.position());
        return respond(HttpStatus.BAD_REQUEST, body);
    }

    @ExceptionHandler({BadRequestException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    public ResponseEntity<Map<String, Object>> badRequest(Exception e) {
        String message = e instanceof MethodArgumentTypeMismatchException m
                ? "parameter '" + m.getName() + "' has the wrong type" : e.getMessage();
        return respond(HttpStatus.BAD_REQUEST, body(message));
    }

    /** Tomcat refuses to decode a parameter ({@code q=%FF%FE}): the client sent bytes that are not UTF-8. */
    @ExceptionHandler(InvalidParameterException.class)
    public ResponseEntity<Map<String, Object>> undecodable(InvalidParameterException e) {
        return respond(HttpStatus.BAD_REQUEST, body("malformed request: a parameter is not valid percent-encoded UTF-8"));
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return respond(HttpStatus.NOT_FOUND, body(e.getMessage()));
    }

    @ExceptionHandler(RuntimeException.class)
    public ResponseEntity<Map<String, Object>> unexpected(RuntimeException e) {
        if (DatabaseErrors.connectionLost(e) || e instanceof DataAccessResourceFailureException) {
            log.warn("request failed: database unavailable: {}", OneLineErrors.describe(e));
            return respond(HttpStatus.SERVICE_UNAVAILABLE, body("database unavailable; try again later"));
        }
        log.error("request failed", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, body("internal error: " + e.getClass().getSimpleName()));
    }

    private static Map<String, Object> body(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message == null ? "bad request" : message.replaceAll("\\s+", " ").strip());
        return body;
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
