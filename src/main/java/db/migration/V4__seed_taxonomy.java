package db.migration;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seeds the starting vocabularies once. Curators edit them in the admin from then on, so this
 * never runs again; it reads {@code taxonomy/vocabularies.tsv} from the classpath.
 */
public class V4__seed_taxonomy extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, Long> ids = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        try (var in = getClass().getClassLoader().getResourceAsStream("taxonomy/vocabularies.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             PreparedStatement insert = connection.prepareStatement("""
                     insert into concept (vocabulary, slug, label, alt_labels, parent_id, position, extra)
                     values (?, ?, ?, ?, ?, ?, ?) returning id""")) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String vocabulary = cells[0];
                String label = cells[1];
                String[] alternatives = cells[2].isEmpty() ? new String[0] : cells[2].split("\\|");
                Long parent = cells[3].isEmpty() ? null : ids.get(vocabulary + "/" + cells[3]);
                int position = positions.merge(vocabulary, 1, Integer::sum);
                Array array = connection.createArrayOf("text", alternatives);
                insert.setString(1, vocabulary);
                insert.setString(2, slug(label));
                insert.setString(3, label);
                insert.setArray(4, array);
                insert.setObject(5, parent);
                insert.setInt(6, position);
                insert.setString(7, cells.length > 4 && !cells[4].isEmpty() ? cells[4] : null);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    ids.put(vocabulary + "/" + label, rs.getLong(1));
                }
            }
        }
    }

    // A copy of Slugs.of on purpose: a migration must give the same result forever, whatever the application code becomes.
    static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
