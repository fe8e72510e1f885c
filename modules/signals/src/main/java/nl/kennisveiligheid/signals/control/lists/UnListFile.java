package nl.kennisveiligheid.signals.control.lists;

import java.util.ArrayList;
import java.util.List;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.SubjectKind;

/**
 * The UN Security Council consolidated list ({@code consolidated.xml}, root {@code CONSOLIDATED_LIST}): each
 * {@code INDIVIDUAL} and {@code ENTITY} with its {@code REFERENCE_NUMBER}, the name parts, the name in original
 * script, the aliases with their quality ({@code Good}, {@code Low}), dates and places of birth, nationalities, the
 * regime ({@code UN_LIST_TYPE}) and {@code LISTED_ON}; the edition's date is {@code dateGenerated}.
 */
final class UnListFile {

    private UnListFile() {
    }

    static ParsedEdition read(byte[] content) {
        List<Designation> designations = new ArrayList<>();
        var root = XmlNode.each(content, "CONSOLIDATED_LIST", (name, reader) -> {
            if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
                designations.add(designation(XmlNode.read(reader), name.equals("INDIVIDUAL")));
            }
        });
        return new ParsedEdition(ListDates.isoDay(root.get("dateGenerated")), designations);
    }

    private static Designation designation(XmlNode node, boolean person) {
        String reference = node.text("REFERENCE_NUMBER");
        if (reference.isEmpty()) {
            throw new ListFileProblem("file.missingReference", node.text("DATAID"));
        }
        List<DesignationName> names = new ArrayList<>();
        String primary = String.join(" ", List.of(node.text("FIRST_NAME"), node.text("SECOND_NAME"), node.text("THIRD_NAME"),
                node.text("FOURTH_NAME")).stream().filter(s -> !s.isEmpty()).toList());
        if (!primary.isEmpty()) {
            names.add(new DesignationName(primary, NameQuality.PRIMARY, false));
        }
        if (!node.text("NAME_ORIGINAL_SCRIPT").isEmpty()) {
            names.add(new DesignationName(node.text("NAME_ORIGINAL_SCRIPT"), NameQuality.GOOD, true));
        }
        for (XmlNode alias : node.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            String aliasName = alias.text("ALIAS_NAME");
            if (!aliasName.isEmpty()) {
                names.add(new DesignationName(aliasName, "Low".equalsIgnoreCase(alias.text("QUALITY")) ? NameQuality.LOW : NameQuality.GOOD, false));
            }
        }
        List<String> births = new ArrayList<>();
        for (XmlNode birth : node.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            String date = !birth.text("DATE").isEmpty() ? birth.text("DATE").substring(0, Math.min(10, birth.text("DATE").length()))
                    : !birth.text("YEAR").isEmpty() ? birth.text("YEAR")
                    : !birth.text("FROM_YEAR").isEmpty() ? birth.text("FROM_YEAR") + "-" + birth.text("TO_YEAR") : "";
            if (!date.isEmpty() && !date.endsWith("-")) {
                births.add(date);
            }
        }
        List<String> places = new ArrayList<>();
        for (XmlNode place : node.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
            String text = String.join(", ", List.of(place.text("CITY"), place.text("STATE_PROVINCE"), place.text("COUNTRY")).stream()
                    .filter(s -> !s.isEmpty()).toList());
            if (!text.isEmpty()) {
                places.add(text);
            }
        }
        List<String> nationalities = new ArrayList<>();
        XmlNode nationality = node.child("NATIONALITY");
        if (nationality != null) {
            for (XmlNode value : nationality.all("VALUE")) {
                if (!value.text().isEmpty()) {
                    nationalities.add(Countries.codeOrName(value.text()));
                }
            }
        }
        return new Designation(reference, person ? SubjectKind.PERSON : SubjectKind.ENTITY, node.text("UN_LIST_TYPE"),
                ListDates.isoDay(node.text("LISTED_ON")), names, births, places, nationalities);
    }
}
