package io.aurachatops.access;

/** The refusal text: names the role needed, never who holds it. */
public final class Denials {

    private Denials() {
    }

    public static String roleNeeded(String verb, Role needed) {
        return "`/aura " + verb + "` needs the " + needed.label() + " role, which you do not have. "
                + "Ask one of the bot's admins to add you.";
    }
}
