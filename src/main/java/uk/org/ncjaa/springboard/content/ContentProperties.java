package uk.org.ncjaa.springboard.content;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for content, bound from {@code springboard.content.*}.
 *
 * @param videoHosts the sites whose videos may be embedded (each with its subdomains); a visitor
 *        still chooses to load each video, since loading it tells that site they visited
 */
@ConfigurationProperties("springboard.content")
public record ContentProperties(List<String> videoHosts) {

    public ContentProperties {
        videoHosts = videoHosts == null || videoHosts.isEmpty() ? List.of("youtube.com", "youtu.be", "vimeo.com") : List.copyOf(videoHosts);
    }
}
