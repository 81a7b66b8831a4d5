package org.juiceledger.platform.cluster;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The name this process claims event processor segments under ({@code tokenentry.owner}). Two
 * processes with one name claim the same segments and project every event twice, and Axon's default
 * ({@code pid@host}) repeats across containers, where every process may be pid 1 on a host named
 * alike. So the default adds random digits; {@code juice.node-id} sets a name of one's own.
 */
public record NodeId(String value) {

    private static final int NAME_MAX = 200;

    public NodeId {
        if (value == null || value.isBlank() || value.length() > NAME_MAX) {
            throw new IllegalArgumentException("juice.node-id must have 1 to " + NAME_MAX + " characters");
        }
    }

    /** {@code host-pid-random}, new for every process. */
    public static NodeId unique() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        return new NodeId(hostName() + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random));
    }

    public static NodeId configuredOrUnique(String configured) {
        return configured == null || configured.isBlank() ? unique() : new NodeId(configured.strip());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String runtime = ManagementFactory.getRuntimeMXBean().getName();
            return runtime.substring(runtime.indexOf('@') + 1);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
