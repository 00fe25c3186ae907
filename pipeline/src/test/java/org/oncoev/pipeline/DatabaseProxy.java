package org.oncoev.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of the test PostgreSQL server: {@link #crash()} closes every relayed connection and stops
 * accepting new ones, which looks to the application like a database server that died.
 */
public final class DatabaseProxy implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    public DatabaseProxy(int targetPort) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket db = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    sockets.add(client);
                    sockets.add(db);
                    pump(client, db);
                    pump(db, client);
                } catch (IOException e) {
                    // closed by crash(), or a refused relay: the client sees its connection drop
                }
            }
        }, "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code url} (a test database URL on port 5432) pointed at this relay. */
    public String relay(String url) {
        return url.replace(":5432/", ":" + server.getLocalPort() + "/");
    }

    /** Drops every connection and refuses new ones. */
    public void crash() throws IOException {
        server.close();
        for (Socket s : sockets) s.close();
    }

    @Override
    public void close() throws IOException {
        crash();
    }

    private static void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[1 << 15];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) > 0; ) out.write(buf, 0, n);
            } catch (IOException e) {
                // either side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }, "db-proxy-pump");
        t.setDaemon(true);
        t.start();
    }
}
