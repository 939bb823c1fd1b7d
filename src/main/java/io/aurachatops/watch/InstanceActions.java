package io.aurachatops.watch;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.Role;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.MemorySize;
import io.aurachatops.create.Guardrails;
import io.aurachatops.reply.Button;
import io.aurachatops.reply.Menu;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The buttons that make sense on a card or a {@code get} for an instance in its current state: Pause or Resume,
 * Snapshot, Resize (a menu of the sizes the tenant offers) and Delete. Each carries a signed token naming the
 * action, the instance and the channel; a click runs the same job as the typed command, whose role check
 * decides again at click time. A card in a channel is seen by everyone, so it shows what an admin could do.
 */
@ApplicationScoped
public class InstanceActions {

    /** Action ids are this prefix and the verb. */
    public static final String PREFIX = "aura_act_run_";
    /** The action id of a menu whose options are several instances' actions: the token names the verb. */
    public static final String MENU = PREFIX + "menu";
    /** How long a card's buttons work; by then the instance has usually changed anyway. */
    static final Duration VALID = Duration.ofDays(1);

    private final ConfirmationTokens tokens;
    private final AuraGateway aura;
    private final TimeSource time;
    private final int maxGb;

    @jakarta.inject.Inject
    public InstanceActions(ConfirmationTokens tokens, AuraGateway aura, TimeSource time, Guardrails guardrails) {
        this(tokens, aura, time, MemorySize.normalise(guardrails.maxMemory()).map(MemorySize::gigabytes)
                .orElse(Integer.MAX_VALUE));
    }

    /** {@code maxGb}: the largest size a resize may ask for ({@code AURA_MAX_MEMORY}). */
    public InstanceActions(ConfirmationTokens tokens, AuraGateway aura, TimeSource time, int maxGb) {
        this.maxGb = maxGb;
        this.tokens = tokens;
        this.aura = aura;
        this.time = time;
    }

    /** {@code content} with the actions for this instance's state that {@code viewer} may use. */
    public Reply on(Reply content, Instance instance, String channelId, Role viewer) {
        boolean running = instance.status().value().equals("running");
        boolean free = "free-db".equals(instance.type());
        Instant until = time.now().plus(VALID);
        List<Button> buttons = buttons(instance, channelId, viewer, until);
        Reply withButtons = buttons.isEmpty() ? content : content.withButtons(buttons);
        if (!viewer.covers(Role.ADMIN) || !running || free) {
            return withButtons;
        }
        List<Menu.Option> sizes = sizes(instance).stream().filter(m -> !m.equalsIgnoreCase(instance.memory()))
                .filter(m -> MemorySize.gigabytes(m) <= maxGb)
                .map(m -> new Menu.Option("Resize to " + m, tokens.issueAction(resizeAction(m), instance.id(), channelId,
                        until))).toList();
        return sizes.isEmpty() ? withButtons : withButtons.withMenu(new Menu(PREFIX + "resize", "📏 Resize…", sizes));
    }

    /**
     * The same actions as one menu's options, for the Home tab, where each instance is a line: "⏸️ Pause demo".
     * Their tokens name the channel the instance was created from, where the command's card then appears.
     */
    public List<Menu.Option> menuOptions(Instance instance, String name, String channelId, Role viewer) {
        return buttons(instance, channelId, viewer, time.now().plus(VALID)).stream()
                .map(b -> new Menu.Option(b.label().replace("…", "") + " " + name, b.value())).toList();
    }

    private List<Button> buttons(Instance instance, String channelId, Role viewer, Instant until) {
        String status = instance.status().value();
        boolean running = status.equals("running");
        boolean paused = status.equals("paused");
        boolean free = "free-db".equals(instance.type());
        List<Button> buttons = new ArrayList<>();
        if (viewer.covers(Role.OPERATOR) && running) {
            buttons.add(button("pause", "⏸️ Pause", instance, channelId, until));
            if (!free) {
                buttons.add(button("snapshot", "📸 Snapshot", instance, channelId, until));
            }
        }
        if (viewer.covers(Role.OPERATOR) && paused) {
            buttons.add(button("resume", "▶️ Resume", instance, channelId, until));
        }
        if (viewer.covers(Role.ADMIN) && (running || paused)) {
            buttons.add(new Button(PREFIX + "delete", "🗑️ Delete…", tokens.issueAction("delete", instance.id(), channelId,
                    until), true, null));
        }
        return buttons;
    }

    /** The token action of a resize to {@code memory}: {@code resize-8gb}. */
    public static String resizeAction(String memory) {
        return "resize-" + memory.toLowerCase(Locale.ROOT);
    }

    private Button button(String verb, String label, Instance instance, String channelId, Instant until) {
        return new Button(PREFIX + verb, label, tokens.issueAction(verb, instance.id(), channelId, until), false, null);
    }

    /** The sizes the tenant offers for this instance's type, cloud and region; none if Aura cannot say now. */
    private List<String> sizes(Instance instance) {
        try {
            return aura.configurations(instance.tenantId(), Priority.BACKGROUND).stream()
                    .filter(c -> same(c.type(), instance.type()) && same(c.cloudProvider(), instance.cloudProvider())
                            && same(c.region(), instance.region()))
                    .map(InstanceConfiguration::memory).distinct()
                    .sorted(Comparator.comparingInt(MemorySize::gigabytes)).toList();
        } catch (AuraApiException e) {
            return List.of();
        }
    }

    private static boolean same(String a, String b) {
        return a != null && a.equalsIgnoreCase(b);
    }
}
