package io.aurachatops.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The packaged {@code target/function.zip}, unzipped and run in its own JVM by {@code src/test/lambda/LambdaMimic.java}
 * the way the managed Java runtime runs it: one handler instance, events fed in one at a time, and (with
 * {@code mimic.timeout-ms}) an invocation that overruns its timeout ends the process.
 */
public final class FunctionZip implements AutoCloseable {

    /** The system property LambdaMimic reads as the per-invocation timeout; 30 s when absent. */
    public static final String TIMEOUT_PROPERTY = "mimic.timeout-ms";

    private static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    /** INIT, and the grace beyond an invocation's timeout, before a silent process counts as stuck. */
    private static final long SLACK_MILLIS = 90_000;
    private static final String TIMEOUT_PREFIX = "MIMIC-TIMEOUT ";

    /** One invocation's answer and how long it took; a timed-out one has no output and a dead process. */
    public record Invocation(long millis, String output, boolean timedOut) {

        public Invocation(long millis, String output) {
            this(millis, output, false);
        }
    }

    private final Process process;
    private final Writer events;
    private final long timeoutMillis;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder log = new StringBuilder();

    private FunctionZip(Process process, long timeoutMillis) {
        this.process = process;
        this.timeoutMillis = timeoutMillis;
        this.events = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> read(process.getInputStream()), "mimic-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Unzips the function (once per directory) and starts it with these system properties. */
    public static FunctionZip start(Path zip, Path dir, Map<String, String> properties) throws IOException {
        return start(zip, dir, properties, Map.of());
    }

    /**
     * Unzips the function (once per directory) and starts it with these system properties and, on top of
     * this JVM's environment, these environment variables (as Lambda sets a function's variables).
     */
    public static FunctionZip start(Path zip, Path dir, Map<String, String> properties, Map<String, String> environment)
            throws IOException {
        unzipOnce(zip, dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", dir + ":" + dir + "/lib/*"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add(Path.of("src/test/lambda/LambdaMimic.java").toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long timeout = properties.containsKey(TIMEOUT_PROPERTY) ? Long.parseLong(properties.get(TIMEOUT_PROPERTY))
                : DEFAULT_TIMEOUT_MILLIS;
        return new FunctionZip(builder.start(), timeout);
    }

    /** Unzips into {@code dir} unless an earlier call did; safe when several threads start functions. */
    public static synchronized void unzipOnce(Path zip, Path dir) throws IOException {
        if (!Files.exists(dir.resolve("lib"))) {
            unzip(zip, dir);
        }
    }

    /** Milliseconds the handler's constructor took: Quarkus booting, as in Lambda INIT. */
    public long initMillis() throws InterruptedException {
        String line = next("MIMIC-INIT", SLACK_MILLIS);
        return Long.parseLong(line.substring("MIMIC-INIT ".length()).trim());
    }

    /**
     * Sends one event and waits for its answer. Synchronized, because the process takes one event at a
     * time, like one Lambda execution environment. After a timeout the process is gone: start a new one.
     */
    public synchronized Invocation invoke(String eventJson) throws IOException, InterruptedException {
        events.write(eventJson.replace('\n', ' ') + "\n");
        events.flush();
        String line = next("MIMIC", timeoutMillis + SLACK_MILLIS);
        if (line.startsWith(TIMEOUT_PREFIX)) {
            process.waitFor(10, TimeUnit.SECONDS);
            return new Invocation(Long.parseLong(line.substring(TIMEOUT_PREFIX.length()).trim()), "", true);
        }
        String rest = line.substring("MIMIC ".length());
        int space = rest.indexOf(' ');
        return new Invocation(Long.parseLong(rest.substring(0, space)), rest.substring(space + 1));
    }

    /** Whether the function's JVM still runs (it halts itself after a timeout). */
    public boolean alive() {
        return process.isAlive();
    }

    /** Ends the function's JVM at once, as a crash or {@code kill -9} would: nothing of it runs any more. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Everything the function printed, for failure messages. */
    public String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    /** The next protocol line starting with {@code prefix}, skipping other MIMIC lines (say, a late INIT). */
    private String next(String prefix, long waitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        while (true) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && (line.startsWith(prefix + " ") || line.startsWith(TIMEOUT_PREFIX))) {
                return line;
            }
            if (line == null && (!process.isAlive() && lines.isEmpty() || System.nanoTime() - deadline > 0)) {
                throw new AssertionError("The function gave no answer" + (process.isAlive() ? "" : " (its process ended)")
                        + "; its output was:\n" + log());
            }
        }
    }

    private void read(InputStream stdout) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (log) {
                    log.append(line).append('\n');
                }
                if (line.startsWith("MIMIC")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static void unzip(Path zip, Path dir) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("Bad entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            events.close();
        } catch (IOException e) {
            // the process may already be gone (after a timeout); destroying it below is what matters
        } finally {
            process.destroy();
        }
    }
}
