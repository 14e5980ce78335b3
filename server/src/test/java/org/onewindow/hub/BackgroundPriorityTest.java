package org.onewindow.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A thread lowers its own priority and no other's (Linux /proc). The hub's own threads: {@link BackgroundPriorityIT}. */
class BackgroundPriorityTest {
    @Test
    void aThreadIsLoweredByAnotherAndNoOtherThreadIs() throws Exception {
        CountDownLatch lowered = new CountDownLatch(1);
        String[] id = new String[1];
        int[] after = new int[1];
        CountDownLatch named = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            id[0] = BackgroundPriority.currentThreadId();
            named.countDown();
            try {
                lowered.await();
                after[0] = ThreadNice.own();
            } catch (InterruptedException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }, "lowered-thread");
        int before = ThreadNice.own();
        thread.start();
        named.await();
        assertThat(BackgroundPriority.lower(id[0])).isTrue();
        lowered.countDown();
        thread.join();
        assertThat(after[0]).isEqualTo(BackgroundPriority.NICE);
        assertThat(ThreadNice.own()).isEqualTo(before);
    }

    @Test
    void withoutAThreadIdNothingIsLowered() {
        assertThat(BackgroundPriority.lower(null)).isFalse();
    }
}
