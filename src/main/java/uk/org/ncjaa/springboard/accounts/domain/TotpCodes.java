package uk.org.ncjaa.springboard.accounts.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/** Time-based one-time passwords (RFC 6238: SHA-1, six digits, 30 seconds), as authenticator apps expect. */
@Component
public class TotpCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long STEP_SECONDS = 30;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();

    public String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The time step a code belongs to, allowing one step either side for clock drift. */
    public OptionalLong matchingStep(String secret, String code, Instant now) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (secret == null || !digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP_SECONDS;
        for (long step = current - 1; step <= current + 1; step++) {
            if (codeAt(secret, step).equals(digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    public String codeAt(String secret, long step) {
        try {
            SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
            return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP_SECONDS), Locale.ROOT);
        }
        catch (InvalidKeyException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public String code(String secret, Instant at) {
        return codeAt(secret, at.getEpochSecond() / STEP_SECONDS);
    }

    public String otpauthUri(String secret, String accountName) {
        String label = URLEncoder.encode("Springboard:" + accountName, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Springboard&algorithm=SHA1&digits=6&period=30";
    }

    /** The enrolment link as an inline SVG QR code (no image request, nothing for the CSP to allow). */
    public String qrSvg(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                    + "\" class=\"qr\" role=\"img\" aria-label=\"QR code for your authenticator app\" shape-rendering=\"crispEdges\">"
                    + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
        }
        catch (WriterException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
