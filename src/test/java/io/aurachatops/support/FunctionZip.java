package io.aurachatops.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
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
 * the way the managed Java runtime runs it: one handler instance, events fed in one at a time.
 */
public final class FunctionZip implements AutoCloseable {

    /** One invocation's answer and how long it took. */
    public record Invocation(long millis, String output) {
    }

    private final Process process;
    private final Writer events;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder log = new StringBuilder();

    private FunctionZip(Process process) {
        this.process = process;
        this.events = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> read(process.getInputStream()), "mimic-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Unzips the function (once per directory) and starts it with these system properties. */
    public static FunctionZip start(Path zip, Path dir, Map<String, String> properties) throws IOException {
        if (!Files.exists(dir.resolve("lib"))) {
            unzip(zip, dir);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", dir + ":" + dir + "/lib/*"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add(Path.of("src/test/lambda/LambdaMimic.java").toAbsolutePath().toString());
        return new FunctionZip(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Milliseconds the handler's constructor took: Quarkus booting, as in Lambda INIT. */
    public long initMillis() throws InterruptedException {
        String line = next("MIMIC-INIT ");
        return Long.parseLong(line.substring("MIMIC-INIT ".length()).trim());
    }

    public Invocation invoke(String eventJson) throws IOException, InterruptedException {
        events.write(eventJson.replace('\n', ' ') + "\n");
        events.flush();
        String line = next("MIMIC ");
        String rest = line.substring("MIMIC ".length());
        int space = rest.indexOf(' ');
        return new Invocation(Long.parseLong(rest.substring(0, space)), rest.substring(space + 1));
    }

    /** Everything the function printed, for failure messages. */
    public String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    private String next(String prefix) throws InterruptedException {
        while (true) {
            String line = lines.poll(90, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("The function gave no answer; its output was:\n" + log());
            }
            if (line.startsWith(prefix)) {
                return line;
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
            throw new UncheckedIOException(e);
        } finally {
            process.destroy();
        }
    }
}
