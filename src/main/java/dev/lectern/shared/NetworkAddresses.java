package dev.lectern.shared;

import java.net.InetAddress;

/** Tells addresses on loopback and private networks apart, so that server-side requests cannot probe them. */
public final class NetworkAddresses {

    private NetworkAddresses() {}

    public static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
        boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64;
        return address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()
                || uniqueLocalV6
                || carrierGradeNat;
    }
}
