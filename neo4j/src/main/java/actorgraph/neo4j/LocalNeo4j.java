package actorgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * A Neo4j Community database that listens for Bolt on 127.0.0.1, for machines without Docker.
 *
 * <p>Usage: {@code LocalNeo4j <home-dir> <bolt-port> <page-cache-mb> <plugin-dir>}; the
 * password of user {@code neo4j} comes from the environment variable
 * {@code ACTORGRAPH_NEO4J_PASSWORD}, so that it never shows in a process listing. Transactions
 * have no server-wide timeout: every client transaction carries its own (see the driver side).
 *
 * <p>The process lives exactly as long as its parent: it shuts the database down cleanly when its
 * standard input reaches end-of-file, which happens when the parent exits for any reason
 * (including SIGKILL), so no orphan keeps the port and the store lock. SIGTERM and SIGINT shut it
 * down cleanly too.
 *
 * <p>Graph Data Science (centrality and communities) runs inside: its jars are on the classpath
 * (the extension that registers its components is found there) and in the plugin directory (where
 * Neo4j looks for procedures), and its procedures may reach the database's internals.
 */
public final class LocalNeo4j {
    static final String READY_LINE = "actorgraph-neo4j: ready";
    private static final String PASSWORD_VARIABLE = "ACTORGRAPH_NEO4J_PASSWORD";
    private static final String SAME_PASSWORD_MESSAGE = "Old password and new password cannot be the same";

    private LocalNeo4j() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            fail("expected 4 arguments <home-dir> <bolt-port> <page-cache-mb> <plugin-dir>, got " + args.length);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = parseNumber("bolt-port", args[1]);
        int pageCacheMb = parseNumber("page-cache-mb", args[2]);
        Path pluginDir = Path.of(args[3]).toAbsolutePath();
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.length() < 8) {
            fail(PASSWORD_VARIABLE + " must hold the password of user neo4j, at least 8 characters (Neo4j's minimum)");
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024L * 1024L)
                .setConfig(GraphDatabaseSettings.plugin_dir, pluginDir)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.out.println("actorgraph-neo4j: stopping");
                dbms.shutdown();
                System.out.println("actorgraph-neo4j: stopped");
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

        setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
        System.out.println(READY_LINE + " bolt://127.0.0.1:" + port);
        System.out.flush();

        waitForEndOfInput(System.in);
        stop.run();
        System.exit(0);
    }

    /** Sets the configured password on every start, so that changing the configuration is enough. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to the one it already has; that is success here.
            if (e.getMessage() == null || !e.getMessage().contains(SAME_PASSWORD_MESSAGE)) {
                throw e;
            }
        }
    }

    private static void waitForEndOfInput(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) != -1) {
            // Input is ignored; only its end matters.
        }
    }

    private static int parseNumber(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            fail(name + " must be a whole number, got '" + value + "'");
            return -1;
        }
    }

    private static void fail(String message) {
        System.err.println("actorgraph-neo4j: " + message);
        System.exit(2);
    }
}
