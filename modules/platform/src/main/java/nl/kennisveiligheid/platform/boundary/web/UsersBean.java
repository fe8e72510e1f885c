package nl.kennisveiligheid.platform.boundary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.InstitutionDirectory;
import nl.kennisveiligheid.platform.api.InstitutionSummary;
import nl.kennisveiligheid.platform.api.PageMessages;
import nl.kennisveiligheid.platform.api.Role;
import nl.kennisveiligheid.platform.api.lazy.LazyTableModel;
import nl.kennisveiligheid.platform.api.lazy.PageRequest;
import nl.kennisveiligheid.platform.api.lazy.PageSource;
import nl.kennisveiligheid.platform.control.PlatformModule;
import nl.kennisveiligheid.platform.control.identity.UserAdministration;
import nl.kennisveiligheid.platform.entity.UserAccount;

/** Managing user accounts: system administrators all, institution administrators their own institution's. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the users table. */
    public record Row(long id, String username, String displayName, String institution, String role,
                      boolean active, boolean locked, boolean mustChangePassword) {
    }

    @Inject
    UserAdministration administration;

    @Inject
    InstitutionDirectory institutions;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageBean language;

    private LazyTableModel<Row> model;
    private String username;
    private String displayName;
    private String jobTitle;
    private String changedJobTitle;
    private String email;
    private Long institutionId;
    private Role role = Role.INSTITUTION_OFFICER;
    private String temporaryPassword;
    private String temporaryPasswordFor;

    @PostConstruct
    void init() {
        model = new LazyTableModel<>(new Source(), Row::id);
    }

    private final class Source implements PageSource<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public long count(Map<String, Object> filters) {
            return administration.count(filters);
        }

        @Override
        public List<Row> load(PageRequest request) {
            return administration.load(request).stream().map(UsersBean.this::row).toList();
        }
    }

    private Row row(UserAccount user) {
        String institution = user.getInstitutionId() == null ? ""
                : institutions.byId(user.getInstitutionId()).map(InstitutionSummary::name).orElse("");
        String roles = String.join(", ", user.getRoles().stream().sorted()
                .map(r -> PageMessages.text(PlatformModule.BUNDLE, "role." + r.name(), language.getLocale())).toList());
        return new Row(user.getId(), user.getUsername(), user.getDisplayName(), institution, roles,
                user.isActive(), administration.isLocked(user), user.isMustChangePassword());
    }

    public void create() {
        try {
            UserAdministration.Created created = administration.create(username, displayName, jobTitle, email, institutionId, role);
            temporaryPassword = created.temporaryPassword();
            temporaryPasswordFor = created.username();
            info("users.created", created.username());
            username = null;
            displayName = null;
            jobTitle = null;
            email = null;
        } catch (UserAdministration.Refused refused) {
            error(refused.getMessage());
        }
    }

    private UserAdministration.Details details;

    /** Shows one account's contact details (an audited read of personal data). */
    public void show(Row row) {
        act(() -> {
            details = administration.details(row.id());
            changedJobTitle = details.jobTitle();
        });
    }

    /** Saves the function (job title) of the account whose details are shown. */
    public void saveJobTitle() {
        if (details == null) {
            return;
        }
        act(() -> {
            administration.setJobTitle(details.id(), changedJobTitle);
            details = administration.details(details.id());
            info("users.jobTitle.saved", details.username());
        });
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getChangedJobTitle() {
        return changedJobTitle;
    }

    public void setChangedJobTitle(String changedJobTitle) {
        this.changedJobTitle = changedJobTitle;
    }

    public void closeDetails() {
        details = null;
    }

    public UserAdministration.Details getDetails() {
        return details;
    }

    public void resetPassword(Row row) {
        act(() -> {
            temporaryPassword = administration.resetPassword(row.id());
            temporaryPasswordFor = row.username();
            info("users.reset.done", row.username());
        });
    }

    public void unlock(Row row) {
        act(() -> {
            administration.unlock(row.id());
            info("users.unlocked", row.username());
        });
    }

    public void toggleActive(Row row) {
        act(() -> {
            administration.setActive(row.id(), !row.active());
            info(row.active() ? "users.deactivated" : "users.reactivated", row.username());
        });
    }

    private void act(Runnable action) {
        temporaryPassword = null;
        try {
            action.run();
        } catch (UserAdministration.Refused refused) {
            error(refused.getMessage());
        }
    }

    private static void info(String key, Object... arguments) {
        PageMessages.info(PlatformModule.BUNDLE, key, arguments);
    }

    private static void error(String key) {
        PageMessages.error(null, PlatformModule.BUNDLE, key);
    }

    public boolean isSystemAdministrator() {
        return currentUser.hasRole(Role.SYSTEM_ADMIN);
    }

    public List<InstitutionSummary> getInstitutions() {
        return institutions.all();
    }

    public List<Role> getRoles() {
        return administration.assignableRoles();
    }

    public LazyTableModel<Row> getModel() {
        return model;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public String getTemporaryPasswordFor() {
        return temporaryPasswordFor;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
