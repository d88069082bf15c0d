package uk.org.ncjaa.springboard.shared.files;

import org.springframework.core.io.AbstractResource;

/** A file kept away from this node's disk, whose length is known before it is read: each store says how to read it. */
abstract class StoredFile extends AbstractResource {

    private final String description;
    private final String filename;
    private final long length;

    StoredFile(String description, String filename, long length) {
        this.description = description;
        this.filename = filename;
        this.length = length;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public String getFilename() {
        return filename;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public boolean exists() {
        return true;
    }
}
