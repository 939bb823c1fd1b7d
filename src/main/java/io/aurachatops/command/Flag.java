package io.aurachatops.command;

/** A {@code --flag}: its name without dashes, how its value is read, and one line of help. */
public record Flag(String name, ArgKind kind, String help) {
}
