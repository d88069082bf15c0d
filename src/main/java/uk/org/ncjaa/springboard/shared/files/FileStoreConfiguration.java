package uk.org.ncjaa.springboard.shared.files;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An S3 bucket when {@code springboard.files.s3.bucket} is set, for one node or several; else the database when
 * {@code springboard.several-nodes} is set; else the data directory (the default). Each keeps the one the site used
 * before it to read from, so a file stored before a switch is still found.
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FileStoreConfiguration.class);

    /** An S3 store is closed with the context (Spring calls {@code close()} on an AutoCloseable bean), and its client with it. */
    @Bean
    FileStore fileStore(@Value("${springboard.several-nodes:false}") boolean severalNodes,
            @Value("${springboard.files.dir:${springboard.data-dir:data}}") Path directoryRoot,
            @Value("${springboard.files.s3.bucket:}") String bucket, @Value("${springboard.files.s3.endpoint:}") String endpoint,
            @Value("${springboard.files.s3.region:eu-west-2}") String region,
            @Value("${springboard.files.s3.access-key:}") String accessKey,
            @Value("${springboard.files.s3.secret-key:}") String secretKey, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        DirectoryFileStore directory = new DirectoryFileStore(directoryRoot);
        FileStore local = severalNodes ? new DatabaseFileStore(jdbc, new TransactionTemplate(transactions), directory) : directory;
        if (bucket.isBlank()) {
            return local;
        }
        log.info("Uploaded files are kept in the S3 bucket '{}' ({}, {} credentials)", bucket.strip(),
                endpoint.isBlank() ? "AWS, " + region : endpoint, accessKey.isBlank() ? "the AWS SDK's default" : "the given");
        return new S3FileStore(S3FileStore.client(endpoint.strip(), region.strip(), accessKey.strip(), secretKey.strip()), bucket.strip(),
                local);
    }
}
