package nl.dagwijzer.e2e.local;

import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A file the local server serves itself at {@link #url()}: made by the test with {@link LocalDiscord#attachment}, or
 * uploaded by the bot with a message.
 */
public record LocalAttachment(String id, String filename, String contentType, byte[] bytes, String url) {
  public LocalAttachment {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public String text() {
    return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  DataObject toJson() {
    return DataObject.empty()
        .put("id", id)
        .put("filename", filename)
        .put("content_type", contentType)
        .put("size", bytes.length)
        .put("url", url)
        .put("proxy_url", url);
  }
}
