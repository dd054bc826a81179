import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Starts mongo-java-server on an H2 MVStore file: `BinomeMongoServer <file> <host> <port>`.
 * Its collections apply each command under the collection's lock, so single-document updates are
 * atomic across connections. SIGTERM runs the shutdown hook: clients are closed and the MVStore is
 * closed, which writes what its auto-commit (about once a second) has not yet written.
 */
public final class BinomeMongoServer {
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: BinomeMongoServer <mvstore-file> <host> <port>");
            System.exit(2);
        }
        MongoServer server = new MongoServer(new H2Backend(args[0]));
        server.bind(args[1], Integer.parseInt(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "shutdown"));
        System.out.println("mongo-java-server listening on " + args[1] + ":" + args[2] + " (H2 file " + args[0] + ")");
    }

    private BinomeMongoServer() {}
}
