package nl.dagwijzer.discord;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The slash commands, with Dutch names and descriptions, as registered globally on start. */
public final class SlashCommands {
  public static final String ASK = "vraag";
  public static final String PROGRAMME = "programma";
  public static final String NOW = "nu";
  public static final String NEXT = "straks";
  public static final String WORKSHOPS = "workshops";
  public static final String SPEAKER = "spreker";
  public static final String HELP = "help";
  public static final String ANNOUNCE = "aankondiging";
  public static final String ANNOUNCEMENTS = "aankondigingen";
  public static final String CANCEL = "aankondiging-intrekken";
  public static final String RELOAD = "herlaad";

  public static final String OPT_PUBLIC = "openbaar";
  public static final String OPT_QUESTION = "vraag";
  public static final String OPT_NAME = "naam";
  public static final String OPT_TEXT = "tekst";
  public static final String OPT_AT = "om";
  public static final String OPT_CHANNEL = "kanaal";
  public static final String OPT_ID = "id";
  public static final String OPT_FILE = "bestand";
  public static final String OPT_ANNOUNCE = "aankondigen";

  private SlashCommands() {
  }

  public static List<SlashCommandData> all() {
    return List.of(
        attendee(Commands.slash(ASK, "Stel een vraag over het programma van vandaag")
            .addOptions(new OptionData(OptionType.STRING, OPT_QUESTION, "Je vraag, bijvoorbeeld: wanneer is de lunch?",
                true))),
        attendee(Commands.slash(PROGRAMME, "Het hele programma van de dag")),
        attendee(Commands.slash(NOW, "Wat er nu op het programma staat")),
        attendee(Commands.slash(NEXT, "Wat er hierna komt")),
        attendee(Commands.slash(WORKSHOPS, "De workshops: wanneer, waar en door wie")),
        attendee(Commands.slash(SPEAKER, "Wie is deze spreker en wanneer spreekt die?")
            .addOptions(new OptionData(OptionType.STRING, OPT_NAME, "Naam van de spreker", true, true))),
        attendee(Commands.slash(HELP, "Wat kun je mij vragen?")),
        organiser(Commands.slash(ANNOUNCE, "Plaats een aankondiging, nu of later vandaag")
            .addOptions(
                new OptionData(OptionType.STRING, OPT_TEXT, "De tekst van de aankondiging", true)
                    .setMaxLength(DiscordText.MESSAGE_LIMIT),
                new OptionData(OptionType.STRING, OPT_AT, "Tijd vandaag (UU:MM, bijvoorbeeld 14:30); leeg = nu", false)
                    .setMaxLength(5),
                new OptionData(OptionType.CHANNEL, OPT_CHANNEL, "Kanaal; leeg = het aankondigingskanaal", false)
                    .setChannelTypes(ChannelType.TEXT, ChannelType.NEWS))),
        organiser(Commands.slash(ANNOUNCEMENTS, "Toon de geplande aankondigingen")),
        organiser(Commands.slash(CANCEL, "Trek een geplande aankondiging in")
            .addOptions(new OptionData(OptionType.STRING, OPT_ID, "Nummer van de aankondiging (zie /aankondigingen)",
                true, true))),
        Commands.slash(RELOAD, "Laad het programma opnieuw, of vervang het door een bijlage")
            .addOptions(
                new OptionData(OptionType.ATTACHMENT, OPT_FILE, "Nieuw programme.json (hoogstens 1 MB)", false),
                new OptionData(OptionType.BOOLEAN, OPT_ANNOUNCE, "Wijzigingen ook in het aankondigingskanaal posten",
                    false))
            .setContexts(InteractionContextType.GUILD)
            .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER)));
  }

  private static SlashCommandData attendee(SlashCommandData command) {
    return command
        .addOptions(new OptionData(OptionType.BOOLEAN, OPT_PUBLIC, "Laat het antwoord aan iedereen in het kanaal zien",
            false))
        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
  }

  private static SlashCommandData organiser(SlashCommandData command) {
    return command.setContexts(InteractionContextType.GUILD)
        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MESSAGE_MANAGE));
  }
}
