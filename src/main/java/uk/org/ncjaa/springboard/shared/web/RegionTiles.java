package uk.org.ncjaa.springboard.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The regions as a tile map: one equal square per region, placed roughly where it lies, so small
 * regions read as clearly as large ones. Shade shows how large the region's number is; the same
 * figures are always in a table beside it. Drawn for the Directory's map and the dashboards.
 */
public final class RegionTiles {

    public static final int SIZE = 96;
    public static final int GAP = 6;

    /** Where each region's tile sits, as column and row. */
    private static final Map<String, int[]> PLACES = Map.ofEntries(
            Map.entry("scotland", new int[] { 2, 0 }),
            Map.entry("northern-ireland", new int[] { 0, 1 }),
            Map.entry("north-east", new int[] { 3, 1 }),
            Map.entry("republic-of-ireland", new int[] { 0, 2 }),
            Map.entry("north-west", new int[] { 2, 2 }),
            Map.entry("yorkshire-and-the-humber", new int[] { 3, 2 }),
            Map.entry("wales", new int[] { 1, 3 }),
            Map.entry("west-midlands", new int[] { 2, 3 }),
            Map.entry("east-midlands", new int[] { 3, 3 }),
            Map.entry("east-of-england", new int[] { 4, 3 }),
            Map.entry("south-west", new int[] { 1, 4 }),
            Map.entry("south-east", new int[] { 2, 4 }),
            Map.entry("london", new int[] { 3, 4 }));

    /** Light to darker blue; text on every shade keeps at least 4.5:1 contrast. */
    private static final String[] SHADES = { "#f3f6f9", "#dbe8f4", "#bcd5ec", "#9dc2e3" };

    private RegionTiles() {
    }

    public record Tile(String slug, String label, long count, int x, int y, String fill, List<String> lines) {
    }

    public static List<Tile> layout(Map<String, String> labels, Map<String, Long> counts) {
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Tile> tiles = new ArrayList<>();
        labels.forEach((slug, label) -> {
            int[] place = PLACES.get(slug);
            if (place != null) {
                long count = counts.getOrDefault(slug, 0L);
                int shade = most == 0 || count == 0 ? 0 : (int) Math.min(SHADES.length - 1, 1 + (count * (SHADES.length - 1) - 1) / most);
                tiles.add(new Tile(slug, label, count, place[0] * (SIZE + GAP), place[1] * (SIZE + GAP), SHADES[shade], wrap(label)));
            }
        });
        return tiles;
    }

    public static int width() {
        return 5 * (SIZE + GAP);
    }

    public static int height() {
        return 5 * (SIZE + GAP);
    }

    /** A label in lines short enough for a tile. */
    private static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > 12) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
