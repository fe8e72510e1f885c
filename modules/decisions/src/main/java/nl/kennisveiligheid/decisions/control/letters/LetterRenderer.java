package nl.kennisveiligheid.decisions.control.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.kennisveiligheid.decisions.api.DecisionsMessages;
import nl.kennisveiligheid.platform.api.PersonDetails;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Makes a decision's letter: XHTML from the bundles' letter texts (Dutch, then the English translation), set in an
 * embedded font and rendered by openhtmltopdf as a tagged PDF meeting PDF/UA-1 (checked in the tests with veraPDF).
 */
public final class LetterRenderer {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String FONT = "DejaVu Sans";
    private static final String FONT_DIR = "/nl/kennisveiligheid/decisions/letters/";

    /** openhtmltopdf logs every step at INFO through java.util.logging; only its warnings matter here (held: loggers are weak). */
    private static final java.util.logging.Logger RENDERER_LOG = quiet();

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("com.openhtmltopdf");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private LetterRenderer() {
    }

    /** The decision's letter as PDF bytes. */
    public static byte[] render(LetterContent content) {
        return pdf(content.reference(), html(content));
    }

    /** The letter of a decision on an objection as PDF bytes. */
    public static byte[] render(ObjectionLetterContent content) {
        return pdf(content.reference(), html(content));
    }

    private static byte[] pdf(String reference, String html) {
        RENDERER_LOG.fine(() -> "letter " + reference);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withProducer("Screening kennisveiligheid");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The letter of " + reference + " could not be made", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = LetterRenderer.class.getResourceAsStream(FONT_DIR + file);
        if (in == null) {
            throw new IllegalStateException("The letter font " + file + " is missing from the decisions module");
        }
        return in;
    }

    /** The letter's XHTML (both languages). */
    static String html(LetterContent c) {
        Texts nl = new Texts(DUTCH);
        return letter(nl.get("letter.title", c.reference()), nl.get("letter.subject", c.requestReference()), c.from(),
                t -> section(new StringBuilder(), c, t, t.locale != DUTCH));
    }

    /** The XHTML of the letter of a decision on an objection (both languages). */
    static String html(ObjectionLetterContent c) {
        Texts nl = new Texts(DUTCH);
        return letter(nl.get("letter.objectionDecision.title", c.reference()), nl.get("letter.objectionDecision.subject", c.decisionReference()),
                c.from(), t -> objectionSection(new StringBuilder(), c, t, t.locale != DUTCH));
    }

    /**
     * One letter: Dutch, then on a new page the English translation, each written by {@code body}; on every page a
     * footer with the authority's contact details.
     */
    private static String letter(String title, String subject, Letterhead from, java.util.function.Function<Texts, StringBuilder> body) {
        Texts nl = new Texts(DUTCH);
        StringBuilder h = new StringBuilder(12288);
        h.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(esc(subject)).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(esc(from.authority())).append("\"/>")
                .append("<style>")
                .append("@page { size: A4; margin: 20mm 20mm 26mm 25mm; @bottom-left { content: element(footer); } }")
                .append("body { font-family: '").append(FONT).append("'; font-size: 9.5pt; line-height: 1.45; color: #000; }")
                .append(".footer { position: running(footer); font-size: 7.5pt; color: #333; border-top: 0.5pt solid #154273; padding-top: 1.5mm; width: 165mm; }")
                .append(".authority { color: #154273; font-size: 13pt; font-weight: 700; margin: 0 0 10mm 0; border-left: 3mm solid #154273; padding-left: 3mm; }")
                .append(".colophon { float: right; width: 48mm; font-size: 7.5pt; line-height: 1.35; margin: 0 0 4mm 6mm; }")
                .append(".colophon p { margin: 0 0 2.5mm 0; } .colophon .label { font-weight: 700; }")
                .append(".addressee { width: 95mm; min-height: 40mm; margin: 0 0 8mm 0; } .addressee p { margin: 0; }")
                .append(".return { font-size: 7pt; color: #333; margin: 0 0 2mm 0; }")
                .append(".meta { width: 110mm; margin: 0 0 8mm 0; } .meta th { width: 22mm; font-weight: 400; color: #333; }")
                .append("h1 { font-size: 13pt; color: #154273; margin: 0 0 4mm 0; clear: both; } h2 { font-size: 10.5pt; color: #154273; margin: 5mm 0 1.5mm 0; page-break-after: avoid; }")
                .append("table { border-collapse: collapse; } .data { width: 100%; } th { text-align: left; font-weight: 700; width: 38%; padding: 0.8mm 2mm 0.8mm 0; vertical-align: top; }")
                .append("td { padding: 0.8mm 0; vertical-align: top; } .translation { page-break-before: always; } p { margin: 0 0 2.5mm 0; }")
                .append(".signature { margin-top: 6mm; page-break-inside: avoid; } .signature .name { margin: 10mm 0 0 0; font-weight: 700; }")
                .append("</style></head><body>");
        h.append("<div class=\"footer\">").append(esc(nl.get("letter.footer", from.authority(), oneLine(from.postalAddress()), from.phone(),
                from.email(), from.website()))).append("</div>");
        h.append(body.apply(nl));
        h.append("<div class=\"translation\" lang=\"en\">");
        h.append(body.apply(new Texts(Locale.UK)));
        h.append("</div></body></html>");
        return h.toString();
    }

    /**
     * The head of a letter, as a Dutch government letter has it: the authority, the colophon with its addresses, contact
     * details and the references, the addressee block under a return address, then date and subject.
     */
    private static void head(StringBuilder h, Texts t, Letterhead from, Addressee to, LocalDate date, String ourReference,
                             String yourReference, String subject) {
        h.append("<p class=\"authority\">").append(esc(from.authority())).append("</p>");
        h.append("<div class=\"colophon\">");
        h.append("<p><span class=\"label\">").append(esc(from.authority())).append("</span></p>");
        h.append("<p><span class=\"label\">").append(esc(t.get("letter.visitingAddress"))).append("</span><br/>").append(lines(from.visitingAddress())).append("</p>");
        h.append("<p><span class=\"label\">").append(esc(t.get("letter.postalAddress"))).append("</span><br/>").append(lines(from.postalAddress())).append("</p>");
        h.append("<p><span class=\"label\">").append(esc(t.get("letter.contact"))).append("</span><br/>")
                .append(esc(t.get("letter.phone", from.phone()))).append("<br/>").append(esc(from.email())).append("<br/>")
                .append(esc(from.website())).append("</p>");
        h.append("<p><span class=\"label\">").append(esc(t.get("letter.ourReference"))).append("</span><br/>").append(esc(ourReference)).append("</p>");
        h.append("<p><span class=\"label\">").append(esc(t.get("letter.yourReference"))).append("</span><br/>").append(esc(yourReference)).append("</p>");
        h.append("</div>");
        h.append("<div class=\"addressee\">");
        h.append("<p class=\"return\">").append(esc(t.get("letter.returnAddress", from.authority() + ", " + oneLine(from.postalAddress())))).append("</p>");
        h.append("<p>").append(esc(to.name())).append("</p>");
        if (to.attention() != null) {
            h.append("<p>").append(esc(t.get("letter.attention", to.attention()))).append("</p>");
        }
        if (to.postalAddress() != null) {
            h.append("<p>").append(lines(to.postalAddress())).append("</p>");
        }
        h.append("</div>");
        h.append("<table class=\"meta\">");
        row(h, t.get("letter.field.date"), t.date(date));
        row(h, t.get("letter.field.subject"), subject);
        h.append("</table>");
    }

    /** The closing: "Hoogachtend," the authority on whose behalf, and the signatory's name and function. */
    private static void closing(StringBuilder h, Texts t, Letterhead from, PersonDetails signatory) {
        h.append("<div class=\"signature\">");
        h.append("<p>").append(esc(t.get("letter.closing"))).append("</p>");
        h.append("<p>").append(esc(t.get("letter.onBehalf", from.authority()))).append("</p>");
        h.append("<p class=\"name\">").append(esc(signatory.name())).append("</p>");
        if (signatory.function() != null) {
            h.append("<p>").append(esc(signatory.function())).append("</p>");
        }
        h.append("</div>");
    }

    private static StringBuilder objectionSection(StringBuilder h, ObjectionLetterContent c, Texts t, boolean translation) {
        head(h, t, c.from(), c.to(), c.decidedOn(), c.reference(), c.personReference(), t.get("letter.objectionDecision.subject", c.decisionReference()));
        h.append("<h1>").append(esc(t.get(translation ? "letter.objectionDecision.heading.translation" : "letter.objectionDecision.heading"))).append("</h1>");
        if (translation) {
            h.append("<p>").append(esc(t.get("letter.translation.note"))).append("</p>");
        }
        h.append("<p>").append(esc(t.get("letter.salutation"))).append("</p>");
        h.append("<p>").append(esc(t.get("letter.objectionDecision.intro", t.date(c.receivedOn()), c.decisionReference()))).append("</p>");
        h.append("<table class=\"data\">");
        row(h, t.get("letter.objectionDecision.field.decision"), c.decisionReference());
        row(h, t.get("letter.field.person"), c.personName() + " (" + c.personReference() + ")");
        row(h, t.get("letter.field.unit"), c.unitName());
        row(h, t.get("letter.objectionDecision.field.received"), t.date(c.receivedOn()));
        row(h, t.get("letter.objectionDecision.field.heard"), t.date(c.heardOn()));
        h.append("</table>");
        h.append("<h2>").append(esc(t.get("letter.decision"))).append("</h2>");
        h.append("<p>").append(esc(t.get("letter.objectionDecision.outcome." + c.outcome(), c.decisionReference()))).append("</p>");
        if (c.newDecisionReference() != null) {
            h.append("<p>").append(esc(t.get("letter.objectionDecision.newDecision", c.newDecisionReference()))).append("</p>");
        } else if ("FOUNDED".equals(c.outcome())) {
            h.append("<p>").append(esc(t.get("letter.objectionDecision.newDecisionFollows"))).append("</p>");
        }
        h.append("<h2>").append(esc(t.get("letter.reasons"))).append("</h2>");
        if (translation) {
            h.append("<p>").append(esc(t.get("letter.reasons.dutch"))).append("</p>");
        }
        paragraphs(h, c.reasons(), translation);
        h.append("<h2>").append(esc(t.get("letter.appeal"))).append("</h2>");
        h.append("<p>").append(esc(t.get("letter.appeal.text", t.date(c.appealUntil())))).append("</p>");
        h.append("<p>").append(esc(t.get("letter.copy"))).append("</p>");
        closing(h, t, c.from(), c.signatory());
        return h;
    }

    private static StringBuilder section(StringBuilder h, LetterContent c, Texts t, boolean translation) {
        head(h, t, c.from(), c.to(), c.sentOn(), c.reference(), c.personReference(), t.get("letter.subject.line", c.personName(), c.requestReference()));
        h.append("<h1>").append(esc(t.get(translation ? "letter.heading.translation" : "letter.heading"))).append("</h1>");
        if (translation) {
            h.append("<p>").append(esc(t.get("letter.translation.note"))).append("</p>");
        }
        h.append("<p>").append(esc(t.get("letter.salutation"))).append("</p>");
        if (c.submittedOn() != null) {
            h.append("<p>").append(esc(t.get("letter.intro", t.date(c.submittedOn()), c.personName(), c.unitName()))).append("</p>");
        } else {
            h.append("<p>").append(esc(t.get("letter.intro.correction", c.corrects()))).append("</p>");
        }
        h.append("<table class=\"data\">");
        row(h, t.get("letter.field.reference"), c.reference());
        row(h, t.get("letter.field.request"), c.requestReference());
        row(h, t.get("letter.field.decided"), t.date(c.decidedOn()));
        row(h, t.get("letter.field.person"), c.personName() + " (" + c.personReference() + ")");
        row(h, t.get("letter.field.unit"), c.unitName());
        if (c.list() != null) {
            row(h, t.get("letter.field.list"), c.list().effectiveFrom() == null
                    ? t.get("letter.list.words.noDate", c.list().name(translation), c.list().version())
                    : t.get("letter.list.words", c.list().name(translation), c.list().version(), t.date(c.list().effectiveFrom())));
        }
        if (c.corrects() != null) {
            row(h, t.get("letter.field.corrects"), c.corrects());
        }
        h.append("</table>");
        h.append("<h2>").append(esc(t.get("letter.decision"))).append("</h2>");
        h.append("<p>").append(esc(t.get("letter.outcome." + c.outcome().name(), c.personName(), c.unitName(), c.corrects()))).append("</p>");
        if (c.outcome().allowsAccess()) {
            h.append("<p>").append(esc(t.get("letter.period", t.date(c.effectiveFrom()), t.date(c.expiresOn())))).append("</p>");
        } else {
            h.append("<p>").append(esc(t.get("letter.effective", t.date(c.effectiveFrom())))).append("</p>");
        }
        List<String> conditions = translation ? c.conditionsEn() : c.conditionsNl();
        if (!conditions.isEmpty()) {
            h.append("<h2>").append(esc(t.get("letter.conditions"))).append("</h2><ol>");
            conditions.forEach(condition -> h.append("<li>").append(esc(condition)).append("</li>"));
            h.append("</ol>");
        }
        h.append("<h2>").append(esc(t.get("letter.reasons"))).append("</h2>");
        if (translation) {
            h.append("<p>").append(esc(t.get("letter.reasons.dutch"))).append("</p>");
        }
        paragraphs(h, c.reasons(), translation);
        h.append("<h2>").append(esc(t.get("letter.legalBasis"))).append("</h2>");
        h.append("<p").append(translation ? " lang=\"nl\"" : "").append(">").append(esc(c.legalBasis())).append("</p>");
        h.append("<h2>").append(esc(t.get("letter.objection"))).append("</h2>");
        h.append("<p>").append(esc(t.get("letter.objection.text", t.date(c.objectionUntil()), oneLine(c.from().objectionAddress())))).append("</p>");
        h.append("<p>").append(esc(t.get("letter.objection.suspends"))).append("</p>");
        h.append("<p>").append(esc(t.get("letter.copy"))).append("</p>");
        closing(h, t, c.from(), c.signatory());
        return h;
    }

    /** An address's lines, each escaped, joined by line breaks. */
    private static String lines(String address) {
        if (address == null) {
            return "";
        }
        return String.join("<br/>", address.lines().map(String::strip).filter(l -> !l.isEmpty()).map(LetterRenderer::esc).toList());
    }

    /** An address on one line: its lines joined by commas. */
    private static String oneLine(String address) {
        return address == null ? "" : String.join(", ", address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    private static void paragraphs(StringBuilder h, String text, boolean foreign) {
        for (String paragraph : text.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                h.append("<p").append(foreign ? " lang=\"nl\"" : "").append(">").append(esc(paragraph.strip().replaceAll("\\s*\\R\\s*", " "))).append("</p>");
            }
        }
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static String esc(String text) {
        return StringEscapeUtils.escapeXml10(text == null ? "" : text);
    }

    /** The letter texts of one language. */
    private static final class Texts {
        private final Locale locale;
        private final ResourceBundle bundle;
        private final DateTimeFormatter dates;

        Texts(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle(DecisionsMessages.BUNDLE, locale, LetterRenderer.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        }

        String get(String key, Object... arguments) {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        }

        String date(LocalDate date) {
            return date == null ? get("letter.none") : dates.format(date);
        }
    }
}
