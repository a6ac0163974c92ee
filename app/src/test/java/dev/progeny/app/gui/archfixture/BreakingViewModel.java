package dev.progeny.app.gui.archfixture;

/** Breaks the rule on purpose: a view-model that blocks outside a lambda (see ArchitectureTest). */
public final class BreakingViewModel {
    public void refresh() throws InterruptedException {
        Thread.sleep(1000);
    }
}
