package nl.dagwijzer.discord;

import static nl.dagwijzer.discord.Replies.bool;
import static nl.dagwijzer.discord.Replies.cause;
import static nl.dagwijzer.discord.Replies.failure;
import static nl.dagwijzer.discord.Replies.followUp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import nl.dagwijzer.announce.Poster;
import nl.dagwijzer.announce.Wording;
import nl.dagwijzer.programme.ProgrammeRejectedException;
import nl.dagwijzer.programme.ProgrammeStore;
import nl.dagwijzer.programme.ValidationError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /herlaad [bestand] [aankondigen]}: reads the programme file again, or replaces it by an upload of at most
 * 1 MB. The new programme is checked whole first; on any error the moderator sees the errors and the running one
 * stays. On success the moderator sees what changed, and with {@code aankondigen:true} so does the channel.
 */
final class ReloadCommand implements SlashCommand {
  static final String NAME = "herlaad";
  static final String OPT_FILE = "bestand";
  static final String OPT_ANNOUNCE = "aankondigen";
  static final int MAX_UPLOAD_BYTES = 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(ReloadCommand.class);

  /** How long the answer waits for what follows a reload (the Discord events) before it says it is still busy. */
  static final Duration FOLLOWING_AT_MOST = Duration.ofMinutes(2);

  /** What the bot does after a successful reload whose outcome the moderator should read (Discord events). */
  @FunctionalInterface
  interface AfterReload {
    /** Completes with Dutch lines for the moderator, or an empty text. */
    CompletableFuture<String> run();

    AfterReload NOTHING = () -> CompletableFuture.completedFuture("");
  }

  private final ProgrammeStore store;
  private final Poster poster;
  private final AfterReload after;

  ReloadCommand(ProgrammeStore store, Poster poster, AfterReload after) {
    this.store = store;
    this.poster = poster;
    this.after = after;
  }

  @Override
  public SlashCommandData data() {
    return Audience.MODERATOR.shape(Commands.slash(NAME, "Laad het programma opnieuw, of vervang het door een bijlage")
        .addOptions(
            new OptionData(OptionType.ATTACHMENT, OPT_FILE, "Nieuw programme.json (hoogstens 1 MB)", false),
            new OptionData(OptionType.BOOLEAN, OPT_ANNOUNCE, "Wijzigingen ook in het aankondigingskanaal posten",
                false)));
  }

  @Override
  public Audience audience() {
    return Audience.MODERATOR;
  }

  @Override
  public void onSlashCommand(SlashCommandInteractionEvent event) {
    boolean announce = bool(event, OPT_ANNOUNCE);
    OptionMapping fileOption = event.getOption(OPT_FILE);
    InteractionHook hook = event.getHook();
    if (fileOption == null) {
      event.deferReply(true).queue(null, failure("defer /herlaad"));
      finish(hook, result(store::reload, announce, event));
      return;
    }
    Message.Attachment file = fileOption.getAsAttachment();
    if (file.getSize() > MAX_UPLOAD_BYTES) {
      Replies.replyPrivately(event, tooBig(file.getSize()));
      return;
    }
    event.deferReply(true).queue(null, failure("defer /herlaad"));
    CompletableFuture<byte[]> bytes = file.getProxy().download().thenApply(ReloadCommand::readLimited);
    bytes.whenComplete((content, error) -> {
      Outcome result;
      if (error != null) {
        LOG.warn("Downloading {} failed", file.getFileName(), cause(error));
        result = new Outcome("Het bestand kon niet worden opgehaald: " + cause(error).getMessage(), false);
      } else if (content.length > MAX_UPLOAD_BYTES) {
        result = new Outcome(tooBig(content.length), false);
      } else {
        result = result(() -> store.replace(content), announce, event);
      }
      finish(hook, result);
    });
  }

  /** What a reload said, and whether a new programme is running. */
  private record Outcome(String text, boolean loaded) {
  }

  /** Answers the moderator; after a reload with what followed it (the events), waited for a while. */
  private void finish(InteractionHook hook, Outcome outcome) {
    if (!outcome.loaded()) {
      followUp(hook, DiscordText.messages(outcome.text()));
      return;
    }
    after.run().completeOnTimeout("Discord-evenementen: nog bezig; het log zegt wanneer ze klaar zijn.",
            FOLLOWING_AT_MOST.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete((extra, error) -> {
          String more = error != null ? "Discord-evenementen: niet bijgewerkt (" + cause(error).getMessage() + ")."
              : extra;
          followUp(hook, DiscordText.messages(outcome.text() + (more.isEmpty() ? "" : "\n" + more)));
        });
  }

  private static byte[] readLimited(InputStream in) {
    try (in) {
      return in.readNBytes(MAX_UPLOAD_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tooBig(long size) {
    String megabytes = String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0)).replace('.', ',');
    return "Het bestand is te groot (" + megabytes + " MB); het mag hoogstens 1 MB zijn. Het huidige programma"
        + " blijft actief.";
  }

  private interface Load {
    ProgrammeStore.Reload load() throws ProgrammeRejectedException, IOException;
  }

  private Outcome result(Load load, boolean announce, SlashCommandInteractionEvent event) {
    ProgrammeStore.Reload reload;
    try {
      reload = load.load();
    } catch (ProgrammeRejectedException e) {
      LOG.info("Reload by {} rejected: {} errors", event.getUser().getId(), e.errors().size());
      return new Outcome(rejected(e.errors()), false);
    } catch (IOException | UncheckedIOException e) {
      LOG.error("Reload by {} failed", event.getUser().getId(), e);
      return new Outcome("Het programma kon niet worden opgeslagen: " + e.getMessage()
          + ". Het huidige programma blijft actief.", false);
    }
    LOG.info("Programme reloaded by {}", event.getUser().getId());
    String changes = Wording.changes(reload.changes());
    StringBuilder text = new StringBuilder("Het programma is geladen: ")
        .append(reload.after().sessions().size()).append(" sessies, ")
        .append(reload.after().speakers().size()).append(" sprekers.\n").append(changes);
    if (announce) {
      text.append('\n').append(announce(reload, changes));
    }
    return new Outcome(text.toString(), true);
  }

  private String announce(ProgrammeStore.Reload reload, String changes) {
    if (reload.changes().isEmpty()) {
      return "Er is niets aangekondigd: er is niets veranderd.";
    }
    if (!poster.hasDefaultChannel()) {
      return "Er is niets aangekondigd: er is geen aankondigingskanaal ingesteld.";
    }
    poster.post(Optional.empty(), changes).whenComplete((ok, error) -> {
      if (error != null) {
        LOG.error("Posting the programme changes failed", cause(error));
      }
    });
    return "De wijzigingen zijn aangekondigd in het aankondigingskanaal.";
  }

  /** The errors of a rejected programme, as many as fit in one message, then how many more there are. */
  static String rejected(List<ValidationError> errors) {
    String head = "Het programma is niet geladen; het huidige programma blijft actief. "
        + (errors.size() == 1 ? "Er is 1 fout:" : "Er zijn " + errors.size() + " fouten:");
    StringBuilder text = new StringBuilder(head);
    int shown = 0;
    for (ValidationError error : errors) {
      String line = "\n• " + DiscordText.shorten(error.format(), 400);
      int reserve = shown + 1 < errors.size() ? 30 : 0;
      if (text.length() + line.length() + reserve > DiscordText.MESSAGE_LIMIT) {
        break;
      }
      text.append(line);
      shown++;
    }
    if (shown < errors.size()) {
      int left = errors.size() - shown;
      text.append("\n… en nog ").append(left).append(left == 1 ? " fout." : " fouten.");
    }
    return DiscordText.shorten(text.toString(), DiscordText.MESSAGE_LIMIT);
  }
}
