package uk.org.ncjaa.springboard.directory.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import uk.org.ncjaa.springboard.directory.ListingContent;
import uk.org.ncjaa.springboard.directory.domain.Listing;

/**
 * Indexes a listing's published content, never its draft: the index holds what the public may
 * find, with a field per facet and the few values a result shows, so a page of results reads
 * nothing from the database.
 */
public class ListingBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("published").use("publishedAt").use("verifiedAt").use("slug");
        IndexSchemaElement schema = context.indexSchemaElement();
        Fields fields = new Fields(
                schema.field("published", f -> f.asBoolean()).toReference(),
                schema.field("slug", f -> f.asString().projectable(Projectable.YES).searchable(Searchable.YES)).toReference(),
                schema.field("name", f -> f.asString().analyzer("english").projectable(Projectable.YES)).toReference(),
                schema.field("name_sort", f -> f.asString().normalizer("sort").sortable(Sortable.YES)).toReference(),
                schema.field("text", f -> f.asString().analyzer("english")).toReference(),
                schema.field("summary", f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO)).toReference(),
                schema.field("towns", f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO)).multiValued()
                    .toReference(),
                schema.field("verifiedAt", f -> f.asInstant().projectable(Projectable.YES).sortable(Sortable.YES)).toReference(),
                facets(schema));
        context.bridge(Listing.class, new Bridge(fields));
    }

    private static Map<DirectoryFacet, IndexFieldReference<String>> facets(IndexSchemaElement schema) {
        Map<DirectoryFacet, IndexFieldReference<String>> facets = new java.util.EnumMap<>(DirectoryFacet.class);
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            facets.put(facet, schema.field(facet.field(), f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
                .multiValued().toReference());
        }
        return facets;
    }

    private record Fields(IndexFieldReference<Boolean> published, IndexFieldReference<String> slug, IndexFieldReference<String> name,
            IndexFieldReference<String> nameSort, IndexFieldReference<String> text, IndexFieldReference<String> summary,
            IndexFieldReference<String> towns, IndexFieldReference<Instant> verifiedAt,
            Map<DirectoryFacet, IndexFieldReference<String>> facets) {
    }

    private static final class Bridge implements TypeBridge<Listing> {

        private final Fields fields;

        Bridge(Fields fields) {
            this.fields = fields;
        }

        @Override
        public void write(DocumentElement target, Listing listing, TypeBridgeWriteContext context) {
            target.addValue(fields.slug(), listing.slug());
            java.util.Optional<ListingContent> published = listing.published();
            target.addValue(fields.published(), published.isPresent());
            if (published.isEmpty()) {
                return;
            }
            ListingContent content = published.get();
            target.addValue(fields.name(), content.name());
            target.addValue(fields.nameSort(), content.name());
            target.addValue(fields.text(), content.searchText());
            target.addValue(fields.summary(), content.summary());
            content.locations().stream().map(ListingContent.Location::town).filter(town -> town != null && !town.isBlank())
                .distinct().forEach(town -> target.addValue(fields.towns(), town.strip()));
            target.addValue(fields.verifiedAt(), listing.verifiedAt());
            for (DirectoryFacet facet : DirectoryFacet.values()) {
                List<String> values = facet.valuesOf(content);
                values.forEach(value -> target.addValue(fields.facets().get(facet), value));
            }
        }
    }
}
