package org.onewindow.voice;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onewindow.hall.HallConfig;
import org.onewindow.hall.ServiceSpec;

/**
 * Serves the hall's voice (CONTRACT §8) from a worker, never an event loop:
 * {@code GET /api/v1/voice/{name}.wav} (the {@code audio} of hall.called),
 * {@code /api/v1/voice/services/{id}.wav} (a matter's name, for the kiosk's elderly mode) and
 * {@code /api/v1/voice/numbers/{number}.wav} ("您的号码是 …"). 404 where the hub has no voice.
 */
public final class VoiceRoutes {
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{24}");
    private static final Pattern NUMBER = Pattern.compile("[A-Z]{1,2}[0-9]{3,4}");
    private final Announcer announcer;
    private final HallConfig config;
    private final WorkerExecutor worker;

    public VoiceRoutes(Vertx vertx, Announcer announcer, HallConfig config) {
        this.announcer = announcer;
        this.config = config;
        this.worker = vertx.createSharedWorkerExecutor("onewindow-voice", 1);
    }

    /** Renders a call's announcement ahead of the boards asking for it. */
    public void prepare(String path) {
        String name = path.substring(Announcer.PATH.length(), path.length() - ".wav".length());
        worker.executeBlocking(() -> announcer.file(name), false);
    }

    public void mount(Router router) {
        router.get(Announcer.PATH + "services/:file").handler(ctx -> {
            String id = strip(ctx.pathParam("file"));
            Optional<ServiceSpec> service = config.service(id);
            if (service.isEmpty()) {
                ctx.fail(404);
                return;
            }
            send(ctx, nameOf(announcer.path(Announcement.matter(id, service.get().name().zh()))));
        });
        router.get(Announcer.PATH + "numbers/:file").handler(ctx -> {
            String number = strip(ctx.pathParam("file"));
            if (!NUMBER.matcher(number).matches()) {
                ctx.fail(404);
                return;
            }
            send(ctx, nameOf(announcer.path(Announcement.issued(number))));
        });
        router.get(Announcer.PATH + ":file").handler(ctx -> {
            String name = strip(ctx.pathParam("file"));
            if (!NAME.matcher(name).matches()) {
                ctx.fail(404);
                return;
            }
            send(ctx, name);
        });
    }

    private void send(RoutingContext ctx, String name) {
        worker.executeBlocking(() -> announcer.file(name), false).onComplete(done -> {
            Optional<Path> file = done.succeeded() ? done.result() : Optional.empty();
            if (file.isEmpty()) {
                ctx.fail(404);
                return;
            }
            ctx.response().putHeader("Content-Type", "audio/wav").putHeader("Cache-Control", "public, max-age=86400")
                    .sendFile(file.get().toString());
        });
    }

    private static String strip(String file) {
        return file.endsWith(".wav") ? file.substring(0, file.length() - 4) : file;
    }

    private static String nameOf(String path) {
        return path.substring(Announcer.PATH.length(), path.length() - ".wav".length());
    }
}
