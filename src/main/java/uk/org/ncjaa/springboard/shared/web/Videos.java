package uk.org.ncjaa.springboard.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Videos from the allowed hosts, as the address to frame once a visitor chooses to load one.
 * YouTube videos are framed from its no-cookie domain. Content items and showcase works use it alike.
 */
public final class Videos {

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");
    private static final Pattern VIMEO_ID = Pattern.compile("\\d{3,12}");

    private Videos() {
    }

    /** The address to frame for a video at {@code address}, or empty when it is not a video of an allowed host. */
    public static Optional<String> embed(String address, List<String> allowedHosts) {
        URI uri;
        try {
            uri = URI.create(address.strip());
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        if (!"https".equals(uri.getScheme()) || allowedHosts.stream().noneMatch(allowed -> host.equals(allowed) || host.endsWith("." + allowed))) {
            return Optional.empty();
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String id = null;
        if (host.equals("youtu.be")) {
            id = path.replaceFirst("^/", "");
        }
        else if (host.endsWith("youtube.com") || host.endsWith("youtube-nocookie.com")) {
            Matcher v = Pattern.compile("(?:^|&)v=([^&]+)").matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
            id = v.find() ? v.group(1) : path.replaceFirst("^/(embed|shorts|live)/", "");
        }
        else if (host.endsWith("vimeo.com")) {
            String last = path.replaceFirst("^/(video/)?", "");
            return VIMEO_ID.matcher(last).matches() ? Optional.of("https://player.vimeo.com/video/" + last) : Optional.empty();
        }
        return id != null && YOUTUBE_ID.matcher(id).matches() ? Optional.of("https://www.youtube-nocookie.com/embed/" + id)
                : Optional.empty();
    }
}
