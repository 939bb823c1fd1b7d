package io.aurachatops.slack;

import static io.aurachatops.slack.SlackSignatureVerifier.Rejection.BAD_SIGNATURE;
import static io.aurachatops.slack.SlackSignatureVerifier.Rejection.BAD_TIMESTAMP;
import static io.aurachatops.slack.SlackSignatureVerifier.Rejection.BODY_TOO_LARGE;
import static io.aurachatops.slack.SlackSignatureVerifier.Rejection.FUTURE_TIMESTAMP;
import static io.aurachatops.slack.SlackSignatureVerifier.Rejection.MISSING_HEADERS;
import static io.aurachatops.slack.SlackSignatureVerifier.Rejection.STALE_TIMESTAMP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Slack's published vector (reference/slack.md §2.2) and the negative cases of §2.4. */
class SlackSignatureVerifierTest {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TS = "1531420618";
    static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
            + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    static final Instant SENT = Instant.ofEpochSecond(1531420618);

    final SlackSignatureVerifier verifier = new SlackSignatureVerifier(SECRET, 64 * 1024);

    private Optional<SlackSignatureVerifier.Rejection> check(String ts, String sig, String body, Instant now) {
        return verifier.check(ts, sig, body.getBytes(StandardCharsets.UTF_8), now);
    }

    @Test
    void acceptsSlacksPublishedVector() {
        assertEquals(Optional.empty(), check(TS, SIGNATURE, BODY, SENT));
    }

    @Test
    void acceptsWithinFiveMinutesEitherWay() {
        assertEquals(Optional.empty(), check(TS, SIGNATURE, BODY, SENT.plusSeconds(299)));
        assertEquals(Optional.empty(), check(TS, SIGNATURE, BODY, SENT.minusSeconds(299)));
    }

    @Test
    void rejectsStaleRequest() {
        assertEquals(Optional.of(STALE_TIMESTAMP), check(TS, SIGNATURE, BODY, SENT.plusSeconds(301)));
    }

    @Test
    void rejectsRequestFromTheFuture() {
        assertEquals(Optional.of(FUTURE_TIMESTAMP), check(TS, SIGNATURE, BODY, SENT.minusSeconds(301)));
    }

    @Test
    void rejectsOneChangedByteInTheBody() {
        assertEquals(Optional.of(BAD_SIGNATURE), check(TS, SIGNATURE, BODY.replace("roadrunner", "roadrunnes"), SENT));
    }

    @Test
    void rejectsDecodedBody() {
        assertEquals(Optional.of(BAD_SIGNATURE), check(TS, SIGNATURE, BODY.replace("%2F", "/"), SENT));
    }

    @Test
    void rejectsChangedTimestampHeader() {
        assertEquals(Optional.of(BAD_SIGNATURE), check("1531420619", SIGNATURE, BODY, SENT));
    }

    @Test
    void rejectsMissingHeaders() {
        assertEquals(Optional.of(MISSING_HEADERS), check(null, SIGNATURE, BODY, SENT));
        assertEquals(Optional.of(MISSING_HEADERS), check(TS, null, BODY, SENT));
        assertEquals(Optional.of(MISSING_HEADERS), check(" ", "", BODY, SENT));
    }

    @Test
    void rejectsNonNumericTimestamp() {
        assertEquals(Optional.of(BAD_TIMESTAMP), check("yesterday", SIGNATURE, BODY, SENT));
    }

    @Test
    void rejectsSignatureWithoutVersionPrefix() {
        assertEquals(Optional.of(BAD_SIGNATURE), check(TS, SIGNATURE.substring(3), BODY, SENT));
        assertEquals(Optional.of(BAD_SIGNATURE), check(TS, "v1=" + SIGNATURE.substring(3), BODY, SENT));
    }

    @Test
    void rejectsBodyOverTheCapBeforeHashing() {
        SlackSignatureVerifier small = new SlackSignatureVerifier(SECRET, 100);
        assertEquals(Optional.of(BODY_TOO_LARGE), small.check(TS, SIGNATURE, BODY.getBytes(StandardCharsets.UTF_8), SENT));
    }

    @Test
    void rejectsBodyThatIsNotUtf8() {
        byte[] body = {'a', '=', (byte) 0xff};
        assertEquals(Optional.of(BAD_SIGNATURE), verifier.check(TS, SIGNATURE, body, SENT));
    }
}
