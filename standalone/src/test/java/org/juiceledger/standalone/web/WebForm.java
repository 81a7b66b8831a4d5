package org.juiceledger.standalone.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer page over plain HTTP/1.1 as a browser without JavaScript would use it: GET the form,
 * POST it form-encoded. The socket is bound to a chosen loopback address, so the server sees that
 * client address (on Linux every 127.x.y.z is the loopback; see {@link #canUse}).
 */
final class WebForm {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]*)\"");

    private final String clientAddress;
    private final int port;

    WebForm(String clientAddress, int port) {
        this.clientAddress = clientAddress;
        this.port = port;
    }

    /** Can a client socket be bound to this loopback address here? (Not on every OS: macOS has 127.0.0.1 only.) */
    static boolean canUse(String address) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    Page form() {
        return exchange("GET", "/redeem", null, Map.of());
    }

    /** Fills in a fresh form and sends it. */
    Page redeem(String meterNumber, String pin) {
        return post(Map.of("meterNumber", meterNumber, "pin", pin, "formToken", form().formToken()));
    }

    Page post(Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return exchange("POST", "/redeem", body.toString(), Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    Page exchange(String method, String path, String body, Map<String, String> headers) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(60_000);
            socket.bind(new InetSocketAddress(InetAddress.getByName(clientAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 10_000);
            StringBuilder request = new StringBuilder()
                    .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Accept: text/html\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("HTTP " + method + " " + path + " from " + clientAddress, e);
        }
    }

    private static Page read(InputStream in) throws IOException {
        byte[] raw = in.readAllBytes();
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = unchunk(body);
        }
        return new Page(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, at);
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("Broken chunked body");
    }

    /** A response: status, headers (names in lower case) and the HTML. */
    record Page(int status, Map<String, List<String>> headers, String body) {

        String formToken() {
            Matcher matcher = FORM_TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No form token in the page (status " + status + "): " + body);
            }
            return matcher.group(1);
        }

        /** The text of the error shown at a field, or null. */
        String errorAt(String field) {
            Matcher matcher = Pattern.compile("<p class=\"error\" id=\"" + field
                    + "-error\"><span class=\"visually-hidden\">Error: </span>([^<]*)</p>").matcher(body);
            return matcher.find() ? matcher.group(1) : null;
        }

        /** The token as shown, groups separated by spaces, or null. */
        String shownToken() {
            Matcher matcher = Pattern.compile("<p class=\"token\" id=\"token\">(.*?)</p>").matcher(body);
            return matcher.find() ? matcher.group(1).replaceAll("<[^>]+>", "") : null;
        }

        List<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }
}
