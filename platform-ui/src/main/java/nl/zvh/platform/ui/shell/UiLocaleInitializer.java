package nl.zvh.platform.ui.shell;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Renders every template of a request in the person's language (message bundles, dates, labels). */
@ApplicationScoped
public class UiLocaleInitializer implements TemplateInstance.Initializer {

    @Inject
    CurrentVertxRequest request;

    /** Quarkus does not pick up initializer beans by itself: register with the engine when it is built. */
    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

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
