package vn.eschool.portal.core.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.eschool.portal.core.files.Upload;

/** The fields and files of a multipart/form-data request, by part name; a name may repeat (several files). */
public final class MultipartForm {

    private final Map<String, List<String>> texts = new HashMap<>();
    private final Map<String, List<EntityPart>> files = new HashMap<>();

    public MultipartForm(List<EntityPart> parts) {
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if (part.getFileName().isPresent()) {
                // A browser sends a file input left empty as a part with an empty name.
                if (part.getFileName().get().isEmpty()) {
                    continue;
                }
                files.computeIfAbsent(part.getName(), n -> new ArrayList<>()).add(part);
            } else {
                try {
                    texts.computeIfAbsent(part.getName(), n -> new ArrayList<>()).add(part.getContent(String.class));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
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
                part.getMediaType() == null ? null : part.getMediaType().toString(), part.getContent())).toList();
    }
}
