package uk.org.ncjaa.springboard.support;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A real SMTP server on 127.0.0.1 that keeps no messages, only how many reached each recipient,
 * so tens of thousands fit in a test's memory. It can refuse or defer chosen recipients. The
 * benchmark runs it on its own: {@code java -cp target/test-classes ...SmtpSink <port>}.
 */
public class SmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong();
    private final List<Socket> connections = new ArrayList<>();
    private volatile Function<String, String> replyTo = recipient -> null;
    private volatile boolean open = true;

    public SmtpSink(int port) throws IOException {
        server = new ServerSocket(port, 100, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** What to answer a recipient instead of 250, such as "550 no such user"; null accepts it. */
    public void replies(Function<String, String> replyTo) {
        this.replyTo = replyTo;
    }

    public long messages() {
        return messages.get();
    }

    /** How many messages reached each recipient (lower case). */
    public Map<String, Integer> perRecipient() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        received.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    private void accept() {
        while (open) {
            try {
                Socket socket = server.accept();
                synchronized (connections) {
                    connections.add(socket);
                }
                Thread thread = new Thread(() -> serve(socket), "smtp-sink-connection");
                thread.setDaemon(true);
                thread.start();
            }
            catch (IOException ex) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = new java.io.BufferedInputStream(socket.getInputStream(), 65536);
                OutputStream out = new BufferedOutputStream(socket.getOutputStream())) {
            write(out, "220 sink ready");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = readLine(in)) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> write(out, "250 sink");
                    case "MAIL" -> {
                        recipients.clear();
                        write(out, "250 OK");
                    }
                    case "RCPT" -> {
                        String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')).toLowerCase(Locale.ROOT);
                        String reply = replyTo.apply(address);
                        if (reply == null) {
                            recipients.add(address);
                            write(out, "250 OK");
                        }
                        else {
                            write(out, reply);
                        }
                    }
                    case "DATA" -> {
                        write(out, "354 go ahead");
                        while ((line = readLine(in)) != null && !line.equals(".")) {
                            // the message itself is not kept
                        }
                        for (String recipient : recipients) {
                            received.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
                        }
                        long n = messages.incrementAndGet();
                        write(out, "250 OK queued as " + n);
                    }
                    case "RSET" -> {
                        recipients.clear();
                        write(out, "250 OK");
                    }
                    case "NOOP" -> write(out, "250 OK");
                    case "QUIT" -> {
                        write(out, "221 bye");
                        return;
                    }
                    default -> write(out, "502 not implemented");
                }
            }
        }
        catch (IOException ex) {
            // the client went away
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return null;
    }

    private static void write(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
        synchronized (connections) {
            for (Socket socket : connections) {
                socket.close();
            }
        }
    }

    /** Runs until killed, printing the count every second. */
    public static void main(String[] args) throws Exception {
        try (SmtpSink sink = new SmtpSink(args.length > 0 ? Integer.parseInt(args[0]) : 2525)) {
            System.out.println("SMTP sink on 127.0.0.1:" + sink.port());
            long last = -1;
            while (true) {
                Thread.sleep(1000);
                long now = sink.messages();
                if (now != last) {
                    System.out.println("messages " + now + " recipients " + sink.received.size());
                    last = now;
                }
            }
        }
    }
}
