package org.evsettle.batch.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a run used, from the JVM's heap memory pools. Used heap only grows between collections,
 * so its peak is the largest sum of the pools just before a collection (or now). What is still in
 * use after a collection is closer to what the run holds, though a young collection leaves the old
 * generation's garbage in place: run with a small heap (-Xmx) to see what the run really needs.
 */
final class HeapWatch implements AutoCloseable {

  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onCollection;

  HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  private void onCollection(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    var info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
            .getGcInfo();
    peakUsed.accumulateAndGet(heapOf(info.getMemoryUsageBeforeGc()), Math::max);
    peakLive.accumulateAndGet(heapOf(info.getMemoryUsageAfterGc()), Math::max);
  }

  /** Sums the heap pools among the pools of a collection's report. */
  private static long heapOf(Map<String, MemoryUsage> usageByPool) {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = usageByPool.get(pool.getName());
      if (pool.getType() == MemoryType.HEAP && usage != null) {
        bytes += usage.getUsed();
      }
    }
    return bytes;
  }

  /** The most heap in use at any moment so far, in MB. */
  long peakUsedMb() {
    long now = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        now += pool.getUsage().getUsed();
      }
    }
    return Math.max(peakUsed.get(), now) / (1024 * 1024);
  }

  /** The most heap found still in use after a collection so far, in MB. */
  long peakLiveMb() {
    return peakLive.get() / (1024 * 1024);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // already gone
      }
    }
  }
}
