package uk.org.ncjaa.springboard.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.core.io.Resource;

/**
 * Where uploaded files are kept once checked: under the data directory for one node (the default),
 * in PostgreSQL when several nodes serve the site, so every node reads what any node stored and a
 * backup of the database holds them all, or in an S3-compatible bucket when one is configured.
 * Files are grouped by {@code area} (one per kind of file) and named by a key the module chooses.
 */
public interface FileStore {

    /** Keeps a copy of {@code file} under the key; the caller still owns {@code file}. */
    void put(String area, String key, Path file) throws IOException;

    /** The file, to serve: a new stream each time it is read, with its length known. */
    Optional<Resource> get(String area, String key);

    /** Runs {@code reader} on the file as a path on this node's disk, for a library that needs one. */
    <T> Optional<T> read(String area, String key, Function<Path, T> reader) throws IOException;

    void delete(String area, String key) throws IOException;

    /**
     * Runs {@code reader} on a temporary copy of a stored file kept elsewhere than on this disk, deleting the copy
     * afterwards: how the stores that keep files away from the node implement {@link #read}.
     */
    static <T> Optional<T> readCopy(Optional<Resource> stored, Function<Path, T> reader) throws IOException {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Path copy = Files.createTempFile("springboard-file-", ".tmp");
        try {
            try (InputStream in = stored.get().getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.ofNullable(reader.apply(copy));
        }
        finally {
            Files.deleteIfExists(copy);
        }
    }

    /** A key is a name the module made, never a path: letters, digits, '-', '_' and '.', not leading. */
    static String checkedKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}")) {
            throw new IllegalArgumentException("Not a file key: " + key);
        }
        return key;
    }
}
