package dev.progeny.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ClassPathNoticeTest {
    @Test
    void dropsOnlyTheUnnamedModuleWarning() {
        List<String> passed = new ArrayList<>();
        Handler collector = new Handler() {
            @Override
            public void publish(LogRecord record) {
                passed.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger javafx = Logger.getLogger("javafx");
        javafx.addHandler(collector);
        try {
            ClassPathNotice.drop();
            // The way JavaFX logs: through System.Logger, which the JDK routes to java.util.logging.
            System.Logger logger = System.getLogger("javafx");
            logger.log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'");
            logger.log(System.Logger.Level.WARNING, "some other JavaFX warning");

            assertThat(passed).containsExactly("some other JavaFX warning");
        } finally {
            javafx.removeHandler(collector);
        }
    }
}
