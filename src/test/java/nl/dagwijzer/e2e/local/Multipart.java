package nl.dagwijzer.e2e.local;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough {@code multipart/form-data} to read JDA's uploads: a {@code payload_json} part and file parts. */
final class Multipart {
  record Part(String name, String filename, String contentType, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

  private Multipart() {}

  static boolean isMultipart(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  static List<Part> parse(String contentType, byte[] body) {
    Matcher boundaryMatch = BOUNDARY.matcher(contentType);
    if (!boundaryMatch.find()) {
      throw new IllegalArgumentException("No boundary in " + contentType);
    }
    byte[] delimiter = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.US_ASCII);
    List<Part> parts = new ArrayList<>();
    int start = indexOf(body, delimiter, 0);
    while (start >= 0) {
      int headersStart = start + delimiter.length;
      if (headersStart + 1 < body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
        break; // closing delimiter
      }
      headersStart += 2; // CRLF after the delimiter
      int next = indexOf(body, delimiter, headersStart);
      if (next < 0) {
        break;
      }
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), headersStart);
      String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next - 2); // CRLF before the next delimiter
      parts.add(new Part(find(NAME, headers), find(FILENAME, headers), contentTypeOf(headers), content));
      start = next;
    }
    return parts;
  }

  private static String contentTypeOf(String headers) {
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
        return line.substring("content-type:".length()).trim();
      }
    }
    return "application/octet-stream";
  }

  private static String find(Pattern pattern, String headers) {
    Matcher matcher = pattern.matcher(headers);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
