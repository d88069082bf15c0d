package uk.org.ncjaa.springboard.shared.files;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.core.io.Resource;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Files in a bucket of an S3-compatible store (AWS S3, MinIO, Ceph, Garage), as {@code <area>/<key>}: every node reads
 * what any node stored, whether one serves the site or several, and the database stays small.
 *
 * <p>Like {@link DatabaseFileStore}, it keeps the store the site used before: a file asked for that the bucket has not
 * got yet is taken from there, and kept in the bucket from then on, so switching a running site to a bucket loses
 * nothing.
 *
 * <p>A message of a failure names the bucket, the area and key, and the store's error code or the network error, never
 * the credentials.
 */
class S3FileStore implements FileStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final FileStore before;
    private volatile boolean closed;

    S3FileStore(S3Client s3, String bucket, FileStore before) {
        this.s3 = s3;
        this.bucket = bucket;
        this.before = before;
    }

    /**
     * A client for AWS in {@code region}, or for the store at {@code endpoint}; with the keys given, or else the AWS
     * SDK's own chain (the {@code AWS_*} variables, a profile, the instance's role).
     */
    static S3Client client(String endpoint, String region, String accessKey, String secretKey) {
        boolean keyGiven = !accessKey.isBlank();
        if (keyGiven != !secretKey.isBlank()) {
            throw new IllegalStateException("S3 file store: give both the access key and the secret key, or neither");
        }
        AwsCredentialsProvider credentials = keyGiven
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
            .region(Region.of(region))
            .credentialsProvider(credentials)
            .httpClientBuilder(UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(10))
                .socketTimeout(Duration.ofSeconds(60)));
        if (!endpoint.isBlank()) {
            // stores other than AWS seldom have a DNS name for each bucket; and many refuse, or mishandle, the
            // checksums the SDK sends with every upload by default, which AWS alone asks for
            builder.endpointOverride(URI.create(endpoint))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return builder.build();
    }

    @Override
    public void put(String area, String key, Path file) throws IOException {
        String object = object(area, key);
        long size = Files.size(file);
        try {
            // sent from the file as it is read (its length given first), never held whole in memory
            s3().putObject(PutObjectRequest.builder().bucket(bucket).key(object).contentLength(size).build(),
                    RequestBody.fromFile(file));
        }
        catch (SdkException ex) {
            throw failure("could not store", object, ex);
        }
    }

    @Override
    public Optional<Resource> get(String area, String key) {
        String object = object(area, key);
        try {
            Optional<Long> size = size(object);
            if (size.isEmpty()) {
                size = movedFromBefore(area, key);
                if (size.isEmpty()) {
                    bucketExists(object);
                }
            }
            return size.map(length -> new Stored(object, key, length));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public <T> Optional<T> read(String area, String key, Function<Path, T> reader) throws IOException {
        Optional<Resource> stored;
        try {
            stored = get(area, key);
        }
        catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        return FileStore.readCopy(stored, reader);
    }

    @Override
    public void delete(String area, String key) throws IOException {
        String object = object(area, key);
        try {
            s3().deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(object).build());
        }
        catch (SdkException ex) {
            throw failure("could not delete", object, ex);
        }
        before.delete(area, key);
    }

    @Override
    public void close() {
        closed = true;
        s3.close();
    }

    /** The SDK leaves a closed client's behaviour undefined: a request during shutdown is refused plainly instead. */
    private S3Client s3() {
        if (closed) {
            throw new IllegalStateException("S3 file store is closed");
        }
        return s3;
    }

    String bucket() {
        return bucket;
    }

    private static String object(String area, String key) {
        return FileStore.checkedKey(area) + "/" + FileStore.checkedKey(key);
    }

    private Optional<Long> size(String object) throws IOException {
        try {
            return Optional.of(s3().headObject(HeadObjectRequest.builder().bucket(bucket).key(object).build()).contentLength());
        }
        catch (AwsServiceException ex) {
            if (ex.statusCode() == 404) {
                return Optional.empty();
            }
            throw failure("could not look up", object, ex);
        }
        catch (SdkException ex) {
            throw failure("could not look up", object, ex);
        }
    }

    /**
     * An answer to a HEAD has no body, so a missing bucket and a missing object are the same 404: asked only when a
     * file was not found, so that a wrong bucket name is reported rather than every file seeming lost.
     */
    private void bucketExists(String object) throws IOException {
        try {
            s3().headBucket(HeadBucketRequest.builder().bucket(bucket).build());
        }
        catch (AwsServiceException ex) {
            if (ex.statusCode() == 404) {
                throw new IOException("S3 file store: bucket '" + bucket + "' does not exist (looking up " + object + ")", ex);
            }
            throw failure("could not look up", object, ex);
        }
        catch (SdkException ex) {
            throw failure("could not look up", object, ex);
        }
    }

    /** The file's length once moved into the bucket from the store before it, if that store had it. */
    private Optional<Long> movedFromBefore(String area, String key) throws IOException {
        try {
            return before.read(area, key, path -> {
                try {
                    put(area, key, path);
                    return Files.size(path);
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

    /**
     * The store's error code and status, or the network's error at the root: the SDK's own message adds attempt counts
     * and request ids that tell an administrator less.
     */
    private IOException failure(String what, String object, SdkException ex) {
        String reason;
        if (ex instanceof AwsServiceException && ((AwsServiceException) ex).awsErrorDetails() != null) {
            AwsServiceException service = (AwsServiceException) ex;
            String code = service.awsErrorDetails().errorCode();
            reason = (code == null ? "error" : code) + " (HTTP " + service.statusCode() + ")";
        }
        else {
            Throwable root = ex;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            reason = root.getClass().getSimpleName() + ": " + root.getMessage();
        }
        return new IOException("S3 file store " + what + " " + object + " in bucket '" + bucket + "': " + reason, ex);
    }

    /** An object of the bucket, fetched anew each time a stream is asked for. */
    private final class Stored extends StoredFile {

        private final String object;

        Stored(String object, String filename, long length) {
            super("S3 object " + object + " in bucket '" + bucket + "'", filename, length);
            this.object = object;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            try {
                return s3().getObject(GetObjectRequest.builder().bucket(bucket).key(object).build());
            }
            catch (AwsServiceException ex) {
                if (ex.statusCode() == 404) {
                    FileNotFoundException gone = new FileNotFoundException("S3 file store: " + object + " in bucket '"
                            + bucket + "' is gone");
                    gone.initCause(ex);
                    throw gone;
                }
                throw failure("could not read", object, ex);
            }
            catch (SdkException ex) {
                throw failure("could not read", object, ex);
            }
        }
    }
}
