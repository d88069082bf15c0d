package uk.org.ncjaa.springboard.shared.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import uk.org.ncjaa.springboard.support.SpringboardTest;
import uk.org.ncjaa.springboard.support.TestS3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files kept on one node's disk, in the database for several, and in an S3 bucket behave alike. */
@SpringboardTest
class FileStoreTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path temporary;

    private static S3Client s3;

    private List<FileStore> stores() {
        DirectoryFileStore directory = new DirectoryFileStore(temporary.resolve("one-node"));
        return List.of(directory,
                new DatabaseFileStore(jdbc, new TransactionTemplate(transactions), new DirectoryFileStore(temporary.resolve("before"))),
                new S3FileStore(s3(), newBucket(), new DirectoryFileStore(temporary.resolve("before-s3"))));
    }

    private static synchronized S3Client s3() {
        if (s3 == null) {
            // us-east-1: in any other region the SDK asks for a new bucket to be placed there, and the test server
            // knows no regions
            s3 = S3FileStore.client(TestS3.endpoint(), "us-east-1", TestS3.ACCESS_KEY, TestS3.SECRET_KEY);
        }
        return s3;
    }

    private static String newBucket() {
        String bucket = "files-" + UUID.randomUUID();
        s3().createBucket(request -> request.bucket(bucket));
        return bucket;
    }

    @AfterAll
    static void closeClient() {
        if (s3 != null) {
            s3.close();
            s3 = null;
        }
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

    @Test
    void aSiteMovingToABucketTakesAFileFromItsDataDirectoryWhenAskedAndKeepsIt() throws IOException {
        DirectoryFileStore before = new DirectoryFileStore(temporary.resolve("before-bucket"));
        Path old = Files.writeString(temporary.resolve("old.pdf"), "%PDF-1.4 kept on one node");
        String key = UUID.randomUUID() + ".pdf";
        before.put("reports", key, old);
        String bucket = newBucket();
        S3FileStore store = new S3FileStore(s3(), bucket, before);
        assertThat(objectSize(bucket, "reports/" + key)).as("not in the bucket before it is asked for").isNull();

        assertThat(store.read("reports", key, FileStoreTests::text)).hasValue("%PDF-1.4 kept on one node");
        assertThat(objectSize(bucket, "reports/" + key)).isEqualTo(Files.size(old));

        // the data directory may go once every file has moved: the bucket's copy is the one read from now on
        Files.delete(before.path("reports", key));
        Resource stored = store.get("reports", key).orElseThrow();
        assertThat(stored.getFilename()).isEqualTo(key);
        assertThat(text(stored)).isEqualTo("%PDF-1.4 kept on one node");
    }

    @Test
    void aSiteOfSeveralNodesMovingToABucketTakesAFileFromTheDatabaseWhenAsked() throws IOException {
        DatabaseFileStore database = new DatabaseFileStore(jdbc, new TransactionTemplate(transactions),
                new DirectoryFileStore(temporary.resolve("before")));
        String key = UUID.randomUUID() + ".pdf";
        database.put("papers", key, Files.writeString(temporary.resolve("paper.pdf"), "%PDF-1.4 kept in the database"));
        String bucket = newBucket();
        S3FileStore store = new S3FileStore(s3(), bucket, database);

        assertThat(text(store.get("papers", key).orElseThrow())).isEqualTo("%PDF-1.4 kept in the database");
        assertThat(objectSize(bucket, "papers/" + key)).isEqualTo("%PDF-1.4 kept in the database".length());
        assertThat(store.get("papers", "never-stored.pdf")).isEmpty();
    }

    @Test
    void aLargeFileGoesToTheBucketAndComesBackTheSame() throws IOException {
        Path upload = temporary.resolve("large.pdf");
        Random random = new Random(11);
        byte[] block = new byte[64 * 1024];
        MessageDigest sent = sha256();
        try (var out = Files.newOutputStream(upload)) {
            for (int i = 0; i < 20 * 16 + 3; i++) {
                random.nextBytes(block);
                out.write(block);
                sent.update(block);
            }
        }
        long size = Files.size(upload);
        String bucket = newBucket();
        S3FileStore store = new S3FileStore(s3(), bucket, new DirectoryFileStore(temporary.resolve("before-s3")));
        String key = UUID.randomUUID() + ".pdf";

        store.put("reports", key, upload);

        assertThat(objectSize(bucket, "reports/" + key)).isEqualTo(size);
        Resource stored = store.get("reports", key).orElseThrow();
        assertThat(stored.contentLength()).isEqualTo(size);
        MessageDigest received = sha256();
        try (InputStream in = new DigestInputStream(stored.getInputStream(), received)) {
            assertThat(in.transferTo(java.io.OutputStream.nullOutputStream())).isEqualTo(size);
        }
        assertThat(received.digest()).isEqualTo(sent.digest());
        assertThat(store.read("reports", key, path -> {
            try {
                return Files.size(path);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        })).hasValue(size);
    }

    @Test
    void anObjectRemovedFromTheBucketAfterItWasFoundIsReportedAsGoneWhenRead() throws IOException {
        String bucket = newBucket();
        S3FileStore store = new S3FileStore(s3(), bucket, new DirectoryFileStore(temporary.resolve("before-s3")));
        store.put("reports", "short-lived.pdf", Files.writeString(temporary.resolve("short.pdf"), "%PDF-1.4"));
        Resource stored = store.get("reports", "short-lived.pdf").orElseThrow();
        s3().deleteObject(DeleteObjectRequest.builder().bucket(bucket).key("reports/short-lived.pdf").build());

        assertThatThrownBy(stored::getInputStream).isInstanceOf(FileNotFoundException.class)
            .hasMessageContaining("reports/short-lived.pdf");
    }

    @Test
    void aBucketThatDoesNotExistIsNamedInTheErrorAndNoFileSeemsMerelyMissing() throws IOException {
        Path upload = Files.writeString(temporary.resolve("upload.pdf"), "%PDF-1.4");
        String bucket = "no-such-bucket-" + UUID.randomUUID();
        S3FileStore store = new S3FileStore(s3(), bucket, new DirectoryFileStore(temporary.resolve("before-s3")));

        assertThatThrownBy(() -> store.put("reports", "a.pdf", upload)).isInstanceOf(IOException.class)
            .hasMessageContaining("reports/a.pdf")
            .hasMessageContaining(bucket)
            .hasMessageContaining("NoSuchBucket");
        assertThatThrownBy(() -> store.get("reports", "a.pdf")).isInstanceOf(UncheckedIOException.class)
            .hasMessageContaining("bucket '" + bucket + "' does not exist");
        assertThatThrownBy(() -> store.read("reports", "a.pdf", Path::toString)).isInstanceOf(IOException.class)
            .hasMessageContaining("does not exist");
    }

    @Test
    void anUnreachableStoreOrAWrongSecretGivesAnIOExceptionThatNamesTheFileButNoCredentials() throws IOException {
        Path upload = Files.writeString(temporary.resolve("upload.pdf"), "%PDF-1.4");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (S3Client unreachable = S3FileStore.client("http://127.0.0.1:" + closedPort, "eu-west-2", TestS3.ACCESS_KEY,
                TestS3.SECRET_KEY)) {
            S3FileStore store = new S3FileStore(unreachable, "files", new DirectoryFileStore(temporary.resolve("before-s3")));
            assertThatThrownBy(() -> store.put("reports", "a.pdf", upload)).isInstanceOf(IOException.class)
                .hasMessageContaining("reports/a.pdf")
                .hasMessageContaining("ConnectException")
                .satisfies(FileStoreTests::noCredentials);
            assertThatThrownBy(() -> store.get("reports", "a.pdf")).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("reports/a.pdf")
                .satisfies(FileStoreTests::noCredentials);
            assertThatThrownBy(() -> store.delete("reports", "a.pdf")).isInstanceOf(IOException.class)
                .satisfies(FileStoreTests::noCredentials);
        }
        String bucket = newBucket();
        try (S3Client wrongSecret = S3FileStore.client(TestS3.endpoint(), "eu-west-2", TestS3.ACCESS_KEY, "not-the-secret")) {
            S3FileStore store = new S3FileStore(wrongSecret, bucket, new DirectoryFileStore(temporary.resolve("before-s3")));
            assertThatThrownBy(() -> store.put("reports", "a.pdf", upload)).isInstanceOf(IOException.class)
                .hasMessageContaining("reports/a.pdf")
                .hasMessageContaining("HTTP 403")
                .satisfies(FileStoreTests::noCredentials)
                .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("not-the-secret"));
        }
        assertThat(objectSize(bucket, "reports/a.pdf")).as("nothing stored with a wrong secret").isNull();
    }

    private static void noCredentials(Throwable ex) {
        assertThat(ex.getMessage()).doesNotContain(TestS3.ACCESS_KEY).doesNotContain(TestS3.SECRET_KEY);
    }

    private static Long objectSize(String bucket, String object) {
        try {
            return s3().headObject(HeadObjectRequest.builder().bucket(bucket).key(object).build()).contentLength();
        }
        catch (NoSuchKeyException ex) {
            return null;
        }
    }

    private static String text(Path path) {
        try {
            return Files.readString(path);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String text(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
