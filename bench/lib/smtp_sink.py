"""A local SMTP sink for the mail benchmark: accepts every message, keeps nothing, and writes the
count of messages received to the file given as second argument when it is stopped (SIGTERM).

    python3 bench/lib/smtp_sink.py <port> <count-file>

Python 3.11's smtpd (deprecated, still shipped): no package to install on these machines.
"""
import asyncore
import signal
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import smtpd  # noqa: E402

received = 0


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        global received
        received += 1


def stop(*_):
    with open(sys.argv[2], "w") as f:
        f.write(str(received))
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
Sink(("127.0.0.1", int(sys.argv[1])), None, decode_data=False)
asyncore.loop()
