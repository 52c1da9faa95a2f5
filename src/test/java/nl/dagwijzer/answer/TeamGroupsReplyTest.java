package nl.dagwijzer.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole replies on a day whose attendees are split into teams named in the titles ("Zeilen (team Rood)"): a team is
 * a group like "groep A", so its sessions leave the other teams' out; a role's holder for a team ("teamcaptain team
 * Groen") is found by the team, though the holder speaks at none of its sessions, and such holders are counted and
 * listed with their organisation ("wie werken er bij brandsma?").
 * Line breaks " / ".
 */
@DisplayName("Teams as groups of attendees")
final class TeamGroupsReplyTest extends WholeReplyTest {
  @ParameterizedTest(name = "\"{1}\" on {0}")
  @CsvSource(delimiter = '|', value = {
      "tune43-teamdag.json | wat doet team rood vandaag | Voor team rood: / • ‘Zeilen (team Rood)’ (Bas van Leeuwen),"
          + " in Steiger 2, 10:00–11:00 / • ‘Boogschieten (team Rood)’ (Ilse de Haan), in Handboogbaan, 11:15–12:15 /"
          + " • ‘Kookworkshop (team Rood)’ (Karin van 't Zand), in Kookstudio, 13:15–14:15 / • ‘Escape room (team"
          + " Rood)’ (Tom Visser, 50 minuten), in Escape room De Kluis, 14:30–15:30",
      "tune43-teamdag.json | wat doet team groen direct na het boogschieten | Na ‘Boogschieten (team Groen)’ voor"
          + " team groen: ‘Kookworkshop (team Groen)’ (Karin van 't Zand), in Kookstudio, 14:30–15:30.",
      "tune43-teamdag.json | wie is de captain van team groen | Eline van der Wal is teamcaptain team Groen bij"
          + " Brandsma & Partners.",
      "tune43-teamdag.json | hoeveel teamcaptains zijn er | Daarbij staan 4 sprekers: Sander de Vries, Fatima El"
          + " Amrani, Koen Hendriks en Eline van der Wal.",
      "tune43-teamdag.json | wie werken er bij brandsma | Op het programma staan: / • Marijke ten Cate (algemeen"
          + " directeur, Brandsma & Partners) / • Rob ter Horst (financieel directeur, Brandsma & Partners) / • Joyce"
          + " van den Berg (HR-adviseur en organisator van de teamdag, Brandsma & Partners) / • Sander de Vries"
          + " (teamcaptain team Rood, Brandsma & Partners) / • Fatima El Amrani (teamcaptain team Blauw, Brandsma &"
          + " Partners) / • Koen Hendriks (teamcaptain team Geel, Brandsma & Partners) / • Eline van der Wal"
          + " (teamcaptain team Groen, Brandsma & Partners)"})
  @DisplayName("keep to the team asked")
  void answers(String programme, String question, String expected) {
    // given the programme, when
    String reply = replyOn(programme, question);
    // then
    assertThat(reply).isEqualTo(expected);
  }
}
