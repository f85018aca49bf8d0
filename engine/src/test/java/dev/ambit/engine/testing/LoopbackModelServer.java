package dev.ambit.engine.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on the loopback interface (port chosen by the OS) that serves the tiny model the way a model
 * host would, with HTTP Range support, plus the broken variants a download must survive:
 * <ul>
 *   <li>{@code /model.gguf} the tiny model;
 *   <li>{@code /truncated.gguf} only its first half (an honest, shorter file);
 *   <li>{@code /corrupt.gguf} the same length with one byte changed;
 *   <li>{@code /drop.gguf} the model, but a request without a Range header is cut off half-way;
 *   <li>{@code /stall.gguf} half the model, then silence for {@link #STALL_MILLIS} before the connection drops;
 *   <li>anything else: 404.
 * </ul>
 * Every request's path and Range header is recorded.
 */
public final class LoopbackModelServer implements AutoCloseable {
    public static final long STALL_MILLIS = 3000;
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-model-server");
        t.setDaemon(true);
        return t;
    });
    private final byte[] model;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger drops = new AtomicInteger();

    private LoopbackModelServer(HttpServer server, byte[] model) {
        this.server = server;
        this.model = model;
    }

    public static LoopbackModelServer start() {
        try {
            byte[] model = Files.readAllBytes(TinyModel.path());
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackModelServer s = new LoopbackModelServer(server, model);
            server.createContext("/", s::handle);
            server.setExecutor(s.executor);
            server.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url(String path) {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + path);
    }

    public byte[] model() {
        return model.clone();
    }

    /** "PATH RANGE" per request, RANGE being "-" when the request had none. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** How many responses were cut off half-way. */
    public int drops() {
        return drops.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(path + " " + (range == null ? "-" : range));
        switch (path) {
            case "/model.gguf" -> serve(exchange, model, range, false);
            case "/truncated.gguf" -> serve(exchange, Arrays.copyOf(model, model.length / 2), range, false);
            case "/corrupt.gguf" -> {
                byte[] corrupt = model.clone();
                corrupt[corrupt.length - 100] ^= 0x5a;
                serve(exchange, corrupt, range, false);
            }
            case "/drop.gguf" -> serve(exchange, model, range, range == null);
        case "/stall.gguf" -> {
            exchange.sendResponseHeaders(200, model.length);
            exchange.getResponseBody().write(model, 0, model.length / 2);
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(STALL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("stalled connection dropped on purpose");
        }
            default -> exchange.sendResponseHeaders(404, -1);
        }
        exchange.close();
    }

    private void serve(HttpExchange exchange, byte[] body, String range, boolean dropHalfway) throws IOException {
        int from = 0;
        if (range != null) {
            Matcher m = RANGE.matcher(range);
            if (!m.matches()) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            from = Integer.parseInt(m.group(1));
            if (from >= body.length) {
                exchange.getResponseHeaders().add("Content-Range", "bytes */" + body.length);
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Range",
                    "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            exchange.sendResponseHeaders(206, body.length - from);
        } else {
            exchange.sendResponseHeaders(200, body.length);
        }
        OutputStream out = exchange.getResponseBody();
        if (dropHalfway) {
            out.write(body, from, (body.length - from) / 2);
            out.flush();
            drops.incrementAndGet();
            // A handler that fails makes the server close the connection mid-body, as a broken network would.
            throw new IOException("connection dropped half-way on purpose");
        }
        out.write(body, from, body.length - from);
        out.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
