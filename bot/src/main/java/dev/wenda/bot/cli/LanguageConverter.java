package dev.wenda.bot.cli;

import dev.wenda.bot.chat.Messages;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads a {@code --lang} value ({@code zh} or {@code en}) as the catalogue of that language; any
 * other value is a usage error naming it.
 */
public final class LanguageConverter implements ITypeConverter<Messages> {
    @Override
    public Messages convert(String value) {
        return Messages.forLanguage(value);
    }
}
