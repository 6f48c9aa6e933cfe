package dev.lectern.webhooks;

import dev.lectern.shared.LecternProblem;
import dev.lectern.shared.NetworkAddresses;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.springframework.http.HttpStatus;

/**
 * Checks a webhook URL: http or https, a host that resolves, and no loopback or private address unless allowed.
 * Checked when the webhook is registered and again before every delivery, since DNS may change in between.
 */
final class WebhookUrls {

    private final boolean allowPrivateAddresses;

    WebhookUrls(boolean allowPrivateAddresses) {
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("'%s' is not a valid URL.".formatted(url));
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw invalid("A webhook URL must be an http or https URL, not '%s'.".formatted(url));
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw invalid("The host %s cannot be found.".formatted(uri.getHost()));
        }
        for (InetAddress address : addresses) {
            if (!allowPrivateAddresses && NetworkAddresses.isPrivate(address)) {
                throw new LecternProblem(
                        HttpStatus.BAD_REQUEST,
                        "webhook-url-not-allowed",
                        "Webhook URL not allowed",
                        ("%s points to a private or local address (%s). An administrator can allow this with"
                                        + " lectern.webhooks.allow-private-addresses.")
                                .formatted(uri.getHost(), address.getHostAddress()));
            }
        }
        return uri;
    }

    private static LecternProblem invalid(String detail) {
        return new LecternProblem(HttpStatus.BAD_REQUEST, "invalid-webhook-url", "Invalid webhook URL", detail);
    }
}
