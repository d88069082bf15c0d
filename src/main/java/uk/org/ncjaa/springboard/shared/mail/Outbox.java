package uk.org.ncjaa.springboard.shared.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Component;

/** Reads the {@code .eml} files the embedded default writes instead of sending. */
@Component
class Outbox {

    /** Building a mail session scans the class path: one serves every message read. */
    private final Session session = Session.getInstance(new Properties());
    private final Path directory;

    Outbox(MailProperties properties) {
        this.directory = properties.outboxDir();
    }

    List<OutboxMessage> list(int limit) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                .limit(limit)
                .map(this::read)
                .flatMap(Optional::stream)
                .toList();
        }
        catch (IOException ex) {
            return List.of();
        }
    }

    /**
     * A message by its file name. The newsletter names its files after their Message-ID, with dots
     * and often more than 64 characters, so both are allowed; a name still cannot climb out of the
     * folder (no slashes, no "..", and it must resolve inside it).
     */
    Optional<OutboxMessage> find(String id) {
        if (!id.matches("[0-9A-Za-z][0-9A-Za-z.-]{0,199}") || id.contains("..")) {
            return Optional.empty();
        }
        Path folder = directory.toAbsolutePath().normalize();
        Path file = folder.resolve(id + ".eml").normalize();
        return folder.equals(file.getParent()) && Files.isRegularFile(file) ? read(file) : Optional.empty();
    }

    private Optional<OutboxMessage> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(session, in);
            String name = file.getFileName().toString();
            Instant sent = message.getSentDate() == null ? Files.getLastModifiedTime(file).toInstant()
                    : message.getSentDate().toInstant();
            return Optional.of(new OutboxMessage(name.substring(0, name.length() - 4), sent,
                    String.join(", ", recipients(message)), message.getSubject(), textPart(message)));
        }
        catch (IOException | MessagingException ex) {
            return Optional.empty();
        }
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        var to = message.getAllRecipients();
        return to == null ? List.of() : Stream.of(to).map(Object::toString).toList();
    }

    private static String textPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = textPart(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    record OutboxMessage(String id, Instant sent, String to, String subject, String text) {
    }
}
