package org.onewindow.simulation;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.onewindow.hall.CounterSpec;
import org.onewindow.hall.ServiceSpec;

/** Prints a run's figures as plain-text tables, and the one-line JSON of CONTRACT section 5. */
public final class ResultTable {
    private final Workload workload;
    private final RunResult pooled;
    private final int dropped;

    public ResultTable(Workload workload, RunResult pooled, int dropped) {
        this.workload = workload;
        this.pooled = pooled;
        this.dropped = dropped;
    }

    public void print(RunResult run, PrintStream out) {
        int tickets = run.waits().count() + run.unserved();
        out.printf(Locale.ROOT, "== %s: %s, %d days, seed %d: %d tickets (%d arrivals outside hours dropped, %d unserved)%n",
                run.policy(), workload.name(), workload.days(), workload.seed(), tickets, dropped, run.unserved());
        out.printf(Locale.ROOT, "%-24s %7s %7s %7s %7s %7s%n", "wait (min)", "mean", "p50", "p90", "p99", "max");
        waitsRow(out, run.policy(), run.waits());
        waitsRow(out, "pooled twin", pooled.waits());
        out.printf(Locale.ROOT, "%-24s %7.2f %7s %7.2f%n", "ratio to pooled",
                ratio(run.waits().mean(), pooled.waits().mean()), "", ratio(run.waits().p90(), pooled.waits().p90()));
        out.printf(Locale.ROOT, "estimate at issue: mean absolute error %.2f min (%.0f%% of the mean wait);"
                        + " wait within the range shown: %.0f%% of tickets, %.0f%% of those told to wait%n%n", run.etaMaeMin(),
                100 * ratio(run.etaMaeMin(), run.waits().mean()), 100 * run.rangeHitRate(), 100 * run.rangeHitRateWaiting());

        out.printf(Locale.ROOT, "%-28s %10s %10s%n", "mean wait per service (min)", run.policy(), "pooled");
        for (ServiceSpec service : workload.hall().services()) {
            out.printf(Locale.ROOT, "%-3s %-24s %10.2f %10.2f%n", service.prefix(), service.id(),
                    run.byService().getOrDefault(service.id(), 0.0), pooled.byService().getOrDefault(service.id(), 0.0));
        }
        out.println();
        out.printf(Locale.ROOT, "%-28s %8s %8s %9s %12s%n", "window (figures 1 and 2)", "served", "per day",
                "outside", "utilisation");
        for (RunResult.WindowFigures window : run.windows()) {
            String name = workload.hall().counter(window.counter()).map(CounterSpec::name)
                    .map(text -> text.en()).orElse(window.counter());
            out.printf(Locale.ROOT, "%-28s %8d %8.1f %9d %11.0f%%%n", name, window.served(),
                    window.served() / (double) workload.days(), window.outsideProfile(), 100 * window.utilisation());
        }
        out.println();
    }

    /** Several policies side by side, with the pooled twin as the reference. */
    public void printSummary(List<RunResult> runs, PrintStream out) {
        out.printf(Locale.ROOT, "%-14s %7s %7s %7s %7s %7s %7s %8s%n", "policy", "mean", "p50", "p90", "p99", "max",
                "ratio", "etaMae");
        for (RunResult run : runs) {
            WaitFigures w = run.waits();
            out.printf(Locale.ROOT, "%-14s %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %8.2f%n", run.policy(), w.mean(), w.p50(),
                    w.p90(), w.p99(), w.max(), ratio(w.mean(), pooled.waits().mean()), run.etaMaeMin());
        }
        WaitFigures p = pooled.waits();
        out.printf(Locale.ROOT, "%-14s %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %8s%n", "pooled twin", p.mean(), p.p50(),
                p.p90(), p.p99(), p.max(), 1.0, "-");
        out.println();
    }

    /** The last line of a simulate run (CONTRACT section 5). */
    public String json(RunResult run) {
        return String.format(Locale.ROOT, "{\"workload\":%s,\"policy\":%s,\"days\":%d,\"tickets\":%d,"
                        + "\"meanWaitMin\":%.3f,\"p90WaitMin\":%.3f,\"maxWaitMin\":%.3f,\"pooledMeanWaitMin\":%.3f,"
                        + "\"ratio\":%.3f,\"etaMaeMin\":%.3f,\"etaMaeShare\":%.3f,\"rangeHitRate\":%.3f,\"rangeHitRateWaiting\":%.3f}",
                quote(workload.name()), quote(run.policy()), workload.days(), run.waits().count() + run.unserved(),
                run.waits().mean(), run.waits().p90(), run.waits().max(), pooled.waits().mean(),
                ratio(run.waits().mean(), pooled.waits().mean()), run.etaMaeMin(),
                ratio(run.etaMaeMin(), run.waits().mean()), run.rangeHitRate(), run.rangeHitRateWaiting());
    }

    private static void waitsRow(PrintStream out, String label, WaitFigures w) {
        out.printf(Locale.ROOT, "%-24s %7.2f %7.2f %7.2f %7.2f %7.2f%n", label, w.mean(), w.p50(), w.p90(), w.p99(), w.max());
    }

    private static double ratio(double value, double reference) {
        return reference == 0 ? (value == 0 ? 1 : Double.POSITIVE_INFINITY) : value / reference;
    }

    static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
