package io.aurachatops.vault;

/**
 * The vault could not do its job. The message names the secret and the error code only; the cause is kept
 * for the log's stack trace but never carries the secret's value, which is not part of any request echo.
 */
public class VaultException extends RuntimeException {

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
