package jp.mynacard.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 64 KiB with 413: every body of this API is a few hundred bytes, and a
 * client that sends megabytes (by mistake or not) should not make the server buffer and parse them.
 * A declared length is checked before anything is read; a chunked body is cut off when it passes
 * the limit.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {
  static final int MAX_BYTES = 64 * 1024;
  private static final String MESSAGE = "the request body is larger than 64 KiB";

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      request.abortWith(ApiError.response(413, MESSAGE));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream()));
    }
  }

  private static final class Limited extends FilterInputStream {
    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw new WebApplicationException(ApiError.response(413, MESSAGE));
      }
    }
  }
}
