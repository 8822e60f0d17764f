package jp.mynacard.progress;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A job's steps in the order its job XML declares them, each with the unit its progress counts in
 * (the step property {@code progressUnit}; {@value #STEP} for a step that only starts and ends).
 * The job XML is the one place that says which steps a job has, so the run's share done is read
 * from it rather than from a second list.
 */
public final class JobSteps {
  /** The unit of a step that reports no count of its own: it is 0 of 1 until it ends. */
  public static final String STEP = "step";

  private static final Map<String, Map<String, String>> KNOWN = new ConcurrentHashMap<>();

  private JobSteps() {}

  /** Step id → unit, in declaration order; empty for a job XML that cannot be found. */
  public static Map<String, String> of(String jobName) {
    return KNOWN.computeIfAbsent(jobName, JobSteps::read);
  }

  /** The unit of a step of a job, {@value #STEP} when it declares none. */
  public static String unit(String jobName, String step) {
    return of(jobName).getOrDefault(step, STEP);
  }

  private static Map<String, String> read(String jobName) {
    if (!jobName.matches("[a-z][a-z-]*")) {
      return Map.of();
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = JobSteps.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream("META-INF/batch-jobs/" + jobName + ".xml")) {
      return in == null ? Map.of() : parse(in);
    } catch (IOException | XMLStreamException e) {
      throw new IllegalStateException("cannot read the steps of job " + jobName, e);
    }
  }

  static Map<String, String> parse(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    Map<String, String> units = new LinkedHashMap<>();
    // the step whose own <properties> are being read: depth 1 below the <step>
    String step = null;
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = xml.getLocalName();
        if (name.equals("step")) {
          step = xml.getAttributeValue(null, "id");
          units.put(step, STEP);
          depth = 0;
        } else if (name.equals("property") && step != null && depth == 2) {
          if ("progressUnit".equals(xml.getAttributeValue(null, "name"))) {
            units.put(step, xml.getAttributeValue(null, "value"));
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (xml.getLocalName().equals("step")) {
          step = null;
        }
        depth--;
      }
    }
    return Collections.unmodifiableMap(units);
  }
}
