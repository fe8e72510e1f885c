package nl.kennisveiligheid.platform.control.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisveiligheid.platform.api.ActorNames;
import nl.kennisveiligheid.platform.api.CurrentActor;
import nl.kennisveiligheid.platform.api.Messages;
import nl.kennisveiligheid.platform.api.Text;
import nl.kennisveiligheid.platform.entity.ApiToken;
import nl.kennisveiligheid.platform.entity.UserAccount;

/** {@link ActorNames} from the user accounts and API tokens (a token's owner: the administrator who issued it). */
@ApplicationScoped
public class RecordedActorNames implements ActorNames {

    private static final Pattern TOKEN = Pattern.compile("token:(\\d+):(.*)", Pattern.DOTALL);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

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
            Optional<String> owner = found == null ? Optional.empty() : person(found.getCreatedBy());
            return owner.map(name -> Text.of(Messages.PLATFORM_BUNDLE, "actor.token", name, label))
                    .orElseGet(() -> Text.of(Messages.PLATFORM_BUNDLE, "actor.token.noOwner", label));
        }
        return Text.of(Messages.PLATFORM_BUNDLE, "actor.person", person(recordedActor).orElse(recordedActor));
    }

    /** A user's display name (also of a user no longer active). */
    private Optional<String> person(String username) {
        if (username == null || CurrentActor.SYSTEM.equals(username)) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().map(UserAccount::getDisplayName);
    }
}
