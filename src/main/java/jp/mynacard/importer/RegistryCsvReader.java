package jp.mynacard.importer;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.logging.Logger;

/** Reads the extract; checkpoint = byte offset and number of the next line ({@link ImportCheckpoint}). */
@Dependent
@Named("registryCsvReader")
public class RegistryCsvReader extends AbstractItemReader {
  private static final Logger LOG = Logger.getLogger(RegistryCsvReader.class.getName());

  @Inject
  @BatchProperty
  String inputFile;

  @Inject
  @BatchProperty
  String encoding;

  private RegistryFile file;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    ImportFiles files = ImportFiles.of(inputFile, encoding);
    try {
      if (!Files.isReadable(files.input())) {
        throw new LayoutException("", "the input file " + files.input() + " does not exist or cannot be read");
      }
      file = RegistryFile.open(files.input(), files.charset(), (ImportCheckpoint) checkpoint);
    } catch (LayoutException e) {
      LOG.severe("registry-import refused " + files.input() + ": " + e.getMessage());
      try {
        ImportReports.refuseFile(files, e);
      } catch (IOException notWritable) {
        LOG.severe("cannot write " + files.rejects() + ": " + notWritable.getMessage());
      }
      throw e;
    }
  }

  @Override
  public Object readItem() throws IOException {
    return file.next();
  }

  @Override
  public Serializable checkpointInfo() throws IOException {
    return file.checkpoint();
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
