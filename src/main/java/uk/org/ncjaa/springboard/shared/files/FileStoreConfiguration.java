package uk.org.ncjaa.springboard.shared.files;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The data directory for one node (the default); the database when {@code springboard.several-nodes} is set. */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    @Bean
    FileStore fileStore(@Value("${springboard.several-nodes:false}") boolean severalNodes,
            @Value("${springboard.files.dir:${springboard.data-dir:data}}") Path directoryRoot, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        DirectoryFileStore directory = new DirectoryFileStore(directoryRoot);
        return severalNodes ? new DatabaseFileStore(jdbc, new TransactionTemplate(transactions), directory) : directory;
    }
}
