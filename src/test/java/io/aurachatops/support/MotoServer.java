package io.aurachatops.support;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * moto's standalone server ({@code moto_server}, Python) on a free loopback port: one local endpoint that
 * speaks DynamoDB, S3, SQS and the rest, for tests and benchmarks. Tests that need it should skip with
 * {@code Assumptions.assumeTrue(MotoServer.available())} where it is not installed.
 */
public final class MotoServer implements AutoCloseable {

    public static final String COMMAND = "moto_server";

    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;

    private MotoServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Whether {@code moto_server} is an executable on the PATH. */
    public static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, COMMAND))) {
                return true;
            }
        }
        return false;
    }

    /** Starts it on a free port of 127.0.0.1 and returns once it answers HTTP. */
    public static MotoServer start() throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile("moto-server", ".log");
        Process process = new ProcessBuilder(COMMAND, "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MotoServer server = new MotoServer(process, port, log);
        try {
            server.awaitAnswering();
        } catch (IOException | RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** What the server printed, for failure messages. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitAnswering() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create(endpoint() + "/")).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!process.isAlive()) {
                throw new IOException(COMMAND + " exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                http.send(ping, HttpResponse.BodyHandlers.discarding());
                return; // any status will do: something speaks HTTP on the port
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IOException(COMMAND + " did not answer on port " + port + " within " + STARTUP + ":\n" + log());
    }

    // The port is free when we look; moto binds it a moment later, a race that is harmless on loopback.
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server and anything it started (the shim or launcher may have spawned children). */
    @Override
    public void close() {
        // Listed first: once the parent is gone its children are re-parented and no longer found this way.
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException e) {
                // only a temp file
            }
        }
    }
}
