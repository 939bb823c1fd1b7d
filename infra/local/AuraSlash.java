import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for Slack on this machine: it signs a slash command with the sandbox signing secret, posts it,
 * prints the acknowledgement, and listens on a local response_url for the bot's reply.
 */
public class AuraSlash {

    public static void main(String[] args) throws Exception {
        // "home-click <action> <value>": a click on the Home tab, which has no channel and no reply URL.
        boolean homeClick = args.length == 3 && args[0].equals("home-click");
        boolean click = args.length == 3 && args[0].equals("click") || homeClick;
        // "form <field> <value>" chooses in the open create form; "submit name=… [ttl=…]" submits it.
        boolean choose = args.length == 3 && args[0].equals("form");
        boolean submit = args.length >= 1 && args[0].equals("submit");
        boolean modal = choose || submit;
        if (!click && !choose && args.length > 0 && List.of("click", "home-click", "form").contains(args[0])) {
            System.err.println("Usage: infra/local/aura-slash " + args[0] + (args[0].equals("form")
                    ? " <field> <value>, e.g. form type professional-db"
                    : " <action> <value>, as the console prints them under each button"));
            System.exit(2);
        }
        // "home": the Home tab opened, as the Events API delivers it; the bot prints the view on its console.
        boolean home = args.length == 1 && args[0].equals("home");
        // The shell removed the user's quotes: put them back around any word that needs them.
        String text = java.util.Arrays.stream(args).map(AuraSlash::quoted).collect(java.util.stream.Collectors.joining(" "));
        String url = env("AURA_SLASH_URL", "http://localhost:8080/slack/commands");
        if (click || modal) {
            url = url.replace("/slack/commands", "/slack/interactions");
        } else if (home) {
            url = url.replace("/slack/commands", "/slack/events");
        }
        String secret = env("AURA_SLASH_SECRET", "sandbox-signing-secret-not-for-production");
        long waitSeconds = Long.parseLong(env("AURA_SLASH_WAIT", "60"));

        LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/reply", exchange -> {
            replies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        hook.start();
        try {
            String responseUrl = "http://127.0.0.1:" + hook.getAddress().getPort() + "/reply";
            FormState form = new FormState();
            if (text.equals("create") || click && args[1].equals("aura_open_create")) {
                form.clear(); // a new form: nothing chosen yet
            }
            if (choose) {
                form.choose(args[1], args[2]);
            }
            if (submit) {
                for (int i = 1; i < args.length; i++) {
                    int eq = args[i].indexOf('=');
                    if (eq <= 0) {
                        System.err.println("Give fields as name=value, e.g. submit name=demo ttl=8h");
                        System.exit(2);
                    }
                    form.type(args[i].substring(0, eq), args[i].substring(eq + 1));
                }
            }
            String body = modal ? form("payload", choose ? form.choiceJson(args[1], env("AURA_SLASH_USER", "ULOCAL"))
                    : form.submissionJson(env("AURA_SLASH_USER", "ULOCAL"), env("AURA_SLASH_CHANNEL", "CSANDBOX"),
                            responseUrl))
                    : home ? "{\"type\":\"event_callback\",\"team_id\":\"TSANDBOX\",\"event_id\":\"Ev"
                    + System.nanoTime() + "\",\"event\":{\"type\":\"app_home_opened\",\"user\":\""
                    + env("AURA_SLASH_USER", "ULOCAL") + "\",\"tab\":\"home\"}}"
                    : homeClick ? homeClickBody(args[1], args[2]) : click ? clickBody(args[1], args[2], responseUrl) : form("team_id", "TSANDBOX", "team_domain", "sandbox", "channel_id",
                    env("AURA_SLASH_CHANNEL", "CSANDBOX"), "channel_name", "sandbox", "user_id",
                    env("AURA_SLASH_USER", "ULOCAL"), "user_name", System.getProperty("user.name", "local"),
                    "command", "/aura", "text", text, "response_url", responseUrl, "trigger_id", "0.0.sandbox",
                    "api_app_id", "ASANDBOX");
            String timestamp = Long.toString(System.currentTimeMillis() / 1000);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", home ? "application/json" : "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", timestamp)
                    .header("X-Slack-Signature", sign(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            System.out.println(home ? "→ Home tab opened" : click ? "→ click " + args[1] : choose ? "→ form: "
                    + args[1] + " = " + args[2] : submit ? "→ form submitted" : "→ /aura " + text);
            long started = System.nanoTime();
            HttpResponse<String> ack;
            try {
                ack = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                System.err.println("Could not reach " + url + " (" + e.getClass().getSimpleName()
                        + "). Is the bot running? Start it with the README's first command.");
                System.exit(2);
                return;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("← HTTP " + ack.statusCode() + " in " + millis + " ms" + (ack.body().isEmpty() ? "" : ":"));
            print(ack.body());
            if (ack.body().contains("\"response_action\":\"errors\"")) {
                System.out.println("   The form was not accepted; fix the fields above and submit again.");
                return;
            }
            if (submit && ack.statusCode() == 200) {
                form.clear(); // Slack closes an accepted form; another create starts a new one
            }
            boolean formShown = text.equals("create") && ack.body().isEmpty()
                    || click && args[1].equals("aura_open_create") || choose;
            if (formShown) {
                System.out.println("(the form is printed on the bot's console, with the commands that fill it)");
                return;
            }
            if (homeClick) {
                System.out.println("(a Home tab click has no reply URL: the answer is printed on the bot's console, "
                        + "and the command's card goes to the instance's channel)");
                return;
            }
            if (home) {
                System.out.println("(the Home view is printed on the bot's console)");
                return;
            }
            if (ack.statusCode() != 200 || !(click || submit || ack.body().contains("Working on"))) {
                return;
            }
            // Status cards arrive as a series of messages; "⏳" marks one that is still in progress.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
            while (true) {
                String reply = replies.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (reply == null) {
                    System.out.println("(nothing more within " + waitSeconds + " s; the server console shows the rest)");
                    return;
                }
                System.out.println("← " + java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"))
                        + ":");
                print(reply);
                if (!inProgress(reply)) {
                    return;
                }
            }
        } finally {
            hook.stop(0);
        }
    }

    /** A status card that will change again: keep listening. */
    static boolean inProgress(String json) {
        List<String> texts = texts(json);
        String first = texts.isEmpty() ? "" : texts.get(0);
        // A list's names come first; its statuses follow in a message that replaces them.
        return first.startsWith("⏳") || first.startsWith("📸") || first.contains("Pausing") || first.contains("Resuming")
                || first.contains("Resizing") || first.contains("Deleting") || first.contains("Restoring")
                || first.contains("Overwriting")
                || json.contains("Fetching statuses");
    }

    /** A button click as Slack sends it: a block_actions payload, form-encoded. */
    static String clickBody(String actionId, String value, String responseUrl) {
        String user = env("AURA_SLASH_USER", "ULOCAL");
        String channel = env("AURA_SLASH_CHANNEL", "CSANDBOX");
        String json = "{\"type\":\"block_actions\",\"user\":{\"id\":\"" + user + "\"},\"team\":{\"id\":\"TSANDBOX\"},"
                + "\"channel\":{\"id\":\"" + channel + "\"},\"container\":{\"type\":\"message\",\"message_ts\":\"console\","
                + "\"is_ephemeral\":false},\"response_url\":\"" + responseUrl + "\",\"trigger_id\":\"0.0.sandbox\",\"actions\":[{\"type\":\"button\","
                + "\"action_id\":\"" + actionId + "\",\"value\":\"" + value + "\"}]}";
        return form("payload", json);
    }

    /** A choice on the Home tab: from a view, with no channel and no response_url. */
    static String homeClickBody(String actionId, String value) {
        String json = "{\"type\":\"block_actions\",\"user\":{\"id\":\"" + env("AURA_SLASH_USER", "ULOCAL")
                + "\"},\"team\":{\"id\":\"TSANDBOX\"},\"container\":{\"type\":\"view\",\"view_id\":\"VHOME\"},"
                + "\"trigger_id\":\"0.0.sandbox\",\"view\":{\"id\":\"VHOME\",\"type\":\"home\"},\"actions\":[{"
                + "\"type\":\"static_select\",\"action_id\":\"" + actionId + "\",\"selected_option\":{\"value\":\""
                + value + "\"}}]}";
        return form("payload", json);
    }

    /** Every "text" string value of a Slack message, in order, unescaped. */
    static List<String> texts(String json) {
        return quoted(json, "text");
    }

    /** Every string value of this field in a JSON text, in order, unescaped. */
    static List<String> quoted(String json, String field) {
        List<String> texts = new ArrayList<>();
        String key = "\"" + field + "\":\"";
        for (int at = json.indexOf(key); at >= 0; at = json.indexOf(key, at)) {
            int end = at + key.length();
            while (end < json.length() && json.charAt(end) != '"') {
                end += json.charAt(end) == '\\' ? 2 : 1;
            }
            texts.add(unescape(json.substring(at + key.length(), Math.min(end, json.length()))));
            at = end;
        }
        return texts;
    }

    static void print(String json) {
        if (json.contains("\"response_action\":\"errors\"")) {
            // {"response_action":"errors","errors":{"field":"why",…}}
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(\\w+)\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                    .matcher(json.substring(json.indexOf("\"errors\":{")));
            while (m.find()) {
                System.out.println("   ✗ " + m.group(1) + ": " + unescape(m.group(2)));
            }
            return;
        }
        json = withoutDialogs(json);
        List<String> texts = texts(json);
        // Buttons and menu options: show how to click them from here, each under its own words.
        List<String> clicks = new ArrayList<>();
        String key = "\"action_id\":\"";
        for (int at = json.indexOf(key); at >= 0; ) {
            String action = json.substring(at + key.length(), json.indexOf('"', at + key.length()));
            int next = json.indexOf(key, at + 1);
            String element = json.substring(at, next < 0 ? json.length() : next);
            List<String> values = quoted(element, "value");
            if (element.contains("\"options\":[")) {
                List<String> labels = quoted(element, "text");
                for (int i = 0; i < values.size(); i++) {
                    String label = i < labels.size() ? labels.get(i) : values.get(i);
                    texts.remove(label);
                    clicks.add("  • " + label + "  choose: infra/local/aura-slash click " + action + " " + values.get(i));
                }
            } else if (!values.isEmpty()) {
                List<String> before = quoted(json.substring(0, at), "text");
                String label = before.isEmpty() ? action : before.get(before.size() - 1);
                texts.remove(label);
                clicks.add("[" + label + "]  click: infra/local/aura-slash click " + action + " " + values.get(0));
            }
            at = next;
        }
        texts.addAll(clicks);
        // The first "text" is the notification fallback; the blocks repeat and extend it.
        for (String t : texts.size() > 1 ? texts.subList(1, texts.size()) : texts) {
            // Slack shows <!date^…|fallback> in the reader's time zone; here the fallback is shown.
            String readable = t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                    .replaceAll("<!date\\^\\d+\\^[^|>]*\\|([^>]*)>", "$1");
            System.out.println("   " + readable.replace("\n", "\n   "));
        }
    }

    /** The message without its buttons' "are you sure?" dialogs, whose words are not lines of the card. */
    static String withoutDialogs(String json) {
        String key = "\"confirm\":{\"title\"";
        StringBuilder out = new StringBuilder(json);
        for (int at = out.indexOf(key); at >= 0; at = out.indexOf(key, at)) {
            int depth = 0;
            int end = at + "\"confirm\":".length();
            boolean inString = false;
            for (; end < out.length(); end++) {
                char c = out.charAt(end);
                if (inString) {
                    end += c == '\\' ? 1 : 0;
                    inString = c != '"';
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            // Keep the JSON readable for the scans that follow: the dialog becomes an empty object.
            out.replace(at, Math.min(end + 1, out.length()), "\"confirm\":{}");
            at += 1;
        }
        return out.toString();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    static String sign(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A word as the bot's grammar reads it: quoted when it holds spaces or quotes. */
    static String quoted(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
            return word;
        }
        return word.indexOf('"') < 0 ? "\"" + word + "\"" : "'" + word + "'";
    }

    /**
     * What the person has put in the sandbox's create form so far, kept in a file between helper runs (Slack's
     * client keeps it in the open view), and sent back as the view's state the way Slack sends it.
     */
    static final class FormState {
        private static final List<String> SELECTS = List.of("type", "cloud", "region", "memory");
        private final java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "aura-slash-form-" + env("AURA_SLASH_USER", "ULOCAL") + ".properties");
        private final java.util.Properties values = new java.util.Properties();

        FormState() throws IOException {
            if (java.nio.file.Files.exists(file)) {
                try (var in = java.nio.file.Files.newBufferedReader(file)) {
                    values.load(in);
                }
            }
        }

        void clear() throws IOException {
            values.clear();
            java.nio.file.Files.deleteIfExists(file);
        }

        void choose(String field, String value) throws IOException {
            if (!SELECTS.contains(field)) {
                System.err.println("The form's choices are " + SELECTS + "; text fields are given with submit.");
                System.exit(2);
            }
            values.setProperty(field, value);
            try (var out = java.nio.file.Files.newBufferedWriter(file)) {
                values.store(out, "aura-slash: choices in the open create form");
            }
        }

        void type(String field, String value) {
            values.setProperty(field, value);
        }

        /** A choice made in the form: block_actions from a view, with the state including that choice. */
        String choiceJson(String field, String user) {
            return "{\"type\":\"block_actions\",\"user\":{\"id\":\"" + user + "\"},\"team\":{\"id\":\"TSANDBOX\"},"
                    + "\"trigger_id\":\"0.0.sandbox\",\"view\":" + view(null) + ",\"actions\":[{\"type\":\"static_select\","
                    + "\"block_id\":\"" + field + "\",\"action_id\":\"aura_modal_" + field + "\",\"selected_option\":{\"value\":"
                    + json(values.getProperty(field)) + "}}]}";
        }

        /** The submitted form; its card goes to this helper's response URL, as the channel select's would. */
        String submissionJson(String user, String channel, String responseUrl) {
            return "{\"type\":\"view_submission\",\"user\":{\"id\":\"" + user + "\"},\"team\":{\"id\":\"TSANDBOX\"},"
                    + "\"view\":" + view(channel) + ",\"response_urls\":[{\"block_id\":\"channel\",\"action_id\":\"channel\","
                    + "\"channel_id\":\"" + channel + "\",\"response_url\":\"" + responseUrl + "\"}]}";
        }

        private String view(String channel) {
            List<String> blocks = new ArrayList<>();
            for (String select : SELECTS) {
                if (values.getProperty(select) != null) {
                    blocks.add(json(select) + ":{" + json("aura_modal_" + select) + ":{\"type\":\"static_select\","
                            + "\"selected_option\":{\"value\":" + json(values.getProperty(select)) + "}}}");
                }
            }
            for (String typed : values.stringPropertyNames()) {
                if (!SELECTS.contains(typed)) {
                    blocks.add(json(typed) + ":{" + json(typed) + ":{\"type\":\"plain_text_input\",\"value\":"
                            + json(values.getProperty(typed)) + "}}");
                }
            }
            if (channel != null) {
                blocks.add("\"channel\":{\"channel\":{\"type\":\"conversations_select\",\"selected_conversation\":"
                        + json(channel) + "}}");
            }
            return "{\"id\":\"VSANDBOX\",\"hash\":\"sandbox\",\"callback_id\":\"aura_create\",\"state\":{\"values\":{"
                    + String.join(",", blocks) + "}}}";
        }

        private static String json(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
    }
}
