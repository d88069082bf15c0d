import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import org.apache.lucene.analysis.*;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.*;

/**
 * How long Lucene alone takes to index every column of a generated catalogue with the library's English
 * analysis (the chain in SearchAnalysis), nothing stored, on THREADS threads: the floor under the
 * Evidence Library's import. Run by bench/evidence-floors.sh.
 *
 *   java -cp LUCENE-JARS bench/LuceneFloor.java FILE.tsv THREADS INDEX-DIR
 */
public class LuceneFloor {
  public static void main(String[] a) throws Exception {
    Path tsv = Path.of(a[0]);
    int threads = Integer.parseInt(a[1]);
    Path dir = Path.of(a[2]);
    Analyzer english = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("englishPossessive")
      .addTokenFilter("lowercase").addTokenFilter("stop").addTokenFilter("porterStem").addTokenFilter("asciiFolding").build();
    IndexWriterConfig config = new IndexWriterConfig(english).setRAMBufferSizeMB(64);
    long t0 = System.nanoTime();
    AtomicLong bytes = new AtomicLong();
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config);
         BufferedReader in = Files.newBufferedReader(tsv)) {
      String[] header = in.readLine().split("\t", -1);
      BlockingQueue<String> lines = new ArrayBlockingQueue<>(256);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread w = new Thread(() -> {
          try {
            while (true) {
              String line = lines.take();
              if (line.isEmpty()) return;
              String[] cells = line.split("\t", -1);
              Document d = new Document();
              for (int i = 0; i < cells.length && i < header.length; i++) {
                if (cells[i].isEmpty()) continue;
                d.add(new TextField(header[i], cells[i], Field.Store.NO));
                bytes.addAndGet(cells[i].length());
              }
              writer.addDocument(d);
            }
          } catch (Exception e) { throw new RuntimeException(e); }
        });
        w.start(); workers.add(w);
      }
      String line; int n = 0;
      while ((line = in.readLine()) != null) { lines.put(line); n++; }
      for (int t = 0; t < threads; t++) lines.put("");
      for (Thread w : workers) w.join();
      writer.commit();
      long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
      // entries, GB of text, seconds, CPU seconds of this process (the JVM's start included)
      System.out.printf("%d %.2f %.1f %.1f%n", n, bytes.get() / 1e9, (System.nanoTime() - t0) / 1e9, cpu / 1e9);
    }
  }
}
