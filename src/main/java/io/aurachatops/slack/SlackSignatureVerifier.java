package io.aurachatops.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slack's v0 request signature, checked the strict way: the SDK computes the HMAC, and this class adds what
 * the SDK's verifier lacks (a timestamp window in both directions and a constant-time compare) plus a body cap.
 */
public final class SlackSignatureVerifier {

    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    /** Why a request was refused, for the one log line; never the body. */
    public enum Rejection {
        BODY_TOO_LARGE, MISSING_HEADERS, BAD_TIMESTAMP, STALE_TIMESTAMP, FUTURE_TIMESTAMP, BAD_SIGNATURE
    }

    private final SlackSignature.Generator generator;
    private final byte[] secretDigest;
    private final int maxBodyBytes;

    public SlackSignatureVerifier(String signingSecret, int maxBodyBytes) {
        this.generator = new SlackSignature.Generator(signingSecret);
        this.secretDigest = digest(signingSecret);
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Whether this verifier was made for {@code signingSecret}; compares digests, not the secret itself. */
    public boolean usesSecret(String signingSecret) {
        return MessageDigest.isEqual(secretDigest, digest(signingSecret));
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empty when the request is genuine. */
    public Optional<Rejection> check(String timestamp, String signature, byte[] body, Instant now) {
        if (body.length > maxBodyBytes) {
            return Optional.of(Rejection.BODY_TOO_LARGE);
        }
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Optional.of(Rejection.MISSING_HEADERS);
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Optional.of(Rejection.BAD_TIMESTAMP);
        }
        long skew = now.getEpochSecond() - seconds;
        if (skew > MAX_SKEW.toSeconds()) {
            return Optional.of(Rejection.STALE_TIMESTAMP);
        }
        if (-skew > MAX_SKEW.toSeconds()) {
            return Optional.of(Rejection.FUTURE_TIMESTAMP);
        }
        if (!signature.startsWith("v0=")) {
            return Optional.of(Rejection.BAD_SIGNATURE);
        }
        Optional<String> text = strictUtf8(body);
        if (text.isEmpty()) {
            return Optional.of(Rejection.BAD_SIGNATURE);
        }
        byte[] expected = generator.generate(timestamp.trim(), text.get()).getBytes(StandardCharsets.UTF_8);
        boolean equal = MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8));
        return equal ? Optional.empty() : Optional.of(Rejection.BAD_SIGNATURE);
    }

    /** The SDK signs a String; a body that is not exact UTF-8 could not round-trip, so it cannot be genuine. */
    private static Optional<String> strictUtf8(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
