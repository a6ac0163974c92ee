package dev.progeny.probes.linux;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The C allocator's free memory, handed back to the system with glibc's {@code malloc_trim(3)}:
 * after hundreds of launches are removed the window's native heap keeps their freed pages (500
 * launches of {@code true}: about 8 MB of resident memory a trim returns). HotSpot's own
 * {@code -XX:TrimNativeHeapInterval} does the same periodically but warns on every other
 * platform, whose launchers read the same options. Without glibc (musl) there is nothing to call.
 * Linux only; thread-safe.
 */
final class CHeap {
    private static final Optional<MethodHandle> MALLOC_TRIM = Linker.nativeLinker().defaultLookup().find("malloc_trim")
            .map(symbol -> Linker.nativeLinker().downcallHandle(symbol,
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG)));

    private CHeap() {
    }

    /** Whether the C library has {@code malloc_trim} (glibc does). */
    static boolean available() {
        return MALLOC_TRIM.isPresent();
    }

    /**
     * Trims the C heap: true when memory went back to the system ({@code malloc_trim}'s answer),
     * false when none could or there is no {@code malloc_trim}. A few milliseconds: never on the FX thread.
     */
    static boolean trim() {
        if (MALLOC_TRIM.isEmpty()) {
            return false;
        }
        try {
            return (int) MALLOC_TRIM.get().invokeExact(0L) == 1;
        } catch (Throwable e) {
            throw new IllegalStateException("malloc_trim failed", e);
        }
    }
}
