package nl.kennisveiligheid.signals.control.lists;

import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.SubjectKind;

/**
 * The EU financial sanctions file, the official XML (root {@code export}, namespace
 * {@code http://eu.europa.ec/fpi/fsd/export}): each {@code sanctionEntity} with its {@code euReferenceNumber}, subject
 * type ({@code person}, {@code enterprise}), {@code nameAlias} elements ({@code strong="false"}: a low-quality
 * a.k.a.; a name in another script), {@code citizenship}, {@code birthdate}, the regulation's programme and the
 * designation date; the edition's date is {@code generationDate}.
 */
final class EuFsfFile {

    private EuFsfFile() {
    }

    static ParsedEdition read(byte[] content) {
        List<Designation> designations = new ArrayList<>();
        var root = XmlNode.each(content, "export", (name, reader) -> {
            if (name.equals("sanctionEntity")) {
                designations.add(designation(XmlNode.read(reader)));
            }
        });
        return new ParsedEdition(ListDates.isoDay(root.get("generationDate")), designations);
    }

    private static Designation designation(XmlNode node) {
        String reference = !node.attribute("euReferenceNumber").isEmpty() ? node.attribute("euReferenceNumber") : node.attribute("logicalId");
        if (reference.isEmpty()) {
            throw new ListFileProblem("file.missingReference", "sanctionEntity");
        }
        XmlNode subject = node.child("subjectType");
        boolean person = subject != null && "person".equalsIgnoreCase(subject.attribute("code"));
        List<DesignationName> names = new ArrayList<>();
        for (XmlNode alias : node.all("nameAlias")) {
            String whole = alias.attribute("wholeName");
            if (whole.isEmpty()) {
                whole = String.join(" ", List.of(alias.attribute("firstName"), alias.attribute("middleName"), alias.attribute("lastName"))
                        .stream().filter(s -> !s.isEmpty()).toList());
            }
            if (whole.isEmpty()) {
                continue;
            }
            boolean originalScript = whole.codePoints().anyMatch(c -> Character.isLetter(c)
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
            NameQuality quality = names.isEmpty() && !originalScript ? NameQuality.PRIMARY
                    : "false".equalsIgnoreCase(alias.attribute("strong")) ? NameQuality.LOW : NameQuality.GOOD;
            names.add(new DesignationName(whole, quality, originalScript));
        }
        List<String> births = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (XmlNode birth : node.all("birthdate")) {
            String date = !birth.attribute("birthdate").isEmpty() ? birth.attribute("birthdate") : birth.attribute("year");
            if (!date.isEmpty()) {
                births.add(date);
            }
            String place = String.join(", ", List.of(birth.attribute("city"), birth.attribute("place"), birth.attribute("countryDescription"))
                    .stream().filter(s -> !s.isEmpty() && !s.equals("UNKNOWN") && !s.equals("00")).toList());
            if (!place.isEmpty()) {
                places.add(place);
            }
        }
        List<String> nationalities = new ArrayList<>();
        for (XmlNode citizenship : node.all("citizenship")) {
            String code = citizenship.attribute("countryIso2Code");
            String value = code.length() == 2 && !code.equals("00") ? code.toUpperCase(java.util.Locale.ROOT)
                    : Countries.codeOrName(citizenship.attribute("countryDescription"));
            if (!value.isEmpty() && !nationalities.contains(value)) {
                nationalities.add(value);
            }
        }
        XmlNode regulation = node.child("regulation");
        String regime = regulation == null ? "" : regulation.attribute("programme");
        var listed = ListDates.isoDay(node.attribute("designationDate"));
        if (listed == null && regulation != null) {
            listed = ListDates.isoDay(regulation.attribute("publicationDate"));
        }
        return new Designation(reference, person ? SubjectKind.PERSON : SubjectKind.ENTITY, regime, listed, names, births, places, nationalities);
    }
}
