package io.aurachatops.command;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Memory as users write it ({@code 8}, {@code 8gb}, {@code 8 GB}) and as Aura wants it ({@code 8GB}). */
public final class MemorySize {

    private static final Pattern SPELLING = Pattern.compile("(\\d{1,4})\\s*(gb|g)?", Pattern.CASE_INSENSITIVE);

    private MemorySize() {
    }

    public static Optional<String> normalise(String raw) {
        Matcher m = SPELLING.matcher(raw.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int gigabytes = Integer.parseInt(m.group(1));
        return gigabytes == 0 ? Optional.empty() : Optional.of(gigabytes + "GB");
    }

    /** Gigabytes of an Aura memory string, for comparisons; -1 when it is not one. */
    public static int gigabytes(String aura) {
        if (aura == null) {
            return -1;
        }
        Matcher m = SPELLING.matcher(aura.trim().toLowerCase(Locale.ROOT));
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
