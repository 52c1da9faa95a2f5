package nl.dagwijzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The core knows nothing of the ways it is reached: JDA stays in discord, JDBC in store, and lower layers never call
 * upward.
 */
@DisplayName("Architecture")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class ArchitectureTest {
  private JavaClasses classes;

  @BeforeAll
  void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.dagwijzer");
  }

  @Test
  @DisplayName("the main classes are found, so the rules below check something")
  void classesAreImported() {
    // given the imported main classes
    // when
    boolean hasCore = classes.containPackage("nl.dagwijzer.answer") && classes.containPackage("nl.dagwijzer.nlu")
        && classes.containPackage("nl.dagwijzer.programme") && classes.containPackage("nl.dagwijzer.cli")
        && classes.containPackage("nl.dagwijzer.store") && classes.containPackage("nl.dagwijzer.announce")
        && classes.containPackage("nl.dagwijzer.personal");
    // then
    assertThat(hasCore).isTrue();
  }

  @Test
  @DisplayName("only the discord package depends on JDA")
  void onlyDiscordUsesJda() {
    // given
    ArchRule rule = noClasses().that().resideOutsideOfPackage("nl.dagwijzer.discord..")
        .should().dependOnClassesThat().resideInAPackage("net.dv8tion..");
    // when / then
    rule.check(classes);
  }

  @Test
  @DisplayName("only the store package uses JDBC and SQLite")
  void onlyStoreUsesJdbc() {
    // given
    ArchRule rule = noClasses().that().resideOutsideOfPackage("nl.dagwijzer.store..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..");
    // when / then
    rule.check(classes);
  }

  @Test
  @DisplayName("store depends on no other package of the bot, so any part can keep its state there")
  void storeIsTheBottom() {
    // given
    ArchRule rule = noClasses().that().resideInAPackage("nl.dagwijzer.store..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.dagwijzer.programme..", "nl.dagwijzer.nlu..",
            "nl.dagwijzer.answer..", "nl.dagwijzer.announce..", "nl.dagwijzer.cli..", "nl.dagwijzer.console..",
            "nl.dagwijzer.discord..");
    // when / then
    rule.check(classes);
  }

  @Test
  @DisplayName("announce depends on none of cli, console and discord")
  void announceDoesNotCallUp() {
    // given
    ArchRule rule = noClasses().that().resideInAPackage("nl.dagwijzer.announce..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.dagwijzer.cli..", "nl.dagwijzer.console..",
            "nl.dagwijzer.discord..");
    // when / then
    rule.check(classes);
  }

  @Test
  @DisplayName("the personal programme is core: no JDA, no JDBC, and none of cli, console and discord")
  void personalIsCore() {
    // given
    ArchRule rule = noClasses().that().resideInAPackage("nl.dagwijzer.personal..")
        .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "java.sql..", "javax.sql..",
            "org.sqlite..", "nl.dagwijzer.cli..", "nl.dagwijzer.console..", "nl.dagwijzer.discord..");
    // when / then
    rule.check(classes);
  }

  @Test
  @DisplayName("programme depends on none of nlu, answer, cli, console and discord")
  void programmeIsTheBottom() {
    // given
    ArchRule rule = noClasses().that().resideInAPackage("nl.dagwijzer.programme..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.dagwijzer.nlu..", "nl.dagwijzer.answer..",
            "nl.dagwijzer.cli..", "nl.dagwijzer.console..", "nl.dagwijzer.discord..");
    // when / then
    rule.check(classes);
  }

  @Test
  @DisplayName("nlu depends on none of answer, cli, console and discord")
  void nluDoesNotCallUp() {
    // given
    ArchRule rule = noClasses().that().resideInAPackage("nl.dagwijzer.nlu..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.dagwijzer.answer..", "nl.dagwijzer.cli..",
            "nl.dagwijzer.console..", "nl.dagwijzer.discord..");
    // when / then
    rule.check(classes);
  }

  @Test
  @DisplayName("answer depends on none of cli, console and discord")
  void answerDoesNotCallUp() {
    // given
    ArchRule rule = noClasses().that().resideInAPackage("nl.dagwijzer.answer..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.dagwijzer.cli..", "nl.dagwijzer.console..",
            "nl.dagwijzer.discord..");
    // when / then
    rule.check(classes);
  }

  @Test
  @DisplayName("importer depends on none of nlu, answer, cli, console and discord")
  void importerStandsAlone() {
    // given
    ArchRule rule = noClasses().that().resideInAPackage("nl.dagwijzer.importer..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.dagwijzer.nlu..", "nl.dagwijzer.answer..",
            "nl.dagwijzer.cli..", "nl.dagwijzer.console..", "nl.dagwijzer.discord..");
    // when / then
    rule.check(classes);
  }

  @Test
  @DisplayName("only the importer reads HTML (jsoup); only the importer and the personal programme use calendars"
      + " (ical4j)")
  void onlyImporterParsesPagesAndCalendars() {
    // given
    ArchRule pages = noClasses().that().resideOutsideOfPackage("nl.dagwijzer.importer..")
        .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..");
    ArchRule calendars = noClasses().that().resideOutsideOfPackages("nl.dagwijzer.importer..",
            "nl.dagwijzer.personal..")
        .should().dependOnClassesThat().resideInAnyPackage("net.fortuna.ical4j..");
    // when / then
    pages.check(classes);
    calendars.check(classes);
  }
}
