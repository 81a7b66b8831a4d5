package org.juiceledger.query.receipt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTML unless the caller prefers a PDF. */
class ReceiptFormatTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"*/*", "text/html", "text/*", "text/html, application/pdf", "application/pdf;q=0.5, text/html",
            "text/html;q=0.9, application/pdf;q=0.8", "not a media type", "application/*, text/html"})
    void html(String accept) throws Exception {
        assertThat(ReceiptFormat.forAccept(accept)).isEqualTo(ReceiptFormat.HTML);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "application/pdf, text/html", "*/*, application/pdf",
            "text/html;q=0.5, application/pdf", "application/*", "application/json, application/pdf"})
    void pdf(String accept) throws Exception {
        assertThat(ReceiptFormat.forAccept(accept)).isEqualTo(ReceiptFormat.PDF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "image/png", "application/pdf;q=0"})
    void neither(String accept) {
        assertThatThrownBy(() -> ReceiptFormat.forAccept(accept)).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }
}
