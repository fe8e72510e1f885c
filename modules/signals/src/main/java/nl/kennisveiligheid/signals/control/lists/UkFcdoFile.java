package nl.kennisveiligheid.signals.control.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kennisveiligheid.signals.api.Designation;
import nl.kennisveiligheid.signals.api.DesignationName;
import nl.kennisveiligheid.signals.api.NameQuality;
import nl.kennisveiligheid.signals.api.SubjectKind;

/**
 * The UK sanctions list in the FCDO's XML (root {@code Designations}; it replaced the OFSI list in January 2026):
 * each {@code Designation} with its {@code UniqueID}, {@code IndividualEntityShip} (Individual, Entity, Ship),
 * {@code Names/Name} with {@code Name1}..{@code Name6} (surname or whole name) and {@code NameType} (Primary Name,
 * Primary Name Variation, Alias; an {@code AliasStrength} saying low quality makes a low-quality a.k.a.),
 * {@code NonLatinNames}, {@code RegimeName}, {@code DateDesignated} and the individual's dates of birth
 * ({@code dd/mm/1950} is a year), places of birth and nationalities; the edition's date is {@code DateGenerated}
 * (dd/mm/yyyy).
 */
final class UkFcdoFile {

    private UkFcdoFile() {
    }

    static ParsedEdition read(byte[] content) {
        java.time.LocalDate[] published = new java.time.LocalDate[1];
        List<Designation> designations = new ArrayList<>();
        XmlNode.each(content, "Designations", (name, reader) -> {
            if (name.equals("DateGenerated")) {
                published[0] = ListDates.day(XmlNode.read(reader).text(), "dd/MM/yyyy");
            } else if (name.equals("Designation")) {
                designations.add(designation(XmlNode.read(reader)));
            }
        });
        return new ParsedEdition(published[0], designations);
    }

    private static Designation designation(XmlNode node) {
        String reference = node.text("UniqueID");
        if (reference.isEmpty()) {
            throw new ListFileProblem("file.missingReference", "Designation");
        }
        List<DesignationName> names = new ArrayList<>();
        XmlNode all = node.child("Names");
        if (all != null) {
            for (XmlNode name : all.all("Name")) {
                String whole = String.join(" ", java.util.stream.Stream.of("Name1", "Name2", "Name3", "Name4", "Name5", "Name6")
                        .map(name::text).filter(s -> !s.isEmpty()).toList());
                if (whole.isEmpty() || names.stream().anyMatch(n -> n.name().equals(whole))) {
                    continue;
                }
                String type = name.text("NameType").toLowerCase(Locale.ROOT);
                boolean low = name.text("AliasStrength").toLowerCase(Locale.ROOT).contains("low");
                NameQuality quality = type.equals("primary name") && names.stream().noneMatch(n -> n.quality() == NameQuality.PRIMARY)
                        ? NameQuality.PRIMARY : low ? NameQuality.LOW : NameQuality.GOOD;
                if (quality == NameQuality.PRIMARY) {
                    names.add(0, new DesignationName(whole, quality, false));
                } else {
                    names.add(new DesignationName(whole, quality, false));
                }
            }
        }
        XmlNode nonLatin = node.child("NonLatinNames");
        if (nonLatin != null) {
            for (XmlNode name : nonLatin.all("NonLatinName")) {
                if (!name.text("NameNonLatinScript").isEmpty()) {
                    names.add(new DesignationName(name.text("NameNonLatinScript"), NameQuality.GOOD, true));
                }
            }
        }
        List<String> births = new ArrayList<>();
        List<String> places = new ArrayList<>();
        List<String> nationalities = new ArrayList<>();
        XmlNode details = node.child("IndividualDetails");
        XmlNode individual = details == null ? null : details.child("Individual");
        if (individual != null) {
            XmlNode dobs = individual.child("DOBs");
            if (dobs != null) {
                for (XmlNode dob : dobs.all("DOB")) {
                    ListValues.addNew(births, ListDates.slashed(dob.text().toLowerCase(Locale.ROOT).replace("dd", "00").replace("mm", "00")));
                }
            }
            XmlNode countries = individual.child("Nationalities");
            if (countries != null) {
                for (XmlNode country : countries.all("Nationality")) {
                    ListValues.addNew(nationalities, Countries.codeOrName(country.text()));
                }
            }
            XmlNode birth = individual.child("BirthDetails");
            if (birth != null) {
                for (XmlNode location : birth.all("Location")) {
                    ListValues.addNew(places, String.join(", ", java.util.stream.Stream.of(location.text("TownOfBirth"), location.text("CountryOfBirth"))
                            .filter(s -> !s.isEmpty()).toList()));
                }
            }
        }
        String kind = node.text("IndividualEntityShip");
        return new Designation(reference, kind.equalsIgnoreCase("Individual") ? SubjectKind.PERSON : SubjectKind.ENTITY, node.text("RegimeName"),
                ListDates.day(node.text("DateDesignated"), "dd/MM/yyyy"), names, births, places, nationalities);
    }
}
