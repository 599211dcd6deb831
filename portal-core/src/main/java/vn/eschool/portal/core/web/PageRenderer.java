package vn.eschool.portal.core.web;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateScalarModel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.eschool.portal.core.plugin.MenuEntry;
import vn.eschool.portal.core.plugin.Plugins;
import vn.eschool.portal.core.security.CsrfTokens;
import vn.eschool.portal.core.security.CurrentUser;

/**
 * Server-side HTML with FreeMarker. Every template is HTML-escaped by default (output format HTML), so
 * stored text can never inject markup; sanitised rich text is printed with {@code ?no_esc} on purpose.
 * Templates live under {@code templates/} on the class path of core and of each plugin.
 */
@ApplicationScoped
public class PageRenderer {

    private Configuration freemarker;

    @Inject
    CurrentUser currentUser;

    @Inject
    CsrfTokens csrf;

    @PostConstruct
    void configure() {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(new ClassTemplateLoader(Thread.currentThread().getContextClassLoader(),
                "templates"));
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setURLEscapingCharset("UTF-8");
        freemarker.setLocale(Locale.forLanguageTag("vi-VN"));
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    public String render(String template, Map<String, ?> model) {
        Map<String, Object> data = new HashMap<>(model);
        data.putIfAbsent("user", currentUser.get().orElse(null));
        // Asked only by pages with a form: a page without one sets no pre-login CSRF cookie, so it can be cached.
        data.put("csrf", (TemplateScalarModel) csrf::forPage);
        data.put("internalMenu", Plugins.menu(MenuEntry.MenuArea.INTERNAL));
        data.put("adminMenu", Plugins.menu(MenuEntry.MenuArea.ADMIN));
        data.put("publicMenu", Plugins.menu(MenuEntry.MenuArea.PUBLIC));
        try {
            Template page = freemarker.getTemplate(template);
            StringWriter out = new StringWriter();
            page.process(data, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Cannot render " + template, e);
        }
    }
}
