package uk.org.ncjaa.springboard.showcase.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Uploaded recordings of artworks (songs, spoken-word poems), checked by what they contain rather than by their names:
 * an MP3, Ogg Vorbis or Ogg Opus file within the limits of size and length, walked frame by frame or page by page.
 * <p>
 * The copy kept carries no tags. The artists are people in prison and on probation, shown by a first name or a
 * pseudonym at most, and a recording made on someone's own computer or phone often carries a full name, a prison in
 * its title or a photograph as its cover; so an MP3 keeps only its audio frames, and an Ogg file gets a comment header
 * with no comments in it.
 */
public final class AudioFiles {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final Duration MAX_LENGTH = Duration.ofMinutes(15);
    static final Duration MIN_LENGTH = Duration.ofSeconds(1);

    private static final String NOT_AUDIO = "That file is not a recording we can play: upload an MP3, Ogg Vorbis or Opus file";
    private static final String DAMAGED = "The recording is damaged and cannot be played: export or save it again and upload the new copy";
    private static final String INCOMPLETE = "The recording stops partway through, as if only part of the file arrived: "
            + "save it again and upload the new copy";
    private static final String SILENT = "That file has no sound in it: check that it is the recording you meant to upload";

    public enum Format {
        MP3("audio/mpeg", "mp3"),
        OGG_VORBIS("audio/ogg", "ogg"),
        OGG_OPUS("audio/ogg", "opus");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    /** A recording that passed, {@code bytes} being the cleaned file to keep rather than the upload. */
    public record Audio(Format format, byte[] bytes, Duration length) {
    }

    /** Why an upload was refused, in words for the person who sent it. */
    public static class Rejected extends Exception {

        public Rejected(String message) {
            super(message);
        }
    }

    private AudioFiles() {
    }

    public static Audio check(byte[] upload) throws Rejected {
        if (upload == null || upload.length == 0) {
            throw new Rejected("Choose a sound file to upload");
        }
        if (upload.length > MAX_BYTES) {
            throw new Rejected("The recording is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB: save a smaller copy (an MP3 or Opus file at a lower quality) and try again");
        }
        Audio audio;
        try {
            audio = startsWith(upload, 0, Ogg.CAPTURE) ? Ogg.clean(upload) : Mp3.clean(upload);
        }
        catch (RuntimeException ex) {
            // whatever the parsing trips over (a length pointing past the end, a count that overflows), the file is
            // not what it claims to be, and the uploader needs a reason rather than an error page
            throw new Rejected(DAMAGED);
        }
        if (audio.length().compareTo(MIN_LENGTH) < 0) {
            throw new Rejected("The recording is shorter than a second: check that it is the recording you meant to upload");
        }
        if (audio.length().compareTo(MAX_LENGTH) > 0) {
            throw new Rejected("The recording is longer than " + MAX_LENGTH.toMinutes()
                    + " minutes: upload a shorter recording, or an excerpt of it");
        }
        return audio;
    }

    /** MPEG audio layer III: ID3 and APE tags around a run of frames, of which only the frames are kept. */
    private static final class Mp3 {

        private static final byte[] ID3V2 = ascii("ID3");
        private static final byte[] ID3V1 = ascii("TAG");
        private static final byte[] APE = ascii("APETAGEX");
        private static final int[] BITRATES_MPEG1 = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
        private static final int[] BITRATES_MPEG2 = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
        // by the header's version bits: 0 is MPEG 2.5, 1 is reserved, 2 is MPEG 2, 3 is MPEG 1
        private static final int[][] SAMPLE_RATES = {{11025, 12000, 8000}, {}, {22050, 24000, 16000}, {44100, 48000, 32000}};
        // the frame sync is only 11 bits, so a few frames in a row can happen by chance in a file of another kind
        private static final int MIN_RUN = 10;

        private record Frame(int version, int sampleRate, int samples, int length, boolean mono) {
        }

        static Audio clean(byte[] file) throws Rejected {
            int start = 0;
            boolean tagged = false;
            while (startsWith(file, start, ID3V2)) {
                start = Math.addExact(start, id3v2Length(file, start));
                tagged = true;
            }
            if (start > file.length) {
                throw new Rejected(INCOMPLETE);
            }
            // some taggers leave zeros after the tag, beyond the size it declares
            while (tagged && start < file.length && file[start] == 0) {
                start++;
            }
            int end = withoutTrailingTags(file, start);

            Frame first = frame(file, start, end);
            if (first == null) {
                throw new Rejected(tagged && start == end ? SILENT : NOT_AUDIO);
            }
            int position = start;
            int frames = 0;
            long samples = 0;
            while (position < end) {
                Frame frame = frame(file, position, end);
                if (frame == null || frame.version() != first.version() || frame.sampleRate() != first.sampleRate()) {
                    break;
                }
                if (frame.length() > end - position) {
                    throw new Rejected(INCOMPLETE);
                }
                // an encoder's summary frame (Xing, Info, VBRI) holds no sound, only the count of the frames after it
                if (frames > 0 || !isSummary(file, position, frame)) {
                    samples += frame.samples();
                }
                frames++;
                position += frame.length();
            }
            if (position < end && !zeros(file, position, end)) {
                throw new Rejected(frames < MIN_RUN ? NOT_AUDIO : DAMAGED);
            }
            if (samples == 0) {
                throw new Rejected(SILENT);
            }
            return new Audio(Format.MP3, Arrays.copyOfRange(file, start, position), duration(samples, first.sampleRate()));
        }

        private static int id3v2Length(byte[] file, int at) throws Rejected {
            int size = 0;
            for (int i = 6; i < 10; i++) {
                int b = file[at + i] & 0xFF;
                // "syncsafe": seven bits a byte, so that a tag's size can never look like a frame sync
                if (b > 0x7F) {
                    throw new Rejected(DAMAGED);
                }
                size = (size << 7) | b;
            }
            boolean footer = (file[at + 5] & 0x10) != 0;
            return 10 + size + (footer ? 10 : 0);
        }

        /** Where the audio ends, before an APEv2 tag and an ID3v1 tag, whichever order a tagger wrote them in. */
        private static int withoutTrailingTags(byte[] file, int start) throws Rejected {
            int end = file.length;
            boolean found = true;
            while (found) {
                found = false;
                if (end - start >= 128 && startsWith(file, end - 128, ID3V1)) {
                    end -= 128;
                    found = true;
                }
                if (end - start >= 32 && startsWith(file, end - 32, APE)) {
                    long size = u32le(file, end - 32 + 12);
                    boolean header = (file[end - 32 + 23] & 0x80) != 0;
                    long length = size + (header ? 32 : 0);
                    if (size < 32 || length > end - start) {
                        throw new Rejected(DAMAGED);
                    }
                    end -= (int) length;
                    found = true;
                }
            }
            return end;
        }

        /** The frame whose header is at {@code at}, or null where there is none of layer III. */
        private static Frame frame(byte[] file, int at, int end) {
            if (end - at < 4) {
                return null;
            }
            int header = (int) u32be(file, at);
            int version = (header >>> 19) & 3;
            int layer = (header >>> 17) & 3;
            int bitrateIndex = (header >>> 12) & 15;
            int rateIndex = (header >>> 10) & 3;
            int padding = (header >>> 9) & 1;
            int channelMode = (header >>> 6) & 3;
            int emphasis = header & 3;
            if ((header & 0xFFE00000) != 0xFFE00000 || version == 1 || layer != 1
                    || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3 || emphasis == 2) {
                return null;
            }
            boolean mpeg1 = version == 3;
            int bitrate = (mpeg1 ? BITRATES_MPEG1 : BITRATES_MPEG2)[bitrateIndex] * 1000;
            int sampleRate = SAMPLE_RATES[version][rateIndex];
            int samples = mpeg1 ? 1152 : 576;
            int length = samples / 8 * bitrate / sampleRate + padding;
            return new Frame(version, sampleRate, samples, length, channelMode == 3);
        }

        private static boolean isSummary(byte[] file, int at, Frame frame) {
            boolean mpeg1 = frame.version() == 3;
            int sideInfo = mpeg1 ? (frame.mono() ? 17 : 32) : (frame.mono() ? 9 : 17);
            int xing = at + 4 + sideInfo;
            return startsWith(file, xing, ascii("Xing")) || startsWith(file, xing, ascii("Info"))
                    || startsWith(file, at + 4 + 32, ascii("VBRI"));
        }
    }

    /**
     * An Ogg stream of Vorbis or Opus: pages, each with its checksum, carrying packets of which the first few are
     * headers. The comment header is where tags live, so it is replaced by an empty one; that changes its size, so
     * the headers are laid out on pages afresh and every page after them renumbered.
     */
    private static final class Ogg {

        static final byte[] CAPTURE = ascii("OggS");
        private static final byte[] VORBIS_ID = ascii("\u0001vorbis");
        private static final byte[] VORBIS_COMMENT = ascii("\u0003vorbis");
        private static final byte[] VORBIS_SETUP = ascii("\u0005vorbis");
        private static final byte[] OPUS_HEAD = ascii("OpusHead");
        private static final byte[] OPUS_TAGS = ascii("OpusTags");
        // the comment header's vendor string is free text as well, so it is not kept either
        private static final byte[] VENDOR = ascii("Springboard");
        private static final int CONTINUED = 0x01;
        private static final int FIRST = 0x02;
        private static final int LAST = 0x04;
        private static final long NO_PACKET_ENDS = -1;
        private static final long OPUS_RATE = 48_000;

        private record Page(int offset, int flags, long granule, int serial, int sequence, int[] lacing, int body) {

            int end() {
                return body + Arrays.stream(lacing).sum();
            }
        }

        /** The header packets, and where they end: on which page, and after how many of its segments. */
        private record Headers(List<byte[]> packets, int page, int segments) {
        }

        static Audio clean(byte[] file) throws Rejected {
            List<Page> pages = pages(file);
            Headers headers = headers(file, pages);
            byte[] id = headers.packets().get(0);
            boolean opus = startsWith(id, 0, OPUS_HEAD);
            long granule = lastGranule(pages);
            Duration length;
            if (opus) {
                // Opus counts its granules at 48 kHz whatever the input's rate, starting before the first sample
                // to be heard by the encoder's delay ("pre-skip")
                long samples = granule - u16le(id, 10);
                if (samples <= 0) {
                    throw new Rejected(SILENT);
                }
                length = duration(samples, OPUS_RATE);
            }
            else {
                long rate = u32le(id, 12);
                if (rate == 0) {
                    throw new Rejected(DAMAGED);
                }
                length = duration(granule, rate);
            }
            byte[] cleaned = write(file, pages, headers, opus);
            return new Audio(opus ? Format.OGG_OPUS : Format.OGG_VORBIS, cleaned, length);
        }

        /** The header packets, read while checking that each page carries on the packet the one before left open. */
        private static Headers headers(byte[] file, List<Page> pages) throws Rejected {
            List<byte[]> headers = new ArrayList<>();
            Headers found = null;
            int expected = Integer.MAX_VALUE;
            ByteArrayOutputStream packet = new ByteArrayOutputStream();
            boolean open = false;
            int audioPackets = 0;
            for (int p = 0; p < pages.size(); p++) {
                Page page = pages.get(p);
                if (((page.flags() & CONTINUED) != 0) != open) {
                    throw new Rejected(DAMAGED);
                }
                int offset = page.body();
                for (int s = 0; s < page.lacing().length; s++) {
                    int length = page.lacing()[s];
                    if (found == null) {
                        packet.write(file, offset, length);
                    }
                    offset += length;
                    // a segment shorter than 255 bytes ends a packet; one of exactly 255 runs on into the next
                    open = length == 255;
                    if (open) {
                        continue;
                    }
                    if (found != null) {
                        audioPackets++;
                        continue;
                    }
                    headers.add(packet.toByteArray());
                    packet.reset();
                    if (headers.size() == 1) {
                        expected = headerCount(headers.get(0));
                    }
                    if (headers.size() == expected) {
                        found = new Headers(headers, p, s + 1);
                    }
                }
            }
            if (open) {
                throw new Rejected(INCOMPLETE);
            }
            if (headers.isEmpty()) {
                throw new Rejected(NOT_AUDIO);
            }
            if (found == null) {
                throw new Rejected(INCOMPLETE);
            }
            if (audioPackets == 0) {
                throw new Rejected(SILENT);
            }
            return found;
        }

        /** The pages, one after another with nothing between them, each checked against its checksum. */
        private static List<Page> pages(byte[] file) throws Rejected {
            List<Page> pages = new ArrayList<>();
            int at = 0;
            while (at < file.length) {
                if (file.length - at < 27) {
                    throw new Rejected(INCOMPLETE);
                }
                if (!startsWith(file, at, CAPTURE) || file[at + 4] != 0) {
                    throw new Rejected(DAMAGED);
                }
                int segments = file[at + 26] & 0xFF;
                int body = at + 27 + segments;
                if (body > file.length) {
                    throw new Rejected(INCOMPLETE);
                }
                int[] lacing = new int[segments];
                for (int s = 0; s < segments; s++) {
                    lacing[s] = file[at + 27 + s] & 0xFF;
                }
                Page page = new Page(at, file[at + 5] & 0xFF, i64le(file, at + 6), (int) u32le(file, at + 14),
                        (int) u32le(file, at + 18), lacing, body);
                if (page.end() > file.length) {
                    throw new Rejected(INCOMPLETE);
                }
                if (pageCrc(file, at, page.end()) != (int) u32le(file, at + 22)) {
                    throw new Rejected(DAMAGED);
                }
                continues(page, pages);
                pages.add(page);
                at = page.end();
            }
            return pages;
        }

        /** One logical stream, from its first page to its last, with no page missing. */
        private static void continues(Page page, List<Page> before) throws Rejected {
            if (before.isEmpty()) {
                if ((page.flags() & FIRST) == 0) {
                    throw new Rejected(DAMAGED);
                }
                return;
            }
            Page first = before.get(0);
            Page previous = before.get(before.size() - 1);
            if (page.serial() != first.serial() || (page.flags() & FIRST) != 0) {
                // an Ogg file can hold several streams at once (a video's picture and sound) or one after another
                throw new Rejected("That file holds more than a single recording (it may be a video): "
                        + "upload the sound alone, as an MP3, Ogg Vorbis or Opus file");
            }
            if ((previous.flags() & LAST) != 0 || page.sequence() != previous.sequence() + 1) {
                throw new Rejected(DAMAGED);
            }
        }

        /** How many header packets the codec named by the first packet has, if it is one we take. */
        private static int headerCount(byte[] id) throws Rejected {
            if (startsWith(id, 0, VORBIS_ID) && id.length >= 30) {
                if (u32le(id, 7) != 0 || id[11] == 0 || (id[29] & 1) == 0) {
                    throw new Rejected(DAMAGED);
                }
                return 3;
            }
            if (startsWith(id, 0, OPUS_HEAD) && id.length >= 19) {
                // the upper half of the version byte changes only for a layout older readers could not follow
                if ((id[8] & 0xF0) != 0 || id[9] == 0) {
                    throw new Rejected(DAMAGED);
                }
                return 2;
            }
            throw new Rejected(NOT_AUDIO);
        }

        private static long lastGranule(List<Page> pages) throws Rejected {
            for (int p = pages.size() - 1; p >= 0; p--) {
                long granule = pages.get(p).granule();
                if (granule != NO_PACKET_ENDS) {
                    if (granule < 0) {
                        throw new Rejected(DAMAGED);
                    }
                    return granule;
                }
            }
            throw new Rejected(DAMAGED);
        }

        /**
         * The stream again with an empty comment header: the first header alone on the first page, the others on
         * pages of their own after it, and the audio starting on a fresh page, as both codecs' specifications ask.
         */
        private static byte[] write(byte[] file, List<Page> pages, Headers headers, boolean opus) throws Rejected {
            List<byte[]> packets = headers.packets();
            if (!startsWith(packets.get(1), 0, opus ? OPUS_TAGS : VORBIS_COMMENT)
                    || (!opus && !startsWith(packets.get(2), 0, VORBIS_SETUP))) {
                throw new Rejected(DAMAGED);
            }
            List<byte[]> rest = new ArrayList<>(packets.subList(1, packets.size()));
            rest.set(0, emptyComments(opus));

            Pages out = new Pages(pages.get(0).serial());
            out.packets(List.of(packets.get(0)), FIRST);
            out.packets(rest, 0);

            List<Page> audio = new ArrayList<>();
            Page shared = pages.get(headers.page());
            int[] lacing = shared.lacing();
            if (headers.segments() < lacing.length) {
                // audio packets that began on the page where the headers ended move to a page of their own
                int from = shared.body();
                for (int s = 0; s < headers.segments(); s++) {
                    from += lacing[s];
                }
                audio.add(new Page(shared.offset(), shared.flags() & LAST, shared.granule(), shared.serial(),
                        shared.sequence(), Arrays.copyOfRange(lacing, headers.segments(), lacing.length), from));
            }
            audio.addAll(pages.subList(headers.page() + 1, pages.size()));
            for (int p = 0; p < audio.size(); p++) {
                Page page = audio.get(p);
                // a stream should say where it ends, for players that read it as it arrives
                int flags = p == audio.size() - 1 ? page.flags() | LAST : page.flags();
                out.page(flags, page.granule(), page.lacing(), file, page.body());
            }
            return out.bytes();
        }

        private static byte[] emptyComments(boolean opus) {
            ByteArrayOutputStream packet = new ByteArrayOutputStream();
            packet.writeBytes(opus ? OPUS_TAGS : VORBIS_COMMENT);
            packet.writeBytes(u32le(VENDOR.length));
            packet.writeBytes(VENDOR);
            packet.writeBytes(u32le(0));
            if (!opus) {
                // Vorbis ends its comment header with a framing bit; Opus has none
                packet.write(1);
            }
            return packet.toByteArray();
        }

        /** Pages written one after another, numbered from 0 in the serial number of the stream they came from. */
        private static final class Pages {

            private final ByteArrayOutputStream out = new ByteArrayOutputStream();
            private final int serial;
            private int sequence;

            Pages(int serial) {
                this.serial = serial;
            }

            /** Packets laid out on as many pages as they need, starting on a fresh one. */
            void packets(List<byte[]> packets, int flags) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                List<Integer> lacing = new ArrayList<>();
                boolean packetEnds = false;
                boolean continued = false;
                for (byte[] packet : packets) {
                    int left = packet.length;
                    int offset = 0;
                    do {
                        int length = Math.min(255, left);
                        body.write(packet, offset, length);
                        lacing.add(length);
                        offset += length;
                        left -= length;
                        // a packet whose length is a multiple of 255 ends with a segment of 0 bytes
                        boolean ends = length < 255;
                        packetEnds |= ends;
                        if (lacing.size() == 255) {
                            flush(flags, continued, packetEnds, lacing, body);
                            continued = !ends;
                            packetEnds = false;
                            flags &= ~FIRST;
                        }
                        if (ends) {
                            break;
                        }
                    }
                    while (true);
                }
                if (!lacing.isEmpty()) {
                    flush(flags, continued, packetEnds, lacing, body);
                }
            }

            private void flush(int flags, boolean continued, boolean packetEnds, List<Integer> lacing, ByteArrayOutputStream body) {
                byte[] bytes = body.toByteArray();
                page(flags | (continued ? CONTINUED : 0), packetEnds ? 0 : NO_PACKET_ENDS,
                        lacing.stream().mapToInt(Integer::intValue).toArray(), bytes, 0);
                lacing.clear();
                body.reset();
            }

            void page(int flags, long granule, int[] lacing, byte[] source, int from) {
                int bodyLength = Arrays.stream(lacing).sum();
                byte[] page = new byte[27 + lacing.length + bodyLength];
                System.arraycopy(CAPTURE, 0, page, 0, 4);
                page[5] = (byte) flags;
                for (int i = 0; i < 8; i++) {
                    page[6 + i] = (byte) (granule >>> (8 * i));
                }
                System.arraycopy(u32le(serial), 0, page, 14, 4);
                System.arraycopy(u32le(sequence++), 0, page, 18, 4);
                page[26] = (byte) lacing.length;
                for (int s = 0; s < lacing.length; s++) {
                    page[27 + s] = (byte) lacing[s];
                }
                System.arraycopy(source, from, page, 27 + lacing.length, bodyLength);
                System.arraycopy(u32le(pageCrc(page, 0, page.length)), 0, page, 22, 4);
                out.writeBytes(page);
            }

            byte[] bytes() {
                return out.toByteArray();
            }
        }

        private static final int[] CRC_TABLE = new int[256];

        static {
            // Ogg's CRC-32: polynomial 0x04C11DB7, most significant bit first, starting from 0, not inverted
            for (int i = 0; i < 256; i++) {
                int r = i << 24;
                for (int k = 0; k < 8; k++) {
                    r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
                }
                CRC_TABLE[i] = r;
            }
        }

        /** The checksum of the page from {@code from} to {@code to}, counting its own checksum field as zeros. */
        static int pageCrc(byte[] bytes, int from, int to) {
            int crc = 0;
            for (int i = from; i < to; i++) {
                int b = i >= from + 22 && i < from + 26 ? 0 : bytes[i] & 0xFF;
                crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xFF];
            }
            return crc;
        }
    }

    private static Duration duration(long samples, long rate) {
        return Duration.ofSeconds(samples / rate, samples % rate * 1_000_000_000L / rate);
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return at >= 0 && bytes.length - at >= prefix.length
                && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static long u32be(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }

    private static long u32le(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static int u16le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long i64le(byte[] b, int at) {
        return u32le(b, at) | u32le(b, at + 4) << 32;
    }

    private static byte[] u32le(long value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }
}
