package org.policysearch.parse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * {@code NAME.meta.json} beside {@code NAME.txt}: facts a notice's text lacks. Facts found in the
 * text come first; the sidecar fills only what the text leaves empty.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sidecar(String title, String issuer, String docNumber, LocalDate date, Integer year,
                      String region, String source, String url) {

    public static final String SUFFIX = ".meta.json";

    /** The sidecar's path beside a notice file's ({@code 2019/notice.txt} → {@code 2019/notice.meta.json}). */
    static String besides(String noticeFile) {
        return CorpusReader.withoutSuffix(noticeFile) + SUFFIX;
    }

    /** {@code metadata} with its gaps filled; the title only when the file holds one document. */
    NoticeMetadata fill(NoticeMetadata metadata, boolean onlyDocument) {
        LocalDate filledDate = metadata.date() != null ? metadata.date() : date;
        Integer filledYear = metadata.year() != null ? metadata.year()
                : filledDate != null ? Integer.valueOf(filledDate.getYear()) : year;
        return new NoticeMetadata(
                metadata.title() != null || !onlyDocument ? metadata.title() : title,
                metadata.issuer() != null ? metadata.issuer() : issuer,
                metadata.docNumber() != null || !onlyDocument ? metadata.docNumber() : docNumber,
                filledDate, filledYear,
                metadata.region() != null ? metadata.region() : region,
                metadata.lines());
    }
}
