package uk.org.ncjaa.springboard.shared;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Uploaded images, checked by what they are rather than their names: a PNG, JPEG or GIF within
 * size limits, decoded and drawn afresh as a PNG, so nothing but pixels from the upload survives
 * (no scripts, no metadata, no location data).
 */
public final class Images {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_SOURCE_PIXELS = 25_000_000;
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif");

    private Images() {
    }

    /** Why an upload was refused, in words for the person who sent it. */
    public static class Rejected extends Exception {

        public Rejected(String message) {
            super(message);
        }
    }

    /** A picture's text alternative, required and at most 300 characters, as every upload asks for it. */
    public static String description(String alt) throws Rejected {
        String text = alt == null ? "" : alt.strip();
        if (text.isEmpty()) {
            throw new Rejected("Describe the picture in a few words, for people who cannot see it");
        }
        if (text.length() > 300) {
            throw new Rejected("Keep the description under 300 characters");
        }
        return text;
    }

    /** The upload decoded, scaled to fit within {@code maxSide} pixels and re-encoded as PNG. */
    public static Png redraw(byte[] upload, int maxSide) throws Rejected {
        BufferedImage scaled = scale(decode(upload), maxSide);
        return new Png(encode(scaled), scaled.getWidth(), scaled.getHeight());
    }

    public record Png(byte[] bytes, int width, int height) {
    }

    /**
     * A photograph of a work, drawn afresh as a JPEG at each of the largest sides asked for (never larger
     * than the upload): JPEG, since a photograph of a painting as PNG weighs several times as much. The
     * pixels are drawn on white, so a transparent upload does not turn black.
     */
    public static List<Jpeg> photos(byte[] upload, int maxBytes, List<Integer> maxSides) throws Rejected {
        BufferedImage source = decode(upload, maxBytes);
        List<Jpeg> sizes = new java.util.ArrayList<>();
        for (int side : maxSides) {
            BufferedImage scaled = scale(source, side);
            BufferedImage opaque = new BufferedImage(scaled.getWidth(), scaled.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = opaque.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, opaque.getWidth(), opaque.getHeight());
                g.drawImage(scaled, 0, 0, null);
            }
            finally {
                g.dispose();
            }
            sizes.add(new Jpeg(jpeg(opaque), opaque.getWidth(), opaque.getHeight()));
        }
        return sizes;
    }

    public record Jpeg(byte[] bytes, int width, int height) {
    }

    private static byte[] jpeg(BufferedImage image) {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
            stream.flush();
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        finally {
            writer.dispose();
        }
    }

    /**
     * A smaller copy of a PNG this application drew itself (never of an upload: those go through
     * {@link #redraw}, with its checks), scaled to fit within {@code maxSide} pixels.
     */
    public static Png shrink(byte[] png, int maxSide) {
        try {
            BufferedImage scaled = scale(ImageIO.read(new ByteArrayInputStream(png)), maxSide);
            return new Png(encode(scaled), scaled.getWidth(), scaled.getHeight());
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    static BufferedImage decode(byte[] upload) throws Rejected {
        return decode(upload, MAX_BYTES);
    }

    static BufferedImage decode(byte[] upload, int maxBytes) throws Rejected {
        if (upload == null || upload.length == 0) {
            throw new Rejected("Choose an image file to upload");
        }
        if (upload.length > maxBytes) {
            throw new Rejected("The image is larger than " + maxBytes / (1024 * 1024) + " MB: save a smaller copy and try again");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new Rejected("That file is not an image we can read: upload a PNG, JPEG or GIF");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw new Rejected("Upload a PNG, JPEG or GIF (this is " + format.toUpperCase(Locale.ROOT) + ")");
                }
                reader.setInput(input, true, true);
                // the size is read from the header first, so a small file that claims a vast image is never decoded
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_SOURCE_PIXELS) {
                    throw new Rejected("The image is too large in pixels: make it smaller than 5000 by 5000 and try again");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new Rejected("That image could not be read: save it again as a PNG and try again");
                }
                return image;
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException ex) {
            throw new Rejected("That image could not be read: save it again as a PNG and try again");
        }
    }

    private static BufferedImage scale(BufferedImage image, int maxSide) {
        double ratio = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * ratio));
        int height = Math.max(1, (int) Math.round(image.getHeight() * ratio));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        }
        finally {
            g.dispose();
        }
        return scaled;
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
