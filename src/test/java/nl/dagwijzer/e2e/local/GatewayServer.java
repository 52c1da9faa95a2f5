package nl.dagwijzer.e2e.local;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway side: one session at a time (one shard). Every dispatch gets the next sequence number and is kept, so a
 * RESUME can replay what the client missed while it was disconnected.
 */
final class GatewayServer extends WebSocketServer {
  private static final int HEARTBEAT_INTERVAL_MS = 41_250;

  private final Supplier<DataObject> ready;
  private final Supplier<List<DataObject>> guildCreates;
  private final Supplier<DataObject> membersChunk;
  private final Recorder<String> log;
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile Exception startFailure;

  // Guarded by this.
  private String sessionId;
  private int sequence;
  private final List<String> dispatched = new ArrayList<>();
  private WebSocket live;

  GatewayServer(
      Supplier<DataObject> ready,
      Supplier<List<DataObject>> guildCreates,
      Supplier<DataObject> membersChunk,
      Recorder<String> log) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.ready = ready;
    this.guildCreates = guildCreates;
    this.membersChunk = membersChunk;
    this.log = log;
    setConnectionLostTimeout(0); // JDA heartbeats on its own schedule; no server pings
    setReuseAddr(true);
    setDaemon(true);
  }

  void startAndWait() {
    start();
    try {
      if (!started.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Gateway did not start within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (startFailure != null) {
      throw new IllegalStateException("Gateway failed to start", startFailure);
    }
  }

  /** Sends (or, while no client is connected, keeps for the next RESUME) an event. */
  synchronized void dispatch(String type, DataObject data) {
    if (sessionId == null) {
      throw new IllegalStateException("No gateway session yet: the bot has not identified");
    }
    String frame = frame(type, data);
    if (live != null) {
      try {
        live.send(frame);
      } catch (WebsocketNotConnectedException e) {
        // the client is closing this connection: the frame is kept for its RESUME, as on Discord
      }
    }
  }

  /** Closes the TCP connection without a close frame, as a network failure would. */
  void dropConnection() {
    WebSocket connection = detach();
    connection.closeConnection(1006, "dropped by test");
  }

  /** Closes the connection with a close frame carrying {@code code}. */
  void closeConnection(int code) {
    WebSocket connection = detach();
    connection.close(code, "closed by test");
  }

  /** Sends op 7 RECONNECT: the client should reconnect and resume. */
  void requestReconnect() {
    WebSocket connection = detach();
    connection.send(DataObject.empty().put("op", 7).put("d", null).toString());
  }

  /** Stops at once: a connection still in its closing handshake would otherwise hold {@code stop} up to its timeout. */
  void shutdown() throws InterruptedException {
    for (WebSocket connection : getConnections()) {
      connection.closeConnection(1001, "local discord stopped");
    }
    stop(2000);
  }

  synchronized boolean connected() {
    return live != null;
  }

  private synchronized WebSocket detach() {
    if (live == null) {
      throw new IllegalStateException("No gateway connection to close");
    }
    WebSocket connection = live;
    live = null; // from now on dispatches wait for the RESUME
    return connection;
  }

  // Guarded by this.
  private String frame(String type, DataObject data) {
    sequence++;
    String frame = DataObject.empty().put("op", 0).put("t", type).put("s", sequence).put("d", data).toString();
    dispatched.add(frame);
    return frame;
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket connection, ClientHandshake handshake) {
    log.add("OPEN " + handshake.getResourceDescriptor());
    connection.send(DataObject.empty()
        .put("op", 10)
        .put("d", DataObject.empty().put("heartbeat_interval", HEARTBEAT_INTERVAL_MS))
        .toString());
  }

  @Override
  public void onMessage(WebSocket connection, String message) {
    DataObject payload = DataObject.fromJson(message);
    switch (payload.getInt("op")) {
      case 1 -> connection.send("{\"op\":11}");
      case 2 -> identify(connection);
      case 6 -> resume(connection, payload.getObject("d"));
      case 8 -> chunkMembers(connection);
      default -> { } // presence (3), voice (4) and the rest need no answer here
    }
  }

  private void identify(WebSocket connection) {
    synchronized (this) {
      sessionId = UUID.randomUUID().toString().replace("-", "");
      sequence = 0;
      dispatched.clear();
      live = connection;
      connection.send(frame("READY", ready.get().put("session_id", sessionId)));
      for (DataObject guild : guildCreates.get()) {
        connection.send(frame("GUILD_CREATE", guild));
      }
    }
    log.add("IDENTIFY");
  }

  private void resume(WebSocket connection, DataObject resume) {
    synchronized (this) {
      if (sessionId == null || !sessionId.equals(resume.getString("session_id", ""))) {
        connection.send("{\"op\":9,\"d\":false}");
        log.add("RESUME REJECTED");
        return;
      }
      long clientSequence = resume.getLong("seq", 0);
      for (int i = (int) clientSequence; i < dispatched.size(); i++) {
        connection.send(dispatched.get(i)); // dispatched.get(i) has s = i + 1
      }
      live = connection;
      connection.send(frame("RESUMED", DataObject.empty()));
    }
    log.add("RESUME");
  }

  private void chunkMembers(WebSocket connection) {
    synchronized (this) {
      if (live == connection) {
        connection.send(frame("GUILD_MEMBERS_CHUNK", membersChunk.get()));
      }
    }
  }

  @Override
  public void onClose(WebSocket connection, int code, String reason, boolean remote) {
    synchronized (this) {
      if (live == connection) {
        live = null;
      }
    }
    log.add("CLOSE " + code);
  }

  @Override
  public void onError(WebSocket connection, Exception error) {
    if (connection == null) {
      startFailure = error;
      started.countDown();
    }
  }

  static DataArray array(List<DataObject> items) {
    DataArray array = DataArray.empty();
    items.forEach(array::add);
    return array;
  }
}
