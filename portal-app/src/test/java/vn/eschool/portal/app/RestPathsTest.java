package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.eschool.portal.core.rest.RestClasses;

/**
 * JAX-RS picks the root resource first (the longest literal match) and looks for a method only inside it: a class at
 * {@code /api/v1/schools/{code}} makes every {@code /api/v1/schools/{code}/…} method of {@code /api/v1/schools}
 * answer 404. Every method of the assembled application must be reachable.
 */
class RestPathsTest {

    private record Root(Class<?> type, String path, Pattern pattern, int literals) {

        static Root of(Class<?> type) {
            String path = normalise(type.getAnnotation(Path.class).value());
            String regex = path.replaceAll("\\{[^/]+?}", "[^/]+");
            return new Root(type, path, Pattern.compile(regex + "(/.*)?"), path.replaceAll("\\{[^/]+?}", "").length());
        }
    }

    @Test
    void everyResourceMethodIsReachable() {
        List<Root> roots = RestClasses.all().stream().filter(type -> type.isAnnotationPresent(Path.class))
                .map(Root::of).toList();
        List<String> shadowed = new ArrayList<>();
        for (Root root : roots) {
            for (Method method : root.type().getMethods()) {
                Path sub = method.getAnnotation(Path.class);
                if (sub == null) {
                    continue;
                }
                String example = (root.path() + normalise(sub.value())).replaceAll("\\{[^/]+?}", "x");
                roots.stream().filter(other -> other != root && other.literals() > root.literals()
                                && other.pattern().matcher(example).matches())
                        .forEach(other -> shadowed.add(root.type().getSimpleName() + "." + method.getName() + " ("
                                + example + ") is taken by " + other.type().getSimpleName()));
            }
        }
        assertEquals(List.of(), shadowed);
    }

    private static String normalise(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "" : "/" + trimmed;
    }
}
