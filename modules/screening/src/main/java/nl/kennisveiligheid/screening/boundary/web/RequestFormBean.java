package nl.kennisveiligheid.screening.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.PlatformClock;
import nl.kennisveiligheid.platform.api.Refusal;
import nl.kennisveiligheid.platform.api.RequestMemo;
import nl.kennisveiligheid.screening.api.AccessData;
import nl.kennisveiligheid.screening.api.AccessRole;
import nl.kennisveiligheid.screening.api.Affiliation;
import nl.kennisveiligheid.screening.api.Funding;
import nl.kennisveiligheid.screening.api.FundingKind;
import nl.kennisveiligheid.screening.api.IdentityDocumentType;
import nl.kennisveiligheid.screening.api.RequestData;
import nl.kennisveiligheid.screening.api.RequestKind;
import nl.kennisveiligheid.screening.api.RequestStatus;
import nl.kennisveiligheid.screening.api.RequestSummary;
import nl.kennisveiligheid.screening.api.RequestView;
import nl.kennisveiligheid.screening.api.SubjectData;
import nl.kennisveiligheid.screening.control.RequestEditing;
import nl.kennisveiligheid.screening.control.RequestRegister;
import nl.kennisveiligheid.screening.control.ScreeningModule;
import nl.kennisveiligheid.units.api.UnitDirectory;
import nl.kennisveiligheid.units.api.UnitSummary;

/**
 * The institution's form for a request, in sections: the person, the access, the background. A draft saves as you
 * go (every half minute, quietly, once the person's reference and surname are there) and with the save button;
 * submitting saves first. Errors appear at their fields; nothing typed is lost.
 */
@Named
@ViewScoped
public class RequestFormBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ROW_FIELD = Pattern.compile("(affiliations|funding)\\[(\\d+)](?:\\.(\\w+))?");

    /** A country to choose: its ISO code and its name in the reader's language. */
    public record Country(String code, String name) implements Serializable {
    }

    /** An Annex 2 entry of the chosen unit: its key, and its code with the unit's reason. */
    public record EntryChoice(String key, String label) implements Serializable {
    }

    /** What the affiliation and funding rows share: an organisation's country and a period. */
    public abstract static class PeriodRow implements Serializable {
        private static final long serialVersionUID = 1L;
        protected String country;
        protected LocalDate from;
        protected LocalDate to;

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }
    }

    /** One affiliation row of the form. */
    public static class AffiliationRow extends PeriodRow {
        private static final long serialVersionUID = 1L;
        private String organisation;
        private String role;

        public AffiliationRow() {
        }

        AffiliationRow(Affiliation a) {
            organisation = a.organisation();
            country = a.country();
            role = a.role();
            from = a.from();
            to = a.to();
        }

        Affiliation data() {
            return new Affiliation(organisation, country, role, from, to);
        }

        boolean blank() {
            return Stream.of(organisation, country, role).allMatch(s -> s == null || s.isBlank()) && from == null && to == null;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    /** One funding row of the form. */
    public static class FundingRow extends PeriodRow {
        private static final long serialVersionUID = 1L;
        private FundingKind kind;
        private String funder;
        private boolean topicFromHomeCountry;

        public FundingRow() {
        }

        FundingRow(Funding f) {
            kind = f.kind();
            funder = f.funder();
            country = f.country();
            from = f.from();
            to = f.to();
            topicFromHomeCountry = f.topicFromHomeCountry();
        }

        Funding data() {
            return new Funding(kind, funder, country, from, to, topicFromHomeCountry);
        }

        boolean blank() {
            return kind == null && (funder == null || funder.isBlank()) && (country == null || country.isBlank()) && from == null && to == null;
        }

        public boolean isTopicFromHomeCountry() {
            return topicFromHomeCountry;
        }

        public void setTopicFromHomeCountry(boolean topicFromHomeCountry) {
            this.topicFromHomeCountry = topicFromHomeCountry;
        }

        public FundingKind getKind() {
            return kind;
        }

        public void setKind(FundingKind kind) {
            this.kind = kind;
        }

        public String getFunder() {
            return funder;
        }

        public void setFunder(String funder) {
            this.funder = funder;
        }

    }

    @Inject
    RequestRegister register;

    @Inject
    RequestEditing editing;

    @Inject
    UnitDirectory units;

    @Inject
    PlatformClock clock;

    @Inject
    RequestMemo memo;

    @Inject
    nl.kennisveiligheid.screening.control.Attachments attachments;

    @Inject
    nl.kennisveiligheid.screening.control.ScreeningSettings settings;

    private nl.kennisveiligheid.screening.api.AttachmentKind attachmentKind = nl.kennisveiligheid.screening.api.AttachmentKind.CV;

    private Long id;
    private RequestSummary existing;
    private boolean loaded;
    private String autosaveStatus;

    private String personReference;
    private String givenNames;
    private String surname;
    private String otherScriptNames;
    private LocalDate birthDate;
    private Integer birthYear;
    private String birthPlace;
    private String birthCountry;
    private String nationality1;
    private String nationality2;
    private String nationality3;
    private boolean stateless;
    private String email;
    private IdentityDocumentType idDocumentType;
    private String idDocumentNumber;
    private RequestKind kind = RequestKind.FIRST_ACCESS;
    private String earlierReference;
    private AccessRole role;
    private Long unitId;
    private List<String> entryKeys = new ArrayList<>();
    private String researchTopic;
    private String supervisor;
    private LocalDate intendedStart;
    private LocalDate intendedEnd;
    private final List<AffiliationRow> affiliations = new ArrayList<>();
    private final List<FundingRow> funding = new ArrayList<>();
    private String earlierScreenings;

    /** From the view parameter: an existing request is loaded once; a new one starts with one row of each. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            affiliations.add(new AffiliationRow());
            funding.add(new FundingRow());
            // from a decision's page: a renewal or a change of unit or role, linked to the earlier request (checked on saving)
            if (("RENEWAL".equals(prefillKind) || "CHANGE".equals(prefillKind)) && prefillEarlier != null
                    && prefillEarlier.matches("KVS-\\d{4}-\\d{6}")) {
                kind = RequestKind.valueOf(prefillKind);
                earlierReference = prefillEarlier;
            }
            return;
        }
        RequestView view = register.details(id).orElse(null);
        if (view == null) {
            return;
        }
        existing = view.summary();
        RequestData data = view.data();
        SubjectData s = data.subject();
        personReference = s.personReference();
        givenNames = s.givenNames();
        surname = s.surname();
        otherScriptNames = s.otherScriptNames();
        birthDate = s.birthDate();
        birthYear = s.birthYear();
        birthPlace = s.birthPlace();
        birthCountry = s.birthCountry();
        List<String> nationalities = s.nationalities();
        nationality1 = nationalities.size() > 0 ? nationalities.get(0) : null;
        nationality2 = nationalities.size() > 1 ? nationalities.get(1) : null;
        nationality3 = nationalities.size() > 2 ? nationalities.get(2) : null;
        stateless = s.stateless();
        email = s.email();
        idDocumentType = s.idDocumentType();
        idDocumentNumber = s.idDocumentNumber();
        AccessData a = data.access();
        kind = a.kind() == null ? RequestKind.FIRST_ACCESS : a.kind();
        earlierReference = a.earlierReference();
        role = a.role();
        unitId = a.unitId();
        entryKeys = new ArrayList<>(a.entryKeys());
        researchTopic = a.researchTopic();
        supervisor = a.supervisor();
        intendedStart = a.intendedStart();
        intendedEnd = a.intendedEnd();
        data.affiliations().forEach(x -> affiliations.add(new AffiliationRow(x)));
        data.funding().forEach(x -> funding.add(new FundingRow(x)));
        earlierScreenings = data.earlierScreenings();
        if (affiliations.isEmpty()) {
            affiliations.add(new AffiliationRow());
        }
        if (funding.isEmpty()) {
            funding.add(new FundingRow());
        }
    }

    RequestData data() {
        List<String> nationalities = Stream.of(nationality1, nationality2, nationality3).filter(Objects::nonNull).filter(c -> !c.isBlank())
                .distinct().toList();
        SubjectData subject = new SubjectData(personReference, givenNames, surname, otherScriptNames, birthDate, birthDate == null ? birthYear : null,
                birthPlace, birthCountry, nationalities, stateless, email, idDocumentType, idDocumentNumber);
        AccessData access = new AccessData(kind, kind == RequestKind.FIRST_ACCESS ? null : earlierReference, role, unitId, entryKeys,
                researchTopic, supervisor, intendedStart, intendedEnd);
        return new RequestData(subject, access, affiliations.stream().filter(r -> !r.blank()).map(AffiliationRow::data).toList(),
                funding.stream().filter(r -> !r.blank()).map(FundingRow::data).toList(), earlierScreenings);
    }

    /** Saves the draft (or the change while a supplement is asked for) and stays on the form. */
    public String save() {
        try {
            boolean created = existing == null;
            existing = write();
            PageMessages.info(ScreeningModule.BUNDLE, "form.saved");
            if (created) {
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/screening/requests/edit.xhtml?faces-redirect=true&id=" + existing.id();
            }
            return null;
        } catch (Refusal refused) {
            PageMessages.refused(refused, RequestFormBean::clientId);
            return null;
        }
    }

    /** Whether the field a label is for ({@code surname}, {@code nationality1}) is needed to submit: the label marks it. */
    public boolean neededToSubmit(String inputId) {
        return nl.kennisveiligheid.screening.control.RequestValidation.NEEDED_TO_SUBMIT.stream().anyMatch(field -> clientId(field).equals("request:" + inputId));
    }

    /** Saves, then submits the draft; to the request's page with its reference and due date. */
    public String submit() {
        // every field a submission needs and every mistake, named at once; what can be kept is saved all the same
        List<Refusal.FieldProblem> problems = nl.kennisveiligheid.screening.control.RequestValidation.forSubmission(data(), clock.today());
        if (!problems.isEmpty()) {
            try {
                existing = write();
            } catch (Refusal notSavable) {
                // its problems are among those named below
            }
            PageMessages.refused(new Refusal(Refusal.Kind.INVALID, ScreeningModule.BUNDLE, "error.incomplete", problems), RequestFormBean::clientId);
            return null;
        }
        try {
            existing = write();
            RequestSummary submitted = editing.submit(existing.id(), existing.version());
            PageMessages.info(ScreeningModule.BUNDLE, "form.submitted", submitted.reference(), RequestPageBean.longDate(submitted.dueOn()));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/screening/request.xhtml?faces-redirect=true&id=" + submitted.id();
        } catch (Refusal refused) {
            if (existing != null) {
                existing = register.request(existing.id()).orElse(existing);
            }
            PageMessages.refused(refused, RequestFormBean::clientId);
            return null;
        }
    }

    /** The poll's quiet save: only a draft that has the person's reference and surname; problems wait for the save button. */
    public void autosave() {
        if (existing != null && existing.status() != RequestStatus.DRAFT || blank(personReference) || blank(surname)) {
            return;
        }
        try {
            existing = write();
            autosaveStatus = LocalTime.now(clock.zone()).withNano(0).format(DateTimeFormatter.ofPattern("HH:mm"));
        } catch (Refusal refused) {
            autosaveStatus = null;
        }
    }

    private RequestSummary write() {
        RequestData data = data();
        return existing == null ? editing.create(data) : editing.update(existing.id(), data, existing.version());
    }

    /** The client id of a field the service names ({@code subject.surname}, {@code affiliations[2].from}). */
    static String clientId(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            String list = row.group(1);
            if (row.group(3) == null) {
                return "request:add" + ("affiliations".equals(list) ? "Affiliation" : "Funding");
            }
            String prefix = "affiliations".equals(list) ? "aff" : "fund";
            String name = prefix + Character.toUpperCase(row.group(3).charAt(0)) + row.group(3).substring(1);
            return "request:" + list + ":" + row.group(2) + ":" + name;
        }
        if (field.startsWith("subject.nationalities")) {
            return field.endsWith("[1]") ? "request:nationality2" : field.endsWith("[2]") ? "request:nationality3" : "request:nationality1";
        }
        if (field.startsWith("access.entryKeys")) {
            return "request:entryKeys";
        }
        if ("funding".equals(field)) {
            return "request:addFunding";
        }
        if ("affiliations".equals(field)) {
            return "request:addAffiliation";
        }
        int dot = field.indexOf('.');
        return "request:" + (dot < 0 ? field : field.substring(dot + 1));
    }

    public void addAffiliation() {
        affiliations.add(new AffiliationRow());
    }

    public void removeAffiliation(AffiliationRow row) {
        affiliations.remove(row);
    }

    public void addFunding() {
        funding.add(new FundingRow());
    }

    public void removeFunding(FundingRow row) {
        funding.remove(row);
    }

    /** The unit changed: the entries chosen stay only where the new unit has them. */
    public void unitChanged() {
        List<String> available = getEntryChoices().stream().map(EntryChoice::key).toList();
        entryKeys = new ArrayList<>(entryKeys.stream().filter(available::contains).toList());
    }

    // ---- attachments (a saved request only)

    public List<nl.kennisveiligheid.screening.api.AttachmentView> getAttachments() {
        return existing == null ? List.of() : memo.get(this, "attachments", () -> attachments.of(existing.id()));
    }

    /** A file chosen in the upload: checked and kept, or the reason it is refused. */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        if (existing == null) {
            PageMessages.error(null, ScreeningModule.BUNDLE, "attachment.saveFirst");
            return;
        }
        try {
            var added = attachments.add(existing.id(), attachmentKind, event.getFile().getFileName(), event.getFile().getContent());
            PageMessages.info(ScreeningModule.BUNDLE, "attachment.added", added.fileName());
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public void removeAttachment(long attachmentId) {
        try {
            attachments.remove(existing.id(), attachmentId);
            PageMessages.info(ScreeningModule.BUNDLE, "attachment.removed");
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public String getTooLargeText() {
        return PageMessages.text(ScreeningModule.BUNDLE, "attachment.error.tooLarge", FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                settings.attachmentMaxBytes() / (1024 * 1024));
    }

    public long getAttachmentMaxBytes() {
        return settings.attachmentMaxBytes();
    }

    public String getAttachmentLimits() {
        return PageMessages.text(ScreeningModule.BUNDLE, "attachment.help", FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                settings.attachmentMaxBytes() / (1024 * 1024), settings.requestAttachmentsMaxBytes() / (1024 * 1024));
    }

    public nl.kennisveiligheid.screening.api.AttachmentKind[] getAttachmentKinds() {
        return nl.kennisveiligheid.screening.api.AttachmentKind.values();
    }

    public nl.kennisveiligheid.screening.api.AttachmentKind getAttachmentKind() {
        return attachmentKind;
    }

    public void setAttachmentKind(nl.kennisveiligheid.screening.api.AttachmentKind attachmentKind) {
        this.attachmentKind = attachmentKind;
    }

    // ---- choices

    public List<UnitSummary> getUnits() {
        return memo.get(this, "units", () -> units.openUnitsOfMyInstitution());
    }

    public List<EntryChoice> getEntryChoices() {
        if (unitId == null) {
            return List.of();
        }
        return memo.get(this, "entries." + unitId, () -> units.asOf(unitId, clock.today())
                .map(v -> v.data().entries().stream().map(e -> new EntryChoice(e.entryKey(), e.code() + (e.reason() == null ? "" : " · " + e.reason())))
                        .toList()).orElse(List.of()));
    }

    public List<Country> getCountries() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return memo.get(this, "countries." + locale, () -> Stream.of(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, java.text.Collator.getInstance(locale))).toList());
    }

    public AccessRole[] getRoles() {
        return AccessRole.values();
    }

    public RequestKind[] getKinds() {
        return RequestKind.values();
    }

    public FundingKind[] getFundingKinds() {
        return FundingKind.values();
    }

    public IdentityDocumentType[] getDocumentTypes() {
        return IdentityDocumentType.values();
    }

    public boolean isNotFound() {
        return id != null && existing == null;
    }

    /** Whether the request can be changed here: new, a draft, or awaiting a supplement. */
    public boolean isEditable() {
        return existing == null || existing.status() == RequestStatus.DRAFT || existing.status() == RequestStatus.AWAITING_SUPPLEMENT;
    }

    public boolean isDraft() {
        return existing == null || existing.status() == RequestStatus.DRAFT;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    // ---- properties

    /** A new request's kind when it follows an earlier decision ({@code RENEWAL} or {@code CHANGE}), from the link. */
    private String prefillKind;
    /** The earlier request's reference a new request follows, from the link. */
    private String prefillEarlier;

    public String getPrefillKind() { return prefillKind; }
    public void setPrefillKind(String prefillKind) { this.prefillKind = prefillKind; }
    public String getPrefillEarlier() { return prefillEarlier; }
    public void setPrefillEarlier(String prefillEarlier) { this.prefillEarlier = prefillEarlier; }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestSummary getExisting() {
        return existing;
    }

    public String getAutosaveStatus() {
        return autosaveStatus;
    }

    public String getPersonReference() {
        return personReference;
    }

    public void setPersonReference(String personReference) {
        this.personReference = personReference;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getOtherScriptNames() {
        return otherScriptNames;
    }

    public void setOtherScriptNames(String otherScriptNames) {
        this.otherScriptNames = otherScriptNames;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String birthPlace) {
        this.birthPlace = birthPlace;
    }

    public String getBirthCountry() {
        return birthCountry;
    }

    public void setBirthCountry(String birthCountry) {
        this.birthCountry = birthCountry;
    }

    public String getNationality1() {
        return nationality1;
    }

    public void setNationality1(String nationality1) {
        this.nationality1 = nationality1;
    }

    public String getNationality2() {
        return nationality2;
    }

    public void setNationality2(String nationality2) {
        this.nationality2 = nationality2;
    }

    public String getNationality3() {
        return nationality3;
    }

    public void setNationality3(String nationality3) {
        this.nationality3 = nationality3;
    }

    public boolean isStateless() {
        return stateless;
    }

    public void setStateless(boolean stateless) {
        this.stateless = stateless;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public IdentityDocumentType getIdDocumentType() {
        return idDocumentType;
    }

    public void setIdDocumentType(IdentityDocumentType idDocumentType) {
        this.idDocumentType = idDocumentType;
    }

    public String getIdDocumentNumber() {
        return idDocumentNumber;
    }

    public void setIdDocumentNumber(String idDocumentNumber) {
        this.idDocumentNumber = idDocumentNumber;
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public String getEarlierReference() {
        return earlierReference;
    }

    public void setEarlierReference(String earlierReference) {
        this.earlierReference = earlierReference;
    }

    public AccessRole getRole() {
        return role;
    }

    public void setRole(AccessRole role) {
        this.role = role;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public List<String> getEntryKeys() {
        return entryKeys;
    }

    public void setEntryKeys(List<String> entryKeys) {
        this.entryKeys = entryKeys == null ? new ArrayList<>() : new ArrayList<>(entryKeys);
    }

    public String getResearchTopic() {
        return researchTopic;
    }

    public void setResearchTopic(String researchTopic) {
        this.researchTopic = researchTopic;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public LocalDate getIntendedStart() {
        return intendedStart;
    }

    public void setIntendedStart(LocalDate intendedStart) {
        this.intendedStart = intendedStart;
    }

    public LocalDate getIntendedEnd() {
        return intendedEnd;
    }

    public void setIntendedEnd(LocalDate intendedEnd) {
        this.intendedEnd = intendedEnd;
    }

    public List<AffiliationRow> getAffiliations() {
        return affiliations;
    }

    public List<FundingRow> getFunding() {
        return funding;
    }

    public String getEarlierScreenings() {
        return earlierScreenings;
    }

    public void setEarlierScreenings(String earlierScreenings) {
        this.earlierScreenings = earlierScreenings;
    }
}
