package vn.eschool.portal.core.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.inject.Inject;
import vn.eschool.portal.core.web.ErrorResponses;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on request bodies become a 400 listing every invalid field. */
@ApplicationScoped
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    ErrorResponses errors;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> fieldErrors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(leafName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return errors.of(Problem.of(400, "validation", "Dữ liệu không hợp lệ: hãy kiểm tra các trường được nêu.",
                        "Invalid input: check the listed fields.")
                .withErrors(fieldErrors));
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "" : name;
    }
}
