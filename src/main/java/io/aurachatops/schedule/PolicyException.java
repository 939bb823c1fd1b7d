package io.aurachatops.schedule;

/** The cost-saving configuration cannot be used as written; the message says which variable and why. */
public class PolicyException extends RuntimeException {

    public PolicyException(String message) {
        super(message);
    }
}
