package nl.kennisveiligheid.app.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) in the test JVM for the whole integration-test run, started before the product is
 * deployed: its port goes to the product as {@code mail.smtp.port} ({@code arquillian.xml}, system property
 * {@code test.smtp.port}), so every mail the product sends in the suite arrives here. Client tests read what arrived
 * with {@link #greenMail()}.
 */
public class TestMailServer implements LauncherSessionListener {

    private static GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("test.db") == null || greenMail != null) {
            return; // unit tests, or already running
        }
        int port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        System.setProperty("test.smtp.port", String.valueOf(port));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** The server the product's mail arrives at in this run. */
    public static GreenMail greenMail() {
        if (greenMail == null) {
            throw new IllegalStateException("The test SMTP server is not running: it starts with the integration-test run (test.db set)");
        }
        return greenMail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test SMTP server", e);
        }
    }
}
