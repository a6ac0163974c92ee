package dev.progeny.app.cli;

import dev.progeny.probes.limits.LimitKind;
import dev.progeny.probes.limits.LimitSyntaxException;
import dev.progeny.probes.limits.Limits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The limit options of {@code run} (a picocli mixin): {@code --memory --pids --cpu --cpu-time}. */
final class LimitOptions {

    @Option(names = "--memory", paramLabel = "SIZE", converter = Memory.class,
            description = "Memory of the whole family (e.g. 512M, 2G); killed by the OOM killer beyond it.")
    Long memory;

    @Option(names = "--pids", paramLabel = "N", converter = Processes.class,
            description = "Most processes the family may have at once; fork fails beyond it.")
    Long pids;

    @Option(names = "--cpu", paramLabel = "SHARE", converter = Cpu.class,
            description = "CPU share of the family in percent of one core (150% = 1.5 cores; 1.5 also means 1.5 cores).")
    Long cpu;

    @Option(names = "--cpu-time", paramLabel = "DUR", converter = CpuTime.class,
            description = "CPU time each process may use (90s, 10m, 2h; setrlimit RLIMIT_CPU).")
    Long cpuTime;

    Limits limits() {
        Limits out = Limits.NONE;
        out = memory == null ? out : out.with(LimitKind.MEMORY, memory);
        out = pids == null ? out : out.with(LimitKind.PROCESSES, pids);
        out = cpu == null ? out : out.with(LimitKind.CPU, cpu);
        return cpuTime == null ? out : out.with(LimitKind.CPU_TIME, cpuTime);
    }

    /** A limit value that does not parse: bad input, exit status 2 (see {@link ProgenyCommand}). */
    static final class BadLimit extends TypeConversionException {
        BadLimit(String message) {
            super(message);
        }
    }

    private abstract static class LimitConverter implements ITypeConverter<Long> {
        private final LimitKind kind;

        LimitConverter(LimitKind kind) {
            this.kind = kind;
        }

        @Override
        public Long convert(String value) {
            try {
                return kind.parse(value);
            } catch (LimitSyntaxException e) {
                throw new BadLimit(e.getMessage());
            }
        }
    }

    static final class Memory extends LimitConverter {
        Memory() {
            super(LimitKind.MEMORY);
        }
    }

    static final class Processes extends LimitConverter {
        Processes() {
            super(LimitKind.PROCESSES);
        }
    }

    static final class Cpu extends LimitConverter {
        Cpu() {
            super(LimitKind.CPU);
        }
    }

    static final class CpuTime extends LimitConverter {
        CpuTime() {
            super(LimitKind.CPU_TIME);
        }
    }
}
