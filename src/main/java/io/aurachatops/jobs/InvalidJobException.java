package io.aurachatops.jobs;

/** A queue message that is not a job this version understands; it must not be retried forever. */
public class InvalidJobException extends RuntimeException {

    public InvalidJobException(String message, Throwable cause) {
        super(message, cause);
    }
}
