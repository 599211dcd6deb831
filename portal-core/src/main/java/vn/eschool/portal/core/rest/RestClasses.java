package vn.eschool.portal.core.rest;

import java.util.LinkedHashSet;
import java.util.Set;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import vn.eschool.portal.core.account.AccountResource;
import vn.eschool.portal.core.account.DistrictAccountResource;
import vn.eschool.portal.core.account.MeResource;
import vn.eschool.portal.core.cluster.ClusterResource;
import vn.eschool.portal.core.config.TestClockResource;
import vn.eschool.portal.core.config.TestHeapResource;
import vn.eschool.portal.core.files.FileResource;
import vn.eschool.portal.core.index.DistrictSearchResource;
import vn.eschool.portal.core.index.IndexAdminResource;
import vn.eschool.portal.core.index.SearchResource;
import vn.eschool.portal.core.logbook.LogbookResource;
import vn.eschool.portal.core.metrics.MetricsResource;
import vn.eschool.portal.core.plugin.PortalPlugin;
import vn.eschool.portal.core.plugin.Plugins;
import vn.eschool.portal.core.school.SchoolResource;
import vn.eschool.portal.core.security.AuthResource;
import vn.eschool.portal.core.backup.BackupResource;
import vn.eschool.portal.core.security.CsrfProtection;
import vn.eschool.portal.core.transfer.SchoolArchiveResource;
import vn.eschool.portal.core.transfer.SchoolImportResource;
import vn.eschool.portal.core.security.LoginHistoryResource;
import vn.eschool.portal.core.security.LoginPageResource;
import vn.eschool.portal.core.security.PasswordChangeGate;
import vn.eschool.portal.core.web.ConditionalGet;
import vn.eschool.portal.core.web.SecurityHeaders;
import vn.eschool.portal.core.teaching.ProgrammeResource;
import vn.eschool.portal.core.teaching.SchoolClassResource;
import vn.eschool.portal.core.teaching.TeachingAssignmentResource;
import vn.eschool.portal.core.web.StaticResource;
import vn.eschool.portal.core.web.TenantHostFilter;

/** The JAX-RS classes of the core plus those every plugin contributes. */
public final class RestClasses {

    private RestClasses() {
    }

    public static Set<Class<?>> all() {
        Set<Class<?>> classes = new LinkedHashSet<>(Set.of(
                MultiPartFeature.class,
                PortalExceptionMapper.class, WebApplicationExceptionMapper.class, ConstraintViolationMapper.class,
                UnreadableBodyMapper.class, UnexpectedErrorMapper.class,
                CsrfProtection.class, PasswordChangeGate.class, TenantHostFilter.class, RequestSizeLimit.class,
                SecurityHeaders.class,
                ConditionalGet.class,
                AuthResource.class, LoginPageResource.class, MeResource.class, SchoolResource.class,
                AccountResource.class, DistrictAccountResource.class, FileResource.class, StaticResource.class, LoginHistoryResource.class,
                LogbookResource.class, SearchResource.class, DistrictSearchResource.class,
                IndexAdminResource.class, ClusterResource.class, TestClockResource.class, TestHeapResource.class, MetricsResource.class,
                SchoolArchiveResource.class, SchoolImportResource.class, BackupResource.class,
                SchoolClassResource.class, TeachingAssignmentResource.class, ProgrammeResource.class));
        for (PortalPlugin plugin : Plugins.all()) {
            classes.addAll(plugin.restClasses());
        }
        return classes;
    }
}
