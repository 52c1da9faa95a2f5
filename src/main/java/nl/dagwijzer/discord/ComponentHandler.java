package nl.dagwijzer.discord;

import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;

/**
 * Handles the components (select menus) a command put under its messages. The {@link CommandRouter} hands it every
 * interaction whose component id starts with {@link #prefix()} and a colon; it runs on the answering worker.
 */
interface ComponentHandler {
  String prefix();

  void onStringSelect(StringSelectInteractionEvent event);
}
