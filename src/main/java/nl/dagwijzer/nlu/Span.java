package nl.dagwijzer.nlu;

/** An entity found at tokens {@code [from, to)} of a question. */
public record Span(int from, int to, Entity entity) {
}
