package uk.org.ncjaa.springboard.showcase.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.org.ncjaa.springboard.showcase.domain.AudioFiles.Audio;
import uk.org.ncjaa.springboard.showcase.domain.AudioFiles.Format;
import uk.org.ncjaa.springboard.showcase.domain.AudioFiles.Rejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The recordings in {@code showcase/audio}, and broken copies of them made here; their lengths are ffprobe's. */
class AudioFilesTests {

    private static final String ARTIST = "Jane Example";

    @Test
    void anMp3IsAcceptedWithItsFramesOnly() throws Exception {
        Audio audio = AudioFiles.check(recording("tone-cbr.mp3"));

        assertThat(audio.format()).isEqualTo(Format.MP3);
        assertThat(audio.format().mediaType()).isEqualTo("audio/mpeg");
        assertThat(audio.format().extension()).isEqualTo("mp3");
        assertThat(seconds(audio)).isCloseTo(3.030204, within(0.1));
        String cleaned = text(audio.bytes());
        assertThat(cleaned).doesNotContain(ARTIST).doesNotContain("HMP").doesNotContain("PNG");
        // the first frame's sync, where the ID3v2 tag was; and no ID3v1 tag where it was
        assertThat(audio.bytes()[0]).isEqualTo((byte) 0xFF);
        assertThat(cleaned.substring(cleaned.length() - 128)).doesNotStartWith("TAG");
    }

    @Test
    void aVariableBitrateMp3IsTimedFrameByFrame() throws Exception {
        Audio audio = AudioFiles.check(recording("tone-vbr.mp3"));

        assertThat(audio.format()).isEqualTo(Format.MP3);
        assertThat(seconds(audio)).isCloseTo(3.056327, within(0.1));
        assertThat(text(audio.bytes())).doesNotContain(ARTIST);
    }

    @Test
    void anApeTagAtTheEndOfAnMp3IsRemovedAsWell() throws Exception {
        byte[] mp3 = recording("tone-cbr.mp3");
        byte[] item = concat(littleEndian(ARTIST.length()), littleEndian(0), ascii("Artist\u0000" + ARTIST));
        int size = item.length + 32;
        byte[] ape = concat(apeHeader(size, 0xA0000000), item, apeHeader(size, 0x80000000));
        // an APEv2 tag goes before an ID3v1 tag
        byte[] tagged = concat(Arrays.copyOf(mp3, mp3.length - 128), ape, Arrays.copyOfRange(mp3, mp3.length - 128, mp3.length));

        Audio audio = AudioFiles.check(tagged);

        assertThat(audio.bytes()).isEqualTo(AudioFiles.check(mp3).bytes());
        assertThat(text(audio.bytes())).doesNotContain(ARTIST).doesNotContain("APETAGEX");
    }

    @Test
    void anOggVorbisFileKeepsAnEmptyCommentHeader() throws Exception {
        Audio audio = AudioFiles.check(recording("tone.ogg"));

        assertThat(audio.format()).isEqualTo(Format.OGG_VORBIS);
        assertThat(audio.format().mediaType()).isEqualTo("audio/ogg");
        assertThat(audio.format().extension()).isEqualTo("ogg");
        assertThat(seconds(audio)).isCloseTo(3.0, within(0.1));
        assertThat(text(audio.bytes()))
            .doesNotContain(ARTIST)
            .doesNotContainIgnoringCase("artist=")
            .doesNotContainIgnoringCase("title=")
            // vendor string, no comments, framing bit
            .contains("\u0003vorbis\u000b\u0000\u0000\u0000Springboard\u0000\u0000\u0000\u0000\u0001");
    }

    @Test
    void anOpusFileKeepsAnEmptyCommentHeader() throws Exception {
        Audio audio = AudioFiles.check(recording("tone.opus"));

        assertThat(audio.format()).isEqualTo(Format.OGG_OPUS);
        assertThat(audio.format().mediaType()).isEqualTo("audio/ogg");
        assertThat(audio.format().extension()).isEqualTo("opus");
        // ffprobe says 3.0065, counting the 312 samples of pre-skip that are never heard
        assertThat(seconds(audio)).isCloseTo(3.0065, within(0.1));
        assertThat(text(audio.bytes()))
            .doesNotContain(ARTIST)
            .doesNotContainIgnoringCase("artist=")
            .contains("OpusTags\u000b\u0000\u0000\u0000Springboard\u0000\u0000\u0000\u0000OggS");
        // OpusHead alone on the first page, OpusTags starting the second
        List<Integer> pages = pageOffsets(audio.bytes());
        assertThat(text(audio.bytes()).indexOf("OpusHead")).isBetween(pages.get(0), pages.get(1));
        assertThat(text(audio.bytes()).indexOf("OpusTags")).isEqualTo(pages.get(1) + 28);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tone.ogg", "tone.opus", "tone-cbr.mp3", "tone-vbr.mp3"})
    void aCleanedRecordingPassesTheCheckAgainUnchanged(String name) throws Exception {
        Audio cleaned = AudioFiles.check(recording(name));

        Audio again = AudioFiles.check(cleaned.bytes());

        assertThat(again.format()).isEqualTo(cleaned.format());
        assertThat(again.length()).isEqualTo(cleaned.length());
        assertThat(again.bytes()).isEqualTo(cleaned.bytes());
    }

    @Test
    void theDemoRecordingPassesTheCheck() throws Exception {
        byte[] demo;
        try (InputStream in = AudioFilesTests.class.getResourceAsStream("/demo/showcase/melody-for-a-long-night.opus")) {
            assertThat(in).isNotNull();
            demo = in.readAllBytes();
        }

        Audio audio = AudioFiles.check(demo);

        assertThat(audio.format()).isEqualTo(Format.OGG_OPUS);
        assertThat(seconds(audio)).isCloseTo(29.0065, within(0.1));
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertThatThrownBy(() -> AudioFiles.check(new byte[0]))
            .isInstanceOf(Rejected.class)
            .hasMessage("Choose a sound file to upload");
        assertThatThrownBy(() -> AudioFiles.check(null))
            .isInstanceOf(Rejected.class)
            .hasMessage("Choose a sound file to upload");
    }

    @Test
    void filesThatAreNotRecordingsAreRefusedWhateverTheirNames() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] text = "A poem by Jane Example\nwritten on a long night\n".getBytes(StandardCharsets.UTF_8);
        byte[] pdf = ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");

        for (byte[] upload : List.of(png.toByteArray(), text, pdf)) {
            assertThatThrownBy(() -> AudioFiles.check(upload))
                .isInstanceOf(Rejected.class)
                .hasMessage("That file is not a recording we can play: upload an MP3, Ogg Vorbis or Opus file");
        }
    }

    @Test
    void anMp3CutShortIsRefused() throws Exception {
        byte[] mp3 = recording("tone-cbr.mp3");

        assertThatThrownBy(() -> AudioFiles.check(Arrays.copyOf(mp3, mp3.length / 2)))
            .isInstanceOf(Rejected.class)
            .hasMessageContaining("stops partway through");
    }

    @Test
    void anOggFileWithOneByteChangedFailsItsChecksum() throws Exception {
        byte[] ogg = recording("tone.ogg");
        ogg[ogg.length / 2] ^= 0x40;

        assertThatThrownBy(() -> AudioFiles.check(ogg))
            .isInstanceOf(Rejected.class)
            .hasMessageContaining("damaged");
    }

    @Test
    void anOggFileWithASecondStreamIsRefused() throws Exception {
        byte[] opus = recording("tone.opus");
        List<Integer> pages = pageOffsets(opus);
        int third = pages.get(2);
        ByteBuffer.wrap(opus, third + 14, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(12345);
        resign(opus, third, pages.get(3));

        assertThatThrownBy(() -> AudioFiles.check(opus))
            .isInstanceOf(Rejected.class)
            .hasMessageContaining("more than a single recording");
    }

    @Test
    void anUploadOverTheSizeLimitIsRefusedBeforeItIsRead() {
        byte[] upload = new byte[(int) AudioFiles.MAX_BYTES + 1];
        System.arraycopy(ascii("OggS"), 0, upload, 0, 4);

        assertThatThrownBy(() -> AudioFiles.check(upload))
            .isInstanceOf(Rejected.class)
            .hasMessageContaining("larger than 20 MB");
    }

    @Test
    void aFileClaimingToLastTwentyMinutesIsRefused() throws Exception {
        byte[] opus = recording("tone.opus");
        int last = lastPage(opus);
        ByteBuffer.wrap(opus, last + 6, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(Duration.ofMinutes(20).toSeconds() * 48_000);
        resign(opus, last, opus.length);

        assertThatThrownBy(() -> AudioFiles.check(opus))
            .isInstanceOf(Rejected.class)
            .hasMessageContaining("longer than 15 minutes");
    }

    @Test
    void aRecordingOfUnderASecondIsRefused() throws Exception {
        byte[] ogg = recording("tone.ogg");
        int last = lastPage(ogg);
        // half a second at the file's 22,050 samples a second
        ByteBuffer.wrap(ogg, last + 6, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(11_025);
        resign(ogg, last, ogg.length);

        assertThatThrownBy(() -> AudioFiles.check(ogg))
            .isInstanceOf(Rejected.class)
            .hasMessageContaining("shorter than a second");
    }

    @Test
    void tagsWithNoSoundAfterThemAreRefused() throws Exception {
        byte[] mp3 = recording("tone-cbr.mp3");
        int tagLength = 10 + ((mp3[6] & 0x7F) << 21 | (mp3[7] & 0x7F) << 14 | (mp3[8] & 0x7F) << 7 | (mp3[9] & 0x7F));

        assertThatThrownBy(() -> AudioFiles.check(Arrays.copyOf(mp3, tagLength)))
            .isInstanceOf(Rejected.class)
            .hasMessageContaining("no sound");
    }

    private static byte[] recording(String name) throws IOException {
        try (InputStream in = AudioFilesTests.class.getResourceAsStream("/showcase/audio/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static double seconds(Audio audio) {
        return audio.length().toNanos() / 1e9;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<Integer> pageOffsets(byte[] ogg) {
        List<Integer> offsets = new ArrayList<>();
        int at = 0;
        while (at < ogg.length) {
            offsets.add(at);
            int segments = ogg[at + 26] & 0xFF;
            int body = 0;
            for (int s = 0; s < segments; s++) {
                body += ogg[at + 27 + s] & 0xFF;
            }
            at += 27 + segments + body;
        }
        return offsets;
    }

    private static int lastPage(byte[] ogg) {
        List<Integer> pages = pageOffsets(ogg);
        return pages.get(pages.size() - 1);
    }

    /** A page's checksum worked out afresh, bit by bit, as the Ogg specification gives it. */
    private static void resign(byte[] ogg, int from, int to) {
        Arrays.fill(ogg, from + 22, from + 26, (byte) 0);
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= (ogg[i] & 0xFF) << 24;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
        }
        ByteBuffer.wrap(ogg, from + 22, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(crc);
    }

    private static byte[] apeHeader(int size, int flags) {
        return concat(ascii("APETAGEX"), littleEndian(2000), littleEndian(size), littleEndian(1), littleEndian(flags), new byte[8]);
    }

    private static byte[] littleEndian(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
