package uk.org.ncjaa.springboard.shared.web;

/**
 * A module's block on the home page, which the page shows in order without knowing the module: the
 * module's own template fragment {@code block} in {@code template}, given {@code model} as {@code block}.
 *
 * @param order where it stands among the blocks, lowest first
 */
public record HomeBlock(int order, String template, Object model) {

    /** A module offering a block, or none when it has nothing to show now. */
    public interface Source {
        java.util.Optional<HomeBlock> homeBlock();
    }
}
