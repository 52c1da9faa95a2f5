package nl.dagwijzer.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import nl.dagwijzer.answer.Overview;
import nl.dagwijzer.answer.Reply;

/**
 * Turns text into Discord messages that fit Discord's limits and cannot ping anyone: every message allows no
 * mentions at all, and mention syntax in user or programme text ({@code @everyone}, {@code @here},
 * {@code <@id>}, {@code <@&id>}) is broken up with a zero-width space so it also does not render as a mention.
 */
public final class DiscordText {
  public static final int MESSAGE_LIMIT = 2000;
  public static final int TITLE_LIMIT = MessageEmbed.TITLE_MAX_LENGTH;
  public static final int FIELD_NAME_LIMIT = 256;
  public static final int FIELD_VALUE_LIMIT = MessageEmbed.VALUE_MAX_LENGTH;
  public static final int FIELD_COUNT_LIMIT = MessageEmbed.MAX_FIELD_AMOUNT;
  public static final int EMBED_LIMIT = MessageEmbed.EMBED_MAX_LENGTH_BOT;
  /** A reply is one message and at most one continuation. */
  public static final int MAX_REPLY_MESSAGES = 2;
  /** An announcement (up to 6,000 characters from the slash command) with its late note fits in four. */
  public static final int MAX_POST_MESSAGES = 4;
  private static final int SUMMARY_ROOM = 120;
  static final String ELLIPSIS = "…";
  private static final String ZWSP = "\u200B";
  private static final Pattern USER_OR_ROLE = Pattern.compile("<@([!&]?)(\\d+)>");
  private static final Pattern EVERYONE_OR_HERE = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);

  private DiscordText() {
  }

  /** Mention syntax broken up so Discord neither pings nor shows a mention. */
  public static String neutralise(String text) {
    String result = USER_OR_ROLE.matcher(text).replaceAll("<@" + ZWSP + "$1$2>");
    return EVERYONE_OR_HERE.matcher(result).replaceAll("@" + ZWSP + "$1");
  }

  /** {@code text} cut to at most {@code max} characters, ending in "…" when cut. */
  public static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - ELLIPSIS.length();
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, Math.max(end, 0)) + ELLIPSIS;
  }

  /**
   * Splits {@code text} into parts of at most {@code limit} characters, between lines where possible, else between
   * words, else anywhere.
   */
  public static List<String> split(String text, int limit) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String rest = line;
      while (rest.length() > limit) {
        flush(current, parts);
        int cut = rest.lastIndexOf(' ', limit);
        if (cut <= 0) {
          cut = limit;
          if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
            cut--;
          }
        }
        parts.add(rest.substring(0, cut));
        rest = rest.substring(cut).stripLeading();
      }
      int extra = current.length() == 0 ? rest.length() : rest.length() + 1;
      if (current.length() + extra > limit) {
        flush(current, parts);
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(rest);
    }
    flush(current, parts);
    List<String> nonEmpty = parts.stream().filter(p -> !p.isBlank()).toList();
    return nonEmpty.isEmpty() ? List.of(ZWSP) : nonEmpty;
  }

  private static void flush(StringBuilder current, List<String> parts) {
    if (current.length() > 0) {
      parts.add(current.toString().strip());
      current.setLength(0);
    }
  }

  /**
   * A reply as messages that ping nobody: one message, and at most one continuation; what does not fit in those two
   * is left out and summed up at the end ("… en nog 990 regels"), so no question makes the bot post a flood.
   */
  public static List<MessageCreateData> messages(String text) {
    return capped(neutralise(text), MAX_REPLY_MESSAGES, "; stel een preciezere vraag voor de rest.").stream().map(DiscordText::message).toList();
  }

  /** An announcement, reminder or list of changes as messages: like a reply, but up to {@link #MAX_POST_MESSAGES}. */
  public static List<String> posts(String text) {
    return capped(neutralise(text), MAX_POST_MESSAGES, ".");
  }

  /**
   * {@code text} in at most {@code max} parts of at most {@link #MESSAGE_LIMIT} characters. When it does not fit, the
   * last part ends with a summary of what was left out, and {@code hint}. Only the first {@code max + 1} messages' worth of text is
   * ever split, so a huge text costs no more than a long one.
   */
  static List<String> capped(String text, int max, String hint) {
    int room = max * MESSAGE_LIMIT;
    boolean huge = text.length() > room + MESSAGE_LIMIT;
    List<String> parts = split(huge ? safeCut(text, room + MESSAGE_LIMIT) : text, MESSAGE_LIMIT);
    if (!huge && parts.size() <= max) {
      return parts;
    }
    List<String> kept = new ArrayList<>(parts.subList(0, max));
    String last = shorten(kept.get(max - 1), MESSAGE_LIMIT - SUMMARY_ROOM);
    int lineEnd = last.lastIndexOf('\n');
    if (last.length() < kept.get(max - 1).length() && lineEnd > last.length() / 2) {
      last = last.substring(0, lineEnd); // end at a whole line rather than in the middle of one
    }
    kept.set(max - 1, last);
    long left = nonBlankLines(text) - kept.stream().mapToLong(DiscordText::nonBlankLines).sum();
    String summary = left > 0
        ? "… en nog " + left + (left == 1 ? " regel" : " regels") + " die hier niet passen" + hint
        : "… (ingekort: het geheel past niet in " + max + " berichten)" + hint;
    kept.set(max - 1, last + "\n" + summary);
    return kept;
  }

  private static long nonBlankLines(String text) {
    long lines = 0;
    boolean content = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        lines += content ? 1 : 0;
        content = false;
      } else if (!Character.isWhitespace(ch)) {
        content = true;
      }
    }
    return lines + (content ? 1 : 0);
  }

  private static String safeCut(String text, int length) {
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }

  /** A core reply as messages: an overview as one embed (one field per slot), anything else as text. */
  public static List<MessageCreateData> messages(Reply reply) {
    if (reply.overview().isPresent() && !reply.overview().get().entries().isEmpty()) {
      return List.of(new MessageCreateBuilder().setEmbeds(embed(reply.overview().get())).setAllowedMentions(List.of())
          .mentionRepliedUser(false).build());
    }
    return messages(reply.text());
  }

  static MessageCreateData message(String content) {
    return new MessageCreateBuilder().setContent(content).setAllowedMentions(List.of()).mentionRepliedUser(false)
        .build();
  }

  /** An overview as an embed within every embed limit: long parts are shortened with "…", extra slots summed up. */
  public static MessageEmbed embed(Overview overview) {
    String title = shorten(neutralise(blankSafe(overview.title())), TITLE_LIMIT);
    List<String[]> fields = new ArrayList<>();
    for (Overview.Entry entry : overview.entries()) {
      fields.add(new String[] {
          shorten(neutralise(blankSafe(entry.heading())), FIELD_NAME_LIMIT),
          shorten(neutralise(blankSafe(entry.body())), FIELD_VALUE_LIMIT)});
    }
    int total = overview.entries().size();
    if (fields.size() > FIELD_COUNT_LIMIT) {
      fields = new ArrayList<>(fields.subList(0, FIELD_COUNT_LIMIT - 1));
    }
    while (length(title, fields) > EMBED_LIMIT || (fields.size() < total && length(title, fields) + 40 > EMBED_LIMIT)) {
      fields.remove(fields.size() - 1);
    }
    EmbedBuilder embed = new EmbedBuilder().setTitle(title);
    for (String[] field : fields) {
      embed.addField(field[0], field[1], false);
    }
    if (fields.size() < total) {
      int left = total - fields.size();
      embed.addField(ELLIPSIS, "en nog " + left + (left == 1 ? " onderdeel" : " onderdelen"), false);
    }
    return embed.build();
  }

  private static int length(String title, List<String[]> fields) {
    return title.length() + fields.stream().mapToInt(f -> f[0].length() + f[1].length()).sum();
  }

  private static String blankSafe(String text) {
    return text == null || text.isBlank() ? ZWSP : text;
  }
}
