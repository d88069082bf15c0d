package uk.org.ncjaa.springboard.showcase.domain;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.FlatteningPathIterator;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pictures for the showcase's fictional demo content, drawn here in code so that the project owns
 * them outright: no photographs, no stock images, no licence to track. Each style imitates a kind of
 * work often hung at community art shows (a gouache landscape, a lino print, a paper cut-out, a
 * mosaic...); the seed chooses the palette and the composition. The same arguments give the same
 * PNG bytes, so a picture can be drawn again whenever it is wanted rather than stored (on the same
 * Java runtime: another version may rasterise or compress a little differently).
 *
 * <p>Only Java2D is used (no fonts, no files, no text in the pictures), so it works on a headless
 * server. A side is at most {@value #MAX_SIDE} pixels; at 1200 by 900 a picture takes a fraction of a
 * second and a few hundred kilobytes.
 */
public final class DemoArtworks {

    /** The kinds of picture drawn. */
    public enum Style {
        LANDSCAPE, PATTERN, PORTRAIT, MOSAIC, CITYSCAPE, STILL_LIFE, SEASCAPE, BIRDS
    }

    static final int MAX_SIDE = 4000;

    private static final double TAU = Math.PI * 2;

    private DemoArtworks() {
    }

    /** A PNG of the given size in the given style, varied by the seed. */
    public static byte[] png(Style style, long seed, int width, int height) {
        Objects.requireNonNull(style, "style");
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("An artwork is 1 to " + MAX_SIDE + " pixels a side, not " + width + " by " + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            Art art = new Art(g, width, height, new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (style.ordinal() + 1))));
            switch (style) {
                case LANDSCAPE -> landscape(art);
                case PATTERN -> pattern(art);
                case PORTRAIT -> portrait(art);
                case MOSAIC -> mosaic(art);
                case CITYSCAPE -> cityscape(art);
                case STILL_LIFE -> stillLife(art);
                case SEASCAPE -> seascape(art);
                case BIRDS -> birds(art);
            }
        }
        finally {
            g.dispose();
        }
        return encode(image);
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            // a little short of the strongest compression, which takes four times as long for a few per cent
            param.setCompressionQuality(0.25f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    // ------------------------------------------------------------------------------------------------
    // Landscape: a gouache painting of layered hills

    private record Scenery(int skyTop, int skyLow, int sun, int cloud, int[] hills, int[] leaves, int trunk, boolean night) {
    }

    private static final Scenery[] SCENERIES = {
        new Scenery(0x4F86C6, 0xF2E6C9, 0xFFF3C4, 0xFBF7EE, new int[] {0xA7B9CC, 0x8DB3A0, 0x77A45E, 0x5A8A3C, 0x3D6B2E},
            new int[] {0x2F5E2C, 0x4C7D33, 0x6E9940}, 0x5B3B25, false),
        new Scenery(0x3B3C78, 0xF6A46C, 0xFFD98A, 0xF7C6A3, new int[] {0x9A7DA6, 0xB77B8E, 0x85607F, 0x574868, 0x342E4C},
            new int[] {0x27243D, 0x3A2F4F, 0x4A3658}, 0x221E30, false),
        new Scenery(0x79AFD6, 0xF6E2BA, 0xFFF0C0, 0xFFFFFF, new int[] {0xB9BBA8, 0xD8A85A, 0xC27740, 0x8E4E30, 0x5C3A28},
            new int[] {0xD2602F, 0xE6A23C, 0xA8432A}, 0x4A2C1C, false),
        new Scenery(0x121E3B, 0x3E5D8A, 0xF3EBD2, 0x52709A, new int[] {0x3A587C, 0x2F4A6C, 0x263D5A, 0x1D3048, 0x142336},
            new int[] {0x0F1A2A, 0x1A2A40, 0x22354F}, 0x0C1420, true),
        new Scenery(0x8FCBE3, 0xFDF1D6, 0xFFF6CF, 0xFFFFFF, new int[] {0xC4D8B4, 0xA6CB8C, 0x82B56B, 0x619C55, 0x427D46},
            new int[] {0x5E9A4E, 0xF2A7B8, 0x3F7A3A}, 0x6A4A32, false),
    };

    private static void landscape(Art a) {
        Scenery s = SCENERIES[a.below(SCENERIES.length)];
        int w = a.w;
        int h = a.h;
        double u = a.u;
        double horizon = h * a.between(0.48, 0.58);
        a.g.setPaint(new GradientPaint(0, 0, rgb(s.skyTop), 0, (float) horizon, rgb(s.skyLow)));
        a.g.fillRect(0, 0, w, h);
        skyStrokes(a, s.skyTop, s.skyLow, horizon, 70);
        if (s.night) {
            stars(a, horizon * 0.8, 90);
        }
        double sunX = w * a.between(0.15, 0.85);
        double sunY = horizon * a.between(0.22, 0.45);
        double sunR = Math.min(w, h) * a.between(0.045, 0.07);
        halo(a, sunX, sunY, sunR, sunR * 3.2, s.sun, 0.45);
        a.fill(blob(a, sunX, sunY, sunR, sunR, 0.015, 14), rgb(s.sun));
        if (s.night) {
            for (int i = 0; i < 3; i++) {
                double r = sunR * a.between(0.12, 0.25);
                a.fill(circle(sunX + sunR * a.between(-0.5, 0.5), sunY + sunR * a.between(-0.5, 0.5), r), rgba(darker(s.sun, 0.15), 0.45));
            }
        }
        int clouds = s.night ? 1 + a.below(2) : 2 + a.below(3);
        for (int i = 0; i < clouds; i++) {
            cloud(a, w * a.between(-0.05, 1.05), horizon * a.between(0.2, 0.65), w * a.between(0.14, 0.26), s.cloud, s.skyTop);
        }
        int layers = s.hills.length;
        double top = horizon - h * 0.05;
        double bottom = h * 0.86;
        for (int i = 0; i < layers; i++) {
            double base = top + (bottom - top) * i / (layers - 1);
            double amp = h * a.between(0.03, 0.07) * (1 + 0.25 * i);
            double[] ridge = ridge(a, base, amp, w);
            Path2D hill = under(ridge, w, h);
            int colour = s.hills[i];
            double peak = base - amp;
            a.g.setPaint(new GradientPaint(0, (float) peak, rgb(lighter(colour, s.night ? 0.08 : 0.16)), 0, (float) (base + h * 0.12), rgb(colour)));
            a.g.fill(hill);
            Shape clip = a.g.getClip();
            a.g.clip(hill);
            int strokes = (int) ((40 + 40 * i) * a.area());
            for (int k = 0; k < strokes; k++) {
                double x = a.between(0, w);
                double y = at(ridge, x, w) + a.between(0.01, 0.3) * h;
                double slope = (at(ridge, x + 10, w) - at(ridge, x - 10, w)) / 20;
                brush(a, x, y, Math.atan(slope) + a.between(-0.12, 0.12), w * a.between(0.025, 0.06), u * a.between(6, 14),
                    rgba(vary(a, colour, 0.09), 0.35));
            }
            if (i == layers - 3 && a.chance(0.8)) {
                fields(a, ridge, colour, s);
            }
            a.g.setClip(clip);
            if (i >= layers - 2) {
                int trees = i == layers - 1 ? 2 + a.below(4) : 3 + a.below(5);
                for (int k = 0; k < trees; k++) {
                    double x = a.between(0.02, 0.98) * w;
                    double ground = at(ridge, x, w) + h * a.between(0.01, 0.05);
                    double size = h * (i == layers - 1 ? a.between(0.14, 0.24) : a.between(0.07, 0.11));
                    tree(a, x, ground, size, s, Math.signum(sunX - x), colour);
                }
            }
        }
        grain(a, 0.0022, 0.12);
    }

    /** Strips of field following the lie of a hill, each strip cut into plots of different crops, hedgerows between. */
    private static void fields(Art a, double[] ridge, int colour, Scenery s) {
        double[] edges = {0.015, 0.05, 0.09, 0.14, 0.2};
        for (int k = 0; k < edges.length - 1; k++) {
            double top = a.h * edges[k];
            double bottom = a.h * edges[k + 1];
            double x = -a.between(0, 0.2) * a.w;
            while (x < a.w) {
                double next = x + a.w * a.between(0.12, 0.3);
                double lean = a.w * 0.02 * (k + 1);
                Path2D plot = new Path2D.Double();
                plot.moveTo(x, at(ridge, x, a.w) + top);
                for (double px = x; px <= next; px += a.w / 60.0) {
                    plot.lineTo(px, at(ridge, px, a.w) + top);
                }
                plot.lineTo(next + lean, at(ridge, next + lean, a.w) + bottom);
                for (double px = next + lean; px >= x + lean; px -= a.w / 60.0) {
                    plot.lineTo(px, at(ridge, px, a.w) + bottom);
                }
                plot.closePath();
                int crop = mix(colour, a.chance(0.5) || s.night ? s.hills[1] : lighter(s.sun, 0.1), a.between(0.1, 0.4));
                a.fill(plot, rgba(crop, 0.8));
                if (a.chance(0.4)) {
                    Shape clip = a.g.getClip();
                    a.g.clip(plot);
                    for (double fx = x; fx < next + lean; fx += a.u * 14) {
                        a.stroke(new Line2D.Double(fx, at(ridge, fx, a.w) + top, fx + lean * 1.2, at(ridge, fx + lean, a.w) + bottom),
                            rgba(darker(crop, 0.12), 0.6), a.u * 2.5);
                    }
                    a.g.setClip(clip);
                }
                a.stroke(new Line2D.Double(next, at(ridge, next, a.w) + top, next + lean, at(ridge, next + lean, a.w) + bottom),
                    rgba(darker(colour, 0.3), 0.6), a.u * 4);
                x = next;
            }
            a.stroke(polyline(ridge, a.w, bottom), rgba(darker(colour, 0.3), 0.6), a.u * 5);
        }
    }

    private static void tree(Art a, double x, double ground, double size, Scenery s, double sunSide, int groundColour) {
        double u = a.u;
        a.fill(new Ellipse2D.Double(x - size * 0.1 - sunSide * size * 0.15, ground - size * 0.03, size * 0.5, size * 0.07),
            rgba(darker(groundColour, 0.4), 0.35));
        int kind = a.below(3);
        int leaf = s.leaves[a.below(s.leaves.length)];
        if (kind == 0) {
            a.stroke(wobbly(a, new double[] {x, ground, x + size * 0.02, ground - size * 0.5}, false, u, u * 10), rgb(s.trunk), size * 0.07);
            double cy = ground - size * 0.62;
            Path2D crown = blob(a, x, cy, size * 0.3, size * 0.33, 0.1, 9);
            a.fill(crown, rgb(leaf));
            Shape clip = a.g.getClip();
            a.g.clip(crown);
            a.fill(blob(a, x + sunSide * size * 0.12, cy - size * 0.08, size * 0.24, size * 0.25, 0.15, 8), rgb(lighter(leaf, 0.18)));
            for (int k = 0; k < 7; k++) {
                boolean lit = a.chance(0.5);
                brush(a, x + a.between(-0.25, 0.25) * size, cy + a.between(-0.25, 0.3) * size, a.between(-0.8, 0.8), size * a.between(0.04, 0.08),
                    size * 0.07, rgba(lit ? lighter(leaf, 0.2) : darker(leaf, 0.2), 0.45));
            }
            a.g.setClip(clip);
        }
        else if (kind == 1) {
            a.stroke(new Line2D.Double(x, ground, x, ground - size * 0.2), rgb(s.trunk), size * 0.06);
            int dark = darker(s.leaves[0], 0.15);
            for (int k = 0; k < 3; k++) {
                double bottom = ground - size * (0.12 + 0.25 * k);
                double half = size * (0.26 - 0.06 * k);
                double[] tri = {x - half, bottom, x, bottom - size * 0.42, x + half, bottom};
                a.fill(wobbly(a, tri, true, u * 1.2, u * 8), rgb(k % 2 == 0 ? dark : darker(dark, 0.08)));
            }
        }
        else {
            a.stroke(new Line2D.Double(x, ground, x, ground - size * 0.25), rgb(s.trunk), size * 0.05);
            Path2D crown = blob(a, x, ground - size * 0.6, size * 0.13, size * 0.42, 0.08, 10);
            a.fill(crown, rgb(leaf));
            Shape clip = a.g.getClip();
            a.g.clip(crown);
            a.fill(blob(a, x + sunSide * size * 0.08, ground - size * 0.62, size * 0.1, size * 0.4, 0.1, 8), rgb(lighter(leaf, 0.15)));
            a.g.setClip(clip);
        }
    }

    /** A painted cumulus: overlapping puffs, lit from above so each puff has its shaded underside, on a softly uneven base. */
    private static void cloud(Art a, double x, double y, double width, int colour, int sky) {
        double[] base = new double[12];
        for (int i = 0; i < 6; i++) {
            base[2 * i] = x - width + i * width * 0.4;
            base[2 * i + 1] = y + width * a.between(-0.04, 0.04);
        }
        Path2D above = smooth(base, false);
        above.lineTo(x + width, y - width);
        above.lineTo(x - width, y - width);
        above.closePath();
        Area cloud = new Area();
        Area lit = new Area();
        int puffs = 5 + a.below(4);
        for (int i = 0; i < puffs; i++) {
            double t = (i + 0.5) / puffs;
            double r = width * (0.1 + 0.16 * Math.sin(Math.PI * t)) * a.between(0.8, 1.2);
            double px = x + width * (t - 0.5);
            double py = y - r * a.between(0.2, 0.6);
            cloud.add(new Area(blob(a, px, py, r, r * 0.85, 0.08, 9)));
            lit.add(new Area(blob(a, px, py - r * 0.3, r * 0.97, r * 0.8, 0.06, 9)));
        }
        cloud.intersect(new Area(above));
        lit.intersect(cloud);
        a.fill(cloud, rgb(mix(colour, sky, 0.35)));
        a.fill(lit, rgb(colour));
    }

    // ------------------------------------------------------------------------------------------------
    // Pattern: a hand-printed lino block repeat

    private static final int[] PAPERS = {0xF2EAD8, 0xF5F1E8, 0xE3CFAE, 0xE6E4DC};

    private static final int[][] INKS = {
        {0x263A6B, 0xC45A3C, 0xD9A23B},
        {0x2E5E4E, 0xE07A5F},
        {0x22201E, 0xB83A32},
        {0x1F6F78, 0xE0B13A, 0x6B3A5B},
        {0x1D2B4F, 0x8AAE92},
        {0x7A2E3B, 0x2F4F6F, 0xD8A657},
    };

    private static void pattern(Art a) {
        int paper = PAPERS[a.below(PAPERS.length)];
        int[] inks = INKS[a.below(INKS.length)];
        int motif = a.below(4);
        int w = a.w;
        int h = a.h;
        double u = a.u;
        a.g.setColor(rgb(paper));
        a.g.fillRect(0, 0, w, h);
        double margin = Math.min(w, h) * 0.045;
        boolean ground = motif != 1 && a.chance(0.5);
        // of three block sizes, the one that covers most of the sheet
        boolean tall = h > w;
        double along = Math.max(w, h) - 2 * margin;
        double across = Math.min(w, h) - 2 * margin;
        int fewest = ground ? 3 : 4;
        int lengthways = fewest;
        int crossways = 1;
        double tile = 0;
        for (int n = fewest; n <= fewest + 2; n++) {
            int m = Math.max(1, (int) Math.round(across * n / along));
            double t = Math.min(along / n, across / m);
            if (t * t * n * m > tile * tile * lengthways * crossways * 1.04) {
                lengthways = n;
                crossways = m;
                tile = t;
            }
        }
        int columns = tall ? crossways : lengthways;
        int rows = tall ? lengthways : crossways;
        double left = (w - columns * tile) / 2;
        double top = (h - rows * tile) / 2;
        // each block is cut once and printed many times: one shape per ink, in a unit tile
        Shape[][] blocks = new Shape[2][];
        int[] colours;
        for (int v = 0; v < 2; v++) {
            List<Area> layers = new ArrayList<>();
            Area whole = new Area();
            for (int ink = 0; ink < inks.length; ink++) {
                List<Shape> cuts = new ArrayList<>();
                Area printed = motifInk(motif, ink, inks.length, v == 1, cuts);
                whole.add(printed);
                Area carved = new Area();
                for (Shape cut : cuts) {
                    carved.add(new Area(cut));
                }
                printed.subtract(carved);
                layers.add(printed);
            }
            if (ground) {
                // the ground is cut away around the motif, before its own lines are carved, with a margin
                Area all = new Area(whole);
                all.add(new Area(thick(whole, 0.05)));
                Area block = new Area(new Rectangle2D.Double(-0.48, -0.48, 0.96, 0.96));
                block.subtract(all);
                block.subtract(new Area(thick(new Rectangle2D.Double(-0.41, -0.41, 0.82, 0.82), 0.018)));
                layers.add(0, block);
                if (inks.length == 2) {
                    layers.get(1).add(layers.remove(2));
                }
            }
            else {
                // a tint block, printed first in a pale mix of the last ink
                layers.add(0, new Area(new RoundRectangle2D.Double(-0.48, -0.48, 0.96, 0.96, 0.1, 0.1)));
            }
            blocks[v] = layers.toArray(new Shape[0]);
        }
        if (ground) {
            colours = inks.length == 2 ? new int[] {inks[0], inks[1]} : inks;
        }
        else {
            colours = new int[inks.length + 1];
            colours[0] = mix(paper, inks[inks.length - 1], 0.3);
            System.arraycopy(inks, 0, colours, 1, inks.length);
        }
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < rows; r++) {
                double cx = left + (c + 0.5) * tile;
                double cy = top + (r + 0.5) * tile;
                double rotation;
                if (motif == 1) {
                    rotation = a.below(2) * Math.PI / 2;
                }
                else if (motif == 0) {
                    rotation = Math.floorMod(r + c, 2) * Math.PI;
                }
                else {
                    rotation = 0;
                }
                double pressure = a.between(0.8, 0.98);
                double drift = a.between(-0.012, 0.012);
                Shape[] block = blocks[Math.floorMod(r + c, 2)];
                for (int ink = 0; ink < block.length; ink++) {
                    AffineTransform at = new AffineTransform();
                    at.translate(cx + a.between(-2, 2) * u * ink, cy + a.between(-2, 2) * u * ink);
                    at.rotate(rotation + drift + a.between(-0.006, 0.006));
                    at.scale(tile * 0.985, tile * 0.985);
                    Shape printed = roughen(a, at.createTransformedShape(block[ink]), u * 0.9, u * 3);
                    // a tint block takes its ink unevenly, more or less from stamp to stamp
                    double weight = ink == 0 && !ground ? a.between(0.6, 1) : a.between(0.96, 1.02);
                    ink(a, printed, colours[Math.min(ink, colours.length - 1)], paper, pressure * weight, tile);
                }
            }
        }
        grain(a, 0.0015, 0.1);
    }

    /** Inks a printed area, with the speckles, streaks and pale patches of paper that show through a hand-rolled block. */
    private static void ink(Art a, Shape printed, int colour, int paper, double pressure, double tile) {
        a.fill(printed, rgba(colour, Math.min(1, pressure)));
        Rectangle2D bounds = printed.getBounds2D();
        Shape clip = a.g.getClip();
        a.g.clip(printed);
        int streaks = 2 + a.below(5);
        for (int i = 0; i < streaks; i++) {
            brush(a, bounds.getX() + a.next() * bounds.getWidth(), bounds.getY() + a.next() * bounds.getHeight(), a.between(-0.05, 0.05),
                tile * a.between(0.3, 0.8), a.u * a.between(2, 6), rgba(paper, a.between(0.12, 0.3)));
        }
        int specks = (int) (bounds.getWidth() * bounds.getHeight() / (a.u * a.u) * 0.0035 * (1.7 - pressure));
        for (int i = 0; i < specks; i++) {
            double x = bounds.getX() + a.next() * bounds.getWidth();
            double y = bounds.getY() + a.next() * bounds.getHeight();
            double r = a.u * a.between(0.5, 1.6);
            double stretch = a.chance(0.25) ? a.between(2, 7) : 1;
            a.fill(new Ellipse2D.Double(x - r * stretch, y - r, r * 2 * stretch, r * 2), rgba(paper, a.between(0.4, 0.9)));
        }
        a.g.setClip(clip);
    }

    /** What one ink prints of a motif in a unit tile centred on the origin; carved lines are added to {@code cuts}. */
    private static Area motifInk(int motif, int ink, int inks, boolean alternate, List<Shape> cuts) {
        Area area = new Area();
        switch (motif) {
            case 0 -> { // a leafy sprig
                if (ink == 0) {
                    area.add(new Area(thick(new QuadCurve2D.Double(-0.28, 0.38, 0.12, 0.15, 0.2, -0.38), 0.022)));
                    double[][] leaves = {{-0.17, 0.27, -2.6}, {-0.05, 0.16, -0.5}, {0.06, 0.04, -2.9}, {0.13, -0.1, -0.3}, {0.17, -0.22, -2.5}, {0.2, -0.36, -1.4}};
                    for (double[] l : leaves) {
                        area.add(new Area(leaf(l[0], l[1], l[2], 0.26, 0.14)));
                        double tx = l[0] + Math.cos(l[2]) * 0.22;
                        double ty = l[1] + Math.sin(l[2]) * 0.22;
                        cuts.add(thick(new Line2D.Double(l[0] + Math.cos(l[2]) * 0.04, l[1] + Math.sin(l[2]) * 0.04, tx, ty), 0.012));
                        for (int k = 1; k <= 3; k++) {
                            double bx = l[0] + Math.cos(l[2]) * 0.055 * k;
                            double by = l[1] + Math.sin(l[2]) * 0.055 * k;
                            for (int side = -1; side <= 1; side += 2) {
                                double ang = l[2] + side * 0.7;
                                cuts.add(thick(new Line2D.Double(bx, by, bx + Math.cos(ang) * 0.045, by + Math.sin(ang) * 0.045), 0.008));
                            }
                        }
                    }
                }
                else if (ink == 1) {
                    double[][] berries = {{-0.3, 0.1}, {-0.36, 0.02}, {-0.26, 0.0}, {0.33, -0.12}, {0.38, -0.02}};
                    for (double[] b : berries) {
                        area.add(new Area(circle(b[0], b[1], 0.042)));
                        cuts.add(circle(b[0] - 0.012, b[1] - 0.012, 0.01));
                    }
                }
                else {
                    for (int k = 0; k < 4; k++) {
                        double ang = k * Math.PI / 2 + Math.PI / 4;
                        area.add(new Area(leaf(0.5, 0.5, ang, 0.09, 0.06)));
                        area.add(new Area(leaf(-0.5, -0.5, ang, 0.09, 0.06)));
                    }
                }
            }
            case 1 -> { // Truchet arcs, which meander from block to block as the blocks are turned
                Rectangle2D square = new Rectangle2D.Double(-0.5, -0.5, 1, 1);
                if (ink == 0) {
                    for (int corner = -1; corner <= 1; corner += 2) {
                        double c = corner * 0.5;
                        Area band = new Area(circle(c, c, 0.64));
                        band.subtract(new Area(circle(c, c, 0.36)));
                        band.intersect(new Area(square));
                        area.add(band);
                        cuts.add(thick(new Ellipse2D.Double(c - 0.5, c - 0.5, 1, 1), 0.025));
                    }
                }
                else if (ink == 1) {
                    for (int corner = -1; corner <= 1; corner += 2) {
                        double c = corner * 0.5;
                        Area disc = new Area(circle(c, -c, 0.24));
                        disc.intersect(new Area(square));
                        area.add(disc);
                        for (int k = 1; k < 4; k++) {
                            double ang = (corner < 0 ? -Math.PI / 2 : Math.PI / 2) + k * Math.PI / 8;
                            cuts.add(thick(new Line2D.Double(c + Math.cos(ang) * 0.07, -c + Math.sin(ang) * 0.07,
                                c + Math.cos(ang) * 0.18, -c + Math.sin(ang) * 0.18), 0.02));
                        }
                    }
                    if (inks == 2) {
                        area.add(new Area(circle(0, 0, 0.06)));
                    }
                }
                else {
                    area.add(new Area(circle(0, 0, 0.07)));
                    cuts.add(circle(0, 0, 0.025));
                }
            }
            case 2 -> { // nested diamonds
                boolean swap = alternate && inks > 1;
                int main = swap ? 1 : 0;
                int second = swap ? 0 : 1;
                if (ink == main) {
                    area.add(new Area(polygon(0, -0.44, 0.44, 0, 0, 0.44, -0.44, 0)));
                    for (double k : new double[] {0.32, 0.2}) {
                        cuts.add(thick(polygon(0, -k, k, 0, 0, k, -k, 0), 0.025));
                    }
                }
                if (ink == second) {
                    area.add(new Area(circle(0, 0, 0.07)));
                    for (int k = 0; k < 4; k++) {
                        double sx = k % 2 == 0 ? -0.5 : 0.5;
                        double sy = k < 2 ? -0.5 : 0.5;
                        area.add(new Area(polygon(sx, sy, sx - sx * 0.42, sy, sx, sy - sy * 0.42)));
                    }
                }
                if (ink == 2) {
                    for (int k = 0; k < 4; k++) {
                        double ang = k * Math.PI / 2;
                        area.add(new Area(circle(Math.cos(ang) * 0.5, Math.sin(ang) * 0.5, 0.035)));
                    }
                }
            }
            default -> { // a daisy
                if (ink == 0) {
                    for (int k = 0; k < 8; k++) {
                        double ang = k * TAU / 8;
                        area.add(new Area(leaf(Math.cos(ang) * 0.1, Math.sin(ang) * 0.1, ang, 0.34, 0.15)));
                        cuts.add(thick(new Line2D.Double(Math.cos(ang) * 0.18, Math.sin(ang) * 0.18,
                            Math.cos(ang) * 0.36, Math.sin(ang) * 0.36), 0.014));
                    }
                }
                else if (ink == 1) {
                    area.add(new Area(circle(0, 0, 0.13)));
                    for (int k = 0; k < 8; k++) {
                        double ang = k * TAU / 8;
                        cuts.add(circle(Math.cos(ang) * 0.08, Math.sin(ang) * 0.08, 0.016));
                    }
                    if (inks == 2) {
                        for (int k = 0; k < 4; k++) {
                            double ang = k * Math.PI / 2 + Math.PI / 4;
                            area.add(new Area(leaf(Math.cos(ang) * 0.36, Math.sin(ang) * 0.36, ang, 0.14, 0.07)));
                        }
                    }
                }
                else {
                    for (int k = 0; k < 4; k++) {
                        double ang = k * Math.PI / 2 + Math.PI / 4;
                        area.add(new Area(leaf(Math.cos(ang) * 0.34, Math.sin(ang) * 0.34, ang, 0.16, 0.08)));
                    }
                }
            }
        }
        return area;
    }

    // ------------------------------------------------------------------------------------------------
    // Portrait: an anonymous head and shoulders in cut paper

    private static final int[][] CUT_PAPERS = {
        {0x1D4E9E, 0xF0674F, 0xF7C84A, 0x2E8B57, 0xF3EEE3, 0x1E1E1E, 0xF3A0B5},
        {0xF08A24, 0xC2185B, 0xE0A526, 0x00837F, 0xF5EBDD, 0x23305E, 0x8BC34A},
        {0x2AB0A6, 0x6B3FA0, 0xB5CC3A, 0xE4576E, 0xF4F0E6, 0x222244, 0xF6B93B},
        {0xD94F30, 0x264653, 0xE9C46A, 0x2A9D8F, 0xF4E9DA, 0x8E3B46, 0xF4A261},
    };

    private static void portrait(Art a) {
        int[] palette = shuffled(a, CUT_PAPERS[a.below(CUT_PAPERS.length)]);
        int w = a.w;
        int h = a.h;
        double u = a.u;
        int left = palette[0];
        int right = palette[1];
        int halo = palette[2];
        int head = palette[3];
        int hair = palette[4];
        int clothes = palette[5];
        int accent = palette[6];
        a.g.setColor(rgb(left));
        a.g.fillRect(0, 0, w, h);
        brushTexture(a, new Rectangle2D.Double(0, 0, w, h), left, 0.12);
        double split = w * a.between(0.3, 0.7);
        double[] edge = new double[16];
        for (int i = 0; i < 8; i++) {
            edge[2 * i] = split + w * a.between(-0.04, 0.04) + (i - 3.5) * w * 0.02;
            edge[2 * i + 1] = h * (i - 0.5) / 6.0;
        }
        Path2D rightBlock = smooth(edge, false);
        rightBlock.lineTo(w + 10, h + 10);
        rightBlock.lineTo(w + 10, -10);
        rightBlock.closePath();
        cutOut(a, rightBlock, right);
        brushTexture(a, rightBlock, right, 0.12);

        double size = Math.min(w, h * 0.95);
        double cx = w * a.between(0.44, 0.56);
        double cy = h * 0.4;
        double rx = size * 0.13;
        double ry = size * 0.17;
        double tilt = a.between(-0.12, 0.12);
        cutOut(a, blob(a, cx + a.between(-0.05, 0.05) * size, cy - size * 0.02, size * 0.3, size * 0.3, 0.03, 16), halo);

        int decorations = 3 + a.below(3);
        for (int i = 0; i < decorations; i++) {
            boolean leftSide = i % 2 == 0;
            double x = leftSide ? a.between(0.02, 0.22) * w : a.between(0.78, 0.98) * w;
            double y = h * a.between(0.08, 0.92);
            int colour = palette[a.chance(0.5) ? 6 : 2];
            if (colour == (x < split ? left : right)) {
                colour = palette[4];
            }
            Shape shape = a.chance(0.6) ? paperLeaf(a, x, y, size * a.between(0.22, 0.32), a.between(-0.5, 0.5))
                : star(a, x, y, size * a.between(0.05, 0.09), 5 + a.below(4));
            cutOut(a, shape, colour);
        }

        AffineTransform turn = AffineTransform.getRotateInstance(tilt, cx, cy);
        int style = a.below(4);
        if (style == 0) {
            cutOut(a, turn.createTransformedShape(blob(a, cx, cy + ry * 0.35, rx * 1.45, ry * 1.4, 0.06, 12)), hair);
        }
        else if (style == 1) {
            cutOut(a, turn.createTransformedShape(blob(a, cx, cy - ry * 1.05, rx * 0.55, rx * 0.5, 0.05, 10)), hair);
        }
        double neckTop = cy + ry * 0.6;
        double neckBottom = cy + ry * 1.6;
        Path2D neck = wobbly(a, new double[] {cx - rx * 0.42, neckTop, cx + rx * 0.42, neckTop, cx + rx * 0.48, neckBottom, cx - rx * 0.48, neckBottom},
            true, u * 1.2, u * 14);
        cutOut(a, neck, head);

        double shoulders = cy + ry * 1.45;
        double half = size * a.between(0.36, 0.44);
        Path2D body = smooth(new double[] {
            cx - half * 1.08, h + size * 0.1,
            cx - half, shoulders + size * 0.2,
            cx - half * 0.75, shoulders + size * 0.05,
            cx - rx * 0.9, shoulders,
            cx + rx * 0.9, shoulders,
            cx + half * 0.75, shoulders + size * 0.05,
            cx + half, shoulders + size * 0.2,
            cx + half * 1.08, h + size * 0.1,
        }, true);
        cutOut(a, body, clothes);
        Shape clip = a.g.getClip();
        a.g.clip(body);
        int pattern = a.below(3);
        if (pattern == 0) {
            for (int k = 0; k < 6; k++) {
                double y = shoulders + size * (0.1 + 0.12 * k);
                double[] band = new double[12];
                for (int i = 0; i < 6; i++) {
                    band[2 * i] = cx - half * 1.2 + i * half * 0.48;
                    band[2 * i + 1] = y + a.between(-1, 1) * size * 0.012;
                }
                a.stroke(smooth(band, false), rgb(accent), size * 0.04);
            }
        }
        else if (pattern == 1) {
            for (int k = 0; k < 14; k++) {
                cutOut(a, blob(a, cx + a.between(-1, 1) * half, shoulders + a.between(0.05, 0.5) * size, size * 0.025, size * 0.025, 0.1, 8), accent);
            }
        }
        else {
            cutOut(a, paperLeaf(a, cx + half * a.between(-0.6, 0.6), shoulders + size * 0.3, size * 0.3, a.between(-0.3, 0.3)), accent);
        }
        a.g.setClip(clip);
        double neckline = shoulders + size * a.between(0.08, 0.16);
        Path2D vee = smooth(new double[] {cx - rx * 0.75, shoulders - 2, cx, neckline, cx + rx * 0.75, shoulders - 2}, false);
        vee.closePath();
        a.fill(vee, rgb(head));

        Path2D face = blob(a, cx, cy, rx, ry, 0.025, 14);
        cutOut(a, turn.createTransformedShape(face), head);
        Shape fringe;
        if (style == 2) {
            Area cap = new Area(blob(a, cx, cy - ry * 0.15, rx * 1.12, ry * 1.0, 0.04, 12));
            cap.subtract(new Area(new Ellipse2D.Double(cx - rx * 1.4, cy - ry * 0.45, rx * 2.8, ry * 2.2)));
            fringe = cap;
        }
        else {
            Area cap = new Area(blob(a, cx, cy - ry * 0.2, rx * 1.15, ry * 1.0, 0.05, 12));
            double sweep = a.between(-0.4, 0.4);
            cap.subtract(new Area(AffineTransform.getRotateInstance(sweep, cx, cy)
                .createTransformedShape(new Ellipse2D.Double(cx - rx * 1.3, cy - ry * 0.3, rx * 2.6, ry * 2.2))));
            fringe = cap;
        }
        cutOut(a, turn.createTransformedShape(fringe), style == 3 ? accent : hair);
        grain(a, 0.0018, 0.1);
    }

    /** A piece of painted paper stuck down, with the faint shadow its edge casts. */
    private static void cutOut(Art a, Shape shape, int colour) {
        double d = a.u * 2.5;
        a.fill(AffineTransform.getTranslateInstance(d * 0.6, d).createTransformedShape(shape), rgba(0x000000, 0.16));
        a.fill(shape, rgb(colour));
    }

    /** A cut-paper leaf: rounded lobes all round an upright teardrop, on a short curving stalk. */
    private static Shape paperLeaf(Art a, double x, double y, double length, double angle) {
        int lobes = 7 + 2 * a.below(3);
        int n = 120;
        double[] p = new double[2 * n];
        double[] size = new double[lobes + 1];
        for (int i = 0; i <= lobes; i++) {
            size[i] = a.between(0.85, 1.1);
        }
        for (int i = 0; i < n; i++) {
            double t = TAU * i / n;
            double lobe = Math.pow(Math.abs(Math.cos(lobes * t / 2)), 0.6);
            double r = (0.62 + 0.38 * lobe) * size[(int) (lobes * t / TAU + 0.5) % lobes] * (0.75 + 0.25 * Math.cos(t));
            p[2 * i] = Math.sin(t) * r * length * 0.3;
            p[2 * i + 1] = -Math.cos(t) * r * length * 0.42 - length * 0.08;
        }
        Area shape = new Area(smooth(p, true));
        double bend = a.between(-0.15, 0.15) * length;
        shape.add(new Area(tapered(curve(0, length * 0.02, bend, length * 0.22, bend * 1.5, length * 0.42), length * 0.05, length * 0.03)));
        shape.transform(AffineTransform.getRotateInstance(angle));
        shape.transform(AffineTransform.getTranslateInstance(x, y));
        return shape;
    }

    private static double[] curve(double x0, double y0, double cx, double cy, double x1, double y1) {
        int n = 12;
        double[] p = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / (n - 1);
            p[2 * i] = (1 - t) * (1 - t) * x0 + 2 * t * (1 - t) * cx + t * t * x1;
            p[2 * i + 1] = (1 - t) * (1 - t) * y0 + 2 * t * (1 - t) * cy + t * t * y1;
        }
        return p;
    }

    /** A band along the points, {@code from} wide at the start and narrowing to {@code to}, with rounded ends. */
    private static Shape tapered(double[] p, double from, double to) {
        int n = p.length / 2;
        double[] outline = new double[4 * n];
        for (int i = 0; i < n; i++) {
            int i0 = Math.max(0, i - 1);
            int i1 = Math.min(n - 1, i + 1);
            double dx = p[2 * i1] - p[2 * i0];
            double dy = p[2 * i1 + 1] - p[2 * i0 + 1];
            double len = Math.max(1e-9, Math.hypot(dx, dy));
            double half = (from + (to - from) * i / (n - 1)) / 2;
            outline[2 * i] = p[2 * i] - dy / len * half;
            outline[2 * i + 1] = p[2 * i + 1] + dx / len * half;
            outline[2 * (2 * n - 1 - i)] = p[2 * i] + dy / len * half;
            outline[2 * (2 * n - 1 - i) + 1] = p[2 * i + 1] - dx / len * half;
        }
        Area band = new Area(smooth(outline, true));
        band.add(new Area(circle(p[0], p[1], from / 2)));
        band.add(new Area(circle(p[2 * n - 2], p[2 * n - 1], to / 2)));
        return band;
    }

    private static Shape star(Art a, double x, double y, double radius, int points) {
        double[] p = new double[points * 4];
        double turn = a.next() * TAU;
        for (int i = 0; i < points * 2; i++) {
            double r = i % 2 == 0 ? radius * a.between(0.9, 1.1) : radius * 0.45;
            double ang = turn + i * Math.PI / points;
            p[2 * i] = x + Math.cos(ang) * r;
            p[2 * i + 1] = y + Math.sin(ang) * r;
        }
        return polygon(p);
    }

    // ------------------------------------------------------------------------------------------------
    // Mosaic: small irregular tiles and grout

    private record Region(Shape shape, int[] shades) {
    }

    private static void mosaic(Art a) {
        int w = a.w;
        int h = a.h;
        double size = Math.min(w, h);
        double tile = a.u * 900 / a.between(30, 34);
        double gap = tile * 0.11;
        boolean darkGrout = a.chance(0.35);
        int grout = darkGrout ? 0x3B3733 : 0xD9D2C3;
        a.g.setColor(rgb(grout));
        a.g.fillRect(0, 0, w, h);
        List<Region> regions = new ArrayList<>();
        List<Region> outlines = new ArrayList<>();
        List<Ellipse2D> discs = new ArrayList<>();
        int[] skyTop;
        int[] skyLow;
        int outline;
        int subject = a.below(2);
        double cx = w * a.between(0.44, 0.56);
        double cy = h * a.between(0.4, 0.46);
        if (subject == 0) {
            skyTop = new int[] {0x2F6DB5, 0x3A7BC8, 0x2A5FA0};
            skyLow = new int[] {0x8CC3E8, 0x9BD0EE, 0x7FB6DD};
            outline = 0x8A4B12;
            double r = size * 0.3;
            Path2D stem = new Path2D.Double();
            stem.moveTo(cx, cy);
            stem.quadTo(cx + r * 0.3, cy + r * 1.6, cx - r * 0.1, h + tile);
            Shape stemShape = thick(stem, r * 0.13);
            regions.add(new Region(stemShape, new int[] {0x3E7D2F, 0x4A8C36, 0x356B28}));
            Shape leafLeft = leaf(cx + r * 0.1, cy + r * 1.45, Math.PI + 0.5, r * 0.8, r * 0.45);
            Shape leafRight = leaf(cx + r * 0.18, cy + r * 1.05, -0.35, r * 0.75, r * 0.42);
            regions.add(new Region(leafLeft, new int[] {0x5E9E3A, 0x6DAE42, 0x4E8A30}));
            regions.add(new Region(leafRight, new int[] {0x5E9E3A, 0x6DAE42, 0x4E8A30}));
            outlines.add(new Region(leafLeft, new int[] {0x2F5A24}));
            outlines.add(new Region(leafRight, new int[] {0x2F5A24}));
            int petals = 14 + a.below(5);
            double turn = a.next() * TAU;
            Area back = new Area();
            Area front = new Area();
            for (int i = 0; i < petals; i++) {
                double ang = turn + i * TAU / petals;
                Shape petal = leaf(cx + Math.cos(ang) * r * 0.3, cy + Math.sin(ang) * r * 0.3, ang, r * 0.72, r * 0.3);
                (i % 2 == 0 ? back : front).add(new Area(petal));
            }
            regions.add(new Region(back, new int[] {0xF2A516, 0xF7B32B, 0xE8961A}));
            regions.add(new Region(front, new int[] {0xFFD23F, 0xFFC928, 0xF9DB5C}));
            Area petalsAll = new Area(back);
            petalsAll.add(front);
            outlines.add(new Region(petalsAll, new int[] {outline}));
            outlines.add(new Region(front, new int[] {outline}));
            discs.add(new Ellipse2D.Double(cx - r * 0.42, cy - r * 0.42, r * 0.84, r * 0.84));
        }
        else {
            skyTop = new int[] {0xE9DFC4, 0xF1E8D0, 0xDFD3B4};
            skyLow = new int[] {0xB7D3B0, 0xC4DDBA, 0xA9C7A2};
            outline = 0x2B2B33;
            double r = size * 0.2;
            boolean facing = a.chance(0.5);
            double dir = facing ? 1 : -1;
            double perch = cy + r * 0.62;
            Path2D branch = new Path2D.Double();
            branch.moveTo(-tile, perch + r * 0.35);
            branch.quadTo(w * 0.5, perch - r * 0.05, w + tile, perch + r * 0.45);
            Shape branchShape = thick(branch, r * 0.26);
            int[] green = {0x4E8A3A, 0x5C9A44, 0x437A32};
            for (int i = 0; i < 6; i++) {
                double x = w * (0.08 + 0.17 * i) + a.between(-0.03, 0.03) * w;
                if (Math.abs(x - cx) < r * 1.2) {
                    continue;
                }
                double y = perch + r * 0.2;
                Shape l = leaf(x, y, (i % 2 == 0 ? -Math.PI / 2 - a.between(0.3, 0.8) : Math.PI / 2 + a.between(0.3, 0.8)) * (x < cx ? 1 : -1),
                    r * 0.75, r * 0.36);
                regions.add(new Region(l, green));
                outlines.add(new Region(l, new int[] {0x2F5A24}));
            }
            regions.add(new Region(branchShape, new int[] {0x6B4428, 0x7A5030, 0x5C3A22}));
            outlines.add(new Region(branchShape, new int[] {0x3A2414}));
            int[] back;
            int[] breast;
            if (a.chance(0.5)) {
                back = new int[] {0x2F6FB0, 0x3A7FC2, 0x28609A};
                breast = new int[] {0xF2C230, 0xF8D04A, 0xE8B020};
            }
            else {
                back = new int[] {0x7A5A3A, 0x8A6844, 0x6A4C30};
                breast = new int[] {0xE2622B, 0xEE7436, 0xD45420};
            }
            Path2D tail = polygon(cx - dir * r * 0.7, cy - r * 0.05, cx - dir * r * 1.65, cy + r * 0.6, cx - dir * r * 1.45, cy + r * 0.85,
                cx - dir * r * 0.6, cy + r * 0.5);
            Area body = new Area(AffineTransform.getRotateInstance(-dir * 0.2, cx, cy)
                .createTransformedShape(new Ellipse2D.Double(cx - r, cy - r * 0.72, r * 2, r * 1.44)));
            body.add(new Area(circle(cx + dir * r * 0.8, cy - r * 0.6, r * 0.5)));
            Area silhouette = new Area(body);
            silhouette.add(new Area(tail));
            Area chest = new Area(new Ellipse2D.Double(cx + dir * r * 0.5 - r * 0.65, cy - r * 0.45, r * 1.3, r * 1.25));
            chest.intersect(body);
            Shape wing = leaf(cx + dir * r * 0.3, cy - r * 0.3, facing ? Math.PI - 0.3 : 0.3, r * 1.45, r * 0.5);
            Path2D beak = polygon(cx + dir * r * 1.2, cy - r * 0.78, cx + dir * r * 1.7, cy - r * 0.6, cx + dir * r * 1.2, cy - r * 0.42);
            regions.add(new Region(tail, back));
            regions.add(new Region(body, back));
            regions.add(new Region(chest, breast));
            regions.add(new Region(wing, new int[] {darker(back[0], 0.3), darker(back[1], 0.35), darker(back[2], 0.25)}));
            regions.add(new Region(beak, new int[] {0x3A3A3A, 0x2E2E2E, 0x444444}));
            outlines.add(new Region(wing, new int[] {darker(back[0], 0.55)}));
            outlines.add(new Region(silhouette, new int[] {outline}));
            outlines.add(new Region(beak, new int[] {outline}));
            discs.add(new Ellipse2D.Double(cx + dir * r * 0.95 - tile * 0.7, cy - r * 0.72 - tile * 0.7, tile * 1.4, tile * 1.4));
        }
        double border = tile * 2.2;
        int[] frame = subject == 0 ? new int[] {0x8E3B2E, 0xB5533C} : a.chance(0.5) ? new int[] {0x1F3D6B, 0x2E5A94} : new int[] {0x2F5A3A, 0x40704A};
        for (double y = 0; y < h; y += tile) {
            double x = -a.next() * tile;
            while (x < w) {
                double width = tile * a.between(0.75, 1.25);
                double mx = x + width / 2;
                double my = y + tile / 2;
                boolean inBorder = mx < border || mx > w - border || my < border || my > h - border;
                boolean inDisc = false;
                for (Ellipse2D d : discs) {
                    inDisc |= d.contains(mx, my);
                }
                if (!inDisc) {
                    int colour;
                    if (inBorder) {
                        boolean inner = mx > tile * 1.1 && mx < w - tile * 1.1 && my > tile * 1.1 && my < h - tile * 1.1;
                        colour = inner ? 0xE8C35A : frame[((int) (x / tile) + (int) (y / tile)) % 2];
                    }
                    else {
                        colour = -1;
                        for (int i = regions.size() - 1; i >= 0 && colour < 0; i--) {
                            if (regions.get(i).shape.contains(mx, my)) {
                                int[] shades = regions.get(i).shades;
                                colour = shades[a.below(shades.length)];
                            }
                        }
                        if (colour < 0) {
                            double t = my / h;
                            colour = a.next() < t ? skyLow[a.below(3)] : skyTop[a.below(3)];
                        }
                    }
                    tessera(a, x, y, width, tile, gap, vary(a, colour, 0.07));
                }
                x += width;
            }
        }
        for (Ellipse2D d : discs) {
            ringTiles(a, d, tile * 0.8, gap, subject == 0 ? new int[] {0x5A3416, 0x6E4220, 0x472812, 0x8A5A28} : new int[] {0x1A1A1A, 0xF4F1EA});
        }
        for (Region o : outlines) {
            outlineTiles(a, o.shape, tile * 0.55, gap, grout, o.shades[0]);
        }
        grain(a, 0.0008, 0.12);
    }

    private static void tessera(Art a, double x, double y, double width, double height, double gap, int colour) {
        double j = height * 0.09;
        double[] p = {
            x + gap + a.between(-j, j), y + gap + a.between(-j, j),
            x + width - gap + a.between(-j, j), y + gap + a.between(-j, j),
            x + width - gap + a.between(-j, j), y + height - gap + a.between(-j, j),
            x + gap + a.between(-j, j), y + height - gap + a.between(-j, j),
        };
        Path2D shape = polygon(p);
        a.fill(shape, rgb(colour));
    }

    private static void ringTiles(Art a, Ellipse2D disc, double tile, double gap, int[] shades) {
        double cx = disc.getCenterX();
        double cy = disc.getCenterY();
        double radius = disc.getWidth() / 2;
        int rings = Math.max(1, (int) Math.round(radius / tile));
        double step = radius / rings;
        for (int k = 0; k < rings; k++) {
            double r0 = k * step;
            double r1 = (k + 1) * step;
            if (k == 0) {
                a.fill(circle(cx, cy, r1 - gap), rgb(shades[0]));
                continue;
            }
            double mid = (r0 + r1) / 2;
            int count = Math.max(3, (int) Math.round(TAU * mid / tile));
            double turn = a.next() * TAU;
            for (int i = 0; i < count; i++) {
                double t0 = turn + i * TAU / count + gap / mid;
                double t1 = turn + (i + 1) * TAU / count - gap / mid;
                double ri = r0 + gap;
                double ro = r1 - gap;
                Path2D p = polygon(cx + Math.cos(t0) * ri, cy + Math.sin(t0) * ri, cx + Math.cos(t1) * ri, cy + Math.sin(t1) * ri,
                    cx + Math.cos(t1) * ro, cy + Math.sin(t1) * ro, cx + Math.cos(t0) * ro, cy + Math.sin(t0) * ro);
                int colour = shades[(i + k) % shades.length];
                a.fill(p, rgb(vary(a, colour, 0.08)));
            }
        }
    }

    private static void outlineTiles(Art a, Shape shape, double tile, double gap, int grout, int colour) {
        PathIterator it = new FlatteningPathIterator(shape.getPathIterator(null), 1.0);
        double[] c = new double[6];
        double px = 0;
        double py = 0;
        double sx = 0;
        double sy = 0;
        double carry = 0;
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                px = c[0];
                py = c[1];
                sx = px;
                sy = py;
                carry = 0;
            }
            else {
                double x = type == PathIterator.SEG_CLOSE ? sx : c[0];
                double y = type == PathIterator.SEG_CLOSE ? sy : c[1];
                double len = Math.hypot(x - px, y - py);
                double ang = Math.atan2(y - py, x - px);
                double d = carry;
                while (d < len) {
                    double tx = px + (x - px) * d / len;
                    double ty = py + (y - py) * d / len;
                    double length = tile * a.between(0.8, 1.15);
                    AffineTransform at = AffineTransform.getTranslateInstance(tx, ty);
                    at.rotate(ang + a.between(-0.08, 0.08));
                    a.fill(at.createTransformedShape(new Rectangle2D.Double(-gap, -tile * 0.45 - gap, length + gap, tile * 0.9 + gap * 2)), rgb(grout));
                    a.fill(at.createTransformedShape(new Rectangle2D.Double(0, -tile * 0.45, length - gap, tile * 0.9)), rgb(vary(a, colour, 0.1)));
                    d += length;
                }
                carry = d - len;
                px = x;
                py = y;
            }
            it.next();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Cityscape: a skyline at dusk, drawn by hand

    private static final int[][] DUSKS = {
        {0x1E2350, 0x6B3F7A, 0xF29E5C, 0x4A3B66, 0x2A2342},
        {0x14213D, 0x3D4E81, 0xE9A3A0, 0x3B3F63, 0x1F2140},
        {0x2B1B45, 0xA4487A, 0xF6C36B, 0x5A3563, 0x2D1C3A},
        {0x0F2C3F, 0x2F6B7C, 0xF0B36A, 0x2C4B5A, 0x15262F},
    };

    private static final int[] LIGHTS = {0xFFD37A, 0xFFC15E, 0xF9E4A0, 0xFFB347};

    private static void cityscape(Art a) {
        int[] p = DUSKS[a.below(DUSKS.length)];
        int w = a.w;
        int h = a.h;
        double u = a.u;
        boolean river = a.chance(0.55);
        double ground = h * (river ? a.between(0.72, 0.78) : a.between(0.84, 0.88));
        a.g.setPaint(new LinearGradientPaint(0, 0, 0, (float) ground, new float[] {0f, 0.55f, 1f}, new Color[] {rgb(p[0]), rgb(p[1]), rgb(p[2])}));
        a.g.fillRect(0, 0, w, h);
        stars(a, ground * 0.45, 70);
        int wisps = (int) (a.between(8, 16) * a.area());
        for (int i = 0; i < wisps; i++) {
            double y = ground * a.between(0.25, 0.75);
            int col = lighter(mix(p[1], p[2], y / ground + 0.15), 0.2);
            double length = w * a.between(0.12, 0.35);
            a.fill(blob(a, a.between(0, w), y, length / 2, u * a.between(3, 7), 0.2, 10), rgba(col, a.between(0.2, 0.35)));
        }
        if (a.chance(0.7)) {
            double mx = w * a.between(0.1, 0.9);
            double my = h * a.between(0.1, 0.22);
            double mr = Math.min(w, h) * a.between(0.03, 0.045);
            Area moon = new Area(circle(mx, my, mr));
            moon.subtract(new Area(circle(mx + mr * 0.45, my - mr * 0.2, mr * 0.9)));
            halo(a, mx, my, mr, mr * 3.5, 0xFFF4D6, 0.22);
            a.fill(moon, rgb(0xFFF1C9));
        }
        int far = mix(p[1], p[3], 0.55);
        List<double[]> lights = new ArrayList<>();
        skyline(a, ground - h * 0.02, h * 0.14, h * 0.42, w * 0.035, w * 0.07, far, mix(far, p[2], 0.35), 0.08, null);
        skyline(a, ground, h * 0.1, h * 0.32, w * 0.05, w * 0.11, p[3], darker(p[3], 0.3), 0.28, lights);
        skyline(a, ground + h * 0.02, h * 0.05, h * 0.2, w * 0.08, w * 0.16, p[4], darker(p[4], 0.45), 0.42, lights);
        double street = ground + h * 0.02;
        if (river) {
            a.g.setPaint(new GradientPaint(0, (float) street, rgb(darker(mix(p[1], p[2], 0.25), 0.35)), 0, h, rgb(darker(p[0], 0.25))));
            a.g.fill(new Rectangle2D.Double(0, street, w, h - street));
            int ripples = (int) (260 * a.area());
            for (int i = 0; i < ripples; i++) {
                double t = Math.pow(a.next(), 1.3);
                double y = street + t * (h - street);
                boolean shadow = t < 0.25 && a.chance(0.6);
                int c = shadow ? darker(p[4], 0.15) : mix(p[2], p[1], a.next());
                brush(a, a.between(0, w), y, a.between(-0.02, 0.02), w * a.between(0.02, 0.08) * (shadow ? 2 : 1), u * a.between(2, 5),
                    rgba(c, shadow ? 0.55 : a.between(0.15, 0.35)));
            }
            for (double[] light : lights) {
                double y = street + (street - light[1]) * 0.85;
                if (y > h) {
                    continue;
                }
                for (int k = 0; k < 3; k++) {
                    brush(a, light[0] + light[2] / 2 + a.between(-1, 1) * light[2] * 0.3, y + k * u * 7, a.between(-0.03, 0.03),
                        light[2] * a.between(0.9, 1.8), u * 2.5, rgba((int) light[3], 0.65 - 0.18 * k));
                }
            }
            a.stroke(wobbly(a, new double[] {0, street, w, street}, false, u, u * 12), rgba(darker(p[4], 0.5), 0.9), u * 4);
        }
        else {
            a.fill(new Rectangle2D.Double(0, street, w, h - street), rgb(darker(p[4], 0.25)));
            a.stroke(wobbly(a, new double[] {0, street + (h - street) * 0.35, w, street + (h - street) * 0.35}, false, u, u * 12),
                rgba(lighter(p[4], 0.15), 0.8), u * 3);
            int lamps = 4 + a.below(4);
            for (int i = 0; i < lamps; i++) {
                double x = w * (i + a.between(0.2, 0.8)) / lamps;
                double foot = street + (h - street) * 0.3;
                double top = street - h * 0.1;
                halo(a, x, foot, 0, u * 60, 0xFFD37A, 0.2);
                a.stroke(wobbly(a, new double[] {x, foot, x, top}, false, u, u * 10), rgb(darker(p[4], 0.6)), u * 4);
                halo(a, x, top, u * 6, u * 40, 0xFFD37A, 0.4);
                a.fill(circle(x, top, u * 7), rgb(0xFFE7A8));
            }
        }
        grain(a, 0.0015, 0.12);
    }

    /** A row of buildings along {@code base}; the windows lit, as (x, y, width, colour), go to {@code lights} unless it is null (far away). */
    private static void skyline(Art a, double base, double minH, double maxH, double minW, double maxW, int colour, int ink,
            double lit, List<double[]> lights) {
        boolean distant = lights == null;
        double u = a.u;
        double x = -a.between(0, maxW);
        while (x < a.w) {
            double bw = a.between(minW, maxW);
            double bh = a.between(minH, maxH);
            double top = base - bh;
            List<Double> pts = new ArrayList<>();
            add(pts, x, base + a.h * 0.05);
            add(pts, x, top);
            int roof = a.below(6);
            if (roof == 1) {
                add(pts, x + bw / 2, top - bw * a.between(0.3, 0.6));
            }
            else if (roof == 2) {
                double inset = bw * 0.2;
                double step = bh * 0.12;
                add(pts, x + inset, top);
                add(pts, x + inset, top - step);
                add(pts, x + bw - inset, top - step);
                add(pts, x + bw - inset, top);
            }
            else if (roof == 3) {
                add(pts, x + bw * 0.4, top);
                add(pts, x + bw * 0.5, top - bh * a.between(0.2, 0.35));
                add(pts, x + bw * 0.6, top);
            }
            else if (roof == 4) {
                for (int i = 1; i < 8; i++) {
                    double t = i / 8.0;
                    add(pts, x + bw * 0.15 + bw * 0.7 * t, top - Math.sin(Math.PI * t) * bw * 0.35);
                }
            }
            add(pts, x + bw, top);
            add(pts, x + bw, base + a.h * 0.05);
            double[] outline = pts.stream().mapToDouble(Double::doubleValue).toArray();
            int tint = vary(a, colour, 0.06);
            a.fill(wobbly(a, outline, true, u * 1.2, u * 12), rgb(tint));
            if (roof == 5) {
                a.stroke(wobbly(a, new double[] {x + bw * 0.7, top, x + bw * 0.7, top - bh * 0.18}, false, u * 0.6, u * 8), rgb(ink), u * 2);
            }
            if (!distant) {
                a.stroke(wobbly(a, outline, false, u * 1.4, u * 12), rgba(ink, 0.75), u * 1.8);
            }
            double ww = distant ? u * 4 : Math.max(u * 6, bw * a.between(0.09, 0.14));
            double wh = ww * a.between(1.1, 1.6);
            int cols = Math.max(1, (int) ((bw - ww) / (ww * 1.9)));
            double gapX = (bw - cols * ww) / (cols + 1);
            double floor = wh * a.between(1.7, 2.2);
            for (double wy = top + floor * 0.7; wy < base - wh; wy += floor) {
                boolean rowLit = a.chance(0.5);
                for (int c = 0; c < cols; c++) {
                    double wx = x + gapX + c * (ww + gapX);
                    boolean on = a.chance(rowLit ? lit * 1.5 : lit * 0.5);
                    if (!on && distant) {
                        continue;
                    }
                    double j = u * 0.8;
                    Path2D window = polygon(wx + a.between(-j, j), wy + a.between(-j, j), wx + ww + a.between(-j, j), wy + a.between(-j, j),
                        wx + ww + a.between(-j, j), wy + wh + a.between(-j, j), wx + a.between(-j, j), wy + wh + a.between(-j, j));
                    if (on) {
                        int light = LIGHTS[a.below(LIGHTS.length)];
                        if (!distant) {
                            a.fill(new Rectangle2D.Double(wx - ww * 0.3, wy - ww * 0.3, ww * 1.6, wh + ww * 0.6), rgba(light, 0.12));
                            lights.add(new double[] {wx, wy, ww, light});
                        }
                        a.fill(window, rgb(light));
                    }
                    else {
                        a.fill(window, rgb(darker(tint, 0.25)));
                    }
                }
            }
            x += bw + (distant ? a.between(-0.3, 0.1) : a.between(-0.2, 0.15)) * bw;
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Still life: a bowl of fruit and a jug on a table

    private record Room(int wall, int table, int cloth, int stripe, int bowl, int band, int jug, int jugBand, int line) {
    }

    private static final Room[] ROOMS = {
        new Room(0x9DB59A, 0xB5744A, 0xF4EFE4, 0x3C6EA8, 0x2F5FA0, 0xF4EFE4, 0xF1E4C8, 0x2F5FA0, 0x2C2A33),
        new Room(0xE3B5A4, 0x6F8FA8, 0xF6F0E2, 0xC8553D, 0xF3E6C8, 0x2E6F73, 0x2E6F73, 0xF3E6C8, 0x3A2C2A),
        new Room(0xE1B85C, 0x8C5A3C, 0xEDE6D6, 0x6A8E4E, 0xB84A3A, 0xF3D58A, 0x3E5E8C, 0xEDE6D6, 0x2A2320),
        new Room(0x4F8A8B, 0xD9A15B, 0xF7F1E3, 0xD4694A, 0xF0D24B, 0x2E4D4E, 0xE9E2D0, 0xD4694A, 0x1F2E30),
        new Room(0x7EA1C4, 0xC99A6E, 0xF2ECDD, 0x9C3D54, 0xE9E0CC, 0x7EA1C4, 0xC0573E, 0xF2ECDD, 0x27303A),
    };

    private record Fruit(int kind, double x, double y, double r) {
    }

    private static void stillLife(Art a) {
        Room room = ROOMS[a.below(ROOMS.length)];
        int w = a.w;
        int h = a.h;
        double u = a.u;
        double size = Math.min(w, h * 1.2);
        if (a.chance(0.5)) {
            a.g.translate(w, 0);
            a.g.scale(-1, 1);
        }
        double table = h * a.between(0.55, 0.62);
        a.fill(new Rectangle2D.Double(0, 0, w, table + 2), rgb(room.wall));
        brushTexture(a, new Rectangle2D.Double(0, 0, w, table), room.wall, 0.3);
        // the shadow of a window frame falling across the wall
        double fall = w * a.between(0.45, 0.7);
        Path2D shade = wobbly(a, new double[] {fall, -5, w + 5, -5, w + 5, table + 2, fall + w * a.between(0.1, 0.25), table + 2}, true, u * 2, u * 30);
        a.fill(shade, rgba(darker(room.wall, 0.3), 0.35));
        a.fill(new Rectangle2D.Double(0, table, w, h - table), rgb(room.table));
        brushTexture(a, new Rectangle2D.Double(0, table, w, h - table), room.table, 0.18);
        a.stroke(wobbly(a, new double[] {0, table, w, table}, false, u * 1.5, u * 20), rgba(darker(room.table, 0.35), 0.8), u * 3);
        if (a.chance(0.75)) {
            double x0 = w * a.between(0.05, 0.3);
            double x1 = x0 + w * a.between(0.35, 0.55);
            Path2D cloth = wobbly(a, new double[] {x0 + w * 0.05, table + h * 0.03, x1 + w * 0.06, table + h * 0.02, x1 + w * 0.02, h + 5, x0 - w * 0.08, h + 5},
                true, u * 3, u * 25);
            a.fill(cloth, rgb(room.cloth));
            Shape clip = a.g.getClip();
            a.g.clip(cloth);
            for (int k = -6; k < 14; k++) {
                double sx = x0 + k * w * 0.045;
                a.stroke(wobbly(a, new double[] {sx + w * 0.05, table, sx - w * 0.06, h}, false, u * 2, u * 20), rgba(room.stripe, 0.85),
                    k % 3 == 0 ? u * 9 : u * 3);
            }
            a.g.setClip(clip);
            a.stroke(cloth, rgba(darker(room.cloth, 0.4), 0.6), u * 2);
        }
        double bowlX = w * a.between(0.3, 0.42);
        double bowlW = size * a.between(0.42, 0.5);
        double bowlBase = table + h * a.between(0.2, 0.25);
        double bowlH = bowlW * 0.32;
        double rim = bowlBase - bowlH;
        double jugX = w * a.between(0.66, 0.76);
        double jugH = size * a.between(0.4, 0.46);
        double jugBase = table + h * a.between(0.07, 0.1);
        shadow(a, jugX + jugH * 0.18, jugBase, jugH * 0.6, jugH * 0.1, room.table);
        shadow(a, bowlX + bowlW * 0.12, bowlBase, bowlW * 1.05, bowlW * 0.12, room.table);
        jug(a, jugX, jugBase, jugH, room);
        a.fill(new Ellipse2D.Double(bowlX - bowlW / 2, rim - bowlW * 0.08, bowlW, bowlW * 0.16), rgb(darker(room.bowl, 0.3)));
        List<Fruit> fruits = new ArrayList<>();
        int count = 4 + a.below(3);
        for (int i = 0; i < count; i++) {
            double t = count == 1 ? 0.5 : (double) i / (count - 1);
            double r = bowlW * a.between(0.11, 0.15);
            double fx = bowlX + (t - 0.5) * bowlW * 0.7 + a.between(-0.03, 0.03) * bowlW;
            double fy = rim - r * a.between(0.2, 0.6) + (i % 2 == 0 ? 0 : -r * 0.3);
            fruits.add(new Fruit(a.below(4), fx, fy, r));
        }
        fruits.add(new Fruit(a.below(4), bowlX + a.between(-0.12, 0.12) * bowlW, rim - bowlW * 0.2, bowlW * a.between(0.11, 0.14)));
        for (Fruit f : fruits) {
            fruit(a, f, room);
        }
        Path2D body = new Path2D.Double();
        body.moveTo(bowlX - bowlW / 2, rim);
        body.curveTo(bowlX - bowlW * 0.48, rim + bowlH * 0.7, bowlX - bowlW * 0.25, bowlBase - bowlH * 0.05, bowlX, bowlBase - bowlH * 0.05);
        body.curveTo(bowlX + bowlW * 0.25, bowlBase - bowlH * 0.05, bowlX + bowlW * 0.48, rim + bowlH * 0.7, bowlX + bowlW / 2, rim);
        body.quadTo(bowlX, rim + bowlW * 0.16, bowlX - bowlW / 2, rim);
        body.closePath();
        Path2D foot = polygon(bowlX - bowlW * 0.14, bowlBase - bowlH * 0.1, bowlX + bowlW * 0.14, bowlBase - bowlH * 0.1,
            bowlX + bowlW * 0.17, bowlBase + bowlH * 0.06, bowlX - bowlW * 0.17, bowlBase + bowlH * 0.06);
        a.fill(foot, rgb(darker(room.bowl, 0.15)));
        a.stroke(foot, rgba(room.line, 0.6), u * 2);
        a.fill(body, rgb(room.bowl));
        Shape clip = a.g.getClip();
        a.g.clip(body);
        a.fill(new Ellipse2D.Double(bowlX - bowlW * 0.1, rim - bowlH * 0.3, bowlW * 0.8, bowlH * 1.8), rgba(darker(room.bowl, 0.25), 0.6));
        a.stroke(new QuadCurve2D.Double(bowlX - bowlW * 0.5, rim + bowlH * 0.35, bowlX, rim + bowlH * 0.95, bowlX + bowlW * 0.5, rim + bowlH * 0.35),
            rgb(room.band), bowlH * 0.12);
        a.stroke(new QuadCurve2D.Double(bowlX - bowlW * 0.34, rim + bowlH * 0.2, bowlX - bowlW * 0.25, rim + bowlH * 0.55, bowlX - bowlW * 0.12, rim + bowlH * 0.72),
            rgba(0xFFFFFF, 0.35), bowlH * 0.07);
        a.g.setClip(clip);
        a.stroke(body, rgba(room.line, 0.65), u * 2.5);
        a.stroke(new QuadCurve2D.Double(bowlX - bowlW / 2, rim, bowlX, rim + bowlW * 0.16, bowlX + bowlW / 2, rim), rgba(lighter(room.bowl, 0.35), 0.9), u * 4);
        int loose = 1 + a.below(2);
        for (int i = 0; i < loose; i++) {
            double r = bowlW * a.between(0.1, 0.13);
            double fx = i == 0 ? bowlX + bowlW * a.between(0.55, 0.7) : bowlX - bowlW * a.between(0.55, 0.75);
            fx = Math.max(r * 1.6, Math.min(w - r * 1.6, fx));
            double fy = bowlBase + h * a.between(0.04, 0.12) - r;
            shadow(a, fx + r * 0.5, fy + r * 0.95, r * 2.4, r * 0.45, room.table);
            fruit(a, new Fruit(a.below(4), fx, fy, r), room);
        }
        grain(a, 0.002, 0.12);
    }

    private static void shadow(Art a, double x, double y, double width, double height, int surface) {
        a.fill(blob(a, x, y, width / 2, height / 2, 0.05, 10), rgba(darker(surface, 0.5), 0.35));
    }

    private static void fruit(Art a, Fruit f, Room room) {
        double light = -1; // from the left, or from the right when the whole picture is mirrored
        int[][] colours = {{0xF28C28, 0xC8601A}, {0xC8322E, 0x8E1F24}, {0xF2D13A, 0xC9A420}, {0x9BBF4A, 0x6D8F2E}};
        int[] c = colours[f.kind];
        double r = f.r;
        Shape shape;
        if (f.kind == 2) {
            Area lemon = new Area(blob(a, f.x, f.y, r * 1.2, r * 0.85, 0.03, 12));
            lemon.add(new Area(new Ellipse2D.Double(f.x - r * 1.32, f.y - r * 0.16, r * 0.4, r * 0.32)));
            lemon.add(new Area(new Ellipse2D.Double(f.x + r * 0.92, f.y - r * 0.16, r * 0.4, r * 0.32)));
            shape = AffineTransform.getRotateInstance(a.between(-0.35, 0.35), f.x, f.y).createTransformedShape(lemon);
        }
        else if (f.kind == 3) {
            Area pear = new Area(circle(f.x, f.y + r * 0.2, r));
            pear.add(new Area(circle(f.x + r * 0.1, f.y - r * 0.75, r * 0.6)));
            pear.add(new Area(polygon(f.x - r * 0.85, f.y, f.x - r * 0.4, f.y - r * 0.9, f.x + r * 0.6, f.y - r * 0.9, f.x + r * 0.9, f.y)));
            shape = pear;
        }
        else {
            shape = blob(a, f.x, f.y, r, r * (f.kind == 1 ? 0.92 : 1), 0.03, 12);
        }
        a.fill(shape, rgb(c[0]));
        Shape clip = a.g.getClip();
        a.g.clip(shape);
        a.fill(circle(f.x - light * r * 0.7, f.y + r * 0.5, r * 1.05), rgba(c[1], 0.8));
        a.fill(new Ellipse2D.Double(f.x + light * r * 0.45 - r * 0.18, f.y - r * 0.45, r * 0.36, r * 0.24), rgba(0xFFFFFF, 0.55));
        a.g.setClip(clip);
        a.stroke(shape, rgba(room.line, 0.55), a.u * 2);
        if (f.kind == 1 || f.kind == 3) {
            double top = f.kind == 3 ? f.y - r * 1.3 : f.y - r * 0.85;
            a.stroke(new QuadCurve2D.Double(f.x, top, f.x + r * 0.05, top - r * 0.2, f.x + r * 0.18, top - r * 0.38), rgb(0x4A3322), a.u * 3.5);
            if (f.kind == 1) {
                a.fill(leaf(f.x + r * 0.1, top - r * 0.25, -0.5, r * 0.55, r * 0.3), rgb(0x4E8A34));
            }
        }
    }

    private static void jug(Art a, double x, double base, double height, Room room) {
        double u = a.u;
        double k = height * 0.75;
        // the profile from the foot up, right side, then the spout side coming down
        double[] p = {
            x + 0.3 * k, base,
            x + 0.4 * k, base - 0.25 * height,
            x + 0.36 * k, base - 0.55 * height,
            x + 0.2 * k, base - 0.8 * height,
            x + 0.23 * k, base - 0.95 * height,
            x + 0.27 * k, base - height,
            x - 0.2 * k, base - height,
            x - 0.36 * k, base - 1.03 * height,
            x - 0.25 * k, base - 0.92 * height,
            x - 0.2 * k, base - 0.8 * height,
            x - 0.36 * k, base - 0.55 * height,
            x - 0.4 * k, base - 0.25 * height,
            x - 0.3 * k, base,
        };
        Path2D body = smooth(p, true);
        Path2D handle = new Path2D.Double();
        handle.moveTo(x + 0.19 * k, base - 0.82 * height);
        handle.curveTo(x + 0.62 * k, base - 0.86 * height, x + 0.66 * k, base - 0.45 * height, x + 0.36 * k, base - 0.3 * height);
        a.stroke(handle, rgba(room.line, 0.7), height * 0.07 + u * 4);
        a.stroke(handle, rgb(room.jug), height * 0.07);
        a.fill(body, rgb(room.jug));
        Shape clip = a.g.getClip();
        a.g.clip(body);
        a.fill(new Ellipse2D.Double(x - height * 0.02, base - height * 0.75, height * 0.5, height * 0.9), rgba(darker(room.jug, 0.3), 0.5));
        for (double t : new double[] {0.42, 0.5}) {
            a.stroke(wobbly(a, new double[] {x - height, base - t * height, x + height, base - t * height + height * 0.02}, false, u * 1.5, u * 15),
                rgb(room.jugBand), height * (t == 0.42 ? 0.05 : 0.02));
        }
        a.stroke(new QuadCurve2D.Double(x - height * 0.2, base - height * 0.65, x - height * 0.26, base - height * 0.4, x - height * 0.18, base - height * 0.15),
            rgba(0xFFFFFF, 0.4), height * 0.035);
        a.fill(new Ellipse2D.Double(x - 0.3 * k, base - height * 1.035, 0.57 * k, height * 0.07), rgb(darker(room.jug, 0.35)));
        a.g.setClip(clip);
        a.stroke(body, rgba(room.line, 0.65), u * 2.5);
    }

    // ------------------------------------------------------------------------------------------------
    // Seascape: waves, horizon and a small boat, in brush strokes

    private record Coast(int skyTop, int skyLow, int seaFar, int seaNear, int foam, int land, int sun) {
    }

    private static final Coast[] COASTS = {
        new Coast(0x6FA8DC, 0xE8F1F2, 0x7FB7C9, 0x1F5F7A, 0xF4F8F6, 0x8CA39A, 0xFFF6D8),
        new Coast(0x5B6FA8, 0xF6C7A1, 0xB39CB8, 0x2B3E6B, 0xFBE8D6, 0x6E6A8A, 0xFFE0A8),
        new Coast(0xA8B8C4, 0xE6E2D8, 0x8FA4A8, 0x33525A, 0xF2F0EA, 0x6E7E78, 0xF6F1E0),
        new Coast(0x2E86AB, 0xBFE3EA, 0x48A9C5, 0x0E4D64, 0xFFFFFF, 0xC9B27C, 0xFFF8E0),
    };

    private static void seascape(Art a) {
        Coast c = COASTS[a.below(COASTS.length)];
        int w = a.w;
        int h = a.h;
        double u = a.u;
        double horizon = h * a.between(0.4, 0.52);
        a.g.setPaint(new GradientPaint(0, 0, rgb(c.skyTop), 0, (float) horizon, rgb(c.skyLow)));
        a.g.fillRect(0, 0, w, (int) Math.ceil(horizon) + 1);
        double sunX = w * a.between(0.2, 0.8);
        double sunY = horizon * a.between(0.45, 0.8);
        double sunR = Math.min(w, h) * a.between(0.035, 0.055);
        skyStrokes(a, c.skyTop, c.skyLow, horizon, 50);
        halo(a, sunX, sunY, sunR, sunR * 4, c.sun, 0.4);
        a.fill(circle(sunX, sunY, sunR), rgb(c.sun));
        int clouds = 2 + a.below(4);
        for (int i = 0; i < clouds; i++) {
            double cx = a.between(-0.1, 1.1) * w;
            double cy = horizon * a.between(0.1, 0.75);
            double spread = w * a.between(0.12, 0.3);
            int strokes = 10 + a.below(10);
            for (int k = 0; k < strokes; k++) {
                double dy = a.between(-1, 1) * spread * 0.08;
                int col = dy < 0 ? lighter(c.skyLow, 0.6) : mix(lighter(c.skyLow, 0.3), c.skyTop, 0.35);
                brush(a, cx + a.between(-0.5, 0.5) * spread, cy + dy, a.between(-0.03, 0.03), spread * a.between(0.3, 0.6), u * a.between(14, 30),
                    rgba(col, a.between(0.2, 0.4)));
            }
        }
        if (a.chance(0.7)) {
            boolean leftSide = a.chance(0.5);
            double width = w * a.between(0.25, 0.45);
            double x0 = leftSide ? -w * 0.02 : w - width;
            double peak = h * a.between(0.04, 0.09);
            double[] hill = new double[20];
            for (int i = 0; i < 10; i++) {
                double t = i / 9.0;
                double shape = leftSide ? Math.pow(1 - t, 0.7) : Math.pow(t, 0.7);
                hill[2 * i] = x0 + width * t;
                hill[2 * i + 1] = horizon - peak * shape * a.between(0.85, 1.1) + 1;
            }
            Path2D land = smooth(hill, false);
            land.lineTo(x0 + width, horizon + 2);
            land.lineTo(x0, horizon + 2);
            land.closePath();
            a.fill(land, rgb(c.land));
            if (a.chance(0.6)) {
                double lx = leftSide ? x0 + width * 0.25 : x0 + width * 0.75;
                double ly = horizon - peak * 0.8;
                double lh = h * 0.07;
                a.fill(polygon(lx - lh * 0.12, ly, lx + lh * 0.12, ly, lx + lh * 0.08, ly - lh, lx - lh * 0.08, ly - lh), rgb(0xF4F1EA));
                a.fill(new Rectangle2D.Double(lx - lh * 0.11, ly - lh * 0.55, lh * 0.22, lh * 0.18), rgb(0xC0392B));
                a.fill(polygon(lx - lh * 0.12, ly - lh, lx + lh * 0.12, ly - lh, lx, ly - lh * 1.2), rgb(0xC0392B));
            }
        }
        a.g.setPaint(new GradientPaint(0, (float) horizon, rgb(c.seaFar), 0, h, rgb(c.seaNear)));
        a.g.fill(new Rectangle2D.Double(0, horizon, w, h - horizon));
        int strokes = (int) (1800 * a.area());
        double[] depths = new double[strokes];
        for (int i = 0; i < strokes; i++) {
            depths[i] = Math.pow(a.next(), 1.25);
        }
        Arrays.sort(depths);
        for (double t : depths) {
            double y = horizon + (h - horizon) * t + u * 2;
            double x = a.between(-0.05, 1.05) * w;
            int base = mix(c.seaFar, c.seaNear, t);
            int col;
            double glint = Math.abs(x - sunX) / (w * (0.04 + 0.1 * t));
            if (glint < 1 && a.chance(0.6)) {
                col = lighter(c.sun, 0.2);
            }
            else if (a.chance(0.03 + 0.08 * t)) {
                col = c.foam;
            }
            else {
                col = vary(a, a.chance(0.5) ? lighter(base, 0.15) : darker(base, 0.15), 0.1);
            }
            double length = w * (0.012 + 0.07 * t) * a.between(0.6, 1.4);
            double width = u * (1.2 + 9 * t) * a.between(0.7, 1.3);
            brush(a, x, y, a.between(-0.06, 0.06), length, width, rgba(col, a.between(0.55, 0.9)));
        }
        double boatT = a.between(0.12, 0.35);
        double boatX = w * (a.chance(0.5) ? a.between(0.2, 0.4) : a.between(0.6, 0.8));
        double boatY = horizon + (h - horizon) * boatT;
        double bs = h * (0.06 + 0.35 * boatT);
        boat(a, boatX, boatY, bs, c);
        int gulls = a.below(4);
        for (int i = 0; i < gulls; i++) {
            flyingBird(a, a.between(0.1, 0.9) * w, horizon * a.between(0.1, 0.5), u * a.between(14, 26), a.between(-0.6, 0.2), 0x3A3F4A);
        }
        grain(a, 0.0012, 0.1);
    }

    private static void boat(Art a, double x, double y, double s, Coast c) {
        double u = a.u;
        int[] hulls = {0xB23A2E, 0x2E4A7A, 0xE0A526, 0x2F6B4F};
        int hull = hulls[a.below(hulls.length)];
        int sail = a.chance(0.6) ? 0xF6F0E2 : 0xD9793A;
        double dir = a.chance(0.5) ? 1 : -1;
        for (int i = 0; i < 6; i++) {
            brush(a, x + a.between(-0.3, 0.3) * s, y + s * (0.15 + 0.08 * i), 0, s * a.between(0.2, 0.5), u * 2.5, rgba(i % 2 == 0 ? hull : sail, 0.35));
        }
        Path2D body = new Path2D.Double();
        body.moveTo(x - s * 0.5, y - s * 0.18);
        body.lineTo(x + s * 0.5, y - s * 0.22);
        body.quadTo(x + s * 0.4, y + s * 0.05, x + s * 0.25, y + s * 0.08);
        body.lineTo(x - s * 0.3, y + s * 0.08);
        body.quadTo(x - s * 0.45, y, x - s * 0.5, y - s * 0.18);
        body.closePath();
        AffineTransform flip = new AffineTransform();
        flip.translate(x, 0);
        flip.scale(dir, 1);
        flip.translate(-x, 0);
        a.stroke(new Line2D.Double(x, y - s * 0.2, x, y - s * 1.15), rgb(0x3A2A20), u * 2.5);
        a.fill(flip.createTransformedShape(polygon(x + s * 0.03, y - s * 1.1, x + s * 0.45, y - s * 0.3, x + s * 0.03, y - s * 0.28)), rgb(sail));
        a.fill(flip.createTransformedShape(polygon(x - s * 0.03, y - s * 0.9, x - s * 0.03, y - s * 0.3, x - s * 0.32, y - s * 0.3)),
            rgb(darker(sail, 0.08)));
        a.fill(flip.createTransformedShape(body), rgb(hull));
        a.fill(flip.createTransformedShape(new Rectangle2D.Double(x - s * 0.45, y - s * 0.17, s * 0.92, s * 0.05)), rgb(lighter(hull, 0.4)));
        for (int i = 0; i < 5; i++) {
            brush(a, x + a.between(-0.5, 0.5) * s, y + s * 0.08, 0, s * a.between(0.2, 0.4), u * 2.5, rgba(c.foam, 0.7));
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Birds: on a wire, or in flight

    private record Weather(int skyTop, int skyLow, int wire, int[] birds, int[] breasts, int land) {
    }

    private static final Weather[] WEATHERS = {
        new Weather(0xF6C9A8, 0xFBEBD8, 0x2D2A32, new int[] {0x2F3A56, 0x3B2F2F, 0x4A5668}, new int[] {0xE8743B, 0xF2E6D0, 0xD9A441}, 0xC9A98A),
        new Weather(0x9CC9E0, 0xEAF4F2, 0x2A3340, new int[] {0x23344F, 0x1F2933, 0x5B4636}, new int[] {0xD9503F, 0xF4F1E8, 0xE39B3A}, 0x8FB08A),
        new Weather(0xC5C8D6, 0xF1EEE8, 0x30303A, new int[] {0x3A3A48, 0x5A4A3E, 0x2C3E50}, new int[] {0xE07A5F, 0xF2CC8F, 0xFAF3E3}, 0xA3A7B5),
        new Weather(0xE8A27C, 0xF7D9A0, 0x3A2430, new int[] {0x3A2430, 0x4E2F3A, 0x2E2433}, new int[] {0xF6E2B3, 0xE2603A, 0xF3B562}, 0x9C6E5E),
    };

    private static void birds(Art a) {
        Weather s = WEATHERS[a.below(WEATHERS.length)];
        int w = a.w;
        int h = a.h;
        double u = a.u;
        a.g.setPaint(new GradientPaint(0, 0, rgb(s.skyTop), 0, h, rgb(s.skyLow)));
        a.g.fillRect(0, 0, w, h);
        washes(a, new Rectangle2D.Double(0, 0, w, h), s.skyTop, 7);
        double sunX = w * a.between(0.15, 0.85);
        double sunY = h * a.between(0.15, 0.35);
        double sunR = Math.min(w, h) * a.between(0.08, 0.13);
        halo(a, sunX, sunY, sunR, sunR * 2.5, 0xFFFFFF, 0.3);
        a.fill(blob(a, sunX, sunY, sunR, sunR, 0.02, 14), rgba(0xFFFBF0, 0.6));
        int clouds = 1 + a.below(3);
        for (int i = 0; i < clouds; i++) {
            cloud(a, w * a.between(0, 1), h * a.between(0.15, 0.45), w * a.between(0.14, 0.24), lighter(s.skyLow, 0.5), s.skyTop);
        }
        double[] hills = ridge(a, h * 0.9, h * 0.035, w);
        double[] far = ridge(a, h * 0.86, h * 0.05, w);
        a.fill(under(far, w, h), rgb(mix(s.land, s.skyLow, 0.5)));
        int rooftops = 4 + a.below(6);
        for (int i = 0; i < rooftops; i++) {
            double x = a.between(0, w);
            double y = at(hills, x, w) + u * 4;
            double bw = w * a.between(0.03, 0.06);
            double bh = bw * a.between(0.6, 1.1);
            int wall = darker(s.land, a.between(0.05, 0.2));
            a.fill(wobbly(a, new double[] {x, y + 4, x, y - bh, x + bw / 2, y - bh - bw * 0.4, x + bw, y - bh, x + bw, y + 4}, true, u, u * 8), rgb(wall));
            if (a.chance(0.5)) {
                a.fill(new Rectangle2D.Double(x + bw * 0.35, y - bh * 0.6, bw * 0.25, bh * 0.3), rgb(lighter(s.skyLow, 0.3)));
            }
        }
        a.fill(under(hills, w, h), rgb(s.land));
        brushTexture(a, under(hills, w, h), s.land, 0.25);
        boolean wires = a.chance(0.75);
        double top = h * a.between(0.4, 0.52);
        if (wires) {
            int count = 1 + a.below(3);
            boolean poleLeft = a.chance(0.5);
            double poleX = poleLeft ? w * a.between(0.06, 0.14) : w * a.between(0.86, 0.94);
            a.fill(wobbly(a, new double[] {poleX - u * 9, top - h * 0.06, poleX + u * 9, top - h * 0.06, poleX + u * 13, h + 5, poleX - u * 13, h + 5},
                true, u, u * 15), rgb(darker(s.wire, 0.1)));
            a.stroke(wobbly(a, new double[] {poleX - w * 0.07, top - h * 0.03, poleX + w * 0.07, top - h * 0.03}, false, u, u * 10), rgb(s.wire), u * 9);
            for (int i = 0; i < count; i++) {
                double y0 = top - h * 0.03 + i * h * 0.08;
                double sag = h * a.between(0.04, 0.08);
                double[] wire = new double[2 * 41];
                for (int k = 0; k <= 40; k++) {
                    double t = k / 40.0;
                    wire[2 * k] = -10 + (w + 20) * t;
                    wire[2 * k + 1] = wireY(t, w, poleX, y0, sag);
                }
                a.stroke(smooth(wire, false), rgb(s.wire), u * 2.5);
                int perched = i == 0 ? 3 + a.below(5) : a.below(4);
                double slot = w / (perched + 1.0);
                for (int k = 0; k < perched; k++) {
                    double x = slot * (k + 1) + a.between(-0.25, 0.25) * slot;
                    if (Math.abs(x - poleX) < w * 0.06) {
                        continue;
                    }
                    double size = Math.min(w, h) * a.between(0.1, 0.13);
                    perchedBird(a, x, wireY((x + 10) / (w + 20), w, poleX, y0, sag), size, s, a.chance(0.5));
                }
            }
        }
        int flying = wires ? a.below(4) : 7 + a.below(7);
        double fx = w * a.between(0.3, 0.7);
        double fy = wires ? top - h * a.between(0.22, 0.28) : h * a.between(0.3, 0.45);
        double heading = a.between(-0.15, 0.15);
        for (int i = 0; i < flying; i++) {
            double depth = a.between(0.4, 1);
            double span = Math.min(w, h) * 0.16 * depth * (wires ? 0.6 : 1);
            double along = a.between(-0.35, 0.35) * w;
            flyingBird(a, fx + along, fy + along * Math.tan(heading) + a.between(-1, 1) * h * (wires ? 0.06 : 0.12), span, a.between(-0.8, 0.3),
                mix(s.birds[a.below(s.birds.length)], s.skyLow, (1 - depth) * 0.6));
        }
        grain(a, 0.0015, 0.1);
    }

    /** The height of a wire hung from the pole, sagging most halfway to the next pole, out of the picture. */
    private static double wireY(double t, int w, double poleX, double y0, double sag) {
        double x = -10 + (w + 20) * t;
        double span = Math.max(poleX, w - poleX) * 1.3;
        double phase = Math.min(1, Math.abs(x - poleX) / span);
        return y0 + sag * 4 * phase * (1 - phase);
    }

    private static void perchedBird(Art a, double x, double wireY, double size, Weather s, boolean facingLeft) {
        int index = a.below(s.birds.length);
        int back = s.birds[index];
        int breast = s.breasts[index];
        double u = a.u;
        AffineTransform at = new AffineTransform();
        at.translate(x, wireY - size * 0.3);
        at.rotate(a.between(-0.06, 0.06));
        at.scale(facingLeft ? -size : size, size);
        a.stroke(new Line2D.Double(x - size * 0.05, wireY - size * 0.1, x - size * 0.07, wireY + u), rgb(s.wire), u * 2);
        a.stroke(new Line2D.Double(x + size * 0.06, wireY - size * 0.1, x + size * 0.05, wireY + u), rgb(s.wire), u * 2);
        Shape tail = at.createTransformedShape(polygon(-0.3, 0.0, -0.8, 0.28, -0.72, 0.38, -0.22, 0.16));
        Area body = new Area(AffineTransform.getRotateInstance(-0.25).createTransformedShape(new Ellipse2D.Double(-0.42, -0.26, 0.84, 0.52)));
        body.add(new Area(circle(0.3, -0.3, 0.18)));
        Area chest = new Area(new Ellipse2D.Double(0.02, -0.36, 0.5, 0.62));
        chest.intersect(body);
        Shape wing = at.createTransformedShape(leaf(0.18, -0.14, Math.PI - 0.3, 0.68, 0.26));
        Shape beak = at.createTransformedShape(polygon(0.44, -0.35, 0.6, -0.3, 0.44, -0.25));
        a.fill(tail, rgb(darker(back, 0.1)));
        a.fill(at.createTransformedShape(body), rgb(back));
        a.fill(at.createTransformedShape(chest), rgb(breast));
        a.fill(wing, rgb(darker(back, 0.25)));
        a.stroke(at.createTransformedShape(new QuadCurve2D.Double(-0.05, -0.05, -0.2, 0.02, -0.35, 0.02)), rgba(lighter(back, 0.3), 0.6), u * 1.5);
        a.fill(beak, rgb(0x3A302A));
        a.fill(at.createTransformedShape(circle(0.35, -0.34, 0.03)), rgb(0x111111));
    }

    private static void flyingBird(Art a, double x, double y, double span, double flap, int colour) {
        double half = span / 2;
        double tipY = flap * half;
        Path2D bird = new Path2D.Double();
        bird.moveTo(x - half, y + tipY);
        bird.quadTo(x - half * 0.45, y - half * 0.45 + tipY * 0.3, x, y);
        bird.quadTo(x + half * 0.45, y - half * 0.45 + tipY * 0.3, x + half, y + tipY);
        bird.quadTo(x + half * 0.5, y - half * 0.15 + tipY * 0.3, x + half * 0.08, y + half * 0.16);
        bird.lineTo(x, y + half * 0.22);
        bird.lineTo(x - half * 0.08, y + half * 0.16);
        bird.quadTo(x - half * 0.5, y - half * 0.15 + tipY * 0.3, x - half, y + tipY);
        bird.closePath();
        a.fill(AffineTransform.getRotateInstance(a.between(-0.2, 0.2), x, y).createTransformedShape(bird), rgb(colour));
    }

    // ------------------------------------------------------------------------------------------------
    // Shared strokes and textures

    private static void skyStrokes(Art a, int top, int low, double bottom, int count) {
        int n = (int) (count * a.area());
        for (int i = 0; i < n; i++) {
            double y = a.between(0, bottom);
            int col = vary(a, mix(top, low, y / bottom), 0.06);
            brush(a, a.between(0, a.w), y, a.between(-0.04, 0.04), a.w * a.between(0.08, 0.22), a.u * a.between(8, 20), rgba(col, 0.3));
        }
    }

    private static void stars(Art a, double bottom, int count) {
        int n = (int) (count * a.area());
        for (int i = 0; i < n; i++) {
            double r = a.u * a.between(0.8, 2.2);
            a.fill(circle(a.between(0, a.w), a.between(0, bottom), r), rgba(0xFFF8E7, a.between(0.4, 0.9)));
        }
    }

    /** The glow around a sun, moon or lamp, fading from {@code inner} to nothing at {@code outer}. */
    private static void halo(Art a, double x, double y, double inner, double outer, int colour, double alpha) {
        a.g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), (float) outer, new float[] {(float) (inner / outer), 1f},
            new Color[] {rgba(colour, alpha), rgba(colour, 0)}));
        a.g.fill(circle(x, y, outer));
    }

    /** Watercolour washes: a few large, faint, uneven pools of tint, each with the darker rim a drying wash leaves. */
    private static void washes(Art a, Shape region, int colour, int count) {
        Rectangle2D b = region.getBounds2D();
        Shape clip = a.g.getClip();
        a.g.clip(region);
        for (int i = 0; i < count; i++) {
            double r = Math.min(a.w, a.h) * a.between(0.12, 0.3);
            Path2D pool = blob(a, b.getX() + a.next() * b.getWidth(), b.getY() + a.next() * b.getHeight(), r * a.between(1, 1.8), r, 0.18, 11);
            int tint = vary(a, colour, 0.12);
            a.fill(pool, rgba(tint, 0.12));
            a.stroke(pool, rgba(darker(tint, 0.1), 0.1), a.u * 2);
        }
        a.g.setClip(clip);
    }

    /** Broad, faint dabs of a brush over a flat colour, as a painted ground shows. */
    private static void brushTexture(Art a, Shape region, int colour, double strength) {
        Rectangle2D b = region.getBounds2D();
        Shape clip = a.g.getClip();
        a.g.clip(region);
        int n = (int) (b.getWidth() * b.getHeight() / (a.u * a.u) / 2500);
        for (int i = 0; i < n; i++) {
            brush(a, b.getX() + a.next() * b.getWidth(), b.getY() + a.next() * b.getHeight(), a.between(-0.5, 0.5) + (a.chance(0.5) ? 0 : Math.PI / 2),
                a.u * a.between(30, 70), a.u * a.between(14, 28), rgba(vary(a, colour, 0.05), strength));
        }
        a.g.setClip(clip);
    }

    /** A short, slightly curved brush mark. */
    private static void brush(Art a, double x, double y, double angle, double length, double width, Color colour) {
        double dx = Math.cos(angle) * length / 2;
        double dy = Math.sin(angle) * length / 2;
        double bend = a.between(-0.2, 0.2);
        QuadCurve2D curve = new QuadCurve2D.Double(x - dx, y - dy, x - dy * bend * 2, y + dx * bend * 2, x + dx, y + dy);
        a.g.setColor(colour);
        a.g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        a.g.draw(curve);
    }

    /** Sparse flecks of light and dark, the grain of paper or canvas, without noise in every pixel. */
    private static void grain(Art a, double density, double strength) {
        int n = (int) (a.w * (double) a.h * density);
        for (int i = 0; i < n; i++) {
            double r = Math.max(0.6, a.u) * a.between(0.5, 1.2);
            boolean light = a.chance(0.5);
            a.fill(circle(a.next() * a.w, a.next() * a.h, r), rgba(light ? 0xFFFFFF : 0x2A2018, a.between(0.04, strength)));
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Geometry

    private static double[] ridge(Art a, double base, double amplitude, int w) {
        double f1 = a.between(0.5, 1.5);
        double f2 = a.between(2, 3.5);
        double f3 = a.between(5, 8);
        double p1 = a.next() * TAU;
        double p2 = a.next() * TAU;
        double p3 = a.next() * TAU;
        int n = 121;
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / (n - 1);
            ys[i] = base - amplitude * (0.6 * Math.sin(TAU * f1 * t + p1) + 0.3 * Math.sin(TAU * f2 * t + p2) + 0.1 * Math.sin(TAU * f3 * t + p3));
        }
        return ys;
    }

    private static double at(double[] ridge, double x, int w) {
        double t = Math.max(0, Math.min(1, x / w)) * (ridge.length - 1);
        int i = Math.min(ridge.length - 2, (int) t);
        double f = t - i;
        return ridge[i] * (1 - f) + ridge[i + 1] * f;
    }

    private static Path2D under(double[] ridge, int w, int h) {
        Path2D p = new Path2D.Double();
        p.moveTo(-5, h + 5);
        for (int i = 0; i < ridge.length; i++) {
            p.lineTo((double) w * i / (ridge.length - 1), ridge[i]);
        }
        p.lineTo(w + 5, ridge[ridge.length - 1]);
        p.lineTo(w + 5, h + 5);
        p.closePath();
        return p;
    }

    private static Path2D polyline(double[] ridge, int w, double drop) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < ridge.length; i++) {
            double x = (double) w * i / (ridge.length - 1);
            if (i == 0) {
                p.moveTo(x, ridge[i] + drop);
            }
            else {
                p.lineTo(x, ridge[i] + drop);
            }
        }
        return p;
    }

    /** A closed or open Catmull-Rom curve through the points (x0, y0, x1, y1...). */
    private static Path2D smooth(double[] p, boolean closed) {
        int n = p.length / 2;
        Path2D path = new Path2D.Double();
        path.moveTo(p[0], p[1]);
        int segments = closed ? n : n - 1;
        for (int i = 0; i < segments; i++) {
            int i0 = closed ? Math.floorMod(i - 1, n) : Math.max(i - 1, 0);
            int i2 = closed ? (i + 1) % n : Math.min(i + 1, n - 1);
            int i3 = closed ? (i + 2) % n : Math.min(i + 2, n - 1);
            path.curveTo(p[2 * i] + (p[2 * i2] - p[2 * i0]) / 6, p[2 * i + 1] + (p[2 * i2 + 1] - p[2 * i0 + 1]) / 6,
                p[2 * i2] - (p[2 * i3] - p[2 * i]) / 6, p[2 * i2 + 1] - (p[2 * i3 + 1] - p[2 * i + 1]) / 6, p[2 * i2], p[2 * i2 + 1]);
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    /** An irregular round shape: an ellipse whose radius wanders by up to {@code wobble} of itself. */
    private static Path2D blob(Art a, double cx, double cy, double rx, double ry, double wobble, int points) {
        double[] p = new double[points * 2];
        double turn = a.next() * TAU;
        for (int i = 0; i < points; i++) {
            double t = turn + TAU * i / points;
            double k = 1 + wobble * (a.next() * 2 - 1);
            p[2 * i] = cx + Math.cos(t) * rx * k;
            p[2 * i + 1] = cy + Math.sin(t) * ry * k;
        }
        return smooth(p, true);
    }

    /** A polygon or polyline as if drawn by hand: each edge in short steps that wander a little either side. */
    private static Path2D wobbly(Art a, double[] p, boolean closed, double amplitude, double step) {
        Path2D path = new Path2D.Double();
        int n = p.length / 2;
        int edges = closed ? n : n - 1;
        double drift = 0;
        path.moveTo(p[0], p[1]);
        for (int i = 0; i < edges; i++) {
            double x0 = p[2 * i];
            double y0 = p[2 * i + 1];
            double x1 = p[2 * ((i + 1) % n)];
            double y1 = p[2 * ((i + 1) % n) + 1];
            double len = Math.hypot(x1 - x0, y1 - y0);
            if (len == 0) {
                continue;
            }
            int k = Math.max(1, (int) Math.round(len / step));
            double nx = -(y1 - y0) / len;
            double ny = (x1 - x0) / len;
            for (int j = 1; j <= k; j++) {
                double t = (double) j / k;
                drift = Math.max(-amplitude, Math.min(amplitude, drift * 0.7 + a.between(-1, 1) * amplitude * 0.6));
                double off = j == k ? drift * 0.3 : drift;
                path.lineTo(x0 + (x1 - x0) * t + nx * off, y0 + (y1 - y0) * t + ny * off);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    /** The outline of a shape made uneven, as a knife or scissors leave it: every edge in short steps that wander a little. */
    private static Path2D roughen(Art a, Shape shape, double amplitude, double step) {
        PathIterator it = new FlatteningPathIterator(shape.getPathIterator(null), step * 0.2);
        Path2D out = new Path2D.Double(it.getWindingRule());
        double[] c = new double[6];
        double px = 0;
        double py = 0;
        double sx = 0;
        double sy = 0;
        double drift = 0;
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                px = c[0];
                py = c[1];
                sx = px;
                sy = py;
                out.moveTo(px, py);
            }
            else {
                boolean close = type == PathIterator.SEG_CLOSE;
                double x = close ? sx : c[0];
                double y = close ? sy : c[1];
                double len = Math.hypot(x - px, y - py);
                if (len > 0) {
                    int k = Math.max(1, (int) Math.round(len / step));
                    double nx = -(y - py) / len;
                    double ny = (x - px) / len;
                    for (int j = 1; j <= k; j++) {
                        double t = (double) j / k;
                        drift = Math.max(-amplitude, Math.min(amplitude, drift * 0.75 + a.between(-1, 1) * amplitude * 0.5));
                        out.lineTo(px + (x - px) * t + nx * drift, py + (y - py) * t + ny * drift);
                    }
                }
                if (close) {
                    out.closePath();
                }
                px = x;
                py = y;
            }
            it.next();
        }
        return out;
    }

    /** A leaf: two curves from the base to a tip {@code length} away along {@code angle}, {@code width} across at most. */
    private static Path2D leaf(double x, double y, double angle, double length, double width) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double tipX = x + c * length;
        double tipY = y + s * length;
        double mx = x + c * length * 0.4;
        double my = y + s * length * 0.4;
        Path2D p = new Path2D.Double();
        p.moveTo(x, y);
        p.quadTo(mx - s * width, my + c * width, tipX, tipY);
        p.quadTo(mx + s * width, my - c * width, x, y);
        p.closePath();
        return p;
    }

    private static Shape thick(Shape line, double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(line);
    }

    private static Ellipse2D circle(double x, double y, double r) {
        return new Ellipse2D.Double(x - r, y - r, r * 2, r * 2);
    }

    private static Path2D polygon(double... p) {
        Path2D path = new Path2D.Double();
        path.moveTo(p[0], p[1]);
        for (int i = 2; i < p.length; i += 2) {
            path.lineTo(p[i], p[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static void add(List<Double> points, double x, double y) {
        points.add(x);
        points.add(y);
    }

    private static int[] shuffled(Art a, int[] colours) {
        int[] c = colours.clone();
        for (int i = c.length - 1; i > 0; i--) {
            int j = a.below(i + 1);
            int t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return c;
    }

    // ------------------------------------------------------------------------------------------------
    // Colour

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }

    private static Color rgba(int rgb, double alpha) {
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255));
    }

    private static int mix(int a, int b, double t) {
        double f = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        return (r << 16) | (g << 8) | bl;
    }

    private static int lighter(int rgb, double t) {
        return mix(rgb, 0xFFFFFF, t);
    }

    private static int darker(int rgb, double t) {
        return mix(rgb, 0x10101C, t);
    }

    private static int vary(Art a, int rgb, double amount) {
        double t = a.between(-amount, amount);
        return t < 0 ? darker(rgb, -t) : lighter(rgb, t);
    }

    /** The canvas being drawn on, its size and the seeded choices made while drawing. */
    private static final class Art {

        final Graphics2D g;
        final int w;
        final int h;
        /**
         * One unit of line width or detail: a pixel at 900 pixels on the short side. A very long, thin picture is
         * treated as a quarter as tall as it is long, so that the number of marks stays in proportion.
         */
        final double u;
        private final SplittableRandom random;

        Art(Graphics2D g, int w, int h, SplittableRandom random) {
            this.g = g;
            this.w = w;
            this.h = h;
            this.u = Math.max(Math.min(w, h), Math.max(w, h) / 4.0) / 900.0;
            this.random = random;
        }

        /** The picture's area relative to 1200 by 900, to scale how many marks are made. */
        double area() {
            return w * (double) h / (1200.0 * 900.0);
        }

        double next() {
            return random.nextDouble();
        }

        double between(double from, double to) {
            return from + (to - from) * random.nextDouble();
        }

        int below(int bound) {
            return random.nextInt(bound);
        }

        boolean chance(double p) {
            return random.nextDouble() < p;
        }

        void fill(Shape shape, Color colour) {
            g.setColor(colour);
            g.fill(shape);
        }

        void stroke(Shape shape, Color colour, double width) {
            g.setColor(colour);
            g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }
}
