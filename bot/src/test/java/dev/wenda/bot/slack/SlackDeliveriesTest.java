package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackDeliveriesTest {
    private final List<ExecutorService> executors = new ArrayList<>();

    @AfterEach
    void stop() {
        executors.forEach(ExecutorService::shutdownNow);
    }

    private static SlackDeliveries deliveries(int lanes, int capacity) {
        return new SlackDeliveries(
                lanes,
                capacity,
                Duration.ofSeconds(5),
                Thread.ofPlatform().daemon().factory());
    }

    @Test
    @DisplayName("deliveries with the same key run one at a time in the order they were handed over")
    void orderPerKey() throws Exception {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        try (SlackDeliveries deliveries = deliveries(4, 1000)) {
            for (int i = 0; i < 200; i++) {
                String channel = "C" + (i % 5);
                int n = i;
                deliveries.submit(channel, () -> sent.add(channel + ":" + n));
            }
        }
        assertEquals(200, sent.size());
        for (int c = 0; c < 5; c++) {
            String channel = "C" + c;
            List<Integer> order = sent.stream()
                    .filter(s -> s.startsWith(channel + ":"))
                    .map(s -> Integer.parseInt(s.substring(s.indexOf(':') + 1)))
                    .toList();
            List<Integer> expected = new ArrayList<>();
            for (int i = c; i < 200; i += 5) {
                expected.add(i);
            }
            assertEquals(expected, order, channel);
        }
    }

    @Test
    @DisplayName("a delivery without a key (an event without a channel) is still sent")
    void nullKey() throws Exception {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        try (SlackDeliveries deliveries = deliveries(4, 10)) {
            deliveries.submit(null, () -> sent.add("reply"));
        }
        assertEquals(List.of("reply"), sent);
    }

    @Test
    @DisplayName("a full lane makes the next hand-over wait until a delivery finishes")
    void boundedLane() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SlackDeliveries deliveries = deliveries(1, 2)) {
            deliveries.submit("C1", () -> await(release));
            deliveries.submit("C1", () -> {});
            CountDownLatch third = new CountDownLatch(1);
            Thread submitter = Thread.ofPlatform().start(() -> {
                try {
                    deliveries.submit("C2", third::countDown);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            // The third hand-over blocks on the full lane: wait until the submitter is parked there.
            for (long deadline = System.nanoTime() + 5_000_000_000L;
                    System.nanoTime() < deadline && submitter.getState() != Thread.State.WAITING; ) {
                Thread.onSpinWait();
            }
            assertEquals(Thread.State.WAITING, submitter.getState(), "the third hand-over must wait");
            assertEquals(1, third.getCount());
            release.countDown();
            submitter.join(5_000);
            assertFalse(submitter.isAlive());
            assertTrue(third.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    @DisplayName("closing sends every delivery already handed over, then refuses new ones")
    void closeDrains() throws Exception {
        List<Integer> sent = Collections.synchronizedList(new ArrayList<>());
        SlackDeliveries deliveries = deliveries(2, 100);
        for (int i = 0; i < 50; i++) {
            int n = i;
            deliveries.submit("C" + (i % 2), () -> {
                sleep(2);
                sent.add(n);
            });
        }
        deliveries.close();
        assertEquals(50, sent.size());
        assertThrows(RejectedExecutionException.class, () -> deliveries.submit("C1", () -> {}));
    }

    @Test
    @DisplayName("a worker hands its reply over and takes the next event while Slack is slow to answer")
    void workerNotHeldBySlowReply() throws Exception {
        ExecutorService oneWorker = Executors.newSingleThreadExecutor();
        executors.add(oneWorker);
        CountDownLatch slackAnswers = new CountDownLatch(1);
        CountDownLatch secondWorkDone = new CountDownLatch(1);
        CountDownLatch secondSent = new CountDownLatch(1);
        List<String> replies = Collections.synchronizedList(new ArrayList<>());
        try (SlackDeliveries deliveries = deliveries(2, 10)) {
            SafeWorker worker = new SafeWorker(oneWorker, deliveries);
            worker.submit("ask", "C1", () -> Messages.EN, () -> Optional.of(Reply.privateText("first")), reply -> {
                await(slackAnswers);
                replies.add(reply.markdown());
            });
            worker.submit(
                    "ask",
                    "C1",
                    () -> Messages.EN,
                    () -> {
                        secondWorkDone.countDown();
                        return Optional.of(Reply.privateText("second"));
                    },
                    reply -> {
                        replies.add(reply.markdown());
                        secondSent.countDown();
                    });
            assertTrue(secondWorkDone.await(5, TimeUnit.SECONDS), "the worker was held by the first reply");
            assertEquals(List.of(), replies);
            slackAnswers.countDown();
            // The worker hands the second reply over just after its work; wait for it to go out
            // rather than close the lanes in between.
            assertTrue(secondSent.await(5, TimeUnit.SECONDS), "the second reply was never sent");
        }
        assertEquals(List.of("first", "second"), replies);
    }

    @Test
    @DisplayName("a reply that cannot be sent is followed by the apology through the same sink")
    void failedSendApologises() throws Exception {
        ExecutorService oneWorker = Executors.newSingleThreadExecutor();
        executors.add(oneWorker);
        List<String> replies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean failedOnce = new AtomicBoolean();
        try (SlackDeliveries deliveries = deliveries(1, 10)) {
            SafeWorker worker = new SafeWorker(oneWorker, deliveries);
            worker.submit("ask", "C1", () -> Messages.EN, () -> Optional.of(Reply.privateText("answer")), reply -> {
                if (failedOnce.compareAndSet(false, true)) {
                    throw new IllegalStateException("response_url answered 404");
                }
                replies.add(reply.markdown());
            });
            oneWorker.shutdown();
            assertTrue(oneWorker.awaitTermination(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of(Messages.EN.text("chat.apology")), replies);
    }

    @Test
    @DisplayName("a failed work apologises in the user's language, like Discord")
    void failedWork_apologisesInTheUsersLanguage() throws Exception {
        ExecutorService oneWorker = Executors.newSingleThreadExecutor();
        executors.add(oneWorker);
        List<String> replies = Collections.synchronizedList(new ArrayList<>());
        try (SlackDeliveries deliveries = deliveries(1, 10)) {
            SafeWorker worker = new SafeWorker(oneWorker, deliveries);
            SafeWorker.Work failing = () -> {
                throw new IllegalStateException("a bug in a handler");
            };
            worker.submit("ask", "C1", () -> Messages.ZH, failing, reply -> replies.add(reply.markdown()));
            worker.submit(
                    "ask",
                    "C1",
                    () -> {
                        throw new IllegalStateException("users.info failed");
                    },
                    failing,
                    reply -> replies.add(reply.markdown()));
            oneWorker.shutdown();
            assertTrue(oneWorker.awaitTermination(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of("抱歉，出了点问题，请稍后再试。", Messages.EN.text("chat.apology")), replies);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
