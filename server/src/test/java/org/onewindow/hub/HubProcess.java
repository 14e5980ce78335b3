package org.onewindow.hub;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The packaged hub jar as a separate process, the way an appliance runs it (demo hall without the ticket limit, data under dir/data). */
final class HubProcess {
    static final Path JAR = Path.of("target", "onewindow-hub.jar");
    private static final String READY = "OneWindow hub listening";

    final Process process;
    /** Every line the hub printed so far (stdout and stderr). */
    final List<String> output = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final long startedNanos = System.nanoTime();

    private HubProcess(Process process) {
        this.process = process;
        Thread drain = new Thread(this::drain, "hub-output");
        drain.setDaemon(true);
        drain.start();
    }

    static HubProcess start(Path dir, int port) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run mvn package first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The demo hall, with the ticket limit raised: these tests issue hundreds of tickets from 127.0.0.1.
        Path hall = dir.resolve("demo-hall-unlimited.yaml");
        Files.writeString(hall, org.onewindow.hall.DemoHall.yaml() + "\nlimits: {ticketsPerAddressPerMinute: 1000000}\n");
        return new HubProcess(new ProcessBuilder(java, "-jar", JAR.toString(), "--hall", hall.toString(),
                "--data", dir.resolve("data").toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port)).redirectErrorStream(true).start());
    }

    /** Reads the hub's output (so it never blocks on a full pipe) and notices the line it prints once listening. */
    private void drain() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println("[hub] " + line);
                output.add(line);
                unread.add(line);
                if (line.startsWith(READY)) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IllegalStateException("the hub exited before listening"));
        } catch (IOException e) {
            ready.completeExceptionally(new UncheckedIOException(e));
        }
    }

    /** Waits for the hub to say it listens, checks /health is 200 and returns the milliseconds since start. */
    long awaitHealthy(HttpClient http, int port) throws Exception {
        ready.get(60, TimeUnit.SECONDS);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() != 200) {
            throw new IllegalStateException("/health answered " + health.statusCode() + ": " + health.body());
        }
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Waits for the next line the hub prints that contains the text; fails after 20 s. */
    String awaitLine(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (String line = unread.poll(20, TimeUnit.SECONDS); line != null;
             line = unread.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            if (line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("the hub did not say \"" + text + "\" within 20 s");
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(); // SIGKILL on Linux: no shutdown hook, no close
    }

    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
