package uk.org.ncjaa.springboard.directory;

/** Something the public sees in the directory changed: a listing was published, changed or confirmed. */
public record DirectoryChanged(String slug) {
}
