package org.policysearch.parse;

import org.policysearch.text.TextFolding;

/**
 * A paragraph of a notice after PDF line breaks are joined: the unit items are made of.
 *
 * @param text   the original text
 * @param folded the same text folded (see TextFolding): same length, for matching
 * @param line   1-based line of the file where it starts
 * @param marker the item label it starts with, or null; read once, since every reader asks
 */
public record Block(String text, String folded, int line, Marker marker) {

    public static Block of(String text, int line) {
        String folded = TextFolding.fold(text);
        return new Block(text, folded, line, Marker.at(text, folded));
    }
}
