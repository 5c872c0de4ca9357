package nl.zvh.deploy.kubernetes;

import java.nio.file.Path;

/** Every offline check on one rendered overlay; the result lists what is wrong. */
final class ManifestChecks {

    private ManifestChecks() {
    }

    static Problems check(Rendered rendered, Path topicsConf) {
        Problems problems = new Problems();
        SchemaCheck.check(rendered.docs(), problems);
        WorkloadChecks.check(rendered, problems);
        OperatorResourceChecks.check(rendered, topicsConf, problems);
        NetworkFlows.check(rendered, problems);
        EdgeChecks.check(rendered, problems);
        MonitoringChecks.check(rendered, problems);
        return problems;
    }
}
