package vn.eschool.portal.core.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bean Validation of request bodies, called explicitly by resources after they have checked access, so that
 * an unauthorised caller learns nothing from validation messages.
 */
@ApplicationScoped
public class Requests {

    @Inject
    Validator validator;

    public <T> T valid(T body) {
        if (body == null) {
            throw PortalException.badRequest("body-missing", "Thiếu nội dung yêu cầu (JSON).",
                    "The request body (JSON) is missing.");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    /** The messages of a refused body in one line, in a stable order: what a page shows above its form. */
    public static String messages(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                .collect(Collectors.joining(" "));
    }
}
