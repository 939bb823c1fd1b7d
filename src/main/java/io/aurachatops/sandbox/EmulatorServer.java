package io.aurachatops.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.aurachatops.support.TimeSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The emulator on its own loopback port, for tests and benchmarks that want a real Aura-shaped server. */
public final class EmulatorServer implements AutoCloseable {

    private final AuraEmulator emulator;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    private EmulatorServer(AuraEmulator emulator, HttpServer server) {
        this.emulator = emulator;
        this.server = server;
    }

    /** Starts on a free port of 127.0.0.1. */
    public static EmulatorServer start(EmulatorSettings settings, TimeSource time) throws IOException {
        AuraEmulator emulator = new AuraEmulator(settings, time);
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        EmulatorServer server = new EmulatorServer(emulator, http);
        http.createContext("/", server::serve);
        http.setExecutor(server.executor);
        http.start();
        return server;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public AuraEmulator emulator() {
        return emulator;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.isEmpty() ? "" : v.get(0)));
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            AuraEmulator.Answer answer = emulator.handle(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()), headers, body);
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(key, value);
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
