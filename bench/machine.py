"""bench/machine.py: the line that names the machine a bench ran on (CPU
model, cores available to the process, load at the start), for the
bench scripts' output."""
import os


def describe():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return "%s, %d cores available, load %.1f at the start" % (model, cores, load)
