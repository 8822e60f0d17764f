"""Figures of one benchmarked job run, printed as 'name   value' lines.

Arguments: rows, batch-job exit code, CPU before and after ("jvm postgres clock-tick"),
batch-job log (holds the JobExecution JSON), jstat -gc log, the -Xmx value, the job's summary
line(s). Rows may be "letters": the letters count of the summary.
"""
import json
import re
import sys
from datetime import datetime

status = sys.argv[2]
summary = open(sys.argv[8]).read().strip()
if sys.argv[1] == "letters":
    found = re.search(r'\bletters=(\d+)', summary)
    rows = int(found.group(1)) if found else 0
else:
    rows = int(sys.argv[1])
before, after = [list(map(float, x.split())) for x in (sys.argv[3], sys.argv[4])]
log = open(sys.argv[5]).read()
executions = re.findall(r'JobExecution:(\{.*\})', log)
if not executions:
    sys.exit("no job execution in " + sys.argv[5] + ":\n" + log[-2000:])
execution = json.loads(executions[-1])
fmt = '%Y/%m/%d %H:%M:%S.%f %z'
seconds = (datetime.strptime(execution['endTime'], fmt)
           - datetime.strptime(execution['startTime'], fmt)).total_seconds()
heap = 0.0
for line in open(sys.argv[6]):
    f = line.split()
    if f and f[0][0].isdigit():
        # S0U S1U EU OU are columns 3, 4, 6 and 8 of jstat -gc
        heap = max(heap, float(f[2]) + float(f[3]) + float(f[5]) + float(f[7]))
jvm = (after[0] - before[0]) / after[2]
pg = (after[1] - before[1]) / after[2]
print(f"rows                {rows}")
print(f"job time            {seconds:.1f} s (job execution start to end, server start excluded)")
print(f"throughput          {rows / max(seconds, 0.001):,.0f} rows/s")
print(f"peak heap used      {heap / 1024:.0f} MB of -Xmx{sys.argv[7]}")
print(f"cpu                 server JVM {jvm:.1f} s, PostgreSQL {pg:.1f} s")
print(f"batch status        {execution['batchStatus']}, exit status {execution['exitStatus']}"
      f" (batch-job exit {status})")
for line in summary.splitlines():
    print("summary             " + line.split("summary: ", 1)[-1])
