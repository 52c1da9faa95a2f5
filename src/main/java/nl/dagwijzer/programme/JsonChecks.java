package nl.dagwijzer.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dagwijzer.programme.LocatedJson.JArray;
import nl.dagwijzer.programme.LocatedJson.JBoolean;
import nl.dagwijzer.programme.LocatedJson.JNull;
import nl.dagwijzer.programme.LocatedJson.JNumber;
import nl.dagwijzer.programme.LocatedJson.JObject;
import nl.dagwijzer.programme.LocatedJson.JString;
import nl.dagwijzer.programme.LocatedJson.Member;
import nl.dagwijzer.programme.LocatedJson.Node;
import nl.dagwijzer.programme.LocatedJson.Pos;

/**
 * The field-level checks every part of the programme format shares: known fields, types, required and optional
 * texts and lists. Each problem is collected with its position; a check that fails returns {@code null} (or an
 * empty value) so that validation goes on and the organiser sees every error at once.
 */
final class JsonChecks {
  /** "Bedoel je" suggestions cost a scan of the candidates each; a file with thousands of bad ids gets them early. */
  private static final int SUGGESTION_BUDGET = 20;

  private final String file;
  private final List<ValidationError> errors = new ArrayList<>();
  private int suggestionsLeft = SUGGESTION_BUDGET;

  JsonChecks(String file) {
    this.file = file;
  }

  List<ValidationError> errors() {
    return errors;
  }

  void error(Pos pos, String path, String message) {
    errors.add(new ValidationError(file, pos.line(), pos.column(), path, message));
  }

  /** Whether a "bedoel je" suggestion may still be computed for this file. */
  boolean maySuggest() {
    return suggestionsLeft-- > 0;
  }

  void checkFields(JObject node, String path, List<String> allowed) {
    for (Member member : node.members().values()) {
      if (allowed.contains(member.key())) {
        continue;
      }
      String hint = Suggestions.closest(member.key(), allowed).map(s -> "bedoel je '" + s + "'?")
          .orElse("toegestaan zijn: " + String.join(", ", allowed));
      error(member.keyPos(), child(path, member.key()), "onbekend veld '" + member.key() + "'; " + hint);
    }
  }

  /** The object under {@code key}, reporting a missing required one or a wrong type. */
  Optional<JObject> object(JObject node, String path, String key, boolean required) {
    Member member = member(node, path, key, required);
    if (member == null) {
      return Optional.empty();
    }
    if (member.value() instanceof JObject object) {
      return Optional.of(object);
    }
    typeError(member.value(), child(path, key), "een object { ... }", !required);
    return Optional.empty();
  }

  /** The elements of the list under {@code key}; an element that is not an object is reported and given as null. */
  List<JObject> objects(JObject node, String key, boolean required) {
    Member member = member(node, "", key, required);
    if (member == null) {
      return List.of();
    }
    if (!(member.value() instanceof JArray array)) {
      typeError(member.value(), key, "een lijst [ ... ] met objecten", !required);
      return List.of();
    }
    List<JObject> objects = new ArrayList<>();
    for (int i = 0; i < array.items().size(); i++) {
      Node item = array.items().get(i);
      if (item instanceof JObject object) {
        objects.add(object);
      } else {
        typeError(item, key + "[" + i + "]", "een object { ... }", false);
        objects.add(null);
      }
    }
    return objects;
  }

  Member member(JObject node, String path, String key, boolean required) {
    Member member = node.members().get(key);
    if (member == null && required) {
      error(node.pos(), path, "verplicht veld '" + key + "' ontbreekt; voeg \"" + key + "\" toe");
    }
    return member;
  }

  /** Visible text, or {@code null} after reporting why not. */
  String requiredText(JObject node, String path, String key) {
    Member member = member(node, path, key, true);
    if (member == null) {
      return null;
    }
    if (!(member.value() instanceof JString text)) {
      typeError(member.value(), child(path, key), "tekst tussen dubbele aanhalingstekens", false);
      return null;
    }
    return visible(text, child(path, key), "vul een tekst in");
  }

  /** Text or "" when absent; a wrong type is reported and also gives "" so checking can go on. */
  String optionalText(JObject node, String path, String key) {
    Member member = node.members().get(key);
    if (member == null) {
      return "";
    }
    if (member.value() instanceof JString text) {
      if (text.value().isEmpty()) {
        return "";
      }
      String checked = visible(text, child(path, key), "vul een tekst in of laat het veld weg");
      return checked == null ? "" : checked;
    }
    typeError(member.value(), child(path, key), "tekst tussen dubbele aanhalingstekens", true);
    return "";
  }

  /** Text, or empty when absent or null; {@code null} after reporting a wrong type or invisible text. */
  Optional<String> nullableText(JObject node, String path, String key, String expected) {
    Member member = node.members().get(key);
    if (member == null || member.value() instanceof JNull) {
      return Optional.empty();
    }
    if (!(member.value() instanceof JString text)) {
      typeError(member.value(), child(path, key), expected, false);
      return null;
    }
    String checked = visible(text, child(path, key), "vul een tekst in of schrijf null");
    return checked == null ? null : Optional.of(checked);
  }

  /** A list of visible texts, empty when absent, {@code null} after reporting a problem. */
  List<String> optionalTextList(JObject node, String path, String key) {
    Member member = node.members().get(key);
    if (member == null) {
      return List.of();
    }
    String fieldPath = child(path, key);
    if (!(member.value() instanceof JArray array)) {
      typeError(member.value(), fieldPath, "een lijst [ ... ] met teksten", true);
      return null;
    }
    List<String> texts = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < array.items().size(); i++) {
      Node item = array.items().get(i);
      String itemPath = fieldPath + "[" + i + "]";
      if (!(item instanceof JString text)) {
        typeError(item, itemPath, "tekst tussen dubbele aanhalingstekens", false);
        ok = false;
        continue;
      }
      String checked = visible(text, itemPath, "vul een tekst in of haal dit element weg");
      if (checked == null) {
        ok = false;
      } else {
        texts.add(checked);
      }
    }
    return ok ? texts : null;
  }

  /**
   * The text when a reader would see it; {@code null} after reporting text that is empty, only spaces or invisible
   * characters (a no-break space or zero-width space looks like a name in the file but gives replies such as "De  is
   * van 10:45"), or that holds control or direction characters, which turn replies around or garble them.
   */
  String visible(JString text, String path, String advice) {
    String value = text.value();
    if (VisibleText.isEmpty(value)) {
      error(text.pos(), path, (value.isEmpty() ? "mag niet leeg zijn" : "bevat alleen spaties of onzichtbare tekens")
          + "; " + advice);
      return null;
    }
    Optional<String> hidden = VisibleText.hiddenCharacter(value);
    if (hidden.isPresent()) {
      error(text.pos(), path, "bevat het onzichtbare teken " + hidden.get() + "; haal het weg");
      return null;
    }
    return value;
  }

  void typeError(Node actual, String path, String expected, boolean optional) {
    String advice = optional && actual instanceof JNull ? "; laat het veld weg als er niets in hoeft" : "";
    error(actual.pos(), path, "verwacht " + expected + ", maar hier staat " + describe(actual) + advice);
  }

  static String describe(Node node) {
    if (node instanceof JObject) {
      return "een object { ... }";
    } else if (node instanceof JArray) {
      return "een lijst [ ... ]";
    } else if (node instanceof JString) {
      return "tekst";
    } else if (node instanceof JNumber number) {
      return "het getal " + number.text();
    } else if (node instanceof JBoolean bool) {
      return bool.value() ? "true" : "false";
    }
    return "null";
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
