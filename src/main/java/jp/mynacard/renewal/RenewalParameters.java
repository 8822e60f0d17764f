package jp.mynacard.renewal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The parameters of a renewal-notices run, typed and validated, with every default declared here
 * and only here: {@code asOf} today in Asia/Tokyo, {@code leadMonths} 3 (several as "3,1"; a
 * reminder after expiry as a negative one, "3,-1"), {@code dryRun} false, {@code exportDir} from
 * configuration, {@code chunkSize} 500, {@code partitions} 2, {@code allowDistantAsOf} false (an
 * asOf more than {@value AsOfBound#MAX_DAYS} days from today is refused without it; see {@link
 * AsOfBound}), {@code dailyCapacity} none and {@code minLead} one month ({@link Pacing}). The job
 * facade validates them before it starts a job; the job validates them again when started another
 * way (batchManager, REST), and records them resolved.
 */
public record RenewalParameters(
    LocalDate asOf,
    List<Integer> leadMonths,
    boolean dryRun,
    String exportDir,
    int chunkSize,
    int partitions,
    boolean allowDistantAsOf,
    Pacing pacing) {
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  public static final int DEFAULT_LEAD_MONTHS = 3;
  public static final int DEFAULT_CHUNK_SIZE = 500;
  public static final int DEFAULT_PARTITIONS = 2;

  /** Longer than the longest card validity (10 years), so a national renewal wave fits. */
  static final int MAX_LEAD_MONTHS = 120;

  /** Reminders per item: more would be noise to a resident (and must fit renewal_run). */
  static final int MAX_LEAD_TIMES = 6;

  private static final List<String> NAMES =
      List.of(
          "asOf",
          "leadMonths",
          "dryRun",
          "exportDir",
          "chunkSize",
          "partitions",
          "allowDistantAsOf",
          "dailyCapacity",
          "minLead");

  /**
   * Four-digit years only, as the form yyyy-MM-dd says ({@code LocalDate} takes "+99999-01-01").
   */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public RenewalParameters {
    leadMonths = checkedLeads(leadMonths);
    if (exportDir == null || exportDir.isBlank()) {
      throw new IllegalArgumentException("exportDir is required");
    }
    if (chunkSize < 50 || chunkSize > 10_000) {
      throw new IllegalArgumentException("chunkSize must be between 50 and 10000");
    }
    if (partitions < 1 || partitions > 16) {
      throw new IllegalArgumentException("partitions must be between 1 and 16");
    }
    if (pacing == null) {
      pacing = Pacing.OFF;
    }
  }

  /**
   * Lead times as a run uses them: each within bounds, longest first, each once. A negative lead
   * time is a reminder that many months after expiry ({@link LeadWindow}); at least one must come
   * before expiry.
   *
   * @throws IllegalArgumentException naming {@code leadMonths} and what is wrong with it
   */
  static List<Integer> checkedLeads(List<Integer> leadMonths) {
    if (leadMonths.isEmpty()) {
      throw new IllegalArgumentException("leadMonths needs at least one lead time");
    }
    for (int lead : leadMonths) {
      if (lead == 0 || lead < -MAX_LEAD_MONTHS || lead > MAX_LEAD_MONTHS) {
        throw new IllegalArgumentException(
            "leadMonths must be between 1 and "
                + MAX_LEAD_MONTHS
                + " (months before expiry) or between -1 and -"
                + MAX_LEAD_MONTHS
                + " (reminders after expiry), not "
                + lead);
      }
    }
    if (leadMonths.stream().allMatch(LeadWindow::afterExpiry)) {
      // a stray minus ("-3" for "3") would otherwise tell no one before their expiry
      throw new IllegalArgumentException(
          "leadMonths needs a lead time before expiry (a positive one), not only reminders after"
              + " expiry: "
              + leadMonths);
    }
    List<Integer> sorted = List.copyOf(new TreeSet<>(leadMonths).descendingSet());
    if (sorted.size() > MAX_LEAD_TIMES) {
      throw new IllegalArgumentException(
          "leadMonths takes at most " + MAX_LEAD_TIMES + " lead times, not " + sorted.size());
    }
    return sorted;
  }

  /**
   * Lead times written as the {@code leadMonths} parameter writes them ("3,1"; empty or null: the
   * job's default), checked as a run checks them.
   */
  public static List<Integer> leadTimes(String text) {
    return checkedLeads(leads(text));
  }

  /**
   * Parses job parameters as strings; absent or empty ones take their default. An asOf more than
   * {@value AsOfBound#MAX_DAYS} days from {@code today} is refused unless {@code allowDistantAsOf}
   * is {@code true}.
   *
   * @throws IllegalArgumentException naming the parameter and what is wrong with it
   */
  public static RenewalParameters parse(
      Map<String, String> raw, LocalDate today, String defaultExportDir) {
    for (String name : raw.keySet()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "unknown parameter '" + name + "'; renewal-notices takes " + NAMES);
      }
    }
    RenewalParameters p =
        new RenewalParameters(
            date(raw.get("asOf"), today),
            leads(raw.get("leadMonths")),
            bool(raw.get("dryRun")),
            text(raw.get("exportDir"), defaultExportDir),
            integer("chunkSize", raw.get("chunkSize"), DEFAULT_CHUNK_SIZE),
            integer("partitions", raw.get("partitions"), DEFAULT_PARTITIONS),
            exactBool("allowDistantAsOf", raw.get("allowDistantAsOf")),
            Pacing.parse(raw.get("dailyCapacity"), raw.get("minLead")));
    AsOfBound.check(p.asOf(), today, p.allowDistantAsOf());
    return p;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** As job parameters, every one present, so the job needs no default of its own. */
  public Properties toJobParameters() {
    Properties p = new Properties();
    asMap().forEach(p::setProperty);
    return p;
  }

  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("asOf", asOf.toString());
    m.put("leadMonths", leadMonthsText());
    m.put("dryRun", Boolean.toString(dryRun));
    m.put("exportDir", exportDir);
    m.put("chunkSize", Integer.toString(chunkSize));
    m.put("partitions", Integer.toString(partitions));
    m.put("allowDistantAsOf", Boolean.toString(allowDistantAsOf));
    m.put("dailyCapacity", pacing.capacityText());
    m.put("minLead", pacing.minLead().toString());
    return m;
  }

  public String leadMonthsText() {
    return String.join(",", leadMonths.stream().map(String::valueOf).toList());
  }

  /** The expiries a lead time tells on asOf's night (see {@link LeadWindow}). */
  public LeadWindow.Expiries window(int lead) {
    return LeadWindow.expiries(asOf, lead);
  }

  private static LocalDate date(String v, LocalDate fallback) {
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      if (!DATE.matcher(v.strip()).matches()) {
        throw new DateTimeParseException("not yyyy-MM-dd", v, 0);
      }
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("asOf must be a date in the form yyyy-MM-dd");
    }
  }

  static List<Integer> leads(String v) {
    if (v == null || v.isBlank()) {
      return List.of(DEFAULT_LEAD_MONTHS);
    }
    List<Integer> leads = new ArrayList<>();
    for (String part : v.split(",")) {
      leads.add(integer("leadMonths", part, -1));
    }
    return leads;
  }

  private static boolean bool(String v) {
    if (v == null || v.isBlank()) {
      return false;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("dryRun must be true or false");
    };
  }

  /**
   * Exactly {@code true} or {@code false}: a flag that lifts a safety bound is not guessed from
   * "yes", "1" or "TRUE " (refused, not read as false, so the caller learns of the mistake).
   */
  private static boolean exactBool(String name, String v) {
    if (v == null || v.isBlank()) {
      return false;
    }
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(name + " must be exactly true or false");
    };
  }

  private static String text(String v, String fallback) {
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  private static int integer(String name, String v, int fallback) {
    if (v == null || v.isBlank()) {
      if (fallback < 0) {
        throw new IllegalArgumentException(name + " has an empty value");
      }
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
  }

  /** A typed builder; {@link #build} applies the defaults and validates. */
  public static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();

    public Builder asOf(LocalDate asOf) {
      values.put("asOf", asOf.toString());
      return this;
    }

    public Builder leadMonths(int... leads) {
      values.put(
          "leadMonths",
          String.join(",", java.util.Arrays.stream(leads).mapToObj(String::valueOf).toList()));
      return this;
    }

    public Builder dryRun(boolean dryRun) {
      values.put("dryRun", Boolean.toString(dryRun));
      return this;
    }

    public Builder exportDir(String dir) {
      values.put("exportDir", dir);
      return this;
    }

    public Builder chunkSize(int size) {
      values.put("chunkSize", Integer.toString(size));
      return this;
    }

    public Builder partitions(int partitions) {
      values.put("partitions", Integer.toString(partitions));
      return this;
    }

    /** Lets asOf lie more than {@value AsOfBound#MAX_DAYS} days from today; the run audits it. */
    public Builder allowDistantAsOf(boolean allow) {
      values.put("allowDistantAsOf", Boolean.toString(allow));
      return this;
    }

    /** Counter visits a day the night's letters may bring (issue 14, paced sending). */
    public Builder dailyCapacity(int visits) {
      values.put("dailyCapacity", Integer.toString(visits));
      return this;
    }

    /** How long before its expiry an item is told at the latest when sending is paced. */
    public Builder minLead(java.time.Period minLead) {
      values.put("minLead", minLead.toString());
      return this;
    }

    /** Takes string values as a scheduler or an API request gives them. */
    public Builder with(Map<String, String> raw) {
      values.putAll(raw);
      return this;
    }

    public RenewalParameters build(String defaultExportDir) {
      return parse(values, LocalDate.now(JAPAN), defaultExportDir);
    }
  }
}
