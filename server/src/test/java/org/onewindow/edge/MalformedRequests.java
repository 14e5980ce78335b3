package org.onewindow.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Malformed input against a running hub over raw sockets: bad and wrongly typed JSON, huge and deeply
 * nested bodies, odd headers, methods, paths and unicode, on every endpoint. Counts answers per status
 * (0 = the hub closed without answering). JDK only, so bench/fuzz.sh runs this very file with
 * {@code java MalformedRequests.java}; the unit test calls {@link #run}.
 */
public final class MalformedRequests {
    private static final String[] PATHS = {
        "/api/v1/hall", "/api/v1/tickets", "/api/v1/tickets/T1", "/api/v1/tickets/T1/qr.svg", "/api/v1/tickets/T1/cancel",
        "/api/v1/tickets/T1/rating", "/api/v1/sessions", "/api/v1/counters/1/open", "/api/v1/counters/1/pause",
        "/api/v1/counters/1/close", "/api/v1/counters/1/call", "/api/v1/counters/1/recall", "/api/v1/counters/1/no-show",
        "/api/v1/counters/1/complete", "/api/v1/counters/1/transfer", "/api/v1/counters/1/profile",
        "/api/v1/reports/daily?date=2026-13-45", "/api/v1/advice", "/api/v1/pairings", "/api/v1/devices",
        "/health", "/metrics", "/", "/kiosk/", "/display/", "/counter/", "/manager/", "/t/T1", "/pad/?counter=1",
        "/eventbus/info", "/eventbus/1/s1/xhr", "/eventbus/1/s1/xhr_send", "/eventbus/websocket", "/nothing",
    };
    private static final String[] ODD_PATHS = {
        "/api/v1/tickets/%00", "/api/v1/tickets/%zz", "/api/v1/tickets/%E4%B8%AD%E6%96%87", "/api/v1/tickets/中文",
        "/api/v1/../../etc/passwd", "//api//v1//hall", "/api/v1/tickets/" + "x".repeat(3000), "*", "http://evil.example/api/v1/hall",
        "/api/v1/hall?%", "/api/v1/hall#frag", "/t/<script>alert(1)</script>", "/api/v1/counters/%2e%2e/open",
        "/api/v1/reports/daily?date=" + "9".repeat(50), "/eventbus/../api/v1/hall", "/api/v1/tickets/\u00ff\u00fe", "",
        "/api/v1/counters/\uD83D\uDE00/call", "/kiosk/../../../../etc/passwd", "/common/%2e%2e/%2e%2e/pom.xml",
    };
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT", "FOO", "get"};
    private static final String[] TYPES = {"application/json", "application/json; charset=utf-8", "text/plain",
        "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=gbk", "", "*/*", "application/json\u0000"};
    private static final String[] HOSTS = {"127.0.0.1", "localhost:8080", "[::1]", "[::1", "a b", ":99999", "", "hub.example", "中文.example"};
    private static final String[] ORIGINS = {null, null, null, "http://evil.example", "null", "http://127.0.0.1", "\u0001"};

    /** A few of the requests that got a 5xx or no answer, to show what went wrong. */
    static final java.util.List<String> EXAMPLES = new java.util.ArrayList<>();

    private MalformedRequests() {
    }

    private static String summary(byte[] request) {
        String text = new String(request, StandardCharsets.UTF_8);
        String shown = text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
        return shown.replace("\r\n", " | ");
    }

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 8080;
        int count = 3000;
        long seed = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--host" -> host = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "-n", "--requests" -> count = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long started = System.nanoTime();
        Map<Integer, Integer> counts = run(host, port, count, seed);
        System.out.printf("%d requests in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
        counts.forEach((status, n) -> System.out.printf("  %s  %d%n", status == 0 ? "no answer" : status.toString(), n));
        EXAMPLES.forEach(example -> System.out.println("  e.g. " + example));
        int serverErrors = counts.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
        int ticket = issueTicketFromAnotherAddress(host, port);
        System.out.println("ticket after the run: " + ticket);
        int health = status(exchange(host, port, request("GET", "/health", "127.0.0.1", null, null, null)));
        System.out.println("health after the run: " + health);
        if (serverErrors > 0 || ticket != 201 || health != 200) {
            System.out.println("FAILED: " + serverErrors + " answers 5xx");
            System.exit(1);
        }
        System.out.println("OK: no 5xx, and the hub still issues tickets");
    }

    /** Sends {@code count} requests from 4 threads; answers per status, sorted. */
    public static Map<Integer, Integer> run(String host, int port, int count, long seed) throws InterruptedException {
        Map<Integer, Integer> counts = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < count; i++) {
            Random random = new Random(seed * 1_000_003 + i);
            pool.execute(() -> {
                int status;
                byte[] request = anyRequest(random);
                try {
                    status = status(exchange(host, port, request));
                } catch (IOException e) {
                    status = 0;
                }
                synchronized (counts) {
                    counts.merge(status, 1, Integer::sum);
                    boolean worthShowing = status >= 500 || (status == 0 && counts.get(0) <= 3);
                    if (worthShowing && EXAMPLES.size() < 40) {
                        EXAMPLES.add(status + " <- " + summary(request));
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the run did not finish");
        }
        return counts;
    }

    /**
     * Takes a ticket of the hall's first service from another loopback address (127.0.0.2): the run used up
     * 127.0.0.1's ticket limit, which counts per client address, so a fresh address shows the hub still issues.
     */
    static int issueTicketFromAnotherAddress(String host, int port) throws Exception {
        String hall = new String(exchange(host, port, request("GET", "/api/v1/hall", "127.0.0.1", null, null, null)), StandardCharsets.UTF_8);
        int at = hall.indexOf("\"services\":[{\"id\":\"") + 19;
        String service = hall.substring(at, hall.indexOf('"', at));
        byte[] take = request("POST", "/api/v1/tickets", "127.0.0.1", "application/json", null, "{\"service\":\"" + service + "\"}");
        try (Socket socket = new Socket(java.net.InetAddress.getByName(host), port, java.net.InetAddress.getByName("127.0.0.2"), 0)) {
            return status(exchange(socket, take));
        }
    }

    static byte[] anyRequest(Random random) {
        String path = random.nextInt(5) == 0 ? pick(random, ODD_PATHS) : pick(random, PATHS);
        String method = random.nextInt(4) == 0 ? pick(random, METHODS) : (random.nextBoolean() ? "POST" : "GET");
        String host = random.nextInt(8) == 0 ? pick(random, HOSTS) : "127.0.0.1";
        String type = random.nextInt(3) == 0 ? pick(random, TYPES) : "application/json";
        String body = method.equals("GET") && random.nextInt(4) > 0 ? null : body(random);
        String origin = pick(random, ORIGINS);
        return switch (random.nextInt(20)) {
            case 0 -> ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000 + random.nextInt(20_000))
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            case 1 -> ("POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            case 2 -> ("POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nContent-Length: 7\r\n"
                    + "Connection: close\r\n\r\n{}{}{}").getBytes(StandardCharsets.UTF_8);
            case 3 -> ("GARBAGE\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            case 4 -> ("GET " + path + " HTTP/9.9\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            case 5 -> rawBytes(random, method, path);
            case 6 -> ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + "\u00e9".repeat(random.nextInt(300))
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            default -> request(method, path, host, type, origin, body);
        };
    }

    private static byte[] rawBytes(Random random, String method, String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = (method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 64\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        out.write(head, 0, head.length);
        byte[] junk = new byte[64];
        random.nextBytes(junk);
        out.write(junk, 0, junk.length);
        return out.toByteArray();
    }

    static byte[] request(String method, String path, String host, String type, String origin, String body) {
        StringBuilder text = new StringBuilder(method).append(' ').append(path.isEmpty() ? "/" : path).append(" HTTP/1.1\r\n");
        if (host != null) {
            text.append("Host: ").append(host).append("\r\n");
        }
        if (origin != null) {
            text.append("Origin: ").append(origin).append("\r\n");
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            text.append("Content-Type: ").append(type).append("\r\nContent-Length: ").append(bytes.length).append("\r\n");
        }
        text.append("Connection: close\r\n\r\n");
        byte[] headBytes = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + bytes.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(bytes, 0, all, headBytes.length, bytes.length);
        return all;
    }

    private static String body(Random random) {
        return switch (random.nextInt(24)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "[]";
            case 3 -> "null";
            case 4 -> "\"just a string\"";
            case 5 -> "{\"service\": 1}";
            case 6 -> "{\"service\": null, \"priority\": []}";
            case 7 -> "{\"service\": \"tax\", \"priority\": \"urgent\"}";
            case 8 -> "[".repeat(1 + random.nextInt(8000)) + "]".repeat(random.nextInt(10));
            case 9 -> "{\"a\":".repeat(1 + random.nextInt(3000)) + "1" + "}".repeat(random.nextInt(3000));
            case 10 -> "{\"service\": \"" + "x".repeat(20_000 + random.nextInt(100_000)) + "\"}";
            case 11 -> "{\"staff\": \"s01\", \"password\": \"wrong-" + random.nextInt(1000) + "\"}";
            case 12 -> "{\"staff\": 7, \"password\": {}}";
            case 13 -> "{\"score\": 99999999999999999999, \"tags\": [1, 2], \"comment\": 5}";
            case 14 -> "{\"score\": 1e309, \"key\": {}}";
            case 15 -> "{\"services\": [1, null, \"*\"], \"counter\": [], \"service\": {}}";
            case 16 -> "{\"service\": \"\u4f01\u4e1a\u5f00\u529e\ud83d\ude00\", \"language\": \"\u0000\"}";
            case 17 -> "{\"service\": \"\\ud800\"}";
            case 18 -> "{\"takeOver\": \"yes\", \"kind\": 3, \"code\": 12345678901234567890}";
            case 19 -> "{\"service\":\"tax\",\"service\":\"tax\"}";
            case 20 -> "[\"{\\\"type\\\":\\\"register\\\",\\\"address\\\":\\\"hall.state\\\"}\"]";
            case 21 -> "\u00ef\u00bb\u00bf{}";
            case 22 -> "d=%5B%5D";
            default -> "{\"service\": \"tax\"}";
        };
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    static int status(byte[] answer) {
        String text = new String(answer, 0, Math.min(answer.length, 16), StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.") || text.length() < 12) {
            return 0;
        }
        return Integer.parseInt(text.substring(9, 12));
    }

    /** Writes the request and reads until the hub closes (every request says Connection: close) or 10 s pass. */
    static byte[] exchange(String host, int port, byte[] request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            return exchange(socket, request);
        }
    }

    static byte[] exchange(Socket socket, byte[] request) throws IOException {
        socket.setSoTimeout(10_000);
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
        } catch (IOException refusedMidway) {
            // the hub may answer (413, 431) and close before it has read everything
        }
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException stopped) {
            // whatever arrived is the answer
        }
        return read.toByteArray();
    }
}
