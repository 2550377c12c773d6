package dev.wenda.search;

/**
 * A text's embedding and its content tokens' vectors, from one forward pass of the model.
 *
 * @param vector the unit-length embedding of the whole text
 * @param tokens the token vectors; empty when the model does not provide them
 */
public record Embedded(float[] vector, TokenVectors tokens) {}
