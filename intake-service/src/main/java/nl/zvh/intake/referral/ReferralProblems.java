package nl.zvh.intake.referral;

import jakarta.ws.rs.core.Response;
import nl.zvh.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The referral's refusals as problem responses, for the API and the portal alike. */
public class ReferralProblems {

    /** 409, naming the state the referral is in. */
    @ServerExceptionMapper
    public Response conflict(ReferralStateConflict e) {
        return ProblemException.conflict(e.getMessage()).problem().toResponse();
    }
}
