package org.onewindow.hub;

import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.onewindow.hall.ConfigException;
import org.onewindow.hall.HallFile;
import org.onewindow.simulation.SimulateCommand;
import org.onewindow.staff.PasswordHash;

/** java -jar onewindow-hub.jar [run] [options] | hash-password | simulate --workload FILE ... | verify-log --data DIR */
public final class Main {
    static final String USAGE = """
            usage: java -jar onewindow-hub.jar [--hall FILE] [--data DIR] [--port N] [--host ADDR] [--public-url URL]
                   java -jar onewindow-hub.jar hash-password            (reads one password on stdin)
                   java -jar onewindow-hub.jar simulate --workload FILE [--policy NAME] [--seed N] [--days N]
                   java -jar onewindow-hub.jar verify-log --data DIR [--head HASH]   (checks the event log's hash chain)
                   java -jar onewindow-hub.jar backup --data DIR [--to FILE]         (a checked copy, safe while the hub runs)
                   java -jar onewindow-hub.jar archive-log --data DIR --before YYYY-MM --to FILE [--hall FILE]""";

    private Main() {
    }

    public static void main(String[] args) {
        String command = args.length > 0 && !args[0].startsWith("--") ? args[0] : "run";
        String[] rest = command.equals("run") && (args.length == 0 || args[0].startsWith("--"))
                ? args : Arrays.copyOfRange(args, 1, args.length);
        int status = switch (command) {
            case "run" -> run(rest);
            case "hash-password" -> hashPassword();
            case "simulate" -> SimulateCommand.run(rest, System.out, System.err);
            case "verify-log" -> VerifyLogCommand.run(rest, System.out, System.err);
            case "backup" -> BackupCommand.run(rest, System.out, System.err, java.time.Clock.systemUTC());
            case "archive-log" -> ArchiveLogCommand.run(rest, System.out, System.err, java.time.Clock.systemUTC());
            case "help", "--help", "-h" -> {
                System.out.println(USAGE);
                yield 0;
            }
            default -> {
                System.err.println("unknown command '" + command + "'\n" + USAGE);
                yield 2;
            }
        };
        if (status != 0 || !command.equals("run")) {
            System.exit(status);
        }
    }

    private static int run(String[] args) {
        HubSettings settings;
        try {
            settings = HubOptions.parse(args);
            if (settings.hallFile() != null) {
                HallFile.load(settings.hallFile());
            }
        } catch (HubOptions.UsageException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Vertx vertx = HubVertx.create();
        HubVerticle hub = new HubVerticle(settings);
        try {
            vertx.deployVerticle(hub).await();
        } catch (Exception e) {
            System.err.println("the hub could not start: " + e.getMessage());
            vertx.close();
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> vertx.close().await(), "onewindow-shutdown"));
        System.out.printf("OneWindow hub listening on http://%s:%d/ (hall: %s, data: %s, sockets: %s)%n", settings.host(),
                hub.port(), settings.hallFile() == null ? "built-in demo hall" : settings.hallFile(),
                settings.dataDir().toAbsolutePath(), vertx.isNativeTransportEnabled() ? "epoll" : "Java NIO");
        return 0;
    }

    private static int hashPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                System.err.println("hash-password: no password on stdin");
                return 2;
            }
            System.out.println(PasswordHash.hash(line.toCharArray()));
            return 0;
        } catch (IOException e) {
            System.err.println("hash-password: " + e.getMessage());
            return 1;
        }
    }
}
