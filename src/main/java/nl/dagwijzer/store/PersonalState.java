package nl.dagwijzer.store;

/**
 * The state of version 2, each behind its own small interface: the personal programmes, the users' reminder
 * settings, the direct messages about them, the questions the bot could not answer, and its Discord events.
 */
public record PersonalState(PersonalChoices choices, ReminderSettings settings, PersonalMessages messages,
                            UnansweredLog unanswered, EventLinks events) {
}
