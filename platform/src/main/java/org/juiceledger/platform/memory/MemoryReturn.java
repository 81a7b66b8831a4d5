package org.juiceledger.platform.memory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks the JVM to give back memory it keeps but no longer uses, so that the resident set follows
 * what the application uses rather than its peaks. Two kinds, measured on this application:
 * <ul>
 * <li>Native memory the JVM freed (the JIT compilers' work areas above all) stays with the C
 * library's allocator until it is trimmed: one trim after a benchmark's loads gave back 44 MiB.
 * The JVM's own {@code -XX:TrimNativeHeapInterval} does the same, but only as a start-up flag.</li>
 * <li>Heap G1 grew under load stays committed until a collection shrinks it; with a periodic
 * collection ({@code G1PeriodicGCInterval}, settable while the JVM runs) an idle node gives it back.
 * A value an operator set on the command line is kept.</li>
 * </ul>
 */
public final class MemoryReturn implements AutoCloseable {

    static final String PERIODIC_GC_FLAG = "G1PeriodicGCInterval";
    private static final Logger log = LoggerFactory.getLogger(MemoryReturn.class);
    private static final String TRIM_OPERATION = "systemTrimNativeHeap";

    private final ScheduledExecutorService trimmer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "memory-return");
        thread.setDaemon(true);
        return thread;
    });

    MemoryReturn(Duration interval) {
        if (interval.isZero()) {
            return;
        }
        collectWhenIdle(interval);
        long millis = interval.toMillis();
        trimmer.scheduleWithFixedDelay(this::trimNativeHeap, millis, millis, TimeUnit.MILLISECONDS);
    }

    private static void collectWhenIdle(Duration interval) {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm.getVMOption(PERIODIC_GC_FLAG).getOrigin() == VMOption.Origin.DEFAULT) {
                vm.setVMOption(PERIODIC_GC_FLAG, Long.toString(interval.toMillis()));
            }
        } catch (IllegalArgumentException notThisJvm) {
            // a JVM without the flag (or without HotSpot's bean) starts all the same, with its own collection
            log.info("This JVM has no settable {} ({}); heap is returned as its flags say", PERIODIC_GC_FLAG,
                    notThisJvm.toString());
        }
    }

    /** Returns what the JVM reported, or null when this JVM cannot trim (then it is not asked again). */
    String trimNativeHeap() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Object report = server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), TRIM_OPERATION,
                    new Object[]{new String[0]}, new String[]{String[].class.getName()});
            log.debug("{}", report);
            return String.valueOf(report);
        } catch (JMException | RuntimeException e) {
            log.info("This JVM cannot trim its native heap ({}); not asked again", e.toString());
            trimmer.shutdown();
            return null;
        }
    }

    @Override
    public void close() {
        trimmer.shutdownNow();
    }
}
