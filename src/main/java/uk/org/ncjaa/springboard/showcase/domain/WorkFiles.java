package uk.org.ncjaa.springboard.showcase.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import uk.org.ncjaa.springboard.shared.Images;
import uk.org.ncjaa.springboard.shared.files.FileStore;
import uk.org.ncjaa.springboard.shared.files.PdfScreening;

/**
 * A work's files, checked by what they are before anything is kept: pictures drawn afresh as JPEGs at
 * three sizes (no metadata, no location survives), recordings checked and stripped of their tags, and
 * the signed consent form as a screened PDF or a picture drawn afresh. Consent forms live apart from
 * the works, and no public address leads to them.
 */
@Component
public class WorkFiles {

    private static final Logger log = LoggerFactory.getLogger(WorkFiles.class);

    static final String AREA = "showcase";
    static final String CONSENT_AREA = "showcase-consent";
    /**
     * The sizes a picture is kept at, by its longest side: a gallery's card (small, since several load with
     * a page that must weigh under 100 KB), a work's page, and a wide screen's sharper copy.
     */
    public static final List<Integer> IMAGE_WIDTHS = List.of(320, 800, 1600);
    /** Phones' photographs of paintings run to several megabytes: more than the 2 MB asked of logos. */
    static final int MAX_IMAGE_BYTES = 12 * 1024 * 1024;

    private final FileStore store;
    private final PdfScreening screening;
    private final long maxFormBytes;

    WorkFiles(FileStore store, @Value("${springboard.evidence.read-memory:64MB}") DataSize memory,
            @Value("${springboard.evidence.max-upload:25MB}") DataSize maxUpload) {
        this.store = store;
        this.screening = new PdfScreening(memory.toBytes());
        this.maxFormBytes = maxUpload.toBytes();
    }

    static String imageKey(String base, int width) {
        return base + "-" + width + ".jpg";
    }

    record StoredImage(String base, int width, int height) {
    }

    record StoredAudio(String key, String format, int seconds) {
    }

    StoredImage putImage(byte[] upload) {
        List<Images.Jpeg> sizes;
        try {
            sizes = Images.photos(upload, MAX_IMAGE_BYTES, IMAGE_WIDTHS);
        }
        catch (Images.Rejected rejected) {
            throw new ShowcaseException(rejected.getMessage() + ".");
        }
        String base = "work-" + UUID.randomUUID();
        for (int i = 0; i < IMAGE_WIDTHS.size(); i++) {
            put(AREA, imageKey(base, IMAGE_WIDTHS.get(i)), sizes.get(i).bytes());
        }
        Images.Jpeg largest = sizes.get(sizes.size() - 1);
        return new StoredImage(base, largest.width(), largest.height());
    }

    StoredAudio putAudio(byte[] upload) {
        AudioFiles.Audio audio;
        try {
            audio = AudioFiles.check(upload);
        }
        catch (AudioFiles.Rejected rejected) {
            throw new ShowcaseException(rejected.getMessage());
        }
        String key = "work-" + UUID.randomUUID() + "." + audio.format().extension();
        put(AREA, key, audio.bytes());
        return new StoredAudio(key, audio.format().name(), (int) Math.max(1, Math.round(audio.length().toMillis() / 1000.0)));
    }

    /** The signed consent form: a PDF, screened and cleaned as every uploaded PDF is, or a photograph of it. */
    String putConsentForm(byte[] upload, String fileName) {
        if (upload == null || upload.length == 0) {
            throw new ShowcaseException("Choose the consent form's file, or confirm that your organisation holds the form.",
                    "showcase.problem.consentFile");
        }
        if (upload.length > maxFormBytes) {
            throw new ShowcaseException("The consent form is too large; the largest we accept is " + maxFormBytes / 1_048_576 + " MB.",
                    "showcase.problem.consentFormSize", String.valueOf(maxFormBytes / 1_048_576));
        }
        try {
            Path temporary = Files.createTempFile("consent-", ".part");
            Path cleaned = temporary.resolveSibling(temporary.getFileName() + ".cleaned");
            try {
                Files.write(temporary, upload);
                String key = "consent-" + UUID.randomUUID();
                if (PdfScreening.hasPdfHeader(temporary)) {
                    PdfScreening.Result screened = screening.screen(temporary, cleaned);
                    store.put(CONSENT_AREA, key + ".pdf", screened.cleaned() != null ? screened.cleaned() : temporary);
                    return key + ".pdf";
                }
                List<Images.Jpeg> photo;
                try {
                    photo = Images.photos(upload, MAX_IMAGE_BYTES, List.of(2400));
                }
                catch (Images.Rejected notAPicture) {
                    throw new ShowcaseException("Upload the consent form as a PDF, or as a photograph (PNG, JPEG or GIF).",
                            "showcase.problem.consentFormType");
                }
                put(CONSENT_AREA, key + ".jpg", photo.get(0).bytes());
                return key + ".jpg";
            }
            finally {
                Files.deleteIfExists(temporary);
                Files.deleteIfExists(cleaned);
            }
        }
        catch (PdfScreening.Rejected rejected) {
            throw new ShowcaseException(rejected.getMessage());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    Optional<Resource> image(String base, int width) {
        return IMAGE_WIDTHS.contains(width) ? store.get(AREA, imageKey(base, width)) : Optional.empty();
    }

    Optional<Resource> audio(String key) {
        return store.get(AREA, key);
    }

    Optional<Resource> consentForm(String key) {
        return store.get(CONSENT_AREA, key);
    }

    /** Deletes a withdrawn or declined work's files; one that will not go is logged and the rest still go. */
    void delete(List<String> keys) {
        for (String key : keys) {
            try {
                store.delete(key.startsWith("consent-") ? CONSENT_AREA : AREA, key);
            }
            catch (IOException | RuntimeException ex) {
                log.error("Could not delete the withdrawn work's file {}: delete it by hand", key, ex);
            }
        }
    }

    private void put(String area, String key, byte[] bytes) {
        try {
            Path temporary = Files.createTempFile("showcase-", ".part");
            try {
                Files.write(temporary, bytes);
                store.put(area, key, temporary);
            }
            finally {
                Files.deleteIfExists(temporary);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
