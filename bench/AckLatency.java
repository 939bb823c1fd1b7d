import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Warm acknowledgement latency: signed /aura help and /aura list requests (or the texts given), one after
 * another, against a running bot. Prints percentiles of the time from sending to the full HTTP 200. Each
 * request carries a trigger id, as Slack's do, so "create" alone opens the create form in the ack path.
 * Usage: java bench/AckLatency.java <commands-url> <signing-secret> [warmup] [measured] [text...]
 */
public class AckLatency {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String secret = args[1];
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int measured = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        List<String> texts = args.length > 4 ? List.of(args).subList(4, args.length) : List.of("help", "list");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> micros = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < warmup + measured; i++) {
            String text = texts.get(i % texts.size());
            String body = "team_id=TBENCH&channel_id=CBENCH&user_id=ULOCAL&command=%2Faura&trigger_id=0.0.bench&text="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8)
                    + "&response_url=" + URLEncoder.encode("http://127.0.0.1:9/none", StandardCharsets.UTF_8);
            String ts = Long.toString(System.currentTimeMillis() / 1000);
            HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", sign(secret, ts, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = (System.nanoTime() - start) / 1000;
            // The create form is the answer to "create" alone: an empty 200.
            boolean answered = text.equals("create") ? response.body().isEmpty() : response.body().contains("Working on");
            if (response.statusCode() != 200 || !answered) {
                failures++;
            }
            if (i >= warmup) {
                micros.add(elapsed);
            }
        }
        Collections.sort(micros);
        System.out.printf("requests=%d warmup=%d failures=%d%n", measured, warmup, failures);
        System.out.printf("p50=%.2f ms  p90=%.2f ms  p99=%.2f ms  max=%.2f ms%n", pct(micros, 50), pct(micros, 90),
                pct(micros, 99), micros.get(micros.size() - 1) / 1000.0);
        if (failures > 0) {
            System.exit(1);
        }
    }

    static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    static String sign(String secret, String ts, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + ts + ":" + body).getBytes(StandardCharsets.UTF_8)));
    }
}
