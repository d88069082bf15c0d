package uk.org.ncjaa.springboard.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import uk.org.ncjaa.springboard.accounts.domain.TotpCodes;

import static org.assertj.core.api.Assertions.assertThat;

class TotpCodesTests {

    private final TotpCodes totp = new TotpCodes();

    // RFC 6238 appendix B: the SHA-1 key "12345678901234567890"; six digits are the last six of its eight.
    private final String rfcSecret = new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfcTestVectors() {
        assertThat(totp.code(rfcSecret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(totp.code(rfcSecret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(totp.code(rfcSecret, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfClockDriftEitherWayButNoMore() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String secret = totp.newSecret();
        assertThat(totp.matchingStep(secret, totp.code(secret, now.minusSeconds(30)), now)).isPresent();
        assertThat(totp.matchingStep(secret, totp.code(secret, now.plusSeconds(30)), now)).isPresent();
        assertThat(totp.matchingStep(secret, totp.code(secret, now.minusSeconds(90)), now)).isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        String secret = totp.newSecret();
        Instant now = Instant.now();
        assertThat(totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(totp.matchingStep(secret, "abcdef", now)).isEmpty();
        assertThat(totp.matchingStep(secret, null, now)).isEmpty();
        assertThat(totp.matchingStep(secret, " " + totp.code(secret, now).substring(0, 3) + " " + totp.code(secret, now).substring(3), now))
            .as("spaces are ignored").isPresent();
    }

    @Test
    void makesAnEnrolmentLinkAndAnInlineQrCode() {
        String uri = totp.otpauthUri("ABCDEFGH", "ada@example.org");
        assertThat(uri).startsWith("otpauth://totp/Springboard%3Aada%40example.org?secret=ABCDEFGH&issuer=Springboard");
        assertThat(totp.qrSvg(uri)).startsWith("<svg").contains("role=\"img\"").contains("aria-label=").endsWith("</svg>");
    }
}
