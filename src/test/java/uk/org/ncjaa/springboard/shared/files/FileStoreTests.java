package uk.org.ncjaa.springboard.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.org.ncjaa.springboard.support.SpringboardTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files kept on one node's disk and files kept in the database for several behave alike. */
@SpringboardTest
class FileStoreTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path temporary;

    private List<FileStore> stores() {
        DirectoryFileStore directory = new DirectoryFileStore(temporary.resolve("one-node"));
        return List.of(directory, new DatabaseFileStore(jdbc, new TransactionTemplate(transactions),
                new DirectoryFileStore(temporary.resolve("before"))));
    }

    @Test
    void aFileOfSeveralPiecesComesBackWholeAsAStreamAndAsAPathThenGoes() throws IOException {
        byte[] bytes = new byte[DatabaseFileStore.PIECE * 2 + 12_345];
        new Random(7).nextBytes(bytes);
        Path upload = Files.write(temporary.resolve("upload.pdf"), bytes);
        for (FileStore store : stores()) {
            String key = UUID.randomUUID() + ".pdf";
            store.put("reports", key, upload);
            Resource stored = store.get("reports", key).orElseThrow();
            assertThat(stored.contentLength()).isEqualTo(bytes.length);
            // read twice: a download asked for again, or in ranges, starts from the beginning each time
            for (int i = 0; i < 2; i++) {
                try (InputStream in = stored.getInputStream()) {
                    assertThat(in.readAllBytes()).isEqualTo(bytes);
                }
            }
            assertThat(store.read("reports", key, path -> {
                try {
                    return Files.readAllBytes(path);
                }
                catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            })).hasValueSatisfying(read -> assertThat(read).isEqualTo(bytes));
            assertThat(store.get("papers", key)).as("areas are apart").isEmpty();
            store.delete("reports", key);
            assertThat(store.get("reports", key)).isEmpty();
            assertThat(store.read("reports", key, Path::toString)).isEmpty();
        }
    }

    @Test
    void anEmptyFileIsKeptAndAKeyThatIsAPathIsRefused() throws IOException {
        Path empty = Files.createFile(temporary.resolve("empty.pdf"));
        for (FileStore store : stores()) {
            store.put("reports", "empty.pdf", empty);
            try (InputStream in = store.get("reports", "empty.pdf").orElseThrow().getInputStream()) {
                assertThat(in.read()).isEqualTo(-1);
            }
            for (String key : new String[] { "../secret", "a/b", ".hidden", "", "x".repeat(201) }) {
                assertThatThrownBy(() -> store.get("reports", key)).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> store.put("reports", key, empty)).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void aNodeMovingToTheDatabaseTakesAFileFromItsDirectoryWhenAskedAndKeepsIt() throws IOException {
        DirectoryFileStore before = new DirectoryFileStore(temporary.resolve("before"));
        Path old = Files.writeString(temporary.resolve("old.pdf"), "%PDF-1.4 kept on one node");
        String key = UUID.randomUUID() + ".pdf";
        before.put("reports", key, old);
        DatabaseFileStore database = new DatabaseFileStore(jdbc, new TransactionTemplate(transactions), before);
        try (InputStream in = database.get("reports", key).orElseThrow().getInputStream()) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 kept on one node");
        }
        assertThat(jdbc.queryForObject("select count(*) from stored_file where area = 'reports' and key = ?", Integer.class, key))
            .isOne();
    }
}
