package uk.org.ncjaa.springboard.content.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.org.ncjaa.springboard.accounts.security.AccountUser;
import uk.org.ncjaa.springboard.content.ContentKind;
import uk.org.ncjaa.springboard.content.ContentProperties;
import uk.org.ncjaa.springboard.content.domain.ContentFields;
import uk.org.ncjaa.springboard.content.domain.ContentImages;
import uk.org.ncjaa.springboard.content.domain.ContentItem;
import uk.org.ncjaa.springboard.content.domain.ContentReader;
import uk.org.ncjaa.springboard.content.domain.ContentStateException;
import uk.org.ncjaa.springboard.content.domain.ContentStatus;
import uk.org.ncjaa.springboard.content.domain.Contents;
import uk.org.ncjaa.springboard.content.domain.Sharing;
import uk.org.ncjaa.springboard.shared.Images;
import uk.org.ncjaa.springboard.shared.NotFoundException;
import uk.org.ncjaa.springboard.shared.Slugs;
import uk.org.ncjaa.springboard.shared.text.Markdown;
import uk.org.ncjaa.springboard.taxonomy.TaxonomyApi;
import uk.org.ncjaa.springboard.taxonomy.Vocabulary;

/**
 * The editors' side: every item in any state, the editor with a live preview, the workflow
 * (review, schedule, publish, take down) and the revisions, each readable and restorable.
 */
@Controller
class ContentAdminController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Contents contents;
    private final ContentReader reader;
    private final TaxonomyApi taxonomy;
    private final ContentProperties properties;
    private final Sharing sharing;
    private final ContentImages images;
    private final ItemPage itemPage;
    private final ContentWords words;

    ContentAdminController(Contents contents, ContentReader reader, TaxonomyApi taxonomy, ContentProperties properties,
            Sharing sharing, ContentImages images,
            ItemPage itemPage, ContentWords words) {
        this.words = words;
        this.images = images;
        this.itemPage = itemPage;
        this.contents = contents;
        this.reader = reader;
        this.taxonomy = taxonomy;
        this.properties = properties;
        this.sharing = sharing;
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/admin/content")
    String overview(@RequestParam(required = false) String kind, @RequestParam(required = false) String status, Model model) {
        ContentKind chosenKind = Arrays.stream(ContentKind.values()).filter(k -> k.section().equals(kind)).findFirst().orElse(null);
        ContentStatus chosenStatus = Arrays.stream(ContentStatus.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
            .orElse(null);
        model.addAttribute("kinds", ContentKind.values());
        model.addAttribute("statuses", ContentStatus.values());
        model.addAttribute("chosenKind", chosenKind);
        model.addAttribute("chosenStatus", chosenStatus);
        model.addAttribute("items", reader.forStaff(chosenKind, chosenStatus, 200));
        model.addAttribute("inReview", reader.count(ContentStatus.IN_REVIEW));
        model.addAttribute("waiting", sharing.waiting());
        return "content/admin/overview";
    }

    @GetMapping("/admin/content/new")
    String blank(@RequestParam(required = false) String kind, Model model) {
        ContentKind chosen = kindOf(kind);
        return editor(null, chosen, new ContentForm(), Map.of(), false, model);
    }

    @PostMapping("/admin/content/new")
    String create(@RequestParam(required = false) String kind, @ModelAttribute("form") ContentForm form,
            @RequestParam(required = false) String action, @AuthenticationPrincipal AccountUser user, Model model,
            RedirectAttributes redirect) {
        ContentKind chosen = kindOf(kind);
        if (form.slug == null || form.slug.isBlank()) {
            form.slug = chosen == ContentKind.PAGE ? "" : Slugs.of(form.title == null ? "" : form.title);
        }
        Map<String, String> problems = problems(chosen, form, null);
        if ("preview".equals(action) || !problems.isEmpty()) {
            return editor(null, chosen, form, "preview".equals(action) ? Map.of() : problems, "preview".equals(action), model);
        }
        try {
            ContentItem item = contents.create(chosen, form.fields(), user.displayName());
            redirect.addFlashAttribute("notice", words.text("content.editor.notice.created"));
            return "redirect:/admin/content/" + item.id();
        }
        catch (DataIntegrityViolationException ex) {
            return editor(null, chosen, form, Map.of("slug", words.text("content.editor.problem.slug.taken")), false, model);
        }
    }

    @GetMapping("/admin/content/{id}")
    String edit(@PathVariable long id, Model model) {
        ContentItem item = contents.get(id);
        return editor(item, item.kind(), ContentForm.of(item.fields()), Map.of(), false, model);
    }

    @PostMapping("/admin/content/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") ContentForm form, @RequestParam(required = false) String action,
            @AuthenticationPrincipal AccountUser user, Model model, RedirectAttributes redirect) {
        ContentItem item = contents.get(id);
        if (item.publishedAt() != null) {
            // once published, the address stays, so links to it keep working
            form.slug = item.slug();
        }
        Map<String, String> problems = problems(item.kind(), form, item.id());
        if ("preview".equals(action) || !problems.isEmpty()) {
            return editor(item, item.kind(), form, "preview".equals(action) ? Map.of() : problems, "preview".equals(action), model);
        }
        try {
            contents.save(id, form.fields(), user.displayName());
        }
        catch (DataIntegrityViolationException ex) {
            return editor(item, item.kind(), form, Map.of("slug", words.text("content.editor.problem.slug.taken")), false, model);
        }
        redirect.addFlashAttribute("notice", words.text(item.isPublic() ? "content.editor.notice.saved.public" : "content.editor.notice.saved"));
        return "redirect:/admin/content/" + id;
    }

    /** The live preview: the text rendered exactly as the page will show it, for htmx to put beside the editor. */
    @PostMapping("/admin/content/preview")
    String preview(@RequestParam(required = false) String body, Model model) {
        model.addAttribute("previewHtml", Markdown.toHtml(body == null || body.length() > 100_000 ? "" : body));
        return "content/admin/edit :: preview";
    }

    @PostMapping("/admin/content/{id}/workflow")
    String workflow(@PathVariable long id, @RequestParam(required = false) String action, @RequestParam(required = false) String at,
            @AuthenticationPrincipal AccountUser user, Model model, RedirectAttributes redirect) {
        ContentItem item = contents.get(id);
        String by = user.displayName();
        try {
            switch (action == null ? "" : action) {
                case "review" -> {
                    contents.submitForReview(id, by);
                    redirect.addFlashAttribute("notice", words.text("content.editor.notice.review"));
                }
                case "publish" -> {
                    contents.publish(id, by);
                    redirect.addFlashAttribute("notice", words.text("content.editor.notice.published"));
                }
                case "schedule" -> {
                    Instant when = ukTime(at);
                    if (when == null) {
                        return editor(item, item.kind(), ContentForm.of(item.fields()),
                                Map.of("at", words.text("content.editor.problem.at")), false, model);
                    }
                    contents.schedule(id, when, by);
                    redirect.addFlashAttribute("notice", words.text("content.editor.notice.scheduled"));
                }
                case "unpublish" -> {
                    contents.unpublish(id, by);
                    redirect.addFlashAttribute("notice", words.text("content.editor.notice.unpublished"));
                }
                case "draft" -> {
                    contents.returnToDraft(id, by);
                    redirect.addFlashAttribute("notice", words.text("content.editor.notice.draft"));
                }
                default -> redirect.addFlashAttribute("notice", words.text("content.editor.notice.choose"));
            }
        }
        catch (ContentStateException ex) {
            return editor(item, item.kind(), ContentForm.of(item.fields()), Map.of("workflow", ex.getMessage()), false, model);
        }
        return "redirect:/admin/content/" + id;
    }

    @PostMapping("/admin/content/{id}/image")
    String image(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String alt, Model model, RedirectAttributes redirect) throws java.io.IOException {
        ContentItem item = contents.get(id);
        try {
            images.upload(id, file == null ? null : file.getBytes(), alt);
        }
        catch (Images.Rejected rejected) {
            model.addAttribute("alt", alt);
            return editor(item, item.kind(), ContentForm.of(item.fields()), Map.of("file", rejected.getMessage()), false, model);
        }
        redirect.addFlashAttribute("notice", words.text("content.editor.notice.picture.saved"));
        return "redirect:/admin/content/" + id + "#picture";
    }

    @PostMapping("/admin/content/{id}/image/delete")
    String removeImage(@PathVariable long id, RedirectAttributes redirect) {
        contents.get(id);
        images.remove(id);
        redirect.addFlashAttribute("notice", words.text("content.editor.notice.picture.removed"));
        return "redirect:/admin/content/" + id + "#picture";
    }

    /** A picture for the text: the editor shows the Markdown that places it. */
    @PostMapping("/admin/content/{id}/body-images")
    String bodyImage(@PathVariable long id, @RequestParam(required = false) MultipartFile bodyFile,
            @RequestParam(required = false) String bodyAlt, Model model, RedirectAttributes redirect) throws java.io.IOException {
        ContentItem item = contents.get(id);
        ContentImages.BodyImage added;
        try {
            added = images.addToBody(id, bodyFile == null ? null : bodyFile.getBytes(), bodyAlt);
        }
        catch (Images.Rejected rejected) {
            model.addAttribute("bodyAlt", bodyAlt);
            return editor(item, item.kind(), ContentForm.of(item.fields()), Map.of("bodyFile", rejected.getMessage()), false, model);
        }
        redirect.addFlashAttribute("notice", words.text("content.editor.notice.bodyPicture.ready", added.markdown()));
        return "redirect:/admin/content/" + id + "#body-images";
    }

    @PostMapping("/admin/content/{id}/body-images/{imageId}/delete")
    String removeBodyImage(@PathVariable long id, @PathVariable long imageId, RedirectAttributes redirect) {
        contents.get(id);
        images.removeFromBody(id, imageId);
        redirect.addFlashAttribute("notice", words.text("content.editor.notice.bodyPicture.removed"));
        return "redirect:/admin/content/" + id + "#body-images";
    }

    /** How it will look, before it is published. */
    @GetMapping("/admin/content/{id}/preview")
    String page(@PathVariable long id, Model model) {
        itemPage.fill(model, contents.get(id), java.util.List.of(), false);
        model.addAttribute("preview", true);
        model.addAttribute("children", java.util.List.of());
        model.addAttribute("trail", Map.of());
        return "content/item";
    }

    @GetMapping("/admin/content/{id}/revisions")
    String revisions(@PathVariable long id, Model model) {
        model.addAttribute("item", contents.get(id));
        model.addAttribute("revisions", contents.revisions(id));
        return "content/admin/revisions";
    }

    @GetMapping("/admin/content/{id}/revisions/{number}")
    String revision(@PathVariable long id, @PathVariable int number, Model model) {
        ContentItem item = contents.get(id);
        Contents.Snapshot snapshot = contents.snapshot(id, number);
        model.addAttribute("item", item);
        model.addAttribute("revision", contents.revision(id, number));
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("html", Markdown.toHtml(snapshot.fields().body()));
        model.addAttribute("changes", changes(snapshot.fields(), item.fields()));
        return "content/admin/revision";
    }

    @PostMapping("/admin/content/{id}/revisions/{number}/restore")
    String restore(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        contents.restore(id, number, user.displayName());
        redirect.addFlashAttribute("notice", words.text("content.editor.notice.restored", String.valueOf(number)));
        return "redirect:/admin/content/" + id;
    }

    private String editor(ContentItem item, ContentKind kind, ContentForm form, Map<String, String> problems, boolean preview,
            Model model) {
        model.addAttribute("item", item);
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("previewHtml", preview ? Markdown.toHtml(form.body) : null);
        model.addAttribute("artFormChoices", taxonomy.concepts(Vocabulary.ART_FORM));
        model.addAttribute("settingChoices", taxonomy.concepts(Vocabulary.SETTING));
        model.addAttribute("regionChoices", taxonomy.concepts(Vocabulary.REGION));
        model.addAttribute("publicationTypes", ContentForm.PUBLICATION_TYPES);
        model.addAttribute("opportunityTypes", ContentForm.OPPORTUNITY_TYPES);
        model.addAttribute("pageRoots", ContentForm.PAGE_ROOTS);
        model.addAttribute("videoHosts", properties.videoHosts());
        model.addAttribute("picture", item == null ? null : images.picture(item.id()).orElse(null));
        model.addAttribute("bodyImages", item == null ? List.of() : images.bodyImages(item.id()));
        if (item != null && item.publishAt() != null) {
            model.addAttribute("scheduledFor", LocalDateTime.ofInstant(item.publishAt(), UK).toString().replace('T', ' '));
        }
        return "content/admin/edit";
    }

    private Map<String, String> problems(ContentKind kind, ContentForm form, Long id) {
        Map<String, String> found = form.problems(kind, taxonomy.labels(Vocabulary.ART_FORM).keySet(),
                taxonomy.labels(Vocabulary.SETTING).keySet(), taxonomy.labels(Vocabulary.REGION).keySet(), properties.videoHosts());
        // each problem is a key of the bundle: said in the page's language, with the page roots or video hosts where it names them
        Map<String, String> problems = new LinkedHashMap<>();
        found.forEach((field, key) -> problems.put(field, switch (key) {
            case ContentForm.PAGE_ADDRESS -> words.text(key, String.join(", ", ContentForm.PAGE_ROOTS));
            case ContentForm.VIDEO_ADDRESS -> words.text(key, String.join(" " + words.text("content.editor.or") + " ", properties.videoHosts()));
            default -> words.text(key);
        }));
        if (!problems.containsKey("slug") && contents.slugTaken(kind, form.slug.strip(), id)) {
            problems.put("slug", words.text("content.editor.problem.slug.taken.kind",
                    words.text("content.kind." + kind.name() + ".label").toLowerCase(org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        }
        return problems;
    }

    /** The fields that differ between a revision and the item now, by their labels, word by word. */
    private static Map<String, WordDiff> changes(ContentFields then, ContentFields now) {
        Map<String, WordDiff> changes = new LinkedHashMap<>();
        var components = ContentFields.class.getRecordComponents();
        for (var component : components) {
            try {
                Object a = component.getAccessor().invoke(then);
                Object b = component.getAccessor().invoke(now);
                if (a instanceof ContentFields.Welsh was && b instanceof ContentFields.Welsh is) {
                    // the Welsh version, part by part, by the names of its fields in the editor
                    change(changes, "titleCy", was.title(), is.title());
                    change(changes, "standfirstCy", was.standfirst(), is.standfirst());
                    change(changes, "bodyCy", was.body(), is.body());
                    continue;
                }
                if (!java.util.Objects.equals(a, b)) {
                    changes.put(component.getName(), WordDiff.of(a == null ? "" : a.toString(), b == null ? "" : b.toString()));
                }
            }
            catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return changes;
    }

    private static void change(Map<String, WordDiff> changes, String name, String then, String now) {
        if (!java.util.Objects.equals(then, now)) {
            changes.put(name, WordDiff.of(then == null ? "" : then, now == null ? "" : now));
        }
    }

    private Instant ukTime(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(at.strip().replace(' ', 'T')).atZone(UK).toInstant();
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static ContentKind kindOf(String kind) {
        return Arrays.stream(ContentKind.values()).filter(k -> k.section().equals(kind)).findFirst()
            .orElseThrow(() -> new NotFoundException("No kind of content " + kind));
    }
}
