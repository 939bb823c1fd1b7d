package io.aurachatops.bench;

import io.aurachatops.support.FunctionZip;
import java.time.Instant;
import java.util.List;

/**
 * One Lambda execution environment of a function, as a FunctionZip process. Invocations go through here
 * so each is recorded; after a timeout (or a crash) the process is gone and a new one is started, INIT
 * included, because that is what Lambda does with an environment whose invocation overran.
 */
final class LambdaEnvironment implements AutoCloseable {

    /** Starts a fresh process and waits for its INIT. */
    interface Starter {
        FunctionZip start() throws Exception;
    }

    private final String function;
    private final Starter starter;
    private final InvocationStats stats;
    private volatile FunctionZip current;
    private volatile boolean closed;

    LambdaEnvironment(String function, Starter starter, InvocationStats stats) throws Exception {
        this.function = function;
        this.starter = starter;
        this.stats = stats;
        this.current = starter.start();
    }

    /**
     * Invokes with one event; {@code bodies} say what it carried (SQS message bodies), for the figures.
     * Returns null when the process died without answering.
     */
    synchronized FunctionZip.Invocation invoke(String event, List<String> bodies) throws Exception {
        if (closed) {
            return null;
        }
        Instant started = Instant.now();
        FunctionZip.Invocation answer;
        try {
            answer = current.invoke(event);
        } catch (AssertionError crashed) {
            if (!closed) {
                System.out.println(function + ": the environment died without answering; starting a new one");
                replace();
            }
            return null;
        }
        stats.record(new InvocationStats.Call(function, started, answer.millis(), answer.timedOut(), bodies));
        if (answer.timedOut()) {
            System.out.printf("%s: invocation timed out after %d ms; the environment is replaced%n", function,
                    answer.millis());
            replace();
        }
        return answer;
    }

    private void replace() throws Exception {
        current.close();
        stats.restarted(function);
        current = starter.start();
        if (closed) {
            current.close(); // closed while the new one was starting
        }
    }

    /** Ends the process now, even mid-invocation (close is not synchronized, so it does not wait). */
    @Override
    public void close() {
        closed = true;
        FunctionZip process = current;
        if (process != null) {
            process.close();
        }
    }
}
