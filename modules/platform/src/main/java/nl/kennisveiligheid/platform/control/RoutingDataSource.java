package nl.kennisveiligheid.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source class named in the application's {@code @DataSourceDefinition}: it hands each
 * connection request to the data source of the database its URL names (PostgreSQL or H2), so that
 * switching databases needs only {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD}: no rebuild and
 * no driver class setting. Payara pools the connections it gives.
 */
public class RoutingDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.delegate = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.delegate = null;
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            current = create();
            delegate = current;
        }
        return current;
    }

    private DataSource create() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL given (setting DB_URL)");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(url);
            if (user != null && !user.isBlank()) {
                pg.setUser(user);
            }
            if (password != null && !password.isEmpty()) {
                pg.setPassword(password);
            }
            pg.setConnectTimeout(10);
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(durableH2(url));
            h2.setUser(user == null ? "" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        throw new SQLException("Unsupported database URL '" + redact(url)
                + "' (setting DB_URL): use jdbc:postgresql://host:5432/database or jdbc:h2:file:./data/screening");
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return delegate().getConnection();
        } catch (SQLException e) {
            throw failedBeforeStart(e);
        }
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        try {
            return delegate().getConnection(username, pass);
        } catch (SQLException e) {
            throw failedBeforeStart(e);
        }
    }

    /**
     * A connection that fails before start-up has completed means the database setting is wrong: the
     * container connects (for EclipseLink) while deploying, before the start-up sequence runs, and a failed
     * deployment would leave a server running that answers 404. So the start stops here, with the one
     * ERROR line of the start-up checks. Once started, a failing connection is an ordinary error.
     */
    private SQLException failedBeforeStart(SQLException e) {
        if (!StartupSequence.hasCompleted()) {
            StartupSequence.stop(StartupFailure.setting(Settings.DB_URL, "cannot connect to the database at " + redact(url)
                    + " (check also DB_USER and DB_PASSWORD): " + StartupFailure.oneLine(e.getMessage())));
        }
        return e;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }

    /**
     * An H2 URL whose commits are written to the file before they are acknowledged: H2 otherwise writes its changes
     * up to a second later ({@code WRITE_DELAY}, default 500 ms), and a server killed meanwhile loses requests it had
     * answered {@code 201}. {@code WRITE_DELAY=0} makes each commit write its changes (a process that dies keeps
     * them; the operating system writes them to disk). Any other write delay in the URL is replaced.
     */
    static String durableH2(String url) {
        return url.replaceAll("(?i);WRITE_DELAY=[^;]*", "") + ";WRITE_DELAY=0";
    }

    /** The URL without any password parameter, for messages and logs. */
    public static String redact(String url) {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
