package io.aurachatops.slack;

/** What to send back to Slack: a status and, when there is something to say, a JSON body. */
public record SlackResponse(int status, String json) {

    public static final SlackResponse UNAUTHORIZED = new SlackResponse(401, null);
    public static final SlackResponse EMPTY_OK = new SlackResponse(200, null);

    public static SlackResponse ok(String json) {
        return new SlackResponse(200, json);
    }

    public boolean hasBody() {
        return json != null;
    }
}
