package uk.org.ncjaa.springboard.home;

import org.springframework.stereotype.Component;

import uk.org.ncjaa.springboard.shared.web.CachedPages;

/**
 * The home page and the site search, kept for anonymous visitors. They show every module's news,
 * so each module's change forgets every page (see the modules' own {@code CachedPages}).
 */
@Component
class HomePages implements CachedPages {

    @Override
    public boolean keeps(String path) {
        return "/".equals(path) || "/search".equals(path);
    }

    @Override
    public boolean keepsSearch(String path) {
        return "/search".equals(path);
    }
}
