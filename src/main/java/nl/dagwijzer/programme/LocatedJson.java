package nl.dagwijzer.programme;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON tree that remembers where every key and value starts. Jackson's {@code JsonNode} drops locations, and the
 * organiser needs line and column for every error, so the tree is built from the streaming parser.
 */
final class LocatedJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final Pattern UNEXPECTED_CHAR = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");

  private LocatedJson() {
  }

  /** 1-based line and column, counted in characters as an editor shows them. */
  record Pos(int line, int column) {
  }

  sealed interface Node permits JObject, JArray, JString, JNumber, JBoolean, JNull {
    Pos pos();
  }

  record Member(String key, Pos keyPos, Node value) {
  }

  /** Members in file order; a repeated key keeps its first value (the repeat is reported as an error). */
  record JObject(Pos pos, Map<String, Member> members) implements Node {
  }

  record JArray(Pos pos, List<Node> items) implements Node {
  }

  record JString(Pos pos, String value) implements Node {
  }

  /** The number as written, so that {@code 90.0} and {@code 90} stay distinguishable. */
  record JNumber(Pos pos, String text, boolean integral) implements Node {
  }

  record JBoolean(Pos pos, boolean value) implements Node {
  }

  record JNull(Pos pos) implements Node {
  }

  /** A syntax or structure problem found while reading; the path is empty when it cannot be known. */
  record Problem(Pos pos, String path, String message) {
  }

  /** The root node ({@code null} when the syntax is invalid) and the problems met on the way (duplicate keys, syntax). */
  record Result(Node root, List<Problem> problems) {
  }

  static Result read(String text) {
    List<Problem> problems = new ArrayList<>();
    JsonParser parser;
    try {
      parser = FACTORY.createParser(text);
    } catch (IOException e) {
      problems.add(new Problem(new Pos(0, 0), "", "het bestand kan niet gelezen worden; probeer het opnieuw"));
      return new Result(null, problems);
    }
    try (parser) {
      JsonToken first = parser.nextToken();
      Node root = readValue(parser, first, "", problems);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        problems.add(new Problem(pos(parser.currentTokenLocation()), "",
            "na het einde van het programma staat nog meer; haal alles na de laatste } weg"));
        return new Result(null, problems);
      }
      return new Result(root, problems);
    } catch (StreamConstraintsException e) {
      // Jackson gives no location with these; where the parser stopped is where the organiser must look.
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      problems.add(new Problem(pos(at), "",
          "het bestand is te diep genest of bevat een te lange waarde (een getal of tekst); vereenvoudig de opbouw"));
      return new Result(null, problems);
    } catch (JsonProcessingException e) {
      problems.add(new Problem(pos(e.getLocation()), "", syntaxMessage(e)));
      return new Result(null, problems);
    } catch (IOException e) {
      // A String source cannot fail to read; this keeps the compiler and the "no exception escapes" promise happy.
      problems.add(new Problem(new Pos(0, 0), "", "het bestand kan niet gelezen worden; probeer het opnieuw"));
      return new Result(null, problems);
    }
  }

  private static Node readValue(JsonParser parser, JsonToken token, String path, List<Problem> problems)
      throws IOException {
    Pos pos = pos(parser.currentTokenLocation());
    switch (token) {
      case START_OBJECT: {
        Map<String, Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          Pos keyPos = pos(parser.currentTokenLocation());
          String childPath = path.isEmpty() ? key : path + "." + key;
          Node value = readValue(parser, parser.nextToken(), childPath, problems);
          if (members.containsKey(key)) {
            Pos firstPos = members.get(key).keyPos();
            problems.add(new Problem(keyPos, childPath, "veld '" + key + "' staat twee keer in hetzelfde object (eerst op regel "
                + firstPos.line() + "); laat er één staan"));
          } else {
            members.put(key, new Member(key, keyPos, value));
          }
        }
        return new JObject(pos, members);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          items.add(readValue(parser, next, path + "[" + items.size() + "]", problems));
        }
        return new JArray(pos, items);
      }
      case VALUE_STRING:
        return new JString(pos, parser.getText());
      case VALUE_NUMBER_INT:
        return new JNumber(pos, parser.getText(), true);
      case VALUE_NUMBER_FLOAT:
        return new JNumber(pos, parser.getText(), false);
      case VALUE_TRUE:
        return new JBoolean(pos, true);
      case VALUE_FALSE:
        return new JBoolean(pos, false);
      case VALUE_NULL:
        return new JNull(pos);
      default:
        // The streaming parser itself rejects every other token order, so this is only reached on a Jackson change.
        throw new IllegalStateException("Unexpected token " + token);
    }
  }

  private static Pos pos(JsonLocation location) {
    if (location == null) {
      return new Pos(0, 0);
    }
    return new Pos(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
  }

  /** Jackson's messages are English and technical; organisers get the likely cause and fix in Dutch. */
  private static String syntaxMessage(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (original.startsWith("Unexpected end-of-input")) {
      return "het bestand houdt midden in de JSON op; controleer of elke { en [ ook gesloten wordt met } en ]";
    }
    if (original.contains("was expecting comma to separate Object entries")) {
      return "ongeldige JSON: er ontbreekt een komma tussen twee velden; zet een komma achter het vorige veld";
    }
    if (original.contains("was expecting comma to separate Array entries")) {
      return "ongeldige JSON: er ontbreekt een komma tussen twee elementen van de lijst; zet een komma achter het vorige"
          + " element";
    }
    if (original.contains("was expecting a colon to separate field name and value")) {
      return "ongeldige JSON: er ontbreekt een dubbele punt na de veldnaam; schrijf \"veld\": waarde";
    }
    if (original.contains("has to be escaped using backslash")) {
      return "ongeldige JSON: tekst mag geen regeleinde of tab bevatten; sluit de tekst af met \" of schrijf \\n";
    }
    if (original.startsWith("Unrecognized character escape")) {
      return "ongeldige JSON: onbekende escape met \\ in tekst; schrijf een backslash als \\\\";
    }
    Matcher unrecognized = UNRECOGNIZED_TOKEN.matcher(original);
    if (unrecognized.find()) {
      return "ongeldige JSON: onbekend woord '" + unrecognized.group(1)
          + "'; zet tekst tussen dubbele aanhalingstekens, of schrijf true, false of null";
    }
    Matcher unexpected = UNEXPECTED_CHAR.matcher(original);
    if (unexpected.find()) {
      String c = unexpected.group(1);
      if (c.equals("/") || c.equals("#")) {
        return "ongeldige JSON: JSON kent geen commentaar; haal het commentaar weg";
      }
      if (c.equals("}") || c.equals("]")) {
        return "ongeldige JSON: onverwachte '" + c + "'; staat er een komma te veel voor?";
      }
      if (original.contains("was expecting double-quote to start field name")) {
        return "ongeldige JSON: veldnamen staan tussen dubbele aanhalingstekens, zoals \"title\"";
      }
      if (c.equals("'")) {
        return "ongeldige JSON: gebruik dubbele aanhalingstekens (\") in plaats van enkele (')";
      }
      return "ongeldige JSON: onverwacht teken '" + c + "'; controleer komma's, aanhalingstekens en haakjes";
    }
    return "ongeldige JSON op deze plek; controleer komma's, aanhalingstekens en haakjes";
  }
}
