package io.aurachatops.watch;

import io.aurachatops.command.InstanceFormat;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** The status card of one instance. It names where the credentials are, never what they are. */
public record InstanceCard(String name, String id, String type, String cloudProvider, String region, String memory,
        String status, String uri, String secretName, String readCommand) {

    public InstanceCard withStatus(String newStatus) {
        return new InstanceCard(name, id, type, cloudProvider, region, memory, newStatus, uri, secretName, readCommand);
    }

    public InstanceCard withSecret(String newSecretName, String newReadCommand) {
        return new InstanceCard(name, id, type, cloudProvider, region, memory, status, uri, newSecretName, newReadCommand);
    }

    public Reply render(String headline, String note) {
        List<String> lines = new ArrayList<>();
        lines.add("*Name:* " + Markdown.escape(name) + (id == null ? "" : "   *Id:* `" + Markdown.escape(id) + "`"));
        if (type != null || cloudProvider != null || memory != null) {
            lines.add("*Type:* " + InstanceFormat.orDash(type) + "   *Cloud:* " + InstanceFormat.orDash(cloudProvider) + " "
                    + InstanceFormat.orDash(region) + "   *Memory:* " + InstanceFormat.orDash(memory));
        }
        if (status != null) {
            lines.add("*Status:* " + InstanceFormat.status(io.aurachatops.aura.InstanceStatus.of(status)));
        }
        if (uri != null) {
            lines.add("*URI:* `" + Markdown.escape(uri) + "`");
        }
        if (secretName != null) {
            lines.add("*Credentials:* stored as secret `" + Markdown.escape(secretName) + "`. Read them with:\n```"
                    + Markdown.escape(readCommand) + "```");
        }
        Reply card = Reply.of(headline, List.of(String.join("\n", lines)));
        return note == null ? card : card.withFootnote(note);
    }
}
