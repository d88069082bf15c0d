package uk.org.ncjaa.springboard.directory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.org.ncjaa.springboard.directory.ListingContent;

/**
 * The listing form as typed, re-shown with every answer kept when something needs fixing. Plain
 * public fields, bound directly: the form is only a carrier between the page and
 * {@link ListingContent}, which holds the rules. Repeated groups (services, locations, contacts)
 * always offer one empty set of fields to add another.
 */
public class ListingForm {

    public String name;
    public String alternateName;
    public String description;
    /** The description in Welsh (Cymraeg), optional. */
    public String descriptionCy;
    public String email;
    public String website;
    public String phone;
    public List<String> artForms = new ArrayList<>();
    public List<String> deliveryModels = new ArrayList<>();
    public List<String> settings = new ArrayList<>();
    public List<String> participants = new ArrayList<>();
    public List<String> groups = new ArrayList<>();
    public List<String> regions = new ArrayList<>();
    public String establishments;
    public String referral;
    public String commissioning;
    public String safeguarding;
    public String vetting;
    public boolean livedExperienceLed;
    public String livedExperience;
    public String accessibility;
    public String languages;
    public List<ServiceForm> services = new ArrayList<>();
    public List<LocationForm> locations = new ArrayList<>();
    public List<ContactForm> contacts = new ArrayList<>();

    public static class ServiceForm {
        public String name;
        public String description;
        public String url;
        public String fees;
        public String eligibility;
        public String applicationProcess;

        boolean blank() {
            return empty(name, description, url, fees, eligibility, applicationProcess);
        }
    }

    public static class LocationForm {
        public String name;
        public String address;
        public String town;
        public String postcode;
        public String region;

        boolean blank() {
            return empty(name, address, town, postcode, region);
        }
    }

    public static class ContactForm {
        public String name;
        public String title;
        public String email;
        public String phone;

        boolean blank() {
            return empty(name, title, email, phone);
        }
    }

    static ListingForm of(ListingContent c) {
        ListingForm form = new ListingForm();
        form.name = c.name();
        form.alternateName = c.alternateName();
        form.description = c.description();
        form.descriptionCy = c.descriptionCy();
        form.email = c.email();
        form.website = c.website();
        form.phone = c.phone();
        form.artForms = new ArrayList<>(c.artForms());
        form.deliveryModels = new ArrayList<>(c.deliveryModels());
        form.settings = new ArrayList<>(c.settings());
        form.participants = new ArrayList<>(c.participants());
        form.groups = new ArrayList<>(c.groups());
        form.regions = new ArrayList<>(c.regions());
        form.establishments = c.establishments();
        form.referral = c.referral();
        form.commissioning = c.commissioning();
        form.safeguarding = c.safeguarding();
        form.vetting = c.vetting();
        form.livedExperienceLed = c.livedExperienceLed();
        form.livedExperience = c.livedExperience();
        form.accessibility = c.accessibility();
        form.languages = String.join(", ", c.languages());
        for (ListingContent.Service s : c.services()) {
            ServiceForm service = new ServiceForm();
            service.name = s.name();
            service.description = s.description();
            service.url = s.url();
            service.fees = s.fees();
            service.eligibility = s.eligibility();
            service.applicationProcess = s.applicationProcess();
            form.services.add(service);
        }
        for (ListingContent.Location l : c.locations()) {
            LocationForm location = new LocationForm();
            location.name = l.name();
            location.address = l.address();
            location.town = l.town();
            location.postcode = l.postcode();
            location.region = l.region();
            form.locations.add(location);
        }
        for (ListingContent.Contact k : c.contacts()) {
            ContactForm contact = new ContactForm();
            contact.name = k.name();
            contact.title = k.title();
            contact.email = k.email();
            contact.phone = k.phone();
            form.contacts.add(contact);
        }
        return form.withRoomForMore();
    }

    /** One empty service, location and contact to fill in, while there is room for more. */
    ListingForm withRoomForMore() {
        compact();
        if (services.size() < ListingContent.MAX_SERVICES) {
            services.add(new ServiceForm());
        }
        if (locations.size() < ListingContent.MAX_LOCATIONS) {
            locations.add(new LocationForm());
        }
        if (contacts.size() < ListingContent.MAX_CONTACTS) {
            contacts.add(new ContactForm());
        }
        return this;
    }

    /** The content as typed; groups left entirely empty are dropped, and the rest keep their places for error messages. */
    ListingContent toContent() {
        List<ListingContent.Service> serviceList = new ArrayList<>();
        services.stream().filter(s -> s != null && !s.blank()).forEach(s -> serviceList.add(new ListingContent.Service(trim(s.name),
                trim(s.description), trim(s.url), trim(s.fees), trim(s.eligibility), trim(s.applicationProcess))));
        List<ListingContent.Location> locationList = new ArrayList<>();
        locations.stream().filter(l -> l != null && !l.blank()).forEach(l -> locationList.add(new ListingContent.Location(trim(l.name),
                trim(l.address), trim(l.town), trim(l.postcode), trim(l.region))));
        List<ListingContent.Contact> contactList = new ArrayList<>();
        contacts.stream().filter(k -> k != null && !k.blank()).forEach(k -> contactList.add(new ListingContent.Contact(trim(k.name),
                trim(k.title), trim(k.email), trim(k.phone))));
        List<String> languageList = languages == null ? List.of()
                : Arrays.stream(languages.split("[,;\\n]")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new ListingContent(trim(name), trim(alternateName), trim(description), trim(email), trim(website), trim(phone), artForms,
                deliveryModels, settings, participants, groups, regions, trim(establishments), trim(referral), trim(commissioning),
                trim(safeguarding), trim(vetting), livedExperienceLed, trim(livedExperience), trim(accessibility), languageList,
                serviceList, locationList, contactList, trim(descriptionCy));
    }

    /** Drops the empty groups first, so that error paths like services[1].url point at the fields as shown again. */
    ListingForm compact() {
        services.removeIf(s -> s == null || s.blank());
        locations.removeIf(l -> l == null || l.blank());
        contacts.removeIf(k -> k == null || k.blank());
        return this;
    }

    private static String trim(String text) {
        if (text == null) {
            return null;
        }
        // control characters other than line breaks never belong in a listing
        String clean = text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        return clean.isEmpty() ? null : clean;
    }

    private static boolean empty(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
