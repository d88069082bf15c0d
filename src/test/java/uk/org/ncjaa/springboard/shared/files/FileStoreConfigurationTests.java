package uk.org.ncjaa.springboard.shared.files;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import uk.org.ncjaa.springboard.support.TestS3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** Which store the settings choose, without starting the application. */
class FileStoreConfigurationTests {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
        .withUserConfiguration(FileStoreConfiguration.class)
        .withBean(JdbcTemplate.class, () -> mock(JdbcTemplate.class))
        .withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
        .withPropertyValues("springboard.files.dir=target/test-data/configuration-files");

    @Test
    void oneNodeKeepsFilesInItsDataDirectoryAndSeveralInTheDatabase() {
        contexts.run(context -> assertThat(context.getBean(FileStore.class)).isInstanceOf(DirectoryFileStore.class));
        contexts.withPropertyValues("springboard.several-nodes=true")
            .run(context -> assertThat(context.getBean(FileStore.class)).isInstanceOf(DatabaseFileStore.class));
    }

    @Test
    void aBucketSetKeepsFilesThereOnOneNodeOrSeveralAndItsClientIsClosedWithTheContext() {
        for (String severalNodes : new String[] { "false", "true" }) {
            S3FileStore[] kept = new S3FileStore[1];
            contexts
                .withPropertyValues("springboard.several-nodes=" + severalNodes, "springboard.files.s3.bucket=springboard-files",
                        "springboard.files.s3.endpoint=" + TestS3.endpoint(), "springboard.files.s3.access-key=" + TestS3.ACCESS_KEY,
                        "springboard.files.s3.secret-key=" + TestS3.SECRET_KEY)
                .run(context -> {
                    FileStore store = context.getBean(FileStore.class);
                    assertThat(store).isInstanceOf(S3FileStore.class);
                    kept[0] = (S3FileStore) store;
                    assertThat(kept[0].bucket()).isEqualTo("springboard-files");
                });
            assertThatThrownBy(() -> kept[0].get("reports", "a.pdf")).as("its client was closed")
                .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anAccessKeyWithoutItsSecretStopsTheStartWithoutQuotingIt() {
        contexts.withPropertyValues("springboard.files.s3.bucket=springboard-files", "springboard.files.s3.access-key=AKIDEXAMPLEKEY")
            .run(context -> assertThat(context).getFailure()
                .rootCause()
                .hasMessageContaining("both the access key and the secret key")
                .satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("AKIDEXAMPLEKEY")));
    }
}
