package uk.org.ncjaa.springboard.support;

import java.net.URI;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * One real S3-compatible server (S3Proxy over jclouds' in-memory blob store) for the whole test JVM, started inside it
 * the first time a test asks for it and stopped when the JVM ends, on 127.0.0.1 and a free port. Requests must be
 * signed with {@link #ACCESS_KEY} and {@link #SECRET_KEY}, as a real store's are.
 */
public final class TestS3 {

    public static final String ACCESS_KEY = "test-access-key";

    public static final String SECRET_KEY = "test-secret-key-never-in-a-message";

    private static String endpoint;

    private TestS3() {
    }

    /** The server's address, such as {@code http://127.0.0.1:40123}, starting it if need be. */
    public static synchronized String endpoint() {
        if (endpoint == null) {
            endpoint = start();
        }
        return endpoint;
    }

    private static String start() {
        long started = System.nanoTime();
        BlobStoreContext blobs = ContextBuilder.newBuilder("transient")
            .credentials("identity", "credential")
            .overrides(new Properties())
            .build(BlobStoreContext.class);
        // port 0: the server takes a free one, and says which once started
        S3Proxy proxy = S3Proxy.builder()
            .blobStore(blobs.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
        try {
            proxy.start();
        }
        catch (Exception ex) {
            blobs.close();
            throw new IllegalStateException("S3Proxy did not start", ex);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                proxy.stop();
            }
            catch (Exception ex) {
                // the JVM is ending, and the blobs were only ever in its memory
            }
            blobs.close();
        }, "s3proxy-stop"));
        System.out.printf("S3Proxy started on 127.0.0.1:%d in %.1f s%n", proxy.getPort(), (System.nanoTime() - started) / 1e9);
        return "http://127.0.0.1:" + proxy.getPort();
    }
}
