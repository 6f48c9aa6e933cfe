package dev.lectern.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs deliveries the way receivers verify them: header {@code Lectern-Signature: t=<unix seconds>,v1=<hex>}
 * where v1 is the HMAC-SHA256, keyed with the webhook's secret, of {@code "<t>.<raw body>"}. The time is
 * signed too, so that a receiver can refuse old deliveries replayed by someone who captured one.
 */
public final class WebhookSignature {

    public static final String HEADER = "Lectern-Signature";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new secret: 256 random bits. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The header value for a body sent at the given time. */
    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    /** Whether a header value signs this body with this secret (comparing in constant time). */
    public static boolean verifies(String secret, String header, String body) {
        String time = null;
        String signature = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                time = part.substring(2);
            } else if (part.startsWith("v1=")) {
                signature = part.substring(3);
            }
        }
        if (time == null || signature == null) {
            return false;
        }
        byte[] expected = hmac(secret, time + "." + body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JVM has HmacSHA256", e);
        }
    }
}
