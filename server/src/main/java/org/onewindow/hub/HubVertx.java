package org.onewindow.hub;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;

/**
 * The one place the hub's Vert.x instance is set up: Micrometer metrics with a Prometheus registry, and
 * Netty's native epoll transport where the platform has it (Linux on x86-64 and on a Pi's arm64; NIO elsewhere).
 */
public final class HubVertx {
    private HubVertx() {
    }

    public static Vertx create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
                .setEnabled(true)
                .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true));
        return Vertx.builder()
                .with(new VertxOptions().setMetricsOptions(metrics).setPreferNativeTransport(true))
                .withMetrics(new MicrometerMetricsFactory(registry))
                .build();
    }
}
