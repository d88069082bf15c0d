package uk.org.ncjaa.springboard.shared.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfScreeningTests {

    @TempDir
    Path folder;

    @Test
    void aPlainPdfIsKeptAsItCame() throws IOException {
        Path pdf = folder.resolve("plain.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        PdfScreening.Result result = new PdfScreening(16 << 20).screen(pdf, folder.resolve("cleaned.pdf"));
        assertThat(result.risks()).isEmpty();
        assertThat(result.cleaned()).isNull();
    }

    @Test
    void aFileThatKeepsTheCheckBusyIsRefusedAtTheTimeLimit() throws Exception {
        // a named pipe with nobody writing to it: reading it waits for ever, as a parser kept busy by a crafted file would
        Path pipe = folder.resolve("endless.pdf");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        try {
            assertThatThrownBy(() -> new PdfScreening(16 << 20, Duration.ofMillis(300)).screen(pipe, folder.resolve("cleaned.pdf")))
                .isInstanceOf(PdfScreening.Rejected.class)
                .hasMessageContaining("took too long");
        }
        finally {
            // let the waiting check finish
            try (OutputStream writer = Files.newOutputStream(pipe)) {
                writer.flush();
            }
        }
    }
}
