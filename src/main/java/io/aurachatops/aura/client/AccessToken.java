package io.aurachatops.aura.client;

/** A bearer token and when to stop using it; never printed. */
record AccessToken(String value, long refreshAtNanos) {

    @Override
    public String toString() {
        return "AccessToken[value=***]";
    }
}
