package io.aurachatops.settings;

/** Where the run-time settings come from now; each call may return a newer snapshot. */
public interface CurrentSettings {

    RunSettings current();
}
