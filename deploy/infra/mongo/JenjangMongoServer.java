import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.h2.H2UniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

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
 * for any indexed query, so the answers are the same. A query with $in on some of the index's
 * fields is answered as the union of the equality lookups it stands for (up to 10,000 of them).
 *
 * <p>With JENJANG_STORE_SCAN_REPORT=<file>, the server also counts the queries no index answered
 * (full collection scans) by collection and query shape, with the time they took and the size of
 * the collection, and writes that report to the file every 10 s and at shutdown: what still scans
 * while a bench or a test runs (docs/benchmark).
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
    String reportFile = System.getenv("JENJANG_STORE_SCAN_REPORT");
    ScanReport report = reportFile == null || reportFile.isBlank() ? null : new ScanReport(Path.of(reportFile));
    // Documents and index keys are stored as BSON (see BsonDocumentType, KeyValueType), in a file
    // of its own: jenjang.mv of earlier versions held Java-serialised objects and is not read.
    KeyBytes.selfCheck();
    DocumentBytes.selfCheck();
    H2Backend backend = new IndexedQueriesH2Backend(dir.resolve("jenjang-bson.mv").toString(), report);
    MongoServer server = new MongoServer(backend);
    if (java.util.Arrays.asList(args).contains("--oplog")) server.enableOplog();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("JenjangMongoServer: shutting down");
      if (report != null) report.write();
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
  /** H2UniqueIndex over the given map (its constructor is package-private). */
  @SuppressWarnings("unchecked")
  static Index<Object> uniqueIndex(
      MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
    try {
      var constructor = H2UniqueIndex.class.getDeclaredConstructor(
          MVMap.class, String.class, List.class, boolean.class);
      constructor.setAccessible(true);
      return (Index<Object>) constructor.newInstance(map, name, keys, sparse);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot open unique index " + name, e);
    }
  }

  private final ScanReport report;

  /**
   * H2's MVStore writes the changed pages in the background once a second, or sooner when the
   * changes held in memory pass autoCommitBufferSize (1 MiB by default). A changed page counts
   * with every document it holds, so under the bench's load that threshold was passed many
   * times a second, and a page was encoded and written again for each change of a document in
   * it. With 8 MiB most pages changed within a second are written once. At 50,000 appraisals
   * (docs/benchmark/2026-12-04-session8-store-commit-buffer.txt) the store's CPU per appraisal
   * was 8.7 ms with 1 MiB, 8.0 with 64 MiB (whose unwritten pages the collector kept moving:
   * 82 s of pauses against 20) and 7.4 with 8 MiB (30 s). JENJANG_MONGO_COMMIT_BUFFER_KB
   * overrides it; what a crash can lose stays the last second's writes (SIGTERM writes all).
   *
   * A changed leaf page is written whole: every document in it is encoded again, changed or not.
   * With H2's 48 keys per page a third of the store's profile was that writer
   * (docs/benchmark/2026-12-04-session12-store-profile.txt). At 10,000 appraisals the store's CPU
   * per appraisal was 6.6-7.8 ms with 48 keys, 6.5 with 16, 5.8 with 8 and 5.7 with 4 (deeper
   * trees for nothing more), and its files 1.3 GB with 48 against 0.9 with 8. The keys per page
   * only decide when a page splits: a store written with another value opens as it is.
   * JENJANG_MONGO_KEYS_PER_PAGE overrides it.
   */
  static MVStore openStore(String file) {
    int bufferKb = intFromEnv("JENJANG_MONGO_COMMIT_BUFFER_KB", 8 * 1024);
    int keysPerPage = intFromEnv("JENJANG_MONGO_KEYS_PER_PAGE", 8);
    int cacheMb = intFromEnv("JENJANG_MONGO_CACHE_MB", 16);
    return new MVStore.Builder()
        .fileName(file)
        .autoCommitBufferSize(bufferKb)
        .keysPerPage(keysPerPage)
        .cacheSize(cacheMb)
        .open();
  }

  private static int intFromEnv(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }

  IndexedQueriesH2Backend(String file, ScanReport report) {
    super(openStore(file));
    this.report = report;
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    MVStore store = getMvStore();
    CursorRegistry cursors = getCursorRegistry();
    return new H2Database(databaseName, store, cursors) {
      @Override
      protected Index<Object> openOrCreateUniqueIndex(
          String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        // H2Database's own map name, with keys stored and compared as BSON.
        String name = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        MVMap<KeyValue, Object> map =
            store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
        return new OwnFieldsIndex<>(uniqueIndex(map, indexName, keys, sparse), sparse);
      }

      // Two commands that name a new collection at once (an insert and a createIndex from two
      // connections) both created it, and the second failed with "already existed in
      // system.namespaces": creation is serialised per database; an existing collection is
      // looked up without the lock.
      @Override
      protected MongoCollection<Object> resolveOrCreateCollection(String collectionName) {
        MongoCollection<Object> existing = resolveCollection(collectionName, false);
        if (existing != null) return existing;
        synchronized (this) {
          return super.resolveOrCreateCollection(collectionName);
        }
      }

      @Override
      public synchronized MongoCollection<Object> createCollectionOrThrowIfExists(
          String collectionName, CollectionOptions options) {
        return super.createCollectionOrThrowIfExists(collectionName, options);
      }

      @Override
      protected MongoCollection<Object> openOrCreateCollection(
          String collectionName, CollectionOptions options) {
        // H2Database's own maps (databases.<ns>, meta.<ns>), with the documents stored as BSON.
        String ns = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> data = store.openMap(
            "databases." + ns, new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
        MVMap<String, Object> meta = store.openMap("meta." + ns);
        return report == null
            ? new IndexSafeH2Collection(this, collectionName, options, data, meta, cursors)
            : new ScanCountingCollection(this, collectionName, options, data, meta, cursors, report);
      }
    };
  }
}

/**
 * An H2 collection whose index list changes under the collection's lock: the library's writes
 * hold that lock while they walk the list, but createIndex and dropIndex did not, so an insert
 * racing a createIndex on a new collection failed with a ConcurrentModificationException.
 */
class IndexSafeH2Collection extends H2Collection {
  IndexSafeH2Collection(
      MongoDatabase database,
      String name,
      CollectionOptions options,
      MVMap<Object, Document> data,
      MVMap<String, Object> meta,
      CursorRegistry cursors) {
    super(database, name, options, data, meta, cursors);
  }

  @Override
  public synchronized void addIndex(Index<Object> index) {
    super.addIndex(index);
  }

  @Override
  public synchronized void dropIndex(String indexName) {
    super.dropIndex(indexName);
  }

  /**
   * No running total of the collection's BSON size (collStats' size): the library kept it by
   * encoding the whole document with its own encoder once for every insert and delete and twice
   * for every update (old and new), and writing the total to the meta map each time: 6 % of the
   * store's CPU under the bench (JFR), for a figure nothing here reads.
   */
  @Override
  protected boolean tracksDataSize() {
    return false;
  }
}

/** An H2 collection that tells the report about every query it answers by a full scan. */
final class ScanCountingCollection extends IndexSafeH2Collection {
  private final ScanReport report;

  ScanCountingCollection(
      MongoDatabase database,
      String name,
      CollectionOptions options,
      MVMap<Object, Document> data,
      MVMap<String, Object> meta,
      CursorRegistry cursors,
      ScanReport report) {
    super(database, name, options, data, meta, cursors);
    this.report = report;
  }

  @Override
  protected QueryResult matchDocuments(
      Document query, Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
    long start = System.nanoTime();
    try {
      return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    } finally {
      report.scanned(getCollectionName(), query, orderBy, System.nanoTime() - start, count());
    }
  }
}

/** Full scans by collection and query shape (field names and operators, no values). */
final class ScanReport {
  private static final class Tally {
    final LongAdder count = new LongAdder();
    final LongAdder nanos = new LongAdder();
    volatile long lastDocuments;
  }

  private final Path file;
  private final long startedAt = System.currentTimeMillis();
  private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

  ScanReport(Path file) {
    this.file = file;
    var timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "jenjang-scan-report");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::write, 10, 10, TimeUnit.SECONDS);
  }

  void scanned(String collection, Document query, Document orderBy, long nanos, long documents) {
    String key = collection + " " + shape(query) + (orderBy == null || orderBy.isEmpty() ? "" : " sort " + orderBy.keySet());
    Tally t = tallies.computeIfAbsent(key, k -> new Tally());
    t.count.increment();
    t.nanos.add(nanos);
    t.lastDocuments = documents;
  }

  /** Field names and operators of a query, sorted, without its values. */
  static String shape(Object value) {
    if (value instanceof Document doc) {
      TreeSet<String> parts = new TreeSet<>();
      for (Map.Entry<String, Object> e : doc.entrySet()) {
        String inner = shape(e.getValue());
        parts.add(inner.isEmpty() ? e.getKey() : e.getKey() + ":" + inner);
      }
      return "{" + String.join(",", parts) + "}";
    }
    if (value instanceof List<?> list) {
      TreeSet<String> parts = new TreeSet<>();
      for (Object o : list) parts.add(shape(o));
      return "[" + String.join(",", parts) + "]";
    }
    return "";
  }

  synchronized void write() {
    List<Map.Entry<String, Tally>> rows = new ArrayList<>(tallies.entrySet());
    rows.sort((a, b) -> Long.compare(b.getValue().nanos.sum(), a.getValue().nanos.sum()));
    StringBuilder out = new StringBuilder();
    out.append("# full collection scans since start (").append((System.currentTimeMillis() - startedAt) / 1000)
        .append(" s): scans, total ms, mean ms, documents in the collection at the last scan, collection and query shape\n");
    for (var row : rows) {
      Tally t = row.getValue();
      long n = t.count.sum();
      double ms = t.nanos.sum() / 1e6;
      out.append(String.format("%8d %10.0f %8.2f %12d  %s%n", n, ms, n == 0 ? 0 : ms / n, t.lastDocuments, row.getKey()));
    }
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, out.toString(), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      System.err.println("JenjangMongoServer: scan report not written: " + e.getMessage());
    }
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
    if (own == null) return false;
    if (index.canHandle(own)) return true;
    List<Document> each = expanded(own);
    return each != null && !each.isEmpty() && index.canHandle(each.get(0));
  }

  @Override
  public Iterable<P> getPositions(Document query) {
    Document own = ownFields(query);
    if (index.canHandle(own)) return index.getPositions(own);
    // {a: x, b: {$in: [y, z]}} is the union of the lookups {a: x, b: y} and {a: x, b: z}.
    Set<P> positions = new LinkedHashSet<>();
    for (Document one : expanded(own)) index.getPositions(one).forEach(positions::add);
    return positions;
  }

  /**
   * The equality lookups a query with $in on some of the index's fields stands for (every
   * combination), or null when a condition is neither a plain value nor a plain $in, or when there
   * would be more than MAX_LOOKUPS of them (then the collection is scanned, as before).
   */
  private static List<Document> expanded(Document own) {
    List<Document> combos = new ArrayList<>();
    combos.add(new Document());
    for (Map.Entry<String, Object> e : own.entrySet()) {
      List<?> values = inValues(e.getValue());
      if (values == null) return null;
      List<Document> next = new ArrayList<>();
      for (Document partial : combos) {
        for (Object value : values) {
          Document d = new Document(partial);
          d.put(e.getKey(), value);
          next.add(d);
        }
      }
      if (next.size() > MAX_LOOKUPS) return null;
      combos = next;
    }
    return combos;
  }

  private static final int MAX_LOOKUPS = 10_000;

  /** The values a condition accepts when it is a plain value or {$in: [plain values]}. */
  private static List<?> inValues(Object condition) {
    if (condition instanceof Document doc) {
      if (doc.size() != 1 || !(doc.get("$in") instanceof java.util.Collection<?> in)) return null;
      for (Object v : in) if (!plain(v)) return null;
      return new ArrayList<>(new LinkedHashSet<>(in));
    }
    return plain(condition) ? java.util.Collections.singletonList(condition) : null;
  }

  /** Values an index lookup finds as MongoDB would match them (null: the field null or absent). */
  private static boolean plain(Object v) {
    return v == null || v instanceof String || v instanceof Number || v instanceof Boolean;
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

/**
 * Values written as BSON (mongo-java-server's own encoder and decoder) where H2's default type
 * used Java serialisation, which took most of the store's CPU under load (ObjectOutputStream in
 * every write and, for index keys, in every comparison). A value BSON cannot hold (the server's
 * Missing marker in a key) is written as {$jenjangMissing: 1}.
 */
final class BsonBytes {
  private static final String MISSING = "$jenjangMissing";

  /** Each thread's encoding buffer, kept between calls (it grew for every document before). */
  private static final ThreadLocal<ByteBuf> BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

  static byte[] of(java.util.Map<String, ?> document) {
    ByteBuf buf = BUFFER.get();
    buf.clear();
    DocumentBytes.encode(document, buf);
    byte[] out = new byte[buf.readableBytes()];
    buf.readBytes(out);
    if (buf.capacity() > 1 << 20) BUFFER.set(Unpooled.buffer(4096)); // not kept after a huge one
    return out;
  }

  static Document document(byte[] bytes) {
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
  }

  static byte[] ofKey(KeyValue key) {
    Document doc = new Document();
    int i = 0;
    for (Object value : key) {
      doc.put(Integer.toString(i++), value instanceof Missing ? new Document(MISSING, 1) : value);
    }
    return of(doc);
  }

  static KeyValue key(byte[] bytes) {
    List<Object> values = new ArrayList<>();
    for (Object value : document(bytes).values()) {
      boolean missing = value instanceof Document d && d.size() == 1 && d.containsKey(MISSING);
      values.add(missing ? Missing.getInstance() : value);
    }
    return new KeyValue(values);
  }

  static void write(WriteBuffer buffer, byte[] bytes) {
    buffer.putVarInt(bytes.length).put(bytes);
  }

  static byte[] read(ByteBuffer buffer) {
    byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
    buffer.get(bytes);
    return bytes;
  }
}

/** The documents of a collection, stored as BSON. */
final class BsonDocumentType extends BasicDataType<Document> {
  static final BsonDocumentType INSTANCE = new BsonDocumentType();

  @Override
  public int getMemory(Document document) {
    return 64 + 48 * document.size();
  }

  @Override
  public void write(WriteBuffer buffer, Document document) {
    BsonBytes.write(buffer, BsonBytes.of(document));
  }

  @Override
  public Document read(ByteBuffer buffer) {
    return BsonBytes.document(BsonBytes.read(buffer));
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }
}

/**
 * The keys of a unique index, stored as BSON and ordered by those bytes: equal keys (normalised by
 * the server before they get here) have equal bytes, which is all a unique index's lookups need;
 * H2's default type ordered them by their Java-serialised bytes, serialising both sides of every
 * comparison.
 */
final class KeyValueType extends BasicDataType<KeyValue> {
  static final KeyValueType INSTANCE = new KeyValueType();

  @Override
  public int getMemory(KeyValue key) {
    return 48 + 32 * key.size();
  }

  @Override
  public void write(WriteBuffer buffer, KeyValue key) {
    KeyBytes scratch = KeyBytes.SCRATCH.get();
    if (scratch.encode(key)) buffer.putVarInt(scratch.length).put(scratch.bytes, 0, scratch.length);
    else BsonBytes.write(buffer, BsonBytes.ofKey(key));
  }

  @Override
  public KeyValue read(ByteBuffer buffer) {
    return BsonBytes.key(BsonBytes.read(buffer));
  }

  @Override
  public int compare(KeyValue a, KeyValue b) {
    return compareTo(KeyBytes.of(a), b);
  }

  /** The key's bytes against another key's, encoded into this thread's scratch buffer. */
  private static int compareTo(byte[] wanted, KeyValue other) {
    KeyBytes scratch = KeyBytes.SCRATCH.get();
    if (scratch.encode(other)) {
      return Arrays.compareUnsigned(wanted, 0, wanted.length, scratch.bytes, 0, scratch.length);
    }
    return Arrays.compareUnsigned(wanted, BsonBytes.ofKey(other));
  }

  /** One encoding of the key searched for, not one per comparison. */
  @Override
  public int binarySearch(KeyValue key, Object storage, int size, int initialGuess) {
    KeyValue[] keys = cast(storage);
    byte[] wanted = KeyBytes.of(key);
    int low = 0;
    int high = size - 1;
    int x = initialGuess - 1;
    if (x < 0 || x > high) x = high >>> 1;
    while (low <= high) {
      int c = compareTo(wanted, keys[x]);
      if (c > 0) low = x + 1;
      else if (c < 0) high = x - 1;
      else return x;
      x = (low + high) >>> 1;
    }
    return -(low + 1);
  }

  @Override
  public KeyValue[] createStorage(int size) {
    return new KeyValue[size];
  }
}

/**
 * A unique index's key as the BSON bytes BsonBytes.ofKey gives, written straight into a reusable
 * array for the values keys hold on the hot path (strings, numbers, booleans, null): the generic
 * path built a Document and a buffer for every probe of every binary search, a fifth of the
 * store's CPU under the bench (docs/benchmark, JFR). Other values take the generic path; the
 * server checks at start that both paths give the same bytes (selfCheck).
 */
final class KeyBytes {
  static final ThreadLocal<KeyBytes> SCRATCH = ThreadLocal.withInitial(KeyBytes::new);

  byte[] bytes = new byte[256];
  int length;

  /** The key's bytes, a fresh array. */
  static byte[] of(KeyValue key) {
    KeyBytes scratch = SCRATCH.get();
    return scratch.encode(key) ? Arrays.copyOf(scratch.bytes, scratch.length) : BsonBytes.ofKey(key);
  }

  /** Encodes the key into bytes[0, length); false (and nothing to use) for a value it does not write. */
  boolean encode(KeyValue key) {
    length = 4;
    int i = 0;
    for (Object value : key) {
      byte type;
      if (value == null) type = 0x0A;
      else if (value instanceof String) type = 0x02;
      else if (value instanceof Integer) type = 0x10;
      else if (value instanceof Long) type = 0x12;
      else if (value instanceof Double) type = 0x01;
      else if (value instanceof Boolean) type = 0x08;
      else return false;
      put(type);
      if (i < 10) put((byte) ('0' + i));
      else asciiName(Integer.toString(i));
      put((byte) 0);
      i++;
      switch (type) {
        case 0x02 -> string((String) value);
        case 0x10 -> intLE((Integer) value);
        case 0x12 -> longLE((Long) value);
        case 0x01 -> longLE(Double.doubleToRawLongBits((Double) value));
        case 0x08 -> put((byte) (((Boolean) value) ? 1 : 0));
        default -> { }
      }
    }
    put((byte) 0);
    int total = length;
    length = 0;
    intLE(total);
    length = total;
    return true;
  }

  private void asciiName(String name) {
    for (int c = 0; c < name.length(); c++) put((byte) name.charAt(c));
  }

  private void string(String s) {
    int at = length;
    intLE(0);
    int n = s.length();
    ensure(n);
    boolean ascii = true;
    for (int c = 0; c < n; c++) {
      char ch = s.charAt(c);
      if (ch >= 0x80) {
        ascii = false;
        break;
      }
      bytes[length + c] = (byte) ch;
    }
    if (ascii) {
      length += n;
    } else {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      ensure(utf8.length);
      System.arraycopy(utf8, 0, bytes, length, utf8.length);
      length += utf8.length;
    }
    put((byte) 0);
    int end = length;
    length = at;
    intLE(end - at - 4);
    length = end;
  }

  private void intLE(int v) {
    ensure(4);
    bytes[length++] = (byte) v;
    bytes[length++] = (byte) (v >>> 8);
    bytes[length++] = (byte) (v >>> 16);
    bytes[length++] = (byte) (v >>> 24);
  }

  private void longLE(long v) {
    intLE((int) v);
    intLE((int) (v >>> 32));
  }

  private void put(byte b) {
    ensure(1);
    bytes[length++] = b;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
  }

  /** Throws unless both paths give the same bytes for keys of every kind this one writes. */
  static void selfCheck() {
    List<KeyValue> samples = List.of(
        new KeyValue("AG-1:emp-1"),
        new KeyValue("6f1c2a9e-0b7d-4c1e-9a53-1f2e3d4c5b6a", "AG-XYZ"),
        new KeyValue("Pegawai \u00e9\u4e2d \ud83d\ude00", 7, 9_000_000_000L, 2.5, true, false),
        new KeyValue(java.util.Arrays.asList(null, "", -1, Long.MIN_VALUE, -0.0, Double.NaN)),
        new KeyValue(java.util.stream.IntStream.range(0, 12).boxed().map(n -> "k" + n).toList()),
        new KeyValue("x".repeat(5_000)));
    for (KeyValue key : samples) {
      KeyBytes scratch = new KeyBytes();
      if (!scratch.encode(key)
          || !Arrays.equals(Arrays.copyOf(scratch.bytes, scratch.length), BsonBytes.ofKey(key))) {
        throw new IllegalStateException("KeyBytes differs from BsonBytes.ofKey for " + key);
      }
    }
  }
}

/**
 * A document's BSON, as mongo-java-server's BsonEncoder writes it, without its detours: the
 * encoder walks a document's keys and looks each value up again (a fifth of the store's CPU under
 * the bench was that lookup, JFR), and copies every array into a new document keyed "0", "1"...
 * before writing it. Here entries are walked once and arrays written in place; every other value
 * is BsonEncoder's. The server checks at start that both give the same bytes (selfCheck).
 */
final class DocumentBytes {
  private static final byte DOCUMENT = 0x03;
  private static final byte ARRAY = 0x04;
  private static final String[] INDEX = new String[256];

  static {
    for (int i = 0; i < INDEX.length; i++) INDEX[i] = Integer.toString(i);
  }

  static void encode(Map<String, ?> document, ByteBuf buf) {
    int start = buf.writerIndex();
    buf.writeIntLE(0);
    for (Map.Entry<String, ?> entry : document.entrySet()) element(entry.getKey(), entry.getValue(), buf);
    buf.writeByte(0);
    buf.setIntLE(start, buf.writerIndex() - start);
  }

  @SuppressWarnings("unchecked")
  private static void element(String name, Object value, ByteBuf buf) {
    byte type = BsonEncoder.determineType(value);
    buf.writeByte(type);
    buf.writeBytes(name.getBytes(StandardCharsets.UTF_8));
    buf.writeByte(0);
    if (type == DOCUMENT && value instanceof Map<?, ?> map) {
      encode((Map<String, ?>) map, buf);
    } else if (type == ARRAY && value instanceof List<?> list) {
      int start = buf.writerIndex();
      buf.writeIntLE(0);
      int i = 0;
      for (Object item : list) {
        element(i < INDEX.length ? INDEX[i] : Integer.toString(i), item, buf);
        i++;
      }
      buf.writeByte(0);
      buf.setIntLE(start, buf.writerIndex() - start);
    } else {
      BsonEncoder.encodeValue(type, value, buf);
    }
  }

  static void selfCheck() {
    Document nested = new Document("at", java.time.Instant.ofEpochMilli(1_733_300_000_000L))
        .append("n", 7)
        .append("big", 9_000_000_000L)
        .append("x", 2.5)
        .append("ok", true)
        .append("none", null)
        .append("text", "Pegawai \u00e9\u4e2d \ud83d\ude00");
    List<Object> longList = new ArrayList<>();
    for (int i = 0; i < 300; i++) longList.add(i % 2 == 0 ? "v" + i : new Document("i", i));
    Document sample = new Document("_id", "AG-1:emp-1")
        .append("agencyId", "AG-1")
        .append("outbox", List.of(new Document("id", "e-1").append("headers", new Document("ce_id", "e-1")), nested))
        .append("empty", new Document())
        .append("emptyList", List.of())
        .append("nestedLists", List.of(List.of(1, 2), List.of(), List.of(List.of("deep"))))
        .append("long", longList)
        .append("uuid", java.util.UUID.fromString("6f1c2a9e-0b7d-4c1e-9a53-1f2e3d4c5b6a"))
        .append("oid", new de.bwaldvogel.mongo.bson.ObjectId())
        .append("nested", nested);
    ByteBuf ours = Unpooled.buffer();
    ByteBuf theirs = Unpooled.buffer();
    encode(sample, ours);
    BsonEncoder.encodeDocument(sample, theirs);
    if (!io.netty.buffer.ByteBufUtil.equals(ours, theirs)) {
      throw new IllegalStateException("DocumentBytes differs from BsonEncoder.encodeDocument");
    }
  }
}
