package org.oncoev.pipeline.web;

/** A resource that does not exist: 404 with this one-line message. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
