package io.aurachatops.lifecycle;

import io.aurachatops.aura.Instance;
import io.aurachatops.command.InstanceFormat;
import io.aurachatops.reply.Markdown;
import io.aurachatops.watch.InstanceCard;

/** Sentences and cards shared by the lifecycle verbs. */
final class InstanceMessages {

    private InstanceMessages() {
    }

    static String name(Instance i) {
        return InstanceFormat.label(i);
    }

    static String busy(Instance i, String status) {
        return name(i) + " is busy: `" + Markdown.escape(status) + "`. Try again when it finishes.";
    }

    static String protectedInstance(Instance i) {
        return name(i) + " is protected (`AURA_PROTECTED`): the bot never pauses, resizes or deletes it.";
    }

    static InstanceCard card(Instance i) {
        return new InstanceCard(i.name(), i.id(), i.type(), i.cloudProvider(), i.region(), i.memory(),
                i.status().value(), null, null, null);
    }
}
