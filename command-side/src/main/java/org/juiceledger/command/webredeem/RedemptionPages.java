package org.juiceledger.command.webredeem;

import org.juiceledger.kernel.card.Pin;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.juiceledger.command.webredeem.Html.escape;

/**
 * The HTML of the customer page, written for people and for screen readers: one {@code h1} per
 * page, {@code lang}, a label for every field with its hint and error tied to it by
 * {@code aria-describedby}, an error summary linking to the fields, no JavaScript, large text and
 * a large token in groups of four (and digit by digit for a screen reader). Every value written
 * into a page goes through {@link Html#escape}.
 */
final class RedemptionPages {

    static final String METER = "meterNumber";
    static final String PIN = "pin";
    static final String FORM_TOKEN = "formToken";

    /** The one answer for every PIN that redeems nothing: unknown, unsold, used or void alike. */
    static final String CARD_REFUSED = "This card cannot be redeemed to this meter. Check the card number, "
            + "or ask where the card was bought.";
    static final String METER_UNKNOWN = "We do not know that meter number. Check the number on your meter.";
    static final String FORM_EXPIRED = "The form had expired. Please enter your details again.";
    static final String ALREADY_REDEEMED = "This card was redeemed a moment ago. If you sent it twice, the first "
            + "redemption holds.";
    static final String BUSY = "We are busy just now. Please send the form again in a moment.";
    static final String TOO_MANY = "Too many attempts. Please try again later.";

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.1875rem;\
            line-height:1.5;color:#0b0c0c;background:#fff;margin:0}
            main{max-width:44rem;margin:0 auto;padding:1.5rem 1rem 3rem}
            h1{font-size:2rem;line-height:1.2;margin:0 0 1rem}
            h2{font-size:1.375rem;margin:0 0 .5rem}
            .field{margin:0 0 1.5rem}
            .field.invalid{border-left:5px solid #b10e1e;padding-left:.75rem}
            label{display:block;font-weight:700;font-size:1.25rem;margin:0 0 .25rem}
            .hint{color:#484949;margin:0 0 .5rem}
            .error{color:#b10e1e;font-weight:700;margin:0 0 .5rem}
            input[type=text]{font:inherit;font-size:1.375rem;width:100%;max-width:26rem;box-sizing:border-box;\
            padding:.5rem;border:2px solid #0b0c0c;border-radius:0}
            input[aria-invalid=true]{border-color:#b10e1e;border-width:3px}
            button{font:inherit;font-weight:700;font-size:1.25rem;background:#00703c;color:#fff;border:2px solid transparent;\
            padding:.6rem 1.4rem;box-shadow:0 2px 0 #002d18;cursor:pointer}
            a{color:#1d70b8}
            input:focus,button:focus,a:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
            .summary{border:5px solid #b10e1e;padding:1rem 1.25rem;margin:0 0 1.5rem}
            .summary ul{margin:0;padding-left:1.25rem}
            .summary a{color:#b10e1e;font-weight:700}
            .panel{border:4px solid #00703c;padding:1rem 1.25rem;margin:0 0 1.5rem}
            .token{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-weight:700;\
            font-size:clamp(1.75rem,6.5vw,2.25rem);line-height:1.3;letter-spacing:.04em;margin:.25rem 0 .75rem}
            .token .group{display:inline-block;white-space:nowrap;margin-right:.35em}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1.25rem;margin:0 0 1.5rem}
            dt{font-weight:700}
            dd{margin:0}
            .visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;\
            padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;\
            border:0!important;white-space:nowrap!important}
            """;

    private RedemptionPages() {
    }

    /**
     * The form. {@code errors} by field ({@link #METER}, {@link #PIN}) are shown at their field
     * and in the summary; {@code notice} is a message about the whole form.
     */
    static String form(String formToken, String meterNumber, Map<String, String> errors, String notice) {
        boolean problem = !errors.isEmpty() || notice != null;
        StringBuilder body = new StringBuilder();
        body.append("<h1>Redeem a Juice Card</h1>\n");
        if (problem) {
            body.append("<div class=\"summary\" role=\"alert\" aria-labelledby=\"summary-title\">\n")
                    .append("<h2 id=\"summary-title\">There is a problem</h2>\n<ul>\n");
            if (notice != null) {
                body.append("<li>").append(escape(notice)).append("</li>\n");
            }
            errors.forEach((field, message) -> body.append("<li><a href=\"#").append(escape(field)).append("\">")
                    .append(escape(message)).append("</a></li>\n"));
            body.append("</ul>\n</div>\n");
        }
        body.append("<p>Enter your meter number and the number under the scratch panel of your card. ")
                .append("For a prepaid (STS) meter you get a 20-digit token to key into the meter; ")
                .append("for a smart meter the card's value goes into your wallet.</p>\n")
                .append("<form method=\"post\" action=\"/redeem\" accept-charset=\"UTF-8\" novalidate>\n")
                .append("<input type=\"hidden\" name=\"").append(FORM_TOKEN).append("\" value=\"")
                .append(escape(formToken)).append("\">\n");
        field(body, METER, "Meter number", "The number on the front of your meter, for example 0123 4567 897.",
                meterNumber, "off", errors.get(METER));
        field(body, PIN, "Card number", "The " + Pin.RULE + " under the scratch panel.",
                null, "off", errors.get(PIN));
        body.append("<button type=\"submit\">Redeem card</button>\n</form>\n");
        return page((problem ? "Error: " : "") + "Redeem a Juice Card", body.toString());
    }

    private static void field(StringBuilder body, String name, String label, String hint, String value,
                              String autocomplete, String error) {
        String hintId = name + "-hint";
        String errorId = name + "-error";
        body.append("<div class=\"field").append(error == null ? "" : " invalid").append("\">\n")
                .append("<label for=\"").append(name).append("\">").append(escape(label)).append("</label>\n")
                .append("<p class=\"hint\" id=\"").append(hintId).append("\">").append(escape(hint)).append("</p>\n");
        if (error != null) {
            body.append("<p class=\"error\" id=\"").append(errorId).append("\"><span class=\"visually-hidden\">Error: ")
                    .append("</span>").append(escape(error)).append("</p>\n");
        }
        body.append("<input type=\"text\" id=\"").append(name).append("\" name=\"").append(name)
                .append("\" autocomplete=\"").append(autocomplete).append("\" autocapitalize=\"characters\"")
                .append(" spellcheck=\"false\" maxlength=\"").append(Pin.TYPED_MAX).append("\" required")
                .append(" aria-describedby=\"").append(hintId).append(error == null ? "" : " " + errorId).append("\"");
        if (error != null) {
            body.append(" aria-invalid=\"true\"");
        }
        if (value != null && !value.isEmpty()) {
            body.append(" value=\"").append(escape(value)).append("\"");
        }
        body.append(">\n</div>\n");
    }

    /** A redemption that worked: the token, or the wallet credit, and what the card paid. */
    static String redeemed(ShownRedemption shown) {
        StringBuilder body = new StringBuilder();
        Map<String, String> details = new LinkedHashMap<>();
        String title;
        if (shown.token() != null) {
            title = "Your token";
            body.append("<h1>Your token</h1>\n<div class=\"panel\">\n<p>Key these 20 digits into meter ")
                    .append("<strong>").append(escape(shown.meterNumber())).append("</strong>:</p>\n")
                    .append("<p class=\"token\" id=\"token\">");
            String[] groups = ShownRedemption.grouped(shown.token()).split(" ");
            for (int i = 0; i < groups.length; i++) {
                body.append(i == 0 ? "" : " ").append("<span class=\"group\">").append(escape(groups[i])).append("</span>");
            }
            body.append("</p>\n<p class=\"visually-hidden\">Digit by digit: ").append(escape(ShownRedemption.spoken(shown.token())))
                    .append(".</p>\n</div>\n");
            details.put("Energy", shown.kwh() + " kWh");
            details.put("Amount", shown.amount());
        } else if (shown.walletCredit() != null) {
            title = "Card redeemed to your wallet";
            body.append("<h1>Card redeemed to your wallet</h1>\n<div class=\"panel\">\n<p>")
                    .append(escape(shown.walletCredit())).append(" was added to the wallet of meter <strong>")
                    .append(escape(shown.meterNumber())).append("</strong>.</p>\n</div>\n");
            details.put("Added to the wallet", shown.walletCredit());
            if (shown.walletBalance() != null) {
                details.put("New wallet balance", shown.walletBalance());
            }
        } else {
            title = "Card redeemed";
            body.append("<h1>Card redeemed</h1>\n<div class=\"panel\">\n<p>The card paid arrears on meter <strong>")
                    .append(escape(shown.meterNumber())).append("</strong>. There is no token this time.</p>\n</div>\n");
        }
        if (shown.arrearsPaid() != null) {
            details.put("Arrears paid", shown.arrearsPaid());
        }
        details.put("Meter", shown.meterNumber());
        details.put("Transaction", String.valueOf(shown.transactionNumber()));
        body.append("<dl>\n");
        details.forEach((term, value) -> body.append("<dt>").append(escape(term)).append("</dt><dd>")
                .append(escape(value)).append("</dd>\n"));
        body.append("</dl>\n");
        if (shown.token() != null) {
            body.append("<p>Write the token down or keep this page until your meter has accepted it.</p>\n");
        }
        body.append("<p><a href=\"/redeem\">Redeem another card</a></p>\n");
        return page(title, body.toString());
    }

    /** Too many failed attempts from this address: nothing was checked. */
    static String tooManyAttempts(Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        String body = "<h1>Too many attempts</h1>\n<div class=\"summary\" role=\"alert\">\n<p>"
                + escape(TOO_MANY) + " You can try again in " + minutes + (minutes == 1 ? " minute" : " minutes")
                + ".</p>\n</div>\n<p><a href=\"/redeem\">Back to the form</a></p>\n";
        return page("Too many attempts", body);
    }

    /** Something failed that is not the customer's doing. */
    static String failure() {
        String body = "<h1>Something went wrong</h1>\n<div class=\"summary\" role=\"alert\">\n<p>Your card was not "
                + "redeemed. Please try again later, or call the utility.</p>\n</div>\n"
                + "<p><a href=\"/redeem\">Back to the form</a></p>\n";
        return page("Something went wrong", body);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " - Juice Ledger</title>\n<style>\n" + STYLE + "</style>\n</head>\n"
                + "<body>\n<main id=\"main\">\n" + body + "</main>\n</body>\n</html>\n";
    }
}
