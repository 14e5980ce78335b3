package org.onewindow.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 by hand over a socket: for requests no client library will send (a broken Host, no Host at
 * all) and for reading exactly what the hub answers. One request per connection.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** The answer, or an answer with status 0 when the hub closed or stayed silent for 5 s. */
    static Answer exchange(String host, int port, String request) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    read.write(buffer, 0, n);
                    if (Answer.parse(read.toString(StandardCharsets.UTF_8)).complete()) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException silent) {
                // whatever arrived is the answer
            }
            return Answer.parse(read.toString(StandardCharsets.UTF_8));
        }
    }

    static Answer exchange(int port, String request) throws IOException {
        return exchange("127.0.0.1", port, request);
    }

    record Answer(int status, String head, String body, boolean complete) {
        static Answer parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.") || end < 0) {
                return new Answer(0, text, "", false);
            }
            String head = text.substring(0, end);
            String body = text.substring(end + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                boolean complete = body.endsWith("0\r\n\r\n");
                return new Answer(status, head, complete ? dechunk(body) : body, complete);
            }
            return new Answer(status, head, body, body.length() >= contentLength(head));
        }

        private static String dechunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                // Sizes count bytes; the test bodies are ASCII.
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }

        private static int contentLength(String head) {
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                    return Integer.parseInt(line.substring(15).trim());
                }
            }
            return Integer.MAX_VALUE;
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }
}
