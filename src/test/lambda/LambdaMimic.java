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

/**
 * Runs function.zip the way the managed Java runtime does: the handler class is constructed once (that is
 * INIT, where Quarkus boots), then events are fed to it one by one. Events arrive on stdin, one JSON per
 * line; each answer is printed as "MIMIC <millis> <output>" so it stands out from the function's own logs.
 * Start with the unzipped function on the class path: java -cp "fn:fn/lib/*" LambdaMimic.java
 */
public class LambdaMimic {

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        RequestStreamHandler handler = (RequestStreamHandler) Class
                .forName("io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler").getDeclaredConstructor().newInstance();
        out.println("MIMIC-INIT " + (System.nanoTime() - started) / 1_000_000);
        BufferedReader events = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = events.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            long t = System.nanoTime();
            String result;
            try {
                handler.handleRequest(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), answer,
                        context("mimic-" + (++n)));
                result = answer.toString(StandardCharsets.UTF_8).replace('\n', ' ');
            } catch (Exception e) {
                result = "ERROR " + e;
            }
            out.println("MIMIC " + (System.nanoTime() - t) / 1_000_000 + " " + result);
        }
        System.exit(0);
    }

    static Context context(String requestId) {
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
                    case "getRemainingTimeInMillis" -> 30_000;
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
