import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jenjang's development/test MongoDB: mongo-java-server with the H2 (MVStore file) backend, so data
 * survives restarts. Usage: JenjangMongoServer <dataDir> <port> [host] [--oplog]
 * (host defaults to 127.0.0.1; --oplog enables its oplog, needed only for change streams).
 * SIGTERM/SIGINT run the shutdown hook: stop listening, close clients, commit and close the store.
 */
public final class JenjangMongoServer {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: JenjangMongoServer <dataDir> <port> [host] [--oplog]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(dir);
    int port = Integer.parseInt(args[1]);
    String host = args.length > 2 && !args[2].startsWith("--") ? args[2] : "127.0.0.1";
    H2Backend backend = new H2Backend(dir.resolve("jenjang.mv").toString());
    MongoServer server = new MongoServer(backend);
    if (java.util.Arrays.asList(args).contains("--oplog")) server.enableOplog();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("JenjangMongoServer: shutting down");
      server.shutdownNow(); // stops listening, closes clients, closes the backend (commits MVStore)
      System.out.println("JenjangMongoServer: stopped");
    }, "jenjang-mongo-shutdown"));
    server.bind(host, port);
    System.out.println("JenjangMongoServer: listening on " + host + ":" + port + ", data " + dir);
    Thread.currentThread().join();
  }
}
