package nl.dagwijzer.nlu;

import java.util.List;

/**
 * The words of a question as the programme would write them, before any name is looked for: English and everyday
 * words in the programme's words, words typed together or apart joined or split as its names have them, compounds,
 * parts of the day and rounds in their plain form.
 */
final class QuestionWords {
  private QuestionWords() {
  }

  /** {@code ordinary}: the words of the question language. */
  static List<String> of(List<String> typed, ForProgramme day, java.util.function.Predicate<String> ordinary) {
    // ("welke afdeling ...?" on a day with a "Kledingafdeling": which room)
    List<String> rooms = RoomWord.headAsked(typed, w -> RoomWord.head(w, day.rooms(), day.programme()));
    List<String> read = AudienceCompounds.join(EverydayWords.programme(JoinedWords.split(EnglishWords.dutch(
        BetweenTimes.plain(DoneAsAfter.plain(AgeFirst.plain(TypedSpelling.programme(rooms, day.words(),
        ordinary))))),
        day.words(), ordinary), day.words()), day.words());
    List<String> tokens = OrdinalPairs.expand(VerbNouns.nouns(PeriodCompounds.split(HeadCompounds.split(
        SplitCompounds.join(JoinedParticles.split(InfinitiveTe.join(read, day.namePairs(), day.finder()::nameWord), day.words(),
            day.namePairs()), day.words(),
            day.namePairs(), day.finder()::nameWord), day.words(), day.finder()::nameWord), day.words(), day.programme()),
        day.words(), day.finder()::nameWord, ordinary), day.namePairs());
    // ("de proefvaarrondes" a description has: the times of "Proefvaren in een Valk")
    return RoundWords.plain(SessionRounds.split(RoomWord.asked(tokens, day.finder()::numbersRooms),
        day.finder()::nameWord),
        w -> day.finder().nameWord(w) || day.words().contains(w), day.namePairs());
  }
}
