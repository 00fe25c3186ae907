package org.oncoev.pipeline.web;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevContext;
import org.oncoev.pipeline.cli.OncoevException;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oncoev serve --port P}: the REST API ({@code /api/search}, {@code /api/documents/{id}}), Actuator's
 * {@code /actuator/health}, {@code /actuator/metrics} and {@code /actuator/prometheus} (Spring Batch's metrics among
 * them), and the web page at {@code /}, until interrupted.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API and the search page (http://localhost:PORT/) until stopped.")
public class ServeCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new OncoevException("--port must be between 0 and 65535");
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext ctx = start(global, port, bind);
        ctx.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) closed.countDown();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(ctx::close, "oncoev-serve-shutdown"));
        System.out.println("oncoev serving on http://" + bind + ":" + port(ctx) + "/ (Ctrl-C to stop)");
        closed.await();
        return 0;
    }

    /**
     * Starts the web application on {@code bind:port} ({@code port} 0 picks a free one, see {@link #port}) and
     * returns its running context; closing the context stops the server.
     */
    public static ConfigurableApplicationContext start(GlobalOptions global, int port, String bind) {
        return OncoevContext.open(global, WebApplicationType.SERVLET,
                Map.of("server.port", port, "server.address", bind));
    }

    /** The port a context from {@link #start} listens on. */
    public static int port(ConfigurableApplicationContext ctx) {
        return Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port", "-1"));
    }
}
