package io.aurachatops.vault;

/** Where credentials were stored, and the command that reads them: all that Slack ever shows. */
public record SecretRef(String name, String readCommand) {
}
