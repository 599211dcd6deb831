package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The thin WAR keeps the jars {@code portal.modules} names, and only those glassfish-web.xml names are scanned for
 * beans and resources: a module of the portal assembled here but missing from either would deploy without its
 * resources.
 */
class ScannedModulesTest {

    @Test
    void everyModuleOfThePortalIsScanned() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Set<String> modules = matches(pom.substring(pom.indexOf("<dependencies>")),
                "<groupId>vn\\.eschool</groupId>\\s*<artifactId>([^<]+)</artifactId>");
        Set<String> scanned = matches(Files.readString(Path.of("src/main/webapp/WEB-INF/glassfish-web.xml")),
                "<scanning-include>([^<]+)</scanning-include>");
        Set<String> kept = new TreeSet<>(Set.of(matches(pom, "<portal\\.modules>([^<]+)</portal\\.modules>")
                .iterator().next().split("\\|")));
        assertEquals(4, modules.size(), modules.toString());
        assertEquals(modules, scanned);
        assertEquals(modules, kept);
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
