package dev.wenda.content;

import java.util.Optional;

/** Finds a local image referenced by a content file; empty when the image does not exist. */
@FunctionalInterface
interface ImageResolver {
    /**
     * @param fileName the content file that refers to the image
     * @param path the image path as written, relative to the content file's folder
     * @return a URI the image can be read from, or empty
     */
    Optional<String> resolve(String fileName, String path);
}
