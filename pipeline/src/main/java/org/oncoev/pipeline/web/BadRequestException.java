package org.oncoev.pipeline.web;

/** A request the API refuses with 400 and this one-line message. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
