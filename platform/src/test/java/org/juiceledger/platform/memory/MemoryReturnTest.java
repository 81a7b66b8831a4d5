package org.juiceledger.platform.memory;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Against this test's own JVM: the periodic collection is switched on, the native heap trimmed. */
class MemoryReturnTest {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private final String before = vm.getVMOption(MemoryReturn.PERIODIC_GC_FLAG).getValue();

    @AfterEach
    void restore() {
        vm.setVMOption(MemoryReturn.PERIODIC_GC_FLAG, before);
    }

    @Test
    void anIdleJvmCollectsPeriodicallyAndTrimsItsNativeHeap() {
        try (MemoryReturn memory = new MemoryReturn(Duration.ofSeconds(45))) {
            assertThat(vm.getVMOption(MemoryReturn.PERIODIC_GC_FLAG).getValue()).isEqualTo("45000");
            assertThat(memory.trimNativeHeap()).as("what the JVM reports").contains("Trim native heap");
        }
    }

    @Test
    void zeroLeavesTheJvmAsItsFlagsSay() {
        new MemoryReturn(Duration.ZERO).close();
        assertThat(vm.getVMOption(MemoryReturn.PERIODIC_GC_FLAG).getValue()).isEqualTo(before);
    }
}
