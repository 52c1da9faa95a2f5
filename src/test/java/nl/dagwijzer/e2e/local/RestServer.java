package nl.dagwijzer.e2e.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The REST side, on the JDK's HTTP server. Every request is recorded; an unknown route is answered 404 with
 * Discord's error JSON so that no client waits for an answer that never comes.
 */
final class RestServer {
  static final String API_PREFIX = "/api/v10/";
  static final String ATTACHMENTS_PREFIX = "/attachments/";

  /** A parsed request: path segments after {@code /api/v10/}, JSON payload and uploaded files. */
  record Request(
      String method, String path, String[] segments, String query, DataObject json, List<Multipart.Part> files,
      String rawBody) {
    String segment(int index) {
      return index < segments.length ? segments[index] : "";
    }

    boolean queryFlag(String name) {
      return query != null && List.of(query.split("&")).contains(name + "=true");
    }
  }

  /** What to send back. {@code body} null means 204 No Content. */
  record Response(int status, String body, List<String[]> headers) {
    static Response json(DataObject body) {
      return new Response(200, body.toString(), List.of());
    }

    static Response json(DataArray body) {
      return new Response(200, body.toString(), List.of());
    }

    static Response noContent() {
      return new Response(204, null, List.of());
    }

    static Response error(int status, int code, String message) {
      return new Response(
          status, DataObject.empty().put("message", message).put("code", code).toString(), List.of());
    }
  }

  interface Api {
    /** Answers an authorised {@code /api/v10/} request. */
    Response handle(Request request);

    /** The answer to use instead, if the test asked for a failure (e.g. 429) for this call; else null. */
    Response injectedFailure(RestCall call);

    LocalAttachment attachment(String id);

    String botToken();
  }

  static {
    // The JDK server writes a response's headers and body separately; with Nagle's algorithm on, the body then
    // waits for the client's delayed ACK (~40 ms), which capped a bot at about 25 requests a second. Read once,
    // when the first HttpServer is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Api api;
  private final Recorder<RestCall> calls;

  RestServer(Api api, Recorder<RestCall> calls) throws IOException {
    this.api = api;
    this.calls = calls;
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "local-discord-rest-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::exchange);
  }

  void start() {
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  void stop() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String method = exchange.getRequestMethod();
      String fullPath = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      Response response;
      String recordedPath = fullPath;
      String text = new String(body, StandardCharsets.UTF_8);
      if (fullPath.startsWith(ATTACHMENTS_PREFIX)) {
        response = null;
        serveAttachment(exchange, fullPath);
      } else if (!fullPath.startsWith(API_PREFIX)) {
        response = Response.error(404, 0, "404: Not Found");
      } else {
        recordedPath = fullPath.substring(API_PREFIX.length());
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        List<Multipart.Part> files = new ArrayList<>();
        DataObject json = null;
        if (Multipart.isMultipart(contentType)) {
          for (Multipart.Part part : Multipart.parse(contentType, body)) {
            if ("payload_json".equals(part.name())) {
              json = DataObject.fromJson(part.text());
              text = part.text();
            } else if (part.filename() != null) {
              files.add(part);
            }
          }
        } else if (text.startsWith("{")) {
          json = DataObject.fromJson(text);
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        RestCall call = new RestCall(method, recordedPath, query, text, 0);
        Response injected;
        if (!("Bot " + api.botToken()).equals(authorization)) {
          response = Response.error(401, 0, "401: Unauthorized");
        } else if ((injected = api.injectedFailure(call)) != null) {
          response = injected;
        } else {
          Request request = new Request(
              method, recordedPath, recordedPath.split("/"), query, json == null ? DataObject.empty() : json,
              files, text.startsWith("[") ? text : null);
          response = handleSafely(request);
        }
      }
      if (response != null) {
        // Recorded before the client sees the answer, so that what the client did next is never recorded first.
        calls.add(new RestCall(method, recordedPath, query, text, response.status()));
        send(exchange, response);
      } else {
        calls.add(new RestCall(method, recordedPath, query, text, exchange.getResponseCode()));
      }
    }
  }

  private Response handleSafely(Request request) {
    try {
      Response response = api.handle(request);
      return response != null ? response : Response.error(404, 0, "404: Not Found");
    } catch (RuntimeException e) {
      return new Response(
          500, DataObject.empty().put("message", "local discord: " + e).put("code", 0).toString(), List.of());
    }
  }

  private void serveAttachment(HttpExchange exchange, String path) throws IOException {
    String[] parts = path.substring(ATTACHMENTS_PREFIX.length()).split("/");
    LocalAttachment attachment = api.attachment(parts[0]);
    if (attachment == null) {
      send(exchange, Response.error(404, 0, "404: Not Found"));
      return;
    }
    byte[] bytes = attachment.bytes();
    exchange.getResponseHeaders().set("Content-Type", attachment.contentType());
    exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    for (String[] header : response.headers()) {
      exchange.getResponseHeaders().add(header[0], header[1]);
    }
    if (response.body() == null) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
