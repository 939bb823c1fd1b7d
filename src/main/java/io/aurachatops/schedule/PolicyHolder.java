package io.aurachatops.schedule;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.Derived;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.settings.SettingsParameterSettings;
import java.util.function.Supplier;
import java.util.Optional;

/**
 * The cost-saving policy as the run-time settings describe it, rebuilt when they change. From the environment,
 * a policy that cannot be used stops startup with one clear line; from the settings parameter (Lambda), it is
 * reported in the log and by {@code /aura schedule}, and no run starts until it is fixed.
 */
@ApplicationScoped
public class PolicyHolder {

    private record Parsed(Optional<Policy> policy, String problem) {
    }

    private final Supplier<Parsed> parsed;
    private final boolean fromParameter;

    @Inject
    public PolicyHolder(CurrentSettings settings, SettingsParameterSettings parameter) {
        this.parsed = Derived.of(settings, PolicyHolder::parse);
        this.fromParameter = parameter.parameter().filter(p -> !p.isBlank()).isPresent();
    }

    private static Parsed parse(RunSettings settings) {
        try {
            return new Parsed(Policy.from(settings), null);
        } catch (PolicyException | IllegalArgumentException e) {
            Log.errorf("Invalid cost-saving policy: %s", e.getMessage());
            return new Parsed(Optional.empty(), e.getMessage());
        }
    }

    void onStart(@Observes StartupEvent event) {
        // The settings parameter is read on first use, never during startup (or a SnapStart INIT).
        if (!fromParameter && parsed.get().problem() != null) {
            Quarkus.asyncExit(1);
        }
    }

    public Optional<Policy> policy() {
        return parsed.get().policy();
    }

    /** Why the configured policy cannot be used, if it cannot. */
    public Optional<String> problem() {
        return Optional.ofNullable(parsed.get().problem());
    }
}
