import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs function.zip the way the managed Java runtime does: the handler class is constructed once (that is
 * INIT, where Quarkus boots), then events are fed to it one by one. Events arrive on stdin, one JSON per
 * line; each answer is printed as "MIMIC <millis> <output>" so it stands out from the function's own logs.
 * Like Lambda, an invocation gets {@code -Dmimic.timeout-ms} (default 30000): past it the line is
 * "MIMIC-TIMEOUT <millis>" and the JVM halts, because Lambda throws away the environment of a timed-out
 * invocation, whatever its threads were doing.
 * Start with the unzipped function on the class path: java -cp "fn:fn/lib/*" LambdaMimic.java
 */
public class LambdaMimic {

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        long timeoutMillis = Long.getLong("mimic.timeout-ms", 30_000);
        long started = System.nanoTime();
        RequestStreamHandler handler = (RequestStreamHandler) Class
                .forName("io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler").getDeclaredConstructor().newInstance();
        out.println("MIMIC-INIT " + (System.nanoTime() - started) / 1_000_000);
        // One thread runs the handler, so this one can watch the clock; daemon, so it never holds the JVM.
        ExecutorService invoker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mimic-invoke");
            t.setDaemon(true);
            return t;
        });
        BufferedReader events = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = events.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String event = line;
            long t = System.nanoTime();
            long deadline = t + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            Context context = context("mimic-" + (++n), deadline);
            Future<String> answer = invoker.submit(() -> invoke(handler, event, context));
            String result;
            try {
                result = answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                out.println("MIMIC-TIMEOUT " + (System.nanoTime() - t) / 1_000_000);
                out.flush();
                Runtime.getRuntime().halt(3);
                return;
            } catch (ExecutionException e) {
                result = "ERROR " + e.getCause();
            }
            out.println("MIMIC " + (System.nanoTime() - t) / 1_000_000 + " " + result);
        }
        System.exit(0);
    }

    private static String invoke(RequestStreamHandler handler, String event, Context context) throws Exception {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), answer, context);
        return answer.toString(StandardCharsets.UTF_8).replace('\n', ' ');
    }

    static Context context(String requestId, long deadlineNanos) {
        LambdaLogger logger = (LambdaLogger) Proxy.newProxyInstance(LambdaMimic.class.getClassLoader(),
                new Class<?>[] {LambdaLogger.class}, (p, m, a) -> {
                    if (a != null && a.length > 0) {
                        System.err.println(a[0] instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : a[0]);
                    }
                    return null;
                });
        return (Context) Proxy.newProxyInstance(LambdaMimic.class.getClassLoader(), new Class<?>[] {Context.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getAwsRequestId" -> requestId;
                    case "getRemainingTimeInMillis" -> (int) Math.max(0,
                            TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
                    case "getMemoryLimitInMB" -> 1024;
                    case "getFunctionName" -> "aura-chatops-mimic";
                    case "getFunctionVersion" -> "$LATEST";
                    case "getLogger" -> logger;
                    case "toString" -> "MimicContext";
                    case "hashCode" -> 1;
                    case "equals" -> false;
                    default -> null;
                });
    }
}
