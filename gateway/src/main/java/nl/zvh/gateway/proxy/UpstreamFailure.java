package nl.zvh.gateway.proxy;

import io.netty.channel.ConnectTimeoutException;
import java.util.concurrent.TimeoutException;

/** Classifies a failure to reach a service: a timeout is 504 Gateway Timeout, anything else 502 Bad Gateway. */
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

    public static int status(Throwable failure) {
        return isTimeout(failure) ? 504 : 502;
    }
}
