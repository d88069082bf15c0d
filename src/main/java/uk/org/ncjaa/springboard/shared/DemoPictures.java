package uk.org.ncjaa.springboard.shared;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Pictures for the demo site, drawn in code so that no real organisation's logo or anyone's
 * photograph is copied into it: flat shapes in warm colours, the same for the same seed. There is
 * no lettering, so the server needs no fonts. Each is a PNG, as an upload would be, and goes
 * through the same checks and redrawing as one. Flat colour keeps them light: a few kilobytes
 * for a logo, tens for a scene.
 */
public final class DemoPictures {

    private static final Color NAVY = new Color(0x1f3d5a);
    private static final Color[] BRIGHT = { new Color(0xc8553d), new Color(0xe09f3e), new Color(0x2a7f62), new Color(0x1a5b8c),
        new Color(0x5b3a8c), new Color(0xb5446e) };
    private static final Color[] SKIN = { new Color(0x5a3a28), new Color(0x8d5a3b), new Color(0xc68e63), new Color(0xe3b58f) };
    private static final Color[] SKIES = { new Color(0xf4f1ea), new Color(0xfbe3c9), new Color(0xdcebf5), new Color(0xe8f1e4),
        new Color(0xf3e1ea) };

    private DemoPictures() {
    }

    /**
     * A logo: one of a few simple marks in two colours, alone on a clear background (about 240
     * pixels square) or on a broad badge (400 by 200), so listings' logos have different shapes.
     */
    public static byte[] logo(int seed) {
        Random random = new Random(seed * 7919L + 17);
        Color first = BRIGHT[Math.floorMod(seed, BRIGHT.length)];
        Color second = seed % 2 == 0 ? NAVY : BRIGHT[Math.floorMod(seed + 3, BRIGHT.length)];
        boolean badge = seed % 3 == 0;
        int width = badge ? 400 : 240;
        int height = badge ? 200 : 240;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        try {
            double size = 200;
            double x = (width - size) / 2;
            double y = (height - size) / 2;
            if (badge) {
                g.setColor(SKIES[Math.floorMod(seed, SKIES.length)]);
                g.fill(new RoundRectangle2D.Double(4, 4, width - 8, height - 8, 48, 48));
                size = 150;
                x = (width - size) / 2;
                y = (height - size) / 2;
            }
            mark(g, Math.floorMod(seed / 3 + random.nextInt(2), 6), x, y, size, first, second);
        }
        finally {
            g.dispose();
        }
        return png(image);
    }

    private static void mark(Graphics2D g, int kind, double x, double y, double s, Color first, Color second) {
        switch (kind) {
            case 0 -> {
                // a rising sun over a line
                g.setColor(first);
                g.fill(new Arc2D.Double(x + s * 0.1, y + s * 0.2, s * 0.8, s * 0.8, 0, 180, Arc2D.PIE));
                g.setColor(second);
                g.fill(new RoundRectangle2D.Double(x, y + s * 0.62, s, s * 0.12, s * 0.12, s * 0.12));
            }
            case 1 -> {
                // three circles overlapping: people together
                g.setColor(first);
                g.fill(new Ellipse2D.Double(x, y + s * 0.3, s * 0.55, s * 0.55));
                g.setColor(second);
                g.fill(new Ellipse2D.Double(x + s * 0.45, y + s * 0.3, s * 0.55, s * 0.55));
                g.setColor(mix(first, second));
                g.fill(new Ellipse2D.Double(x + s * 0.225, y, s * 0.55, s * 0.55));
            }
            case 2 -> {
                // a stage: a curtain's arch over a floor
                g.setColor(first);
                g.fill(new Arc2D.Double(x, y, s, s * 1.1, 0, 180, Arc2D.CHORD));
                g.setColor(Color.WHITE);
                g.fill(new Arc2D.Double(x + s * 0.22, y + s * 0.25, s * 0.56, s * 0.7, 0, 180, Arc2D.CHORD));
                g.setColor(second);
                g.fill(new RoundRectangle2D.Double(x, y + s * 0.6, s, s * 0.14, s * 0.05, s * 0.05));
            }
            case 3 -> {
                // waves: sound, or water
                g.setStroke(new BasicStroke((float) (s * 0.09), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                for (int i = 0; i < 3; i++) {
                    g.setColor(i == 1 ? second : first);
                    g.draw(wave(x + s * 0.05, y + s * (0.3 + i * 0.2), s * 0.9, s * 0.08));
                }
            }
            case 4 -> {
                // four tiles, one turned: a mosaic
                double tile = s * 0.44;
                for (int i = 0; i < 4; i++) {
                    g.setColor(i == 3 ? second : first);
                    double tx = x + (i % 2) * s * 0.56;
                    double ty = y + (i / 2) * s * 0.56;
                    if (i == 3) {
                        g.rotate(Math.toRadians(20), tx + tile / 2, ty + tile / 2);
                        g.fill(new RoundRectangle2D.Double(tx, ty, tile, tile, tile * 0.25, tile * 0.25));
                        g.rotate(Math.toRadians(-20), tx + tile / 2, ty + tile / 2);
                    }
                    else {
                        g.fill(new RoundRectangle2D.Double(tx, ty, tile, tile, tile * 0.25, tile * 0.25));
                    }
                }
            }
            default -> {
                // an eight-pointed burst with a centre
                Path2D star = new Path2D.Double();
                for (int i = 0; i < 16; i++) {
                    double radius = i % 2 == 0 ? s * 0.5 : s * 0.26;
                    double angle = Math.PI * i / 8;
                    double px = x + s / 2 + radius * Math.cos(angle);
                    double py = y + s / 2 + radius * Math.sin(angle);
                    if (i == 0) {
                        star.moveTo(px, py);
                    }
                    else {
                        star.lineTo(px, py);
                    }
                }
                star.closePath();
                g.setColor(first);
                g.fill(star);
                g.setColor(second);
                g.fill(new Ellipse2D.Double(x + s * 0.36, y + s * 0.36, s * 0.28, s * 0.28));
            }
        }
    }

    /**
     * A scene for an event or an article, {@code width} by {@code height}: people standing
     * together on hills under a sun, or on a stage under a spotlight between curtains. Which one,
     * and its colours, follow the seed. {@link #sceneOf(int)} says what it shows, in words.
     */
    public static byte[] scene(int seed, int width, int height) {
        Random random = new Random(seed * 104729L + 5);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        try {
            if (onStage(seed)) {
                drawStage(g, seed, width, height);
            }
            else {
                drawHills(g, random, seed, width, height);
            }
        }
        finally {
            g.dispose();
        }
        return png(image);
    }

    /** What {@link #scene} draws for this seed, in words: its description, as every upload needs one. */
    public static String sceneOf(int seed) {
        return onStage(seed) ? "A drawing of " + people(seed) + " on a stage under a spotlight, between red curtains"
                : "A drawing of " + people(seed) + " standing together on green hills under a low sun";
    }

    private static boolean onStage(int seed) {
        return seed % 3 == 1;
    }

    private static int count(int seed) {
        return 3 + Math.floorMod(seed, 3);
    }

    private static String people(int seed) {
        return new String[] { "three people", "four people", "five people" }[count(seed) - 3];
    }

    private static void drawHills(Graphics2D g, Random random, int seed, int width, int height) {
        g.setColor(SKIES[Math.floorMod(seed, SKIES.length)]);
        g.fillRect(0, 0, width, height);
        g.setColor(BRIGHT[Math.floorMod(seed + 1, 2)]);
        double sun = height * 0.34;
        g.fill(new Ellipse2D.Double(width * (0.55 + random.nextDouble() * 0.25), height * 0.12, sun, sun));
        Color[] greens = { new Color(0x8fbf8a), new Color(0x5d9c6a), new Color(0x2a7f62) };
        for (int layer = 0; layer < 3; layer++) {
            g.setColor(greens[layer]);
            g.fill(hill(width, height, height * (0.52 + layer * 0.12), height * 0.06, random.nextDouble() * Math.PI * 2,
                    1.2 + layer * 0.4));
        }
        figures(g, seed, width, height, height * 0.86);
    }

    private static void drawStage(Graphics2D g, int seed, int width, int height) {
        g.setColor(NAVY);
        g.fillRect(0, 0, width, height);
        // the spotlight's pool of light, and its beam
        g.setColor(new Color(0x2d5275));
        Path2D beam = new Path2D.Double();
        beam.moveTo(width * 0.46, 0);
        beam.lineTo(width * 0.54, 0);
        beam.lineTo(width * 0.82, height * 0.8);
        beam.lineTo(width * 0.18, height * 0.8);
        beam.closePath();
        g.fill(beam);
        g.setColor(new Color(0xe09f3e));
        g.fillRect(0, (int) (height * 0.8), width, height);
        g.setColor(new Color(0xf2c46d));
        g.fill(new Ellipse2D.Double(width * 0.2, height * 0.74, width * 0.6, height * 0.14));
        // curtains drawn back on either side
        g.setColor(new Color(0xa23b2c));
        for (int side = 0; side < 2; side++) {
            Path2D curtain = new Path2D.Double();
            double edge = side == 0 ? 0 : width;
            double inner = side == 0 ? width * 0.16 : width * 0.84;
            curtain.moveTo(edge, 0);
            curtain.lineTo(side == 0 ? width * 0.24 : width * 0.76, 0);
            curtain.quadTo(inner, height * 0.45, side == 0 ? width * 0.1 : width * 0.9, height);
            curtain.lineTo(edge, height);
            curtain.closePath();
            g.fill(curtain);
        }
        g.fillRect(0, 0, width, (int) (height * 0.08));
        figures(g, seed, width, height, height * 0.82);
    }

    /** People as a head and shoulders each, side by side, standing on {@code ground}. */
    private static void figures(Graphics2D g, int seed, int width, int height, double ground) {
        int people = count(seed);
        double spacing = width * 0.11;
        double start = width / 2.0 - spacing * (people - 1) / 2;
        for (int i = 0; i < people; i++) {
            double tall = height * (0.3 + 0.05 * Math.floorMod(i + seed, 3));
            double body = tall * 0.55;
            double head = tall * 0.24;
            double cx = start + i * spacing;
            g.setColor(BRIGHT[Math.floorMod(seed + i * 2, BRIGHT.length)]);
            g.fill(new RoundRectangle2D.Double(cx - body * 0.42, ground - body, body * 0.84, body + height, body * 0.6, body * 0.6));
            g.setColor(SKIN[Math.floorMod(seed + i * 3, SKIN.length)]);
            g.fill(new Ellipse2D.Double(cx - head / 2, ground - body - head * 1.1, head, head));
        }
    }

    private static Path2D hill(int width, int height, double top, double swell, double phase, double waves) {
        Path2D hill = new Path2D.Double();
        hill.moveTo(0, height);
        for (int x = 0; x <= width; x += 8) {
            hill.lineTo(x, top + swell * Math.sin(phase + waves * Math.PI * x / width));
        }
        hill.lineTo(width, height);
        hill.closePath();
        return hill;
    }

    private static Path2D wave(double x, double y, double length, double swell) {
        Path2D wave = new Path2D.Double();
        wave.moveTo(x, y);
        for (int i = 1; i <= 40; i++) {
            wave.lineTo(x + length * i / 40, y + swell * Math.sin(Math.PI * 2 * i / 20));
        }
        return wave;
    }

    private static Color mix(Color a, Color b) {
        return new Color((a.getRed() + b.getRed()) / 2, (a.getGreen() + b.getGreen()) / 2, (a.getBlue() + b.getBlue()) / 2);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
