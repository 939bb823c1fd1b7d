package io.aurachatops.aura;

/** Who is waiting for an Aura request: a person in Slack goes ahead of watches and scheduled work. */
public enum Priority {
    INTERACTIVE,
    BACKGROUND
}
