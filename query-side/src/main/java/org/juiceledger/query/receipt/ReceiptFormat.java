package org.juiceledger.query.receipt;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

import java.util.Comparator;
import java.util.List;

/**
 * Which form of the receipt an {@code Accept} header asks for: PDF when {@code application/pdf} is
 * the best acceptable type, HTML otherwise (also without a header, or with one that cannot be read).
 * Highest quality first; at equal quality the more specific type wins, so
 * {@code Accept: *}{@code /*, application/pdf} gets the PDF.
 */
enum ReceiptFormat {
    HTML(MediaType.TEXT_HTML), PDF(MediaType.APPLICATION_PDF);

    private final MediaType mediaType;

    ReceiptFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static ReceiptFormat forAccept(String accept) throws HttpMediaTypeNotAcceptableException {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            return HTML;
        }
        List<MediaType> best = accepted.stream()
                .filter(type -> type.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                        .thenComparingInt(ReceiptFormat::wildcards))
                .toList();
        for (MediaType type : best) {
            if (type.isCompatibleWith(MediaType.APPLICATION_PDF) && !type.isWildcardType()
                    && !type.isWildcardSubtype()) {
                return PDF;
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
                return HTML;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_PDF)) {
                return PDF;
            }
        }
        throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_PDF));
    }

    private static int wildcards(MediaType type) {
        return (type.isWildcardType() ? 1 : 0) + (type.isWildcardSubtype() ? 1 : 0);
    }
}
