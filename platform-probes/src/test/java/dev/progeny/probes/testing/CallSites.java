package dev.progeny.probes.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.InvokeInstruction;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which compiled classes call a given method, read from their bytecode with the JDK's class-file
 * API: a guard rail such as "only the signal senders call kill(2)" is then a test that fails as
 * soon as a new call site appears. Lambdas count for the class they are written in.
 */
public final class CallSites {
    private CallSites() {
    }

    /** The directory of compiled classes that holds {@code type} (a module's target/classes). */
    public static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Simple names of the top-level classes under {@code classes} that call {@code owner.method}. */
    public static Set<String> callersOf(Path classes, Class<?> owner, String method) {
        String internal = owner.getName().replace('.', '/');
        Set<String> callers = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                ClassModel model = ClassFile.of().parse(Files.readAllBytes(file));
                if (calls(model, internal, method)) {
                    String name = model.thisClass().asInternalName();
                    String simple = name.substring(name.lastIndexOf('/') + 1);
                    callers.add(simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return callers;
    }

    private static boolean calls(ClassModel model, String owner, String method) {
        for (MethodModel m : model.methods()) {
            CodeModel code = m.code().orElse(null);
            if (code == null) {
                continue;
            }
            for (var element : code) {
                if (element instanceof InvokeInstruction call && call.owner().asInternalName().equals(owner)
                        && call.name().equalsString(method)) {
                    return true;
                }
            }
        }
        return false;
    }
}
