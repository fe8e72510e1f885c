package nl.kennisveiligheid.platform.control.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisveiligheid.platform.api.ActorNames;
import nl.kennisveiligheid.platform.api.CurrentActor;
import nl.kennisveiligheid.platform.api.CurrentUser;
import nl.kennisveiligheid.platform.api.LiveSetting;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.PersonDetails;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.entity.ApiToken;
import nl.kennisveiligheid.platform.entity.UserAccount;

/**
 * {@link ActorNames} from the user accounts and API tokens (a system token's owner: the administrator who issued it).
 * An institution's reader sees the authority's staff by function; {@code platform.authority-names-to-institutions=true}
 * shows their names instead.
 */
@ApplicationScoped
public class RecordedActorNames implements ActorNames {

    private static final Pattern TOKEN = Pattern.compile("token:(\\d+):(.*)", Pattern.DOTALL);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentUser reader;

    @Override
    public Text describe(String recordedActor) {
        if (recordedActor == null || recordedActor.isBlank()) {
            return Text.of(Messages.PLATFORM_BUNDLE, "actor.unknown");
        }
        if (CurrentActor.SYSTEM.equals(recordedActor)) {
            return Text.of(Messages.PLATFORM_BUNDLE, "actor.system");
        }
        Matcher token = TOKEN.matcher(recordedActor);
        if (token.matches()) {
            ApiToken found = em.find(ApiToken.class, Long.parseLong(token.group(1)));
            String label = found != null ? found.getName() : token.group(2);
            Optional<String> owner = found == null ? Optional.empty() : account(found.getCreatedBy()).map(UserAccount::getDisplayName);
            return owner.map(name -> Text.of(Messages.PLATFORM_BUNDLE, "actor.token", name, label))
                    .orElseGet(() -> Text.of(Messages.PLATFORM_BUNDLE, "actor.token.noOwner", label));
        }
        Optional<UserAccount> account = account(recordedActor);
        if (account.isPresent() && account.get().getInstitutionId() == null && institutionReader() && !namesToInstitutions()) {
            String function = account.get().getJobTitle();
            return function == null ? Text.of(Messages.PLATFORM_BUNDLE, "actor.authority")
                    : Text.of(Messages.PLATFORM_BUNDLE, "actor.authority.function", function);
        }
        return Text.of(Messages.PLATFORM_BUNDLE, "actor.person", account.map(UserAccount::getDisplayName).orElse(recordedActor));
    }

    @Override
    public Optional<PersonDetails> person(String recordedActor) {
        return account(recordedActor).map(u -> new PersonDetails(u.getDisplayName(), u.getJobTitle()));
    }

    private boolean institutionReader() {
        try {
            return reader.institutionId().isPresent();
        } catch (RuntimeException outsideARequest) {
            return false;
        }
    }

    private static boolean namesToInstitutions() {
        return LiveSetting.of("platform.authority-names-to-institutions").map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
    }

    /** A user's account (also of a user no longer active). */
    private Optional<UserAccount> account(String username) {
        if (username == null || CurrentActor.SYSTEM.equals(username)) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }
}
