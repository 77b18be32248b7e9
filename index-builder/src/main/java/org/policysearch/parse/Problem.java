package org.policysearch.parse;

/**
 * Something in a corpus file that could not be read as expected, kept as data so that the
 * commands can report it and carry on.
 *
 * @param sourceFile path relative to the corpus folder
 * @param line       1-based line of the decoded text, or 0 when it concerns the whole file
 * @param message    what was expected and what was found, for a person
 */
public record Problem(String sourceFile, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? sourceFile + ":" + line + ": " + message : sourceFile + ": " + message;
    }
}
