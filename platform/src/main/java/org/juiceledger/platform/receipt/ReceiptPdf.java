package org.juiceledger.platform.receipt;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.awt.Color;

/**
 * A receipt as a one-page PDF (A6, the size of a slip) with OpenPDF: the utility's name, the
 * notice for reversed transactions and Reversals, and the same lines as the HTML receipt. Text is
 * added as text (never markup), so no escaping is needed; the standard Helvetica fonts cover Latin
 * script.
 */
public final class ReceiptPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font NOTICE = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
    private static final Font VALUE = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final Font TOKEN = new Font(Font.COURIER, 10, Font.BOLD);

    private ReceiptPdf() {
    }

    public static byte[] render(Receipt receipt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6, 18, 18, 18, 18);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(receipt.title());
            document.addCreator(receipt.utilityName());
            document.open();
            document.add(centered(receipt.utilityName(), TITLE, 2));
            document.add(centered(receipt.title(), SUBTITLE, 8));
            if (receipt.notice() != null) {
                PdfPTable box = new PdfPTable(1);
                box.setWidthPercentage(100);
                PdfPCell cell = new PdfPCell(new Phrase(receipt.notice(), NOTICE));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setPadding(4);
                cell.setBorderWidth(1.5f);
                box.addCell(cell);
                box.setSpacingAfter(8);
                document.add(box);
            }
            PdfPTable table = new PdfPTable(new float[]{1, 2.2f});
            table.setWidthPercentage(100);
            for (Receipt.Line line : receipt.lines()) {
                boolean token = "Token".equals(line.label());
                table.addCell(cell(line.label(), LABEL, Element.ALIGN_LEFT));
                table.addCell(cell(line.value(), token ? TOKEN : VALUE, Element.ALIGN_RIGHT));
            }
            document.add(table);
            document.add(centered("Keep this receipt.", SUBTITLE, 0));
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the receipt of transaction " + receipt.transactionNumber(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(1.5f);
        cell.setPaddingBottom(1.5f);
        return cell;
    }
}
