package io.aurachatops.command;

/** How an argument's value is read. */
public enum ArgKind {
    /** Kept as typed: names and ids. */
    TEXT,
    /** Case-insensitive: sent lower-case. */
    WORD,
    /** {@code 8}, {@code 8gb}, {@code 8GB} or {@code 8 GB}: sent as {@code 8GB}. */
    MEMORY,
    /** A flag without a value. */
    SWITCH
}
