package nl.zvh.platform.ui.shell;

import io.quarkus.arc.Unremovable;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Renders every template of a request in the person's language (message bundles, dates, labels). */
@ApplicationScoped
@Unremovable // found by Qute at run time only: without this ArC removes it as unused
public class UiLocaleInitializer implements TemplateInstance.Initializer {

    @Inject
    CurrentVertxRequest request;

    @Override
    public void accept(TemplateInstance instance) {
        if (instance.getAttribute(TemplateInstance.LOCALE) != null) {
            return;
        }
        RoutingContext rc;
        try {
            rc = request.getCurrent();
        } catch (RuntimeException noRequest) {
            rc = null;
        }
        instance.setLocale(UiLanguage.of(rc));
    }
}
