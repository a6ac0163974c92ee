package dev.progeny.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.progeny.app.gui.archfixture.BreakingView;
import dev.progeny.app.gui.archfixture.BreakingViewModel;
import dev.progeny.probes.ProcessInspector;
import dev.progeny.probes.ProcessTable;
import dev.progeny.probes.launch.Launch;
import dev.progeny.probes.launch.Launcher;
import dev.progeny.probes.terminate.OrphanReaper;
import dev.progeny.probes.terminate.Terminator;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

/**
 * The window's threading and layering rules, written once here instead of in Javadocs: views are
 * JavaFX and talk to view-models only, never to the operating system; view-models hand every
 * blocking call to the {@code TaskExecutor} (as a lambda, run on a worker) and never block the FX
 * thread themselves. A lambda is taken to be work for the executor: ArchUnit cannot see where a
 * lambda is passed, so a blocking call in an FX listener's lambda would slip through.
 */
@AnalyzeClasses(packages = "dev.progeny.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Where native code lives: JNA, FFM, and the per-OS bindings of platform-probes. */
    private static final String[] NATIVE = {"com.sun.jna..", "java.lang.foreign..", "dev.progeny.probes.linux..",
        "dev.progeny.probes.freebsd..", "dev.progeny.probes.macos..", "dev.progeny.probes.posix.."};

    /** Calls that wait on the OS, the disk or another thread. */
    private static final List<Class<?>> BLOCKING_OWNERS = List.of(ProcessTable.class, Launcher.class,
            Terminator.class, OrphanReaper.class, ProcessInspector.class, Files.class, Future.class, CountDownLatch.class);

    private static final DescribedPredicate<JavaClass> VIEWS = new DescribedPredicate<>("views (JavaFX nodes and *View classes)") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith("dev.progeny.app.gui") && !c.getSimpleName().endsWith("ViewModel")
                    && (c.getSimpleName().endsWith("View") || c.isAssignableTo("javafx.scene.Node"));
        }
    };

    @ArchTest
    static final ArchRule viewsNeverReachNativeCode = noClasses().that(VIEWS)
            .should().dependOnClassesThat().resideInAnyPackage(NATIVE)
            .because("native calls block and belong in platform-probes, behind a view-model and the TaskExecutor");

    @ArchTest
    static final ArchRule viewsNeverCallTheOperatingSystem = noClasses().that(VIEWS)
            .should().callMethodWhere(ownedBy(BLOCKING_OWNERS))
            .because("a view runs on the FX thread; what the OS says reaches it through its view-model");

    @ArchTest
    static final ArchRule viewModelsNeverImportAControl = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..")
            .because("a view-model holds state and commands; the view binds to it (JabRef's rule)");

    @ArchTest
    static final ArchRule viewModelsNeverBlock = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should(onlyBlockInsideLambdas())
            .because("view-models run on the FX thread; blocking work goes to the TaskExecutor as a lambda");

    private static DescribedPredicate<JavaMethodCall> ownedBy(List<Class<?>> owners) {
        return new DescribedPredicate<>("a blocking method (process table, launcher, terminator, reaper, inspector,"
                + " files, futures, latches, Launch.waitFor, Thread.sleep)") {
            @Override
            public boolean test(JavaMethodCall call) {
                JavaClass owner = call.getTargetOwner();
                String name = call.getName();
                return owners.stream().anyMatch(owner::isAssignableTo)
                        || owner.isAssignableTo(Launch.class) && name.equals("waitFor")
                        || owner.isEquivalentTo(Thread.class) && name.equals("sleep");
            }
        };
    }

    private static ArchCondition<JavaClass> onlyBlockInsideLambdas() {
        DescribedPredicate<JavaMethodCall> blocking = ownedBy(BLOCKING_OWNERS);
        return new ArchCondition<>("call blocking methods only from lambdas handed to the TaskExecutor") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                    if (blocking.test(call) && !runsOffTheFxThread(call, new HashSet<>())) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * A call written in a lambda, or in a private method that is only called from lambdas (or from
     * such methods): in a view-model these are the work handed to the TaskExecutor.
     */
    private static boolean runsOffTheFxThread(JavaAccess<?> access, Set<JavaCodeUnit> seen) {
        if (access.isDeclaredInLambda()) {
            return true;
        }
        JavaCodeUnit unit = access.getOrigin();
        if (!unit.getModifiers().contains(JavaModifier.PRIVATE) || !seen.add(unit)) {
            return false;
        }
        Set<? extends JavaAccess<?>> callers = unit.getAccessesToSelf();
        return !callers.isEmpty() && callers.stream().allMatch(a -> runsOffTheFxThread(a, seen));
    }

    /** The rules bite: a class that breaks each one is caught (a negative control for the rules themselves). */
    @ArchTest
    static void theRulesCatchABreakingView(JavaClasses ignored) {
        JavaClasses breaking = new ClassFileImporter().importClasses(BreakingView.class, BreakingViewModel.class);
        assertViolated(viewsNeverReachNativeCode, breaking);
        assertViolated(viewModelsNeverBlock, breaking);
    }

    private static void assertViolated(ArchRule rule, JavaClasses classes) {
        if (!rule.evaluate(classes).hasViolation()) {
            throw new AssertionError("rule did not catch its violation: " + rule.getDescription());
        }
    }
}
