"""Preloaded into the multiprocessing forkserver only (see `pipeline.Pipeline`).

There, and so in every pool worker forked from it, SIGTERM is ignored: a
service manager that signals the whole process group (systemd does) must not
kill the workers under a pass that the main process is finishing in order.
The main process shuts the pool down itself.
"""

import signal

signal.signal(signal.SIGTERM, signal.SIG_IGN)
