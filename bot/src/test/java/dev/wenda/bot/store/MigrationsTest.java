package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    private final Migrations migrations = new Migrations(MigrationsTest.class.getClassLoader());

    @Test
    @DisplayName("the named migrations are exactly the files under db/migration, in version order")
    void list_matchesTheMigrationDirectory() throws Exception {
        Path dir = Path.of(Database.class.getResource("/" + Migrations.LOCATION).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> onDisk = files.map(f -> f.getFileName().toString())
                    .sorted(Comparator.comparingInt(MigrationsTest::version))
                    .toList();
            assertEquals(onDisk, Migrations.FILES, "add a new migration file to Migrations.FILES");
        }
    }

    @Test
    @DisplayName("Flyway's versioned-migration lookup gets every file, with its text; other prefixes get none")
    void resources_byPrefixAndSuffix() throws Exception {
        List<LoadableResource> versioned = List.copyOf(migrations.getResources("V", new String[] {".sql"}));
        assertEquals(
                Migrations.FILES,
                versioned.stream().map(LoadableResource::getFilename).toList());
        assertEquals(List.of(), List.copyOf(migrations.getResources("R", new String[] {".sql"})));
        assertEquals(List.of(), List.copyOf(migrations.getResources("beforeMigrate", new String[] {".sql"})));
        assertEquals(List.of(), List.copyOf(migrations.getResources("V", new String[] {".java"})));

        LoadableResource first = versioned.get(0);
        assertEquals("db/migration/V1__quiz.sql", first.getAbsolutePath());
        assertEquals("V1__quiz.sql", first.getRelativePath());
        String expected = new String(
                MigrationsTest.class
                        .getResourceAsStream("/db/migration/V1__quiz.sql")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        StringWriter read = new StringWriter();
        try (Reader reader = first.read()) {
            reader.transferTo(read);
        }
        assertEquals(expected, read.toString());
        assertEquals(first, migrations.getResource("V1__quiz.sql"));
        assertNull(migrations.getResource("V99__none.sql"));
    }

    @Test
    @DisplayName("a named file missing from the class path fails with its path, not a null pointer")
    void missingFile_failsWithItsPath() {
        ClassLoader empty = new ClassLoader(null) {};
        LoadableResource file = new Migrations(empty)
                .getResources("V1__", new String[] {".sql"})
                .iterator()
                .next();
        FlywayException e = assertThrows(FlywayException.class, file::read);
        assertEquals("migration db/migration/V1__quiz.sql is missing from the class path", e.getMessage());
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }
}
