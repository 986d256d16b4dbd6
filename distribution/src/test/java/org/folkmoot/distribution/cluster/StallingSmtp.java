package org.folkmoot.distribution.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server that hangs, then recovers: while {@link #stall(boolean) stalled} it accepts
 * connections and says nothing, as a mail server that has gone away behind a firewall does, so the
 * runtime sending through it is caught in the middle of a job; otherwise it passes each connection
 * through to the real SMTP server (GreenMail). Lets a test kill the runtime that holds a job.
 */
public final class StallingSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final AtomicBoolean stalled = new AtomicBoolean(true);
    private final AtomicInteger heldConnections = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    public StallingSmtp(int targetPort) throws IOException {
        this.server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        this.target = targetPort;
        Thread accept = new Thread(this::accept, "stalling-smtp");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public void stall(boolean stall) {
        stalled.set(stall);
    }

    /** Connections taken and left hanging so far. */
    public int held() {
        return heldConnections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                if (stalled.get()) {
                    heldConnections.incrementAndGet();
                    continue;
                }
                Socket upstream = new Socket(java.net.InetAddress.getLoopbackAddress(), target);
                open.add(upstream);
                pipe(client.getInputStream(), upstream.getOutputStream());
                pipe(upstream.getInputStream(), client.getOutputStream());
            } catch (IOException e) {
                // closed, or a connection that went away: the runtime retries
            }
        }
    }

    private static void pipe(InputStream in, OutputStream out) {
        Thread t = new Thread(() -> {
            try (in; out) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            }
        }, "stalling-smtp-pipe");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
