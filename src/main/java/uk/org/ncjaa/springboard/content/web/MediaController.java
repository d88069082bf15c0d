package uk.org.ncjaa.springboard.content.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.org.ncjaa.springboard.content.domain.ContentImages;
import uk.org.ncjaa.springboard.shared.NotFoundException;

/**
 * Items' pictures. Their addresses change with every upload, so browsers keep them for a year;
 * a draft's picture is only for the editors.
 */
@Controller
class MediaController {

    private final ContentImages images;

    MediaController(ContentImages images) {
        this.images = images;
    }

    @GetMapping("/media/content/{id}/{width}.png")
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable int width, HttpServletRequest request) {
        return png(images.image(id, width, request.isUserInRole("EDITOR"))
            .orElseThrow(() -> new NotFoundException("No picture " + id + " at " + width)));
    }

    /** A picture in an item's text: its number is new with every upload, so it too is kept for good. */
    @GetMapping("/media/content/images/{id}.png")
    ResponseEntity<byte[]> bodyImage(@PathVariable long id, HttpServletRequest request) {
        return png(images.bodyImage(id, request.isUserInRole("EDITOR")).orElseThrow(() -> new NotFoundException("No picture " + id)));
    }

    private static ResponseEntity<byte[]> png(byte[] png) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
            .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()).body(png);
    }
}
