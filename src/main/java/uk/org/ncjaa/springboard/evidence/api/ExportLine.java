package uk.org.ncjaa.springboard.evidence.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** One line of the bulk export: an entry with the terms on which it may be reused. */
@Schema(description = "One line of the bulk export: a published entry in full, with the licence of the record")
record ExportLine(@Schema(description = "The terms on which this record may be reused") String licence,
        @JsonUnwrapped EntryRecord entry) {
}
