package dev.progeny.app.gui.actions;

import dev.progeny.probes.Signal;
import java.time.Duration;
import java.util.Optional;

/**
 * The blocking operations behind the action buttons. Implementations signal through the
 * platform's terminator (which re-checks identity and its own safety rules) and describe what
 * happened; callers run them off the FX thread. Implementations are thread-safe.
 */
public interface FamilyActions {

    /** Sends {@code signal} to every member of {@code target}. */
    ActionResult signal(ActionTarget target, Signal signal) throws Exception;

    /** SIGTERM (and SIGCONT to stopped members), then SIGKILL to survivors after {@code grace}. */
    ActionResult escalate(ActionTarget target, Duration grace) throws Exception;

    /**
     * Collects zombies re-parented to Progeny and reports their exit statuses; launched roots are
     * left alone, since their launch collects their status itself.
     */
    ActionResult reapOrphans() throws Exception;

    /** Why this platform cannot do {@code action} at all (it is greyed out then); empty when it can. */
    Optional<String> unsupported(ActionKind action);

    /** The actions the window offers, for {@link #unsupported}. */
    enum ActionKind { SIGNAL, ESCALATE, REAP_ORPHANS, SUSPEND_RESUME }
}
