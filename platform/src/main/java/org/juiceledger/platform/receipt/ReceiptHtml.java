package org.juiceledger.platform.receipt;

import org.springframework.web.util.HtmlUtils;

/**
 * A receipt as a self-contained, printable HTML page (inline style only, no scripts, no external
 * resources). Every value and label goes through {@link HtmlUtils#htmlEscape(String, String)}, so a
 * name with quotes, ampersands or angle brackets prints as text and never becomes markup.
 */
public final class ReceiptHtml {

    private static final String STYLE = """
            body{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;margin:0;padding:1em;color:#000;background:#fff}
            main{max-width:24em;margin:0 auto;border:1px dashed #555;padding:1em}
            h1{font-size:1.2em;text-align:center;margin:0 0 .2em}
            h2{font-size:1em;text-align:center;font-weight:normal;margin:0 0 1em}
            .notice{border:2px solid #000;font-weight:bold;text-align:center;padding:.4em;margin:0 0 1em}
            table{width:100%;border-collapse:collapse}
            th{text-align:left;font-weight:normal;padding:.15em .5em .15em 0;vertical-align:top;white-space:nowrap}
            td{text-align:right;padding:.15em 0;word-break:break-word}
            tr.token td{font-size:1.15em;font-weight:bold;white-space:nowrap}
            footer{text-align:center;margin-top:1em;font-size:.85em}
            @media print{body{padding:0}main{border:none}}
            """;

    private ReceiptHtml() {
    }

    public static String render(Receipt receipt) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(receipt.title())).append(" - ").append(escape(receipt.utilityName()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(escape(receipt.utilityName())).append("</h1>\n")
                .append("<h2>").append(escape(receipt.title())).append("</h2>\n");
        if (receipt.notice() != null) {
            html.append("<p class=\"notice\">").append(escape(receipt.notice())).append("</p>\n");
        }
        html.append("<table>\n");
        for (Receipt.Line line : receipt.lines()) {
            html.append("<tr").append("Token".equals(line.label()) ? " class=\"token\"" : "").append("><th>")
                    .append(escape(line.label())).append("</th><td>").append(escape(line.value())).append("</td></tr>\n");
        }
        html.append("</table>\n<footer>Keep this receipt.</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Escapes text for HTML content and attribute values: {@code < > & " '}. */
    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
