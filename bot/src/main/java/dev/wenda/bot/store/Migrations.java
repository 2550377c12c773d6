package dev.wenda.bot.store;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The schema's migrations, named one by one, so Flyway reads exactly these files from the class
 * path instead of scanning it: in the one-jar build a scan reads every entry of the whole jar (about
 * 100 MB) at each start, the largest part of the store's time to ready. {@code MigrationsTest} fails
 * when this list and the files under {@code db/migration} disagree.
 */
final class Migrations implements ResourceProvider {
    static final String LOCATION = "db/migration";

    /** Every file under {@link #LOCATION}, in version order. */
    static final List<String> FILES = List.of(
            "V1__quiz.sql",
            "V2__skip_votes.sql",
            "V3__answer_feedback.sql",
            "V4__quiz_schedules.sql",
            "V5__daily_questions.sql",
            "V10__community_bank.sql",
            "V11__knowledge_gaps.sql",
            "V16__community_settings.sql",
            "V17__board_indexes.sql",
            "V18__board_totals.sql",
            "V19__gap_digest.sql",
            "V20__deck_accepted_answers.sql",
            "V21__community_alias.sql",
            "V22__chat_drafts.sql");

    private final List<LoadableResource> files;

    Migrations(ClassLoader loader) {
        this.files = FILES.stream()
                .<LoadableResource>map(name -> new File(loader, name))
                .toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return files.stream()
                .filter(f ->
                        f.getRelativePath().equals(name) || f.getAbsolutePath().equals(name))
                .findFirst()
                .orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return files.stream()
                .filter(f -> f.getFilename().startsWith(prefix))
                .filter(f -> Arrays.stream(suffixes).anyMatch(f.getFilename()::endsWith))
                .toList();
    }

    /** One migration file on the class path, read when Flyway needs its text. */
    private static final class File extends LoadableResource {
        private final ClassLoader loader;
        private final String name;

        File(ClassLoader loader, String name) {
            this.loader = loader;
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(getAbsolutePath());
            if (in == null) {
                throw new FlywayException("migration " + getAbsolutePath() + " is missing from the class path");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return LOCATION + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            URL url = loader.getResource(getAbsolutePath());
            return url == null ? getAbsolutePath() : url.toString();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
