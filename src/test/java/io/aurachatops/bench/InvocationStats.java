package io.aurachatops.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every invocation of every function in one run: when it started, how long it took, what it carried. */
final class InvocationStats {

    /** One invocation; {@code bodies} are the SQS message bodies of a worker batch, else empty. */
    record Call(String function, Instant started, long millis, boolean timedOut, List<String> bodies) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Integer> restarts = new TreeMap<>();

    synchronized void record(Call call) {
        calls.add(call);
    }

    synchronized void restarted(String function) {
        restarts.merge(function, 1, Integer::sum);
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized long maxMillis(String function) {
        return calls.stream().filter(c -> c.function().equals(function)).mapToLong(Call::millis).max().orElse(0);
    }

    synchronized int count(String function) {
        return (int) calls.stream().filter(c -> c.function().equals(function)).count();
    }

    synchronized int timeouts() {
        return (int) calls.stream().filter(Call::timedOut).count();
    }

    synchronized int restarts(String function) {
        return restarts.getOrDefault(function, 0);
    }

    /** E.g. "worker 12 calls, max 59.9 s of 60 s, 1 timed out, 1 restart". */
    synchronized String describe(String function, int timeoutSeconds) {
        long timedOut = calls.stream().filter(c -> c.function().equals(function) && c.timedOut()).count();
        return String.format("%s %d calls, max %.1f s of %d s, %d timed out, %d restarts", function, count(function),
                maxMillis(function) / 1000.0, timeoutSeconds, timedOut, restarts(function));
    }
}
