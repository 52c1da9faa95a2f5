package nl.dagwijzer.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A web page's text structure (headings, paragraphs, list items, table rows) as source lines, read with jsoup.
 * Navigation, footers, scripts and styles are left out; line numbers are those of the HTML source.
 */
final class HtmlLines {
  private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "footer", "aside", "form", "noscript",
      "template", "svg", "iframe", "button", "select", "head");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "li", "ul",
      "ol", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr",
      "caption", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "hr", "body");

  /** The page: its lines, the text of its {@code <title>}, and the site name it declares, if any. */
  record Page(List<SourceLine> lines, String title, String siteName) {
  }

  private final List<SourceLine> lines = new ArrayList<>();
  private final StringBuilder buffer = new StringBuilder();
  private int bufferLine = -1;
  private int itemDepth;
  private boolean itemStarted;

  private HtmlLines() {
  }

  static Page read(String html) {
    Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    Element main = document.selectFirst("main, [role=main], article");
    Element root = main != null ? main : document.body();
    HtmlLines reader = new HtmlLines();
    if (main == null) {
      // Without a <main>, the page title usually sits in a <header>, which must then be kept.
      root.select("nav, footer, aside").remove();
    }
    reader.walk(root, SourceLine.Style.PARAGRAPH, 0);
    reader.flush(SourceLine.Style.PARAGRAPH, 0);
    Element site = document.selectFirst("meta[property=og:site_name]");
    return new Page(List.copyOf(reader.lines), Typography.plain(document.title()),
        site == null ? null : Typography.plain(site.attr("content")));
  }

  private void walk(Node node, SourceLine.Style style, int level) {
    if (node instanceof TextNode text) {
      if (!text.isBlank()) {
        if (bufferLine < 0 && lineOf(text) > 0) {
          // The node starts where its leading white space does, often on the line before the words.
          String whole = text.getWholeText();
          int leading = whole.length() - whole.stripLeading().length();
          bufferLine = lineOf(text) + (int) whole.substring(0, leading).chars().filter(c -> c == '\n').count();
        }
        buffer.append(text.text());
      }
      return;
    }
    if (!(node instanceof Element element)) {
      return;
    }
    String tag = element.normalName();
    if (SKIPPED.contains(tag)) {
      return;
    }
    if (tag.equals("br")) {
      flush(style, level);
      return;
    }
    if (tag.equals("td") || tag.equals("th")) {
      buffer.append(" | ");
      children(element, style, level);
      return;
    }
    if (!BLOCKS.contains(tag)) {
      children(element, style, level);
      return;
    }
    flush(style, level);
    SourceLine.Style inner = style;
    int innerLevel = level;
    if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
      inner = SourceLine.Style.HEADING;
      innerLevel = tag.charAt(1) - '0';
    } else if (tag.equals("li") || tag.equals("dd")) {
      inner = SourceLine.Style.BULLET;
      itemDepth++;
      itemStarted = false;
    }
    if (bufferLine < 0 && inner != style) {
      bufferLine = lineOf(element);
    }
    children(element, inner, innerLevel);
    flush(inner, innerLevel);
    if (tag.equals("li") || tag.equals("dd")) {
      itemDepth--;
      itemStarted = false;
    }
  }

  private void children(Element element, SourceLine.Style style, int level) {
    for (Node child : element.childNodes()) {
      walk(child, style, level);
    }
  }

  private void flush(SourceLine.Style style, int level) {
    String text = Typography.plain(buffer.toString()).replaceAll("^\\|\\s*", "").replaceAll("\\s*\\|$", "");
    if (!text.isEmpty()) {
      SourceLine.Style actual = style;
      if (style == SourceLine.Style.BULLET || itemDepth > 0 && style != SourceLine.Style.HEADING) {
        actual = itemStarted ? SourceLine.Style.CONTINUATION : SourceLine.Style.BULLET;
        itemStarted = true;
      }
      lines.add(new SourceLine(Math.max(bufferLine, 1), text, actual, actual == SourceLine.Style.HEADING ? level : 0,
          true));
    }
    buffer.setLength(0);
    bufferLine = -1;
  }

  private static int lineOf(Node node) {
    return node.sourceRange().isTracked() ? node.sourceRange().start().lineNumber() : -1;
  }
}
