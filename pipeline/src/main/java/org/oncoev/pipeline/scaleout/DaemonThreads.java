package org.oncoev.pipeline.scaleout;

import java.util.concurrent.ThreadFactory;

/** Thread factories for the scale-out package's own pools: daemon threads, so none keeps a JVM from exiting. */
final class DaemonThreads {
    private DaemonThreads() {}

    /** Daemon threads, each named {@code name}. */
    static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
