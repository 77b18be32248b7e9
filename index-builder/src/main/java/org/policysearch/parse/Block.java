package org.policysearch.parse;

/**
 * A paragraph of a notice after PDF line breaks are joined: the unit items are made of.
 *
 * @param text   the original text
 * @param folded the same text folded (see TextFolding): same length, for matching
 * @param line   1-based line of the file where it starts
 */
public record Block(String text, String folded, int line) {

    public static Block of(String text, int line) {
        return new Block(text, org.policysearch.text.TextFolding.fold(text), line);
    }

    public Marker marker() {
        return Marker.at(text, folded);
    }
}
