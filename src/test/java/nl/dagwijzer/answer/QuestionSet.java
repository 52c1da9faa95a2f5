package nl.dagwijzer.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A file of attendee questions with what each reply must (and must not) contain:
 * {@code intent<TAB>question<TAB>facts<TAB>clock}; facts separated by {@code |}, {@code !fact} must not appear,
 * {@code -} for none; a question starting with {@code + } follows up on the line before it. The first column is
 * the intent, or what the question asks ({@code time}, {@code list}, {@code yesno}, ...).
 */
public record QuestionSet(String name, List<Question> questions) {
  /** A line {@code #slice NAME} puts the questions below it in that slice (one-fact, condition, ...). */
  private static final String SLICE = "#slice ";

  public record Question(String file, int line, String slice, String intent, String text, List<String> facts,
                  List<String> forbidden, Optional<LocalTime> clock, boolean followUp) {
    @Override
    public String toString() {
      return file + ":" + line + " " + (followUp ? "+ " : "") + text;
    }
  }

  public static QuestionSet read(Path file) throws IOException {
    List<Question> questions = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String slice = "-";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(SLICE)) {
        slice = line.substring(SLICE.length()).strip();
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 4) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 4 tab-separated columns");
      }
      String text = columns[1].strip();
      boolean followUp = text.startsWith("+ ");
      List<String> facts = columns[2].strip().equals("-") ? List.of()
          : Arrays.stream(columns[2].split("\\|")).map(String::strip).filter(f -> !f.isEmpty()).toList();
      questions.add(new Question(file.getFileName().toString(), i + 1, slice, columns[0].strip(),
          followUp ? text.substring(2).strip() : text,
          facts.stream().filter(f -> !f.startsWith("!")).toList(),
          facts.stream().filter(f -> f.startsWith("!")).map(f -> f.substring(1)).toList(),
          columns[3].strip().equals("-") ? Optional.empty() : Optional.of(LocalTime.parse(columns[3].strip())),
          followUp));
    }
    return new QuestionSet(file.getFileName().toString(), questions);
  }
}
