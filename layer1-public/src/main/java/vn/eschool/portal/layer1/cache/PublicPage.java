package vn.eschool.portal.layer1.cache;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public page of a school (path parameter {@code code}): cached for anonymous visitors and counted as a visit;
 * {@code read} pages (path parameter {@code id}) also count a read of that item.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicPage {

    boolean read() default false;
}
