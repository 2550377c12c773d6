package dev.wenda.content;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Loads a bank from the bundled resources or a folder: read, parse, merge, tag, link, hash. */
final class BankLoader {
    private final FileReader reader;
    private final Tagger tagger;

    BankLoader(FileReader reader, Tagger tagger) {
        this.reader = reader;
        this.tagger = tagger;
    }

    static BankLoader standard() {
        return new BankLoader(FileReader.FILES, Tagger.bundled());
    }

    LoadReport loadBundled() {
        List<RawFile> files = BundledFiles.read();
        return build(files, files.stream().map(RawFile::name).toList(), List.of(), BundledFiles.images());
    }

    LoadReport loadFolder(Path dir) {
        FolderFiles.Listing listing = FolderFiles.read(dir, reader);
        return build(listing.files(), listing.names(), listing.problems(), FolderFiles.images(dir));
    }

    private LoadReport build(
            List<RawFile> files, List<String> names, List<LoadProblem> readProblems, ImageResolver images) {
        List<FileParser.ParsedFile> parsed = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>(readProblems);
        for (RawFile file : files) {
            FileParser.ParsedFile result = FileParser.parse(file, images);
            parsed.add(result);
            problems.addAll(result.problems());
        }
        BankAssembler.Assembled assembled = new BankAssembler(tagger).assemble(parsed);
        problems.addAll(assembled.problems());
        sortByFileThenLine(problems, names);
        return new LoadReport(new ContentBank(assembled.entries(), problems, contentHash(files)), names);
    }

    private static void sortByFileThenLine(List<LoadProblem> problems, List<String> names) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            order.put(names.get(i), i);
        }
        problems.sort(Comparator.<LoadProblem>comparingInt(p -> order.getOrDefault(p.file(), -1))
                .thenComparingInt(LoadProblem::line));
    }

    /** SHA-256 over each readable file's name and bytes, in name order. */
    static String contentHash(List<RawFile> files) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        files.stream().sorted(Comparator.comparing(RawFile::name)).forEach(file -> {
            byte[] name = file.name().getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4).putInt(name.length).array());
            digest.update(name);
            digest.update(ByteBuffer.allocate(8).putLong(file.bytes().length).array());
            digest.update(file.bytes());
        });
        return HexFormat.of().formatHex(digest.digest());
    }
}
