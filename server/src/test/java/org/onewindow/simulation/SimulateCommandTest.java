package org.onewindow.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SimulateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path workload(String text) throws IOException {
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static final String SMALL = """
            name: small
            days: 2
            seed: 3
            hall:
              id: small
              name: {zh: 小厅, en: Small hall}
              timezone: Asia/Shanghai
              hours:
                - {days: mon-fri, open: "09:00", close: "12:00"}
            services:
              - {id: tax, prefix: M, name: {zh: 税务, en: Tax}, averageMinutes: 9}
              - {id: household, prefix: N, name: {zh: 户籍, en: Household}, averageMinutes: 8}
            counters:
              - {id: "1", name: {zh: 1号窗口, en: Window 1}, profile: [tax]}
              - {id: "2", name: {zh: 2号窗口, en: Window 2}, profile: [household], skills: ["*"], hours: {open: "09:00", close: "10:30"}}
              - {id: "3", name: {zh: 3号窗口, en: Window 3}, profile: ["*"]}
            arrivals:
              hourly: {"09": 0.5, "10": 0.3, "11": 0.2}
              services:
                tax: {perDay: 40, serviceMinutes: {mean: 9, cv: 0.5}, priorityShare: 0.1}
                household: {perDay: 20, serviceMinutes: {mean: 8, cv: 0.5}}
            noShow: {share: 0.05, waitMinutes: 2}
            backupSlowdown: 1.3
            """;

    @Test
    void runsAWorkloadAndEndsWithTheJsonLine() throws IOException {
        int status = run("--workload", workload(SMALL).toString(), "--days", "3", "--seed", "9");
        assertThat(status).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[0]).startsWith("== balanced: small, 3 days, seed 9");
        assertThat(lines[lines.length - 1]).startsWith("{\"workload\":\"small\",\"policy\":\"balanced\",\"days\":3,");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("simulating small");
    }

    @Test
    void runsSeveralPoliciesSideBySideWithTheDefaultsJsonLast() throws IOException {
        assertThat(run("--workload", workload(SMALL).toString(), "--policy", "all")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("== fifo:", "== balanced:", "pooled twin");
        String[] lines = text.strip().split("\n");
        assertThat(lines[lines.length - 1]).contains("\"policy\":\"balanced\"");
        out.reset();
        assertThat(run("--workload", workload(SMALL).toString(), "--policy", "fifo")).isZero();
        String[] fifo = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(fifo[fifo.length - 1]).contains("\"policy\":\"fifo\"");
    }

    @Test
    void withAutoEachPolicyRunsAgainWithTheAdvisorBesideIt() throws IOException {
        assertThat(run("--workload", workload(SMALL).toString(), "--policy", "fifo", "--auto", "--days", "2")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("== fifo:", "== fifo+auto:", "fifo+auto ");
        String[] lines = text.strip().split("\n");
        assertThat(lines[lines.length - 1]).contains("\"policy\":\"fifo\"");
    }

    @Test
    void aBadWorkloadIsOneLineWithFileAndLine() throws IOException {
        Path file = workload(SMALL.replace("tax: {perDay: 40", "taxes: {perDay: 40"));
        assertThat(run("--workload", file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo(file + ":20: arrivals for unknown service 'taxes'");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void hourlySharesMustAddUpToOne() throws IOException {
        Path file = workload(SMALL.replace("\"11\": 0.2", "\"11\": 0.1"));
        assertThat(run("--workload", file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo(file + ":18: hourly shares add up to 0.900, not 1");
    }

    @Test
    void hallSectionProblemsComeFromTheHallFileReader() throws IOException {
        Path file = workload(SMALL.replace("profile: [tax]", "profile: [taxi]"));
        assertThat(run("--workload", file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith(file + ":14: ").contains("taxi");
    }

    @Test
    void badArgumentsExitWithUsage() {
        assertThat(run("--days", "3")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--workload is required", "usage: simulate");
        assertThat(run("--workload", "x.yaml", "--policy", "random")).isEqualTo(2);
        assertThat(run("--workload", "x.yaml", "--days", "many")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--days needs a whole number, not 'many'");
        assertThat(run("--workload", "/nonexistent/w.yaml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("/nonexistent/w.yaml: cannot read");
    }
}
