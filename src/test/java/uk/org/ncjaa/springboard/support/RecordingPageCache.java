package uk.org.ncjaa.springboard.support;

import java.util.ArrayList;
import java.util.List;

import uk.org.ncjaa.springboard.shared.web.PageCache;

/** A page cache that writes down what it was asked to forget ("*" for everything), for the modules' rules' tests. */
public class RecordingPageCache implements PageCache {

    private final List<String> forgotten = new ArrayList<>();

    @Override
    public void forget(String... prefixes) {
        forgotten.addAll(List.of(prefixes));
    }

    @Override
    public void forgetAll() {
        forgotten.add("*");
    }

    public List<String> forgotten() {
        return forgotten;
    }
}
