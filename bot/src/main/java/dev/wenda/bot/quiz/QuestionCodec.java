package dev.wenda.bot.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Questions to and from the JSON stored with a round. */
public final class QuestionCodec {
    private final ObjectMapper json = new ObjectMapper();

    public String encode(Question question) {
        try {
            return json.writeValueAsString(question);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode question " + question.entryId(), e);
        }
    }

    public Question decode(String payload) {
        try {
            return json.readValue(payload, Question.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode a stored question: " + e.getOriginalMessage(), e);
        }
    }
}
