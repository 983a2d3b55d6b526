import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Jenjang's development/test MongoDB: mongo-java-server with the H2 (MVStore file) backend, so data
 * survives restarts. Usage: JenjangMongoServer <dataDir> <port> [host] [--oplog]
 * (host defaults to 127.0.0.1; --oplog enables its oplog, needed only for change streams).
 * SIGTERM/SIGINT run the shutdown hook: stop listening, close clients, commit and close the store.
 *
 * <p>One change to the stock server: mongo-java-server uses a unique index (the _id index among
 * them) only for a query whose fields are exactly the index's fields. Every query of the services
 * names its agency beside the _id ({_id, agencyId}), so every read and write by _id scanned the
 * whole collection, and the loop slowed down as data grew (issue 12). Here a unique index also
 * answers a query that names all of its fields among others: the index picks the candidates by
 * its own fields, and the server then matches each candidate against the whole query, as it does
 * for any indexed query, so the answers are the same.
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
    H2Backend backend = new IndexedQueriesH2Backend(dir.resolve("jenjang.mv").toString());
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

/** The H2 backend whose unique indexes answer queries that name their fields among others. */
final class IndexedQueriesH2Backend extends H2Backend {
  IndexedQueriesH2Backend(String file) {
    super(file);
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new H2Database(databaseName, getMvStore(), getCursorRegistry()) {
      @Override
      protected Index<Object> openOrCreateUniqueIndex(
          String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new OwnFieldsIndex<>(
            super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse), sparse);
      }
    };
  }
}

/**
 * A unique index that looks at its own fields of a query: it can answer when the query names all
 * of them (with values the index supports: a value, $in, a regular expression), whatever else the
 * query names. Everything else is the wrapped index's.
 */
final class OwnFieldsIndex<P> extends Index<P> {
  private final Index<P> index;

  OwnFieldsIndex(Index<P> index, boolean sparse) {
    super(index.getName(), index.getKeys(), sparse);
    this.index = index;
  }

  /** The query's conditions on this index's fields, or null when it does not name them all. */
  private Document ownFields(Document query) {
    Document own = new Document();
    for (String key : keys()) {
      if (!query.containsKey(key)) return null;
      own.put(key, query.get(key));
    }
    return own;
  }

  @Override
  public boolean canHandle(Document query) {
    Document own = ownFields(query);
    return own != null && index.canHandle(own);
  }

  @Override
  public Iterable<P> getPositions(Document query) {
    return index.getPositions(ownFields(query));
  }

  @Override
  public P getPosition(Document document) {
    return index.getPosition(document);
  }

  @Override
  public void checkAdd(Document document, MongoCollection<P> collection) {
    index.checkAdd(document, collection);
  }

  @Override
  public void add(Document document, P position, MongoCollection<P> collection) {
    index.add(document, position, collection);
  }

  @Override
  public P remove(Document document) {
    return index.remove(document);
  }

  @Override
  public long getCount() {
    return index.getCount();
  }

  @Override
  public boolean isEmpty() {
    return index.isEmpty();
  }

  @Override
  public long getDataSize() {
    return index.getDataSize();
  }

  @Override
  public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
    index.checkUpdate(oldDocument, newDocument, collection);
  }

  @Override
  public void updateInPlace(
      Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
      throws KeyConstraintError {
    index.updateInPlace(oldDocument, newDocument, position, collection);
  }

  @Override
  public void drop() {
    index.drop();
  }

  @Override
  public boolean isUnique() {
    return index.isUnique();
  }
}
