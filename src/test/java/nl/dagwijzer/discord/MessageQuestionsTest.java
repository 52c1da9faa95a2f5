package nl.dagwijzer.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MessageQuestionsTest {
  private static final String LUNCH = "De lunch is van 12:30 tot 13:00.";

  @TempDir
  Path dir;

  private Harness harness;

  @BeforeEach
  void setUp() throws Exception {
    harness = new Harness(dir);
  }

  @Test
  @DisplayName("a question that mentions the bot is answered as a reply that pings nobody")
  void mention() {
    // given
    Harness.Chat chat = harness.chat("1001", "555", "algemeen", true, "<@999> wanneer is de lunch?");

    // when
    chat.send();

    // then
    assertThat(Harness.texts(chat.replies())).containsExactly(LUNCH);
    verify(chat.reply).mentionRepliedUser(false);
    verify(chat.reply).setAllowedMentions(List.of());
    MessageCreateData data = chat.replies().get(0);
    assertThat(data.getAllowedMentions()).isEmpty();
    assertThat(data.isMentionRepliedUser()).isFalse();
  }

  @Test
  @DisplayName("the nickname mention form is stripped too")
  void nicknameMention() {
    // when
    Harness.Chat chat = harness.chat("1001", "555", "algemeen", true, "wanneer is de lunch <@!999>?").send();

    // then
    assertThat(Harness.texts(chat.replies())).containsExactly(LUNCH);
  }

  @Test
  @DisplayName("a direct message is answered without a mention")
  void directMessage() {
    // when
    Harness.Chat chat = harness.chat("1001", "dm-1", "", false, "wanneer is de lunch?").send();

    // then
    assertThat(Harness.texts(chat.replies())).containsExactly(LUNCH);
  }

  @Test
  @DisplayName("every message in a Q&A channel is a question, whether the channel is named by name or id")
  void qaChannel() {
    // when
    Harness.Chat byName = harness.chat("1001", "777", "vragen", true, "wanneer is de lunch?").send();
    Harness.Chat byId = harness.chat("1002", "123", "iets-anders", true, "wanneer is de lunch?").send();

    // then
    assertThat(Harness.texts(byName.replies())).containsExactly(LUNCH);
    assertThat(Harness.texts(byId.replies())).containsExactly(LUNCH);
  }

  @Test
  @DisplayName("a message elsewhere without a mention is left alone")
  void otherChannel() {
    // when
    Harness.Chat chat = harness.chat("1001", "555", "algemeen", true, "wanneer is de lunch?").send();

    // then
    verify(chat.message, never()).reply(any(MessageCreateData.class));
  }

  @Test
  @DisplayName("the bot's own messages and other bots' messages are ignored")
  void ignoresBots() {
    // given
    Harness.Chat own = harness.chat(Harness.BOT_ID, "777", "vragen", true, "wanneer is de lunch?");
    when(own.author.isBot()).thenReturn(true);
    Harness.Chat otherBot = harness.chat("2002", "777", "vragen", true, "<@999> wanneer is de lunch?");
    when(otherBot.author.isBot()).thenReturn(true);

    // when
    own.send();
    otherBot.send();

    // then
    verify(own.message, never()).reply(any(MessageCreateData.class));
    verify(otherBot.message, never()).reply(any(MessageCreateData.class));
  }

  @Test
  @DisplayName("the context is per user and channel: a follow-up refers to the same person")
  void contextPerUserAndChannel() {
    // given
    harness.chat("1001", "777", "vragen", true, "wie is Maartje Bos?").send();

    // when
    Harness.Chat followUp = harness.chat("1001", "777", "vragen", true, "en wanneer spreekt zij?").send();
    Harness.Chat otherUser = harness.chat("1002", "777", "vragen", true, "en wanneer spreekt zij?").send();

    // then
    assertThat(Harness.texts(followUp.replies())).containsExactly("""
        Maartje Bos staat 2 keer op het programma:
        ‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (Maartje Bos) is van 10:25 tot 10:45.
        ‘Workshop Amsterdam’ (Maartje Bos) is van 11:00 tot 12:30.""");
    assertThat(Harness.texts(otherUser.replies())).doesNotContain(Harness.texts(followUp.replies()).get(0));
  }

  @Test
  @DisplayName("more than 5 questions in 30 s: one polite warning, then silence; other users are still answered")
  void floodLimit() {
    // when
    List<List<String>> replies = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      replies.add(Harness.texts(harness.chat("1001", "777", "vragen", true, "wanneer is de lunch?").send().replies()));
    }
    List<String> other = Harness.texts(harness.chat("1002", "777", "vragen", true, "wanneer is de lunch?").send()
        .replies());

    // then
    assertThat(replies).containsExactly(List.of(LUNCH), List.of(LUNCH), List.of(LUNCH), List.of(LUNCH),
        List.of(LUNCH), List.of("Even rustig aan: je stelt veel vragen kort na elkaar. Over een halve minuut help ik"
            + " je graag verder."), List.of());
    assertThat(other).containsExactly(LUNCH);
  }

  @Test
  @DisplayName("a question over 500 characters gets a short 'too long' reply")
  void tooLong() {
    // when
    Harness.Chat chat = harness.chat("1001", "777", "vragen", true, "wanneer " + "a".repeat(493) + "?").send();

    // then
    assertThat(Harness.texts(chat.replies()))
        .containsExactly("Je vraag is te lang (meer dan 500 tekens). Kun je hem korter stellen?");
  }

  @Test
  @DisplayName("a bare mention is answered with the help text")
  void bareMention() {
    // when
    Harness.Chat chat = harness.chat("1001", "555", "algemeen", true, "<@999>").send();

    // then
    assertThat(Harness.texts(chat.replies())).containsExactly("""
        Ik beantwoord vragen over het programma van Divosa Vrijdag: Coöperatief ondernemen & de P-wet: tijden, \
        sprekers, zalen, workshops en waar de onderdelen over gaan. Vraag bijvoorbeeld:
        • wanneer is de lunch?
        • wie spreekt over Breda?
        • welke workshops zijn er?
        • wat is er nu?""");
  }

  @Test
  @DisplayName("defect 3: a question is answered on the worker, not on JDA's event thread, and in the order it came")
  void answeredOffTheEventThread() {
    // given
    QueuedExecutor work = new QueuedExecutor();
    DagwijzerListener listener = harness.listenerOn(work);
    Harness.Chat first = harness.chat("1001", "555", "vragen", true, "wie is Maartje Bos?");
    Harness.Chat followUp = harness.chat("1001", "555", "vragen", true, "en wanneer spreekt zij?");

    // when the events arrive
    first.sendTo(listener);
    followUp.sendTo(listener);

    // then nothing was answered on the thread that delivered them
    assertThat(first.replies()).isEmpty();
    assertThat(work.waiting()).isEqualTo(2);

    // when the worker runs
    work.runAll();

    // then both are answered, the follow-up in the context of the first
    assertThat(Harness.texts(first.replies())).hasSize(1);
    assertThat(Harness.texts(followUp.replies())).containsExactly("""
        Maartje Bos staat 2 keer op het programma:
        ‘Hoe benadert de gemeente Amsterdam coöperatief ondernemen?’ (Maartje Bos) is van 10:25 tot 10:45.
        ‘Workshop Amsterdam’ (Maartje Bos) is van 11:00 tot 12:30.""");
  }

  @Test
  @DisplayName("defect 3: a slash command is answered on the worker too")
  void slashOffTheEventThread() {
    // given
    QueuedExecutor work = new QueuedExecutor();
    Harness.Slash slash = harness.slash("vraag", "1001").option("vraag", "wanneer is de lunch");

    // when
    slash.runOn(harness.listenerOn(work));

    // then
    assertThat(slash.sent).isEmpty();
    work.runAll();
    assertThat(slash.sent).containsExactly(LUNCH);
  }

  @Test
  @DisplayName("when the worker takes nothing more (stopping), the question is left without an error")
  void workerRefuses() {
    // given
    QueuedExecutor work = new QueuedExecutor() {
      @Override
      public void execute(Runnable command) {
        throw new java.util.concurrent.RejectedExecutionException("stopping");
      }
    };
    work.shutdown();

    // when
    Harness.Chat chat = harness.chat("1001", "555", "vragen", true, "wanneer is de lunch").sendTo(
        harness.listenerOn(work));

    // then
    assertThat(chat.replies()).isEmpty();
  }
}
