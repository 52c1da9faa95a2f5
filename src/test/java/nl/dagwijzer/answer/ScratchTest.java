package nl.dagwijzer.answer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.dagwijzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

final class ScratchTest {
  @Test
  void show() throws Exception {
    var u = Fixtures.understander();
    for (String line : java.nio.file.Files.readAllLines(Path.of("/work/scratch/ask.txt"))) {
      if (line.isBlank()) continue;
      String[] p = line.split("\\|");
      var store = Fixtures.store(Path.of(p[0].strip()));
      LocalDate day = store.current().event().date().orElse(LocalDate.of(2026, 11, 27));
      var a = Fixtures.assistant(store, u, Fixtures.clockAt(day, LocalTime.parse(p[1].strip())));
      String conv = "s";
      for (int i = 2; i < p.length; i++) {
        Reply r = a.ask(conv, p[i].strip());
        System.out.println("Q " + p[i].strip() + "\n  " + r.understanding().query() + "\n  => " + r.text().replace("\n", " / "));
      }
    }
  }
}
