package dev.wenda.bot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the report says about the machine: cores, load average, heap. */
final class Machine {
    private Machine() {}

    static String describe() {
        return "%d cores, load average %s, max heap %d MiB, Java %s"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        loadAverage(),
                        Runtime.getRuntime().maxMemory() >> 20,
                        Runtime.version());
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(
                    "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Used heap in MiB after a full collection. */
    static double usedHeapAfterGcMib() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** CPU seconds this process has used so far. */
    static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
