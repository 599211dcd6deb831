package vn.eschool.portal.core.rest;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.eschool.portal.core.files.Upload;

/**
 * The fields and files of a multipart/form-data request, by part name; a name may repeat (several files). Text
 * fields are read into memory, so each is capped at {@value #MAX_FIELD_BYTES} bytes and all of them together at
 * {@value #MAX_FIELDS_BYTES} (413 {@code form-field-too-large}); files stay streams.
 */
public final class MultipartForm {

    /** Far above any title, caption or summary a form sends. */
    static final int MAX_FIELD_BYTES = 64 * 1024;
    /** The room {@link RequestSizeLimit} leaves around an upload's files. */
    static final int MAX_FIELDS_BYTES = (int) RequestSizeLimit.FORM_OVERHEAD_BYTES;

    private final Map<String, List<String>> texts = new HashMap<>();
    private final Map<String, List<EntityPart>> files = new HashMap<>();

    public MultipartForm(List<EntityPart> parts) {
        int textBytes = 0;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if (part.getFileName().isPresent()) {
                // A browser sends a file input left empty as a part with an empty name.
                if (part.getFileName().get().isEmpty()) {
                    continue;
                }
                files.computeIfAbsent(part.getName(), n -> new ArrayList<>()).add(part);
            } else {
                byte[] value = read(part, Math.min(MAX_FIELD_BYTES, MAX_FIELDS_BYTES - textBytes));
                textBytes += value.length;
                texts.computeIfAbsent(part.getName(), n -> new ArrayList<>()).add(new String(value, charset(part)));
            }
        }
    }

    /** At most {@code max} bytes of a text part, read without buffering more than that. */
    private static byte[] read(EntityPart part, int max) {
        try (InputStream in = part.getContent()) {
            byte[] value = in.readNBytes(max + 1);
            if (value.length > max) {
                throw new PortalException(413, "form-field-too-large",
                        "Trường \"" + part.getName() + "\" của biểu mẫu quá dài (mỗi trường tối đa "
                                + MAX_FIELD_BYTES / 1024 + " KB).",
                        "The form field \"" + part.getName() + "\" is too long (at most " + MAX_FIELD_BYTES / 1024
                                + " KB each).");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Charset charset(EntityPart part) {
        String name = part.getMediaType() == null ? null
                : part.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The field's value, or null when absent or blank. */
    public String text(String name) {
        List<String> values = texts.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    /** Every value of a repeated field as sent, in order (blank ones too, so they line up with the files). */
    public List<String> texts(String name) {
        return texts.getOrDefault(name, List.of()).stream().map(String::strip).toList();
    }

    /** Every value of a repeated field, a comma-separated value split too. */
    public List<String> list(String name) {
        return texts.getOrDefault(name, List.of()).stream().flatMap(v -> List.of(v.split(",")).stream())
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public List<Upload> uploads(String name) {
        return files.getOrDefault(name, List.of()).stream().map(part -> new Upload(part.getFileName().orElse(null),
                part.getContent())).toList();
    }
}
