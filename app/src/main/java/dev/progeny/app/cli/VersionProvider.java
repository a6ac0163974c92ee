package dev.progeny.app.cli;

import picocli.CommandLine;

/** The version from the jar manifest, so it is never written twice. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"progeny " + (v == null ? "dev" : v)};
    }
}
