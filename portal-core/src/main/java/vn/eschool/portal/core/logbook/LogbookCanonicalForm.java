package vn.eschool.portal.core.logbook;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import vn.eschool.portal.core.security.SecureTokens;

/**
 * The one byte sequence an entry's hash is computed over. Each field is a line {@code name:length:value}
 * with the value's UTF-8 length, or {@code name:null}: a value holding a newline, a colon or the text of
 * another field cannot shift a boundary, and an empty value differs from a missing one. The first line
 * names the format, so a future change of it can be told apart from tampering.
 */
public final class LogbookCanonicalForm {

    public static final String FORMAT = "eschool-logbook-v1";
    /** Fixed precision, so the same instant always prints the same way (Instant.toString drops zeros). */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private LogbookCanonicalForm() {
    }

    public static String of(long sequence, LogbookFields fields, String previousHash) {
        StringBuilder form = new StringBuilder(256).append(FORMAT).append('\n');
        field(form, "sequence", Long.toString(sequence));
        field(form, "school", fields.schoolCode());
        field(form, "time", TIME.format(fields.time()));
        field(form, "actor", fields.actor());
        field(form, "action", fields.action());
        field(form, "target", fields.target());
        field(form, "details", fields.details());
        field(form, "ip", fields.ip());
        field(form, "previous", previousHash);
        return form.toString();
    }

    /** SHA-256 of the canonical form, lower-case hex. */
    public static String hash(long sequence, LogbookFields fields, String previousHash) {
        return SecureTokens.sha256Hex(of(sequence, fields, previousHash));
    }

    private static void field(StringBuilder form, String name, String value) {
        form.append(name).append(':');
        if (value == null) {
            form.append("null");
        } else {
            form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        form.append('\n');
    }
}
