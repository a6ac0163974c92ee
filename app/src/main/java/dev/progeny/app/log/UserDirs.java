package dev.progeny.app.log;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Progeny keeps its files for the user, by the XDG Base Directory spec: configuration
 * ({@code $XDG_CONFIG_HOME/progeny}, default {@code ~/.config/progeny}), state such as the log
 * ({@code $XDG_STATE_HOME/progeny}, default {@code ~/.local/state/progeny}) and caches such as
 * output spill files ({@code $XDG_CACHE_HOME/progeny}, default {@code ~/.cache/progeny}). Home is
 * {@code $HOME} when set, as every shell tool takes it (Java's {@code user.home} comes from the
 * password database and ignores it). A relative XDG value is ignored, as the spec says. Any OS;
 * immutable.
 */
public record UserDirs(Path home, Path config, Path state, Path cache) {

    /** The directories for this process's environment. */
    public static UserDirs current() {
        return of(System.getenv(), System.getProperty("user.home"));
    }

    /** The directories {@code env} names, with {@code passwordHome} when it has no usable HOME. */
    static UserDirs of(Map<String, String> env, String passwordHome) {
        Path home = absolute(env.get("HOME")) ? Path.of(env.get("HOME")) : Path.of(passwordHome);
        return new UserDirs(home, dir(env, "XDG_CONFIG_HOME", home.resolve(".config")),
                dir(env, "XDG_STATE_HOME", home.resolve(".local/state")),
                dir(env, "XDG_CACHE_HOME", home.resolve(".cache")));
    }

    private static Path dir(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return (absolute(value) ? Path.of(value) : fallback).resolve("progeny");
    }

    private static boolean absolute(String value) {
        return value != null && !value.isBlank() && Path.of(value).isAbsolute();
    }
}
