"""``reconcile`` with a line per stage on stderr, as the command runs it: wall seconds, this
process's CPU (user, sys), its helpers' CPU (user + sys, once they are waited for), RSS now and
at its peak, minor page faults. Prints figures; asserts nothing.

    python bench/stage_lines.py report PROJECT --format json -o out.json --fail-on never
    H4_PROFILE="reconciling,rendering json:/tmp/r.prof" python bench/stage_lines.py report ...

``H4_PROFILE``: cProfile the stages named (the command's progress stages) into a file, timed by
this process's CPU (``time.process_time``), not the wall: the machine may be shared.
"""
import os
import resource
import sys
import time

from reconcile.runtime import progress

_T0 = time.monotonic()
_last = [None]


def _status() -> str:
    fields = {}
    with open("/proc/self/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM"):
                fields[k] = int(v.split()[0]) / 1e6
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (f"wall {time.monotonic() - _T0:7.1f} user {me.ru_utime:7.1f} sys {me.ru_stime:6.1f} "
            f"kids {kids.ru_utime + kids.ru_stime:6.1f} rss {fields['VmRSS']:.2f} hwm {fields['VmHWM']:.2f} GB "
            f"minflt {me.ru_minflt}")


_stage = progress.Progress.stage


_PROFILE = os.environ.get("H4_PROFILE")   # "stage,stage:path": cProfile those stages into path
_prof = [None]


def _logged(self, name):
    if _last[0] is not None:
        sys.stderr.write(f"[{_last[0]}] done: {_status()}\n")
    _last[0] = name
    if _PROFILE:
        import cProfile
        wanted, path = _PROFILE.split(":")
        if name in wanted.split(","):
            if _prof[0] is None:
                _prof[0] = cProfile.Profile(time.process_time)
            _prof[0].enable()
        elif _prof[0] is not None:
            _prof[0].disable()
    _stage(self, name)


_exit = progress.Progress.__exit__


def _exited(self, *exc):
    sys.stderr.write(f"[{_last[0]}] done: {_status()}\n")
    if _prof[0] is not None:
        _prof[0].disable()
        _prof[0].dump_stats(_PROFILE.split(":")[1])
    return _exit(self, *exc)


if __name__ == "__main__":
    progress.Progress.stage = _logged
    progress.Progress.__exit__ = _exited
    from reconcile.cli import run
    sys.exit(run())
