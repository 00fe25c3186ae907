package org.oncoev.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Tracks heap use over a run: the peak of heap used (the sum of the heap pools' peak usage since
 * {@link #start()}, an upper bound of the true simultaneous peak) and the peak live heap (the largest heap use
 * right after a garbage collection, from GC notifications). Contract: {@link #start()} then {@link #stop()};
 * readings are in bytes. Thread-safe.
 */
public final class HeapMonitor implements NotificationListener {
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private volatile long livePeak;

    public void start() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
                emitters.add(emitter);
            }
        }
    }

    public void stop() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // already removed
            }
        }
        emitters.clear();
    }

    /** Sum of the heap pools' peak usage since start. */
    public long peakUsedBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** Largest heap use right after a collection (the live set), or 0 when no collection ran. */
    public long livePeakBytes() {
        return livePeak;
    }

    /** The JVM's heap limit ({@code -Xmx}). */
    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!"com.sun.management.gc.notification".equals(notification.getType())) return;
        if (!(notification.getUserData() instanceof CompositeData data)) return;
        CompositeData info = (CompositeData) data.get("gcInfo");
        if (info == null) return;
        long after = 0;
        for (Object value : ((javax.management.openmbean.TabularData) info.get("memoryUsageAfterGc")).values()) {
            CompositeData row = (CompositeData) value;
            String pool = (String) row.get("key");
            MemoryUsage usage = MemoryUsage.from((CompositeData) row.get("value"));
            if (isHeapPool(pool)) after += usage.getUsed();
        }
        synchronized (this) {
            if (after > livePeak) livePeak = after;
        }
    }

    private static boolean isHeapPool(String name) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(name)) return pool.getType() == MemoryType.HEAP;
        }
        return false;
    }
}
