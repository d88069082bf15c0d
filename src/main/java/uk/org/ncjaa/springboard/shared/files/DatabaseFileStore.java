package uk.org.ncjaa.springboard.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files every node reads: kept in PostgreSQL in pieces of {@value #PIECE} bytes, so that serving or
 * storing a 25 MB report never holds more than one piece in memory (a single bytea value would be
 * read whole). A file is written in one transaction, so a node that dies half-way leaves nothing.
 *
 * <p>A node moving from one to several keeps its data directory for a while: a file asked for that
 * the database has not got yet is taken from there, and kept in the database from then on.
 */
class DatabaseFileStore implements FileStore {

    static final int PIECE = 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DirectoryFileStore before;

    DatabaseFileStore(JdbcTemplate jdbc, TransactionTemplate transactions, DirectoryFileStore before) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.before = before;
    }

    @Override
    public void put(String area, String key, Path file) throws IOException {
        FileStore.checkedKey(area);
        FileStore.checkedKey(key);
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            transactions.executeWithoutResult(status -> {
                jdbc.update("delete from stored_file where area = ? and key = ?", area, key);
                jdbc.update("insert into stored_file (area, key, size_bytes, stored_at) values (?, ?, ?, now())", area, key, size);
                try {
                    int piece = 0;
                    byte[] bytes;
                    while ((bytes = in.readNBytes(PIECE)).length > 0) {
                        jdbc.update("insert into stored_file_piece (area, key, piece, bytes) values (?, ?, ?, ?)", area, key, piece++,
                                bytes);
                    }
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
        catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
    }

    @Override
    public Optional<Resource> get(String area, String key) {
        Optional<Long> size = size(area, key);
        if (size.isEmpty() && movedFromDirectory(area, key)) {
            size = size(area, key);
        }
        return size.map(length -> new Stored(area, key, length));
    }

    @Override
    public <T> Optional<T> read(String area, String key, Function<Path, T> reader) throws IOException {
        return FileStore.readCopy(get(area, key), reader);
    }

    @Override
    public void delete(String area, String key) throws IOException {
        jdbc.update("delete from stored_file where area = ? and key = ?", area, key);
        before.delete(area, key);
    }

    private Optional<Long> size(String area, String key) {
        List<Long> sizes = jdbc.queryForList("select size_bytes from stored_file where area = ? and key = ?", Long.class,
                FileStore.checkedKey(area), FileStore.checkedKey(key));
        return sizes.stream().findFirst();
    }

    private boolean movedFromDirectory(String area, String key) {
        Path old = before.path(area, key);
        if (!Files.isRegularFile(old)) {
            return false;
        }
        try {
            put(area, key, old);
            return true;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A stored file, read a piece at a time, from the start each time a stream is asked for. */
    private final class Stored extends StoredFile {

        private final String area;
        private final String key;

        Stored(String area, String key, long length) {
            super("stored file " + area + "/" + key, null, length);
            this.area = area;
            this.key = key;
        }

        @Override
        public InputStream getInputStream() {
            return new InputStream() {

                private int next;
                private byte[] piece = new byte[0];
                private int at;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    if (length == 0) {
                        return 0;
                    }
                    if (at == piece.length && !nextPiece()) {
                        return -1;
                    }
                    int n = Math.min(length, piece.length - at);
                    System.arraycopy(piece, at, buffer, offset, n);
                    at += n;
                    return n;
                }

                private boolean nextPiece() {
                    List<byte[]> found = jdbc.query("select bytes from stored_file_piece where area = ? and key = ? and piece = ?",
                            (rs, row) -> rs.getBytes(1), area, key, next);
                    if (found.isEmpty()) {
                        return false;
                    }
                    next++;
                    piece = found.get(0);
                    at = 0;
                    return piece.length > 0 || nextPiece();
                }
            };
        }
    }
}
