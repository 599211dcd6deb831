package vn.eschool.portal.layer1.question;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * When a form was handed out, signed so that a bot cannot claim it took its time. The key lives in memory:
 * after a restart old forms read as expired, which only asks the person to send again.
 */
public final class FormStamp {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Duration MAX_AGE = Duration.ofHours(6);

    private final SecretKeySpec key;

    public FormStamp(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    public String issue(Instant at) {
        String millis = Long.toString(at.toEpochMilli());
        return millis + "." + sign(millis);
    }

    /** How long the form was open, if the stamp is genuine and not too old. */
    public Optional<Duration> age(String stamp, Instant now) {
        if (stamp == null) {
            return Optional.empty();
        }
        int dot = stamp.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String millis = stamp.substring(0, dot);
        byte[] expected = sign(millis).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(millis)), now);
            return age.isNegative() || age.compareTo(MAX_AGE) > 0 ? Optional.empty() : Optional.of(age);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
