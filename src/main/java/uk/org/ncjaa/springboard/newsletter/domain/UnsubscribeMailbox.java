package uk.org.ncjaa.springboard.newsletter.domain;

import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import uk.org.ncjaa.springboard.newsletter.NewsletterProperties;

/**
 * Reads the mailbox that the {@code mailto:} in every newsletter's List-Unsubscribe header points
 * to. A message whose subject carries a genuine link token unsubscribes that subscriber; one
 * without (someone who wrote by hand) unsubscribes the address it came from. Each message is read
 * once and then deleted.
 */
@Service
public class UnsubscribeMailbox {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeMailbox.class);
    private static final Pattern TOKEN = Pattern.compile("unsubscribe\\s+([A-Za-z0-9._-]{10,100})", Pattern.CASE_INSENSITIVE);

    private final NewsletterProperties.Imap imap;
    private final Links links;
    private final Subscribers subscribers;

    UnsubscribeMailbox(NewsletterProperties properties, Links links, Subscribers subscribers) {
        this.imap = properties.imap();
        this.links = links;
        this.subscribers = subscribers;
    }

    public boolean configured() {
        return imap.configured();
    }

    /** @return how many people were unsubscribed */
    public int read() {
        if (!imap.configured()) {
            return 0;
        }
        int unsubscribed = 0;
        Properties settings = new Properties();
        settings.put("mail.imap.connectiontimeout", "10000");
        settings.put("mail.imap.timeout", "10000");
        settings.put("mail.imaps.connectiontimeout", "10000");
        settings.put("mail.imaps.timeout", "10000");
        try (Store store = Session.getInstance(settings).getStore(imap.ssl() ? "imaps" : "imap")) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    if (unsubscribe(message)) {
                        unsubscribed++;
                    }
                    message.setFlag(Flags.Flag.SEEN, true);
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            }
            finally {
                inbox.close(true);
            }
        }
        catch (MessagingException ex) {
            log.warn("Could not read the unsubscribe mailbox: {}", ex.getMessage());
        }
        return unsubscribed;
    }

    private boolean unsubscribe(Message message) throws MessagingException {
        String subject = message.getSubject() == null ? "" : message.getSubject();
        Matcher matcher = TOKEN.matcher(subject);
        if (matcher.find()) {
            Links.Checked checked = links.check(matcher.group(1), Links.Purpose.MANAGE);
            java.util.Optional<Subscriber> subscriber = subscribers.byGenuineLink(checked);
            if (subscriber.isPresent()) {
                return subscribers.unsubscribe(subscriber.get().id(), "unsubscribe email");
            }
        }
        Address[] from = message.getFrom();
        if (from != null && from.length > 0 && from[0] instanceof InternetAddress sender && sender.getAddress() != null) {
            return subscribers.unsubscribeAddress(sender.getAddress(), "unsubscribe email from their address");
        }
        return false;
    }
}
