package io.aurachatops.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The text of the small files under the temporary directory written since a moment, to grep for secrets. */
public final class TempFiles {

    private static final long MAX_SIZE = 1 << 20;

    private TempFiles() {
    }

    public static Stream<String> writtenSince(Instant since) {
        Path root = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 4)) {
            files.filter(Files::isRegularFile).filter(Files::isReadable).forEach(file -> {
                try {
                    if (Files.size(file) <= MAX_SIZE && Files.getLastModifiedTime(file).toInstant().isAfter(since)) {
                        texts.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                    }
                } catch (IOException gone) {
                    // removed or unreadable meanwhile: nothing to read
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a directory that vanished during the walk; what was read so far is checked
        }
        return texts.stream();
    }
}
