import java.io.File;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cold start: from process launch to the first acknowledged slash command, for the bot (sandbox profile)
 * and for a bare Quarkus app with the same extensions that answers /slack/commands with a constant. Runs
 * are interleaved; prints each median and the ratio.
 * Usage: java bench/ColdStart.java <bot-runner.jar> <baseline-runner.jar> [rounds]
 */
public class ColdStart {

    static final String SECRET = "sandbox-signing-secret-not-for-production";

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        List<Long> bot = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            bot.add(measure(args[0], true));
            bare.add(measure(args[1], false));
            System.out.printf("round %d: bot %d ms, bare %d ms%n", round + 1, bot.get(round), bare.get(round));
        }
        double botMedian = median(bot);
        double bareMedian = median(bare);
        System.out.printf("median: bot %.0f ms, bare %.0f ms, ratio %.2f%n", botMedian, bareMedian, botMedian / bareMedian);
    }

    static long measure(String jar, boolean signed) throws Exception {
        int port = 18180;
        List<String> command = new ArrayList<>(List.of("java", "-Dquarkus.http.port=" + port, "-Dquarkus.log.level=WARN"));
        if (signed) {
            command.add("-Dquarkus.profile=sandbox");
        }
        command.addAll(List.of("-jar", jar));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        try (java.net.Socket taken = new java.net.Socket("localhost", port)) {
            throw new IllegalStateException("Port " + port + " is already in use; stop whatever listens there first");
        } catch (ConnectException free) {
            // as it should be
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("/tmp/aura-cold-start.log")).start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The process stopped; see /tmp/aura-cold-start.log");
                }
                try {
                    HttpResponse<String> response = http.send(request(port), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                } catch (ConnectException e) {
                    // not listening yet
                }
                Thread.sleep(5);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    static HttpRequest request(int port) throws Exception {
        String body = "team_id=TBENCH&channel_id=CBENCH&user_id=ULOCAL&command=%2Faura&text=help&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fnone";
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/commands"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
