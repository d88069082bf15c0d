package uk.org.ncjaa.springboard.showcase.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.showcase.domain.DemoArtworks.Style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo artworks are real PNGs of the size asked for, the same bytes for the same arguments, another
 * picture for another seed or style, and never flat or mostly one colour. The measures used are first
 * shown to fail on pictures made here to fail them, so a pass means something.
 */
class DemoArtworksTests {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 360;
    private static final long[] SEEDS = {1, 2, 3};

    /** Mean difference per channel, out of 255, between the 8 by 8 thumbnails of two styles. */
    private static final double STYLES_APART = 12;
    /** Share of pixels whose brightness changes by more than 8 (of 255) when the seed changes. */
    private static final double SEEDS_APART = 0.1;
    private static final int MIN_COLOURS = 64;
    private static final double MAX_COMMONEST_SHARE = 0.5;
    private static final double MIN_BRIGHTNESS_SPREAD = 12;
    private static final int MIN_THUMBNAIL_COLOURS = 6;

    @Test
    void eachStyleIsAPngOfTheSizeAskedFor() {
        int[][] sizes = {{1200, 900}, {300, 400}, {64, 48}, {1, 1}};
        for (Style style : Style.values()) {
            for (int[] size : sizes) {
                byte[] png = DemoArtworks.png(style, 7, size[0], size[1]);
                assertThat(png).as("%s at %dx%d", style, size[0], size[1]).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
                BufferedImage image = decode(png);
                assertThat(image.getWidth()).as("%s width", style).isEqualTo(size[0]);
                assertThat(image.getHeight()).as("%s height", style).isEqualTo(size[1]);
            }
        }
    }

    @Test
    void theSameArgumentsGiveTheSameBytes() {
        for (Style style : Style.values()) {
            assertThat(DemoArtworks.png(style, 42, WIDTH, HEIGHT)).as("%s", style).isEqualTo(DemoArtworks.png(style, 42, WIDTH, HEIGHT));
        }
    }

    @Test
    void anotherSeedGivesAVisiblyDifferentPicture() {
        for (Style style : Style.values()) {
            for (int i = 0; i < SEEDS.length; i++) {
                for (int j = i + 1; j < SEEDS.length; j++) {
                    byte[] one = DemoArtworks.png(style, SEEDS[i], WIDTH, HEIGHT);
                    byte[] other = DemoArtworks.png(style, SEEDS[j], WIDTH, HEIGHT);
                    assertThat(one).as("%s, seeds %d and %d", style, SEEDS[i], SEEDS[j]).isNotEqualTo(other);
                    assertThat(changedShare(decode(one), decode(other))).as("%s, seeds %d and %d", style, SEEDS[i], SEEDS[j])
                        .isGreaterThan(SEEDS_APART);
                }
            }
        }
    }

    @Test
    void everyStyleLooksUnlikeEveryOther() {
        Style[] styles = Style.values();
        for (long seed : SEEDS) {
            double[][][] thumbnails = new double[styles.length][][];
            for (int i = 0; i < styles.length; i++) {
                thumbnails[i] = thumbnail(decode(DemoArtworks.png(styles[i], seed, WIDTH, HEIGHT)));
            }
            for (int i = 0; i < styles.length; i++) {
                for (int j = i + 1; j < styles.length; j++) {
                    assertThat(distance(thumbnails[i], thumbnails[j])).as("%s and %s, seed %d", styles[i], styles[j], seed)
                        .isGreaterThan(STYLES_APART);
                }
            }
        }
    }

    @Test
    void noStyleIsFlatOrMostlyOneColour() {
        for (Style style : Style.values()) {
            for (long seed : SEEDS) {
                BufferedImage image = decode(DemoArtworks.png(style, seed, WIDTH, HEIGHT));
                String which = style + ", seed " + seed;
                assertThat(colours(image)).as(which).isGreaterThanOrEqualTo(MIN_COLOURS);
                assertThat(commonestShare(image)).as(which).isLessThan(MAX_COMMONEST_SHARE);
                assertThat(brightnessSpread(image)).as(which).isGreaterThan(MIN_BRIGHTNESS_SPREAD);
                assertThat(thumbnailColours(image)).as(which).isGreaterThanOrEqualTo(MIN_THUMBNAIL_COLOURS);
            }
        }
    }

    @Test
    void theMeasuresFailPicturesMadeToFailThem() {
        BufferedImage flat = picture(g -> {
            g.setColor(new Color(0x6699CC));
            g.fillRect(0, 0, WIDTH, HEIGHT);
        });
        assertThat(colours(flat)).isLessThan(MIN_COLOURS);
        assertThat(commonestShare(flat)).isGreaterThanOrEqualTo(MAX_COMMONEST_SHARE);
        assertThat(brightnessSpread(flat)).isLessThanOrEqualTo(MIN_BRIGHTNESS_SPREAD);
        assertThat(thumbnailColours(flat)).isLessThan(MIN_THUMBNAIL_COLOURS);

        // two colours meeting along a smooth curve: contrast, but hardly a picture, and mostly the one colour
        BufferedImage twoTone = picture(g -> {
            g.setColor(new Color(0xF2EAD8));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Path2D hill = new Path2D.Double();
            hill.moveTo(0, HEIGHT);
            hill.curveTo(WIDTH * 0.3, HEIGHT * 0.5, WIDTH * 0.7, HEIGHT * 0.9, WIDTH, HEIGHT * 0.6);
            hill.lineTo(WIDTH, HEIGHT);
            hill.closePath();
            g.setColor(new Color(0x2E5E4E));
            g.fill(hill);
        });
        assertThat(colours(twoTone)).isLessThan(MIN_COLOURS);
        assertThat(commonestShare(twoTone)).isGreaterThanOrEqualTo(MAX_COMMONEST_SHARE);

        // a faint tint is no new picture, a plain change of colour is a visible one
        BufferedImage tinted = picture(g -> {
            g.setColor(new Color(0x699CCF));
            g.fillRect(0, 0, WIDTH, HEIGHT);
        });
        BufferedImage darker = picture(g -> {
            g.setColor(new Color(0x4477AA));
            g.fillRect(0, 0, WIDTH, HEIGHT);
        });
        assertThat(distance(thumbnail(flat), thumbnail(tinted))).isLessThanOrEqualTo(STYLES_APART);
        assertThat(distance(thumbnail(flat), thumbnail(twoTone))).isGreaterThan(STYLES_APART);
        assertThat(changedShare(flat, tinted)).isLessThanOrEqualTo(SEEDS_APART);
        assertThat(changedShare(flat, darker)).isGreaterThan(SEEDS_APART);
    }

    @Test
    void refusesWhatItCannotDraw() {
        int[][] sizes = {{0, 10}, {10, 0}, {-1, 10}, {DemoArtworks.MAX_SIDE + 1, 10}, {10, DemoArtworks.MAX_SIDE + 1}};
        for (int[] size : sizes) {
            assertThatThrownBy(() -> DemoArtworks.png(Style.MOSAIC, 1, size[0], size[1])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> DemoArtworks.png(null, 1, 10, 10)).isInstanceOf(NullPointerException.class);
    }

    private static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).as("a PNG that ImageIO can read").isNotNull();
            return image;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static BufferedImage picture(Consumer<Graphics2D> painting) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        painting.accept(g);
        g.dispose();
        return image;
    }

    /** The picture shrunk to 8 by 8 cells, each the mean red, green and blue of its pixels. */
    private static double[][] thumbnail(BufferedImage image) {
        double[][] cells = new double[64][3];
        int[] counts = new int[64];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int cell = (y * 8 / image.getHeight()) * 8 + x * 8 / image.getWidth();
                cells[cell][0] += (rgb >> 16) & 0xFF;
                cells[cell][1] += (rgb >> 8) & 0xFF;
                cells[cell][2] += rgb & 0xFF;
                counts[cell]++;
            }
        }
        for (int cell = 0; cell < 64; cell++) {
            for (int channel = 0; channel < 3; channel++) {
                cells[cell][channel] /= counts[cell];
            }
        }
        return cells;
    }

    private static double distance(double[][] one, double[][] other) {
        double sum = 0;
        for (int cell = 0; cell < 64; cell++) {
            for (int channel = 0; channel < 3; channel++) {
                sum += Math.abs(one[cell][channel] - other[cell][channel]);
            }
        }
        return sum / (64 * 3);
    }

    /** How many of the thumbnail's cells are told apart at 16 levels a channel. */
    private static int thumbnailColours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (double[] cell : thumbnail(image)) {
            seen.add(((int) cell[0] >> 4) << 8 | ((int) cell[1] >> 4) << 4 | (int) cell[2] >> 4);
        }
        return seen.size();
    }

    /** The colours used, counted at 32 levels a channel so that a speck of noise is not a colour. */
    private static Map<Integer, Integer> palette(BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                counts.merge((((rgb >> 16) & 0xFF) >> 3) << 10 | (((rgb >> 8) & 0xFF) >> 3) << 5 | (rgb & 0xFF) >> 3, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int colours(BufferedImage image) {
        return palette(image).size();
    }

    private static double commonestShare(BufferedImage image) {
        return Collections.max(palette(image).values()) / (double) (image.getWidth() * image.getHeight());
    }

    /** The standard deviation of brightness over the picture, out of 255. */
    private static double brightnessSpread(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        int n = image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                double b = brightness(image.getRGB(x, y));
                sum += b;
                squares += b * b;
            }
        }
        double mean = sum / n;
        return Math.sqrt(Math.max(0, squares / n - mean * mean));
    }

    private static double changedShare(BufferedImage one, BufferedImage other) {
        int changed = 0;
        for (int y = 0; y < one.getHeight(); y++) {
            for (int x = 0; x < one.getWidth(); x++) {
                if (Math.abs(brightness(one.getRGB(x, y)) - brightness(other.getRGB(x, y))) > 8) {
                    changed++;
                }
            }
        }
        return changed / (double) (one.getWidth() * one.getHeight());
    }

    private static double brightness(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
    }
}
