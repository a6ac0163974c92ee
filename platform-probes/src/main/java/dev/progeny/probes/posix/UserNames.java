package dev.progeny.probes.posix;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a uid into a user name with {@code getpwuid(3)}, once per uid (the answer is cached for
 * the life of the object). The lookup may block on NSS (LDAP, ...): call it off the UI thread.
 * Linux, FreeBSD and macOS. Thread-safe.
 */
public final class UserNames {
    /** {@code getpwuid} only; its result points into static storage, hence the lock below. */
    interface Passwd extends Library {
        Passwd INSTANCE = Native.load("c", Passwd.class);

        Pointer getpwuid(int uid);
    }

    private final ConcurrentHashMap<Integer, String> names = new ConcurrentHashMap<>();

    /** The user name, or the uid as text when it has none; "?" for an unknown uid (-1). */
    public String nameOf(int uid) {
        if (uid < 0) {
            return "?";
        }
        return names.computeIfAbsent(uid, UserNames::lookUp);
    }

    private static String lookUp(int uid) {
        synchronized (Passwd.class) {
            Pointer pw = Passwd.INSTANCE.getpwuid(uid);
            // struct passwd starts with char *pw_name on all three OSes (pwd.h).
            Pointer name = pw == null ? null : pw.getPointer(0);
            return name == null ? Integer.toString(uid) : name.getString(0);
        }
    }
}
