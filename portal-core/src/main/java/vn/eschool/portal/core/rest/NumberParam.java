package vn.eschool.portal.core.rest;

import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * A whole number from a query parameter, taken as text so that a non-number is the client's mistake (400), not an
 * unknown path (JAX-RS answers 404 when an {@code int} or {@code Long} parameter fails to convert). Pages render
 * the refusal as the portal's Vietnamese error page, the API as problem+json.
 */
public final class NumberParam {

    private NumberParam() {
    }

    /** Empty when absent or blank; {@code invalid} when not a whole number from {@code min} to {@code max}. */
    public static OptionalLong parse(String text, long min, long max, Supplier<PortalException> invalid) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw invalid.get();
        }
        if (value < min || value > max) {
            throw invalid.get();
        }
        return OptionalLong.of(value);
    }
}
