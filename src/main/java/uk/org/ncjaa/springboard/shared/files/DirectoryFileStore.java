package uk.org.ncjaa.springboard.shared.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** One node's files: {@code <data-dir>/<area>/<key>}, written whole under a temporary name first. */
class DirectoryFileStore implements FileStore {

    private final Path root;

    DirectoryFileStore(Path root) {
        this.root = root;
    }

    @Override
    public void put(String area, String key, Path file) throws IOException {
        Path target = path(area, key);
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), "put-", ".part");
        try {
            Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        finally {
            Files.deleteIfExists(part);
        }
    }

    @Override
    public Optional<Resource> get(String area, String key) {
        Path path = path(area, key);
        return Files.isRegularFile(path) ? Optional.of(new FileSystemResource(path)) : Optional.empty();
    }

    @Override
    public <T> Optional<T> read(String area, String key, Function<Path, T> reader) {
        Path path = path(area, key);
        return Files.isRegularFile(path) ? Optional.ofNullable(reader.apply(path)) : Optional.empty();
    }

    @Override
    public void delete(String area, String key) throws IOException {
        Files.deleteIfExists(path(area, key));
    }

    /** Where a file of an area lies; the area and key are checked names, so it stays inside the root. */
    Path path(String area, String key) {
        return root.resolve(FileStore.checkedKey(area)).resolve(FileStore.checkedKey(key));
    }
}
