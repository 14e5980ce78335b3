package org.onewindow.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.staff.PasswordHash;

/** The packaged jar's command line, as a technician uses it. */
class CommandLineIT {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run jar(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", HubProcess.JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, err);
    }

    @Test
    void hashPasswordPrintsAHashTheHubAccepts() throws Exception {
        Run run = jar("correct horse\n", "hash-password");
        assertThat(run.status()).isZero();
        String hash = run.out().strip();
        assertThat(PasswordHash.looksLikeHash(hash)).isTrue();
        assertThat(PasswordHash.verify("correct horse".toCharArray(), hash)).isTrue();
    }

    @Test
    void aBadHallFileStopsTheHubWithOneLineNamingFileAndLine() throws Exception {
        Path hall = dir.resolve("hall.yaml");
        Files.writeString(hall, """
                hall:
                  id: broken
                  name: {zh: 坏, en: Broken}
                  timezone: Mars/Olympus
                services:
                  - {id: tax, prefix: A, name: {zh: 税务, en: Tax}, averageMinutes: 8}
                counters:
                  - {id: "1", name: {zh: 1号窗口, en: Window 1}, profile: [tax]}
                staff:
                  - {id: s01, name: 张三, role: staff, password: "%s"}
                """.formatted(PasswordHash.hash("x".toCharArray())));
        Run run = jar("", "--hall", hall.toString(), "--data", dir.resolve("data").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith(hall + ":4: ").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        Run run = jar("", "--colour", "red");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown option --colour").contains("usage:");
    }
}
