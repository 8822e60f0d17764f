"""Drives issue 14's campaign benchmark through the application's API (stdlib only).

  campaign.py forecast <from> <to> <asOf>
      times GET /api/v1/forecast three times; prints each wall time and the year's totals, and
      the mean daily visits (for the capacity's default) as 'mean-daily-visits N'.
  campaign.py nights <label> <first-night> <count> <csv-out> [name=value ...]
      runs renewal-notices once per night (asOf day by day, each run to its end, one at a time)
      with the given job parameters; writes one CSV row per night: night, job seconds
      (execution start to end), exit status, letters, the summary's pacing figures.

Environment: BENCH_HTTPS (port), MYNACARD_OPERATOR_PASSWORD.
"""
import base64
import csv
import datetime
import json
import os
import ssl
import sys
import time
import urllib.request

PORT = os.environ.get("BENCH_HTTPS", "9444")
AUTH = "Basic " + base64.b64encode(
    ("operator:" + os.environ["MYNACARD_OPERATOR_PASSWORD"]).encode()).decode()
TLS = ssl.create_default_context()
TLS.check_hostname = False
TLS.verify_mode = ssl.CERT_NONE  # the bench server's own self-signed certificate


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        f"https://localhost:{PORT}/api/v1/{path}", data=data, method=method,
        headers={"Authorization": AUTH, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, context=TLS, timeout=600) as response:
        return json.loads(response.read())


def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def forecast(first, last, as_of):
    answer = None
    for attempt in range(1, 4):
        started = time.monotonic()
        answer = call("GET", f"forecast?from={first}&to={last}&asOf={as_of}")
        print(f"forecast {first}..{last} #{attempt}  {time.monotonic() - started:6.2f} s wall")
    weeks = answer["weeks"]
    totals = {k: sum(w[k] for w in weeks)
              for k in ("card", "stay", "userCert", "signCert", "letters", "visits")}
    days = (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(first)).days + 1
    print("forecast totals     " + " ".join(f"{k}={v}" for k, v in totals.items()))
    print(f"busiest week        {max(weeks, key=lambda w: w['visits'])['week']}"
          f" {max(w['visits'] for w in weeks)} visits")
    print(f"mean-daily-visits {totals['visits'] / days:.0f}")


def nights(label, first, count, out, parameters):
    night = datetime.date.fromisoformat(first)
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["night", "job_seconds", "exit_status", "letters", "paced_visits",
                    "forced_visits", "held_back_letters", "over_capacity"])
        for i in range(count):
            body = dict(parameters, asOf=night.isoformat(), allowDistantAsOf="true")
            execution = call("POST", "jobs/renewal-notices", body)
            while execution["batchStatus"] in ("STARTING", "STARTED", "STOPPING"):
                time.sleep(0.05)
                execution = call("GET", f"jobs/executions/{execution['executionId']}")
            if execution["batchStatus"] != "COMPLETED":
                sys.exit(f"{label} {night}: {execution['batchStatus']}")
            seconds = (instant(execution["endTime"]) - instant(execution["startTime"])).total_seconds()
            summary = execution["summary"]
            paced = summary.get("paced") or {}
            w.writerow([night.isoformat(), f"{seconds:.2f}", execution["exitStatus"],
                        summary["letters"], paced.get("visits", ""), paced.get("forcedVisits", ""),
                        paced.get("heldBackLetters", ""), paced.get("overCapacity", "")])
            f.flush()
            if i % 30 == 0:
                print(f"{label} {night}: {seconds:.1f} s, {summary['letters']} letters"
                      + (f", {paced['visits']} visits" if paced else ""), flush=True)
            night += datetime.timedelta(days=1)


if __name__ == "__main__":
    if sys.argv[1] == "forecast":
        forecast(*sys.argv[2:5])
    elif sys.argv[1] == "nights":
        nights(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5],
               dict(a.split("=", 1) for a in sys.argv[6:]))
    else:
        sys.exit(__doc__)
