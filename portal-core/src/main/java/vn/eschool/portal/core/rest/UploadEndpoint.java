package vn.eschool.portal.core.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that takes files (multipart/form-data): only these accept a body up to the upload limit
 * ({@code PORTAL_UPLOAD_MAX_BYTES}); every other request body is held to {@code PORTAL_BODY_MAX_BYTES}
 * ({@link RequestSizeLimit}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UploadEndpoint {

    /** A whole school's archive: up to {@code PORTAL_ARCHIVE_MAX_BYTES} instead of the upload limit. */
    boolean archive() default false;
}
