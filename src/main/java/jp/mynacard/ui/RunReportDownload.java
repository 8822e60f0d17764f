package jp.mynacard.ui;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code /ui/operator/report?run=N&name=rejects}: one of a run's report files ({@link RunReports}),
 * as a download in the encoding it was written in. Under the operator's screen, so only the
 * operator gets here (ScreenAccess).
 */
@WebServlet("/ui/operator/report")
public class RunReportDownload extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    long run;
    try {
      run = Long.parseLong(String.valueOf(req.getParameter("run")));
    } catch (NumberFormatException e) {
      res.sendError(400);
      return;
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution;
    try {
      execution = operator.getJobExecution(run);
    } catch (NoSuchJobExecutionException e) {
      res.sendError(404);
      return;
    }
    Path file =
        RunReports.of(execution.getJobName(), execution.getJobParameters())
            .get(req.getParameter("name"));
    if (file == null) {
      res.sendError(404);
      return;
    }
    res.setContentType("application/octet-stream");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Disposition", "attachment; filename=\"" + safeName(file) + "\"");
    res.setContentLengthLong(Files.size(file));
    try (OutputStream out = res.getOutputStream()) {
      Files.copy(file, out);
    }
  }

  /** The file's name with anything but letters, digits, dot, dash and underscore replaced. */
  static String safeName(Path file) {
    return file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
