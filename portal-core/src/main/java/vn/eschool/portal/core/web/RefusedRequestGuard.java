package vn.eschool.portal.core.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServerFilter;

/**
 * Puts {@link RefusedRequestHandler} in front of Payara's HTTP handler on each of its listeners while the portal is
 * deployed, and takes it away when the portal is undeployed. Payara has no setting for this (error pages and
 * virtual-server properties apply only after {@code CoyoteAdapter} has mapped the request, and the listener's
 * Grizzly filters come from its configuration before any application is loaded), so its listeners are reached
 * through its service locator: {@code GrizzlyService}'s network proxies, each with its Grizzly listener and that
 * listener's {@link HttpServerFilter}s. Should a Payara release change these internals, the portal still starts,
 * logs a warning, and such requests get the container's empty 400 again (HardeningIT fails).
 */
public class RefusedRequestGuard implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(RefusedRequestGuard.class.getName());

    private final List<HttpServerFilter> guarded = new ArrayList<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String errorPath = event.getServletContext().getContextPath() + "/container-error";
        try {
            for (HttpServerFilter filter : httpServerFilters()) {
                HttpHandler handler = filter.getHttpHandler();
                if (handler != null && !(handler instanceof RefusedRequestHandler)) {
                    filter.setHttpHandler(new RefusedRequestHandler(handler, errorPath));
                    guarded.add(filter);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unexpected) {
            LOG.log(Level.WARNING, "Payara's HTTP listeners not found: requests the container refuses keep its empty 400",
                    unexpected);
            return;
        }
        if (guarded.isEmpty()) {
            LOG.warning("No HTTP listener found: requests the container refuses keep its empty 400");
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (HttpServerFilter filter : guarded) {
            if (filter.getHttpHandler() instanceof RefusedRequestHandler ours) {
                filter.setHttpHandler(ours.container());
            }
        }
        guarded.clear();
    }

    @SuppressWarnings("unchecked")
    private static List<HttpServerFilter> httpServerFilters() throws ReflectiveOperationException {
        Class<?> locatorType = Class.forName("org.glassfish.hk2.api.ServiceLocator");
        Object locator = Class.forName("org.glassfish.internal.api.Globals").getMethod("getDefaultHabitat")
                .invoke(null);
        Class<?> grizzlyServiceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService");
        Object grizzlyService = locatorType.getMethod("getService", Class.class, Annotation[].class)
                .invoke(locator, grizzlyServiceType, new Annotation[0]);
        Field proxies = grizzlyServiceType.getDeclaredField("proxies");
        proxies.setAccessible(true);
        List<HttpServerFilter> filters = new ArrayList<>();
        for (Object proxy : (Collection<Object>) proxies.get(grizzlyService)) {
            Object listener = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
            try {
                filters.addAll((List<HttpServerFilter>) listener.getClass().getMethod("getFilters", Class.class)
                        .invoke(listener, HttpServerFilter.class));
            } catch (NoSuchMethodException notAGrizzlyHttpListener) {
                LOG.fine(() -> "Not an HTTP listener: " + listener);
            }
        }
        return filters;
    }
}
