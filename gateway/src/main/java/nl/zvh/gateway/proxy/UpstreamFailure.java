package nl.zvh.gateway.proxy;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import java.util.concurrent.TimeoutException;

/**
 * Classifies a failure to reach a service: the service's share of connections and waiting places is taken (busy) is
 * 503 Service Unavailable, a timeout is 504 Gateway Timeout, anything else 502 Bad Gateway.
 */
public final class UpstreamFailure {

    private UpstreamFailure() {
    }

    public static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof ConnectTimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The request was not sent at all: the service already has all the requests the gateway lets wait for it. */
    public static boolean isBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectionPoolTooBusyException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Getting a connection to the service failed with a timeout that is not a TCP connect timeout: the request waited
     * its whole connect timeout for one of the service's busy pooled connections, and was not sent.
     */
    static boolean waitedTooLongForAConnection(Throwable failure) {
        return failure instanceof TimeoutException && !(failure instanceof ConnectTimeoutException);
    }

    public static int status(Throwable failure) {
        return isBusy(failure) ? 503 : isTimeout(failure) ? 504 : 502;
    }
}
