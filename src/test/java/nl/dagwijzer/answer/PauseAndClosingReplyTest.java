package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on a break inside a session its description gives ("Pauze na ronde 3", "Geen pauze; het concert duurt
 * 60 minuten"), not the day's breaks around it; and the time left until the day itself closes when its text says it
 * is open until an hour before the programme ends. Asked at the time given. Line breaks " / ".
 */
@DisplayName("A break inside a session, and the time left until the day closes")
final class PauseAndClosingReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{2}\" on {1} at {0}")
  @CsvSource(delimiter = '|', value = {
      "11:10 | tune51-spellenfestival.json | is er een pauze tijdens de quiz | Ja, uit de beschrijving van"
          + " ‘Spellenquiz’: Pauze na ronde 3.",
      "11:10 | tune55-kamermuziekfestival.json | is er een pauze bij het strijkkwartet | Nee, uit de beschrijving van"
          + " ‘Strijkkwartetten van Haydn en Ravel’: Geen pauze; het concert duurt 60 minuten.",
      "11:10 | tune45-dansschool.json | is er een pauze in de voorstelling | Ja, uit de beschrijving van ‘Opening"
          + " middagvoorstelling’: De middagvoorstelling duurt van 14:00 tot 16:15, met een pauze van 25 minuten.",
      "15:20 | tune54-postzegelbeurs.json | hoeveel tijd heb ik nog voordat de beurs dichtgaat | Nog 40 minuten, tot"
          + " 16:00. Uit de beschrijving van de dag: De beurs is open van 09:30 tot 16:00; na sluiting houdt de"
          + " vereniging haar algemene ledenvergadering."})
  @DisplayName("the session's own sentence, or the day's own closing")
  void answers(String time, String programme, String question, String expected) {
    // given the programme at the time, when
    String reply = replyAt(LocalTime.parse(time), programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }

  @Test
  @DisplayName("a day's hours with a minute no clock has are no hours: the day is judged as without them")
  void impossibleHours(@TempDir Path folder) throws IOException {
    // given the castle's festival whose text says it is open from "10:75"
    Path programme = changedCopy(folder, "tune59-ridderfeest.json", "open van 10:00 tot 17:00",
        "open van 10:75 tot 17:00");
    // when
    String reply = replyAt(LocalTime.of(11, 10), programme, "is de markt de hele dag open");
    // then
    assertThat(reply).isEqualTo("Nee, ‘Middeleeuwse markt’ is van 10:00 tot 17:00; het programma loopt van 10:00 tot"
        + " 22:30.");
  }
}
