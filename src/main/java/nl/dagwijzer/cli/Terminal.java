package nl.dagwijzer.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The writers for standard output and error, made as picocli makes its defaults (the console's encoding when Java
 * reports one, else the default charset; flushed at every line), so that output is byte for byte the same whether
 * a command runs through picocli or through {@link AskShortcut}.
 */
final class Terminal {
  private Terminal() {
  }

  static PrintWriter out() {
    return writer(System.out, "sun.stdout.encoding");
  }

  static PrintWriter err() {
    return writer(System.err, "sun.stderr.encoding");
  }

  private static PrintWriter writer(PrintStream stream, String encodingProperty) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(
        System.getProperty(encodingProperty)))), true);
  }

  private static Charset charset(String name) {
    if (name == null) {
      return Charset.defaultCharset();
    }
    try {
      return Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }
}
