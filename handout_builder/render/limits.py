"""The render worker's memory limit, on each operating system.

A layout that grows without end must stop with "needed too much memory"
instead of taking the computer down. The worker caps its own memory when it
starts:

- Linux (and other Unix): ``RLIMIT_AS``, the address-space limit
  (``setrlimit(2)``); an allocation past it fails and Python raises
  ``MemoryError``.
- Windows: there is no ``resource`` module. The worker puts itself in a job
  object with ``JOB_OBJECT_LIMIT_PROCESS_MEMORY`` (committed memory;
  ``SetInformationJobObject`` with ``JOBOBJECT_EXTENDED_LIMIT_INFORMATION``).
  Needs Windows 8 or later when the app itself already runs in a job.
- macOS: ``RLIMIT_AS`` is requested, but macOS does not enforce address-space
  limits; there only the render time limit stops a runaway layout.

In every case the parent's time limit and crash detection still apply.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from typing import Any

JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9  # JobObjectExtendedLimitInformation


class JobObjectBasicLimitInformation(ctypes.Structure):
    """``JOBOBJECT_BASIC_LIMIT_INFORMATION`` (winnt.h); 64 bytes on 64-bit Windows."""

    _fields_ = (
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    )


class IoCounters(ctypes.Structure):
    """``IO_COUNTERS`` (winnt.h): six 64-bit counters."""

    _fields_ = tuple(
        (name, ctypes.c_uint64)
        for name in (
            "ReadOperationCount",
            "WriteOperationCount",
            "OtherOperationCount",
            "ReadTransferCount",
            "WriteTransferCount",
            "OtherTransferCount",
        )
    )


class JobObjectExtendedLimitInformation(ctypes.Structure):
    """``JOBOBJECT_EXTENDED_LIMIT_INFORMATION`` (winnt.h); 144 bytes on 64-bit Windows."""

    _fields_ = (
        ("BasicLimitInformation", JobObjectBasicLimitInformation),
        ("IoInfo", IoCounters),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    )


def limit_memory(megabytes: int) -> str:
    """Cap this process's memory at ``megabytes`` MiB. Returns how: ``"rlimit"``,
    ``"job object"``, or ``""`` when the system refused (the process runs on
    without a memory limit; the time limit still applies)."""
    if sys.platform == "win32":  # pragma: no cover - exercised with a stand-in kernel32
        return limit_with_job_object(megabytes, ctypes.WinDLL("kernel32", use_last_error=True))
    return _limit_with_rlimit(megabytes)


def _limit_with_rlimit(megabytes: int) -> str:
    import resource

    limit = megabytes * 1024 * 1024
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        return "rlimit"
    return ""


def limit_with_job_object(megabytes: int, kernel32: Any) -> str:
    """Put the current process in a new job object whose per-process committed
    memory limit is ``megabytes`` MiB. ``kernel32`` is ``ctypes.WinDLL("kernel32")``
    (a stand-in in tests). The job's handle is kept open for the process's
    lifetime on purpose: closing it would not lift the limit, but keeping it
    avoids any doubt. Returns ``"job object"``, or ``""`` when a call failed."""
    kernel32.CreateJobObjectW.restype = ctypes.c_void_p
    kernel32.CreateJobObjectW.argtypes = (ctypes.c_void_p, ctypes.c_wchar_p)
    kernel32.SetInformationJobObject.argtypes = (
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_uint32,
    )
    kernel32.GetCurrentProcess.restype = ctypes.c_void_p
    kernel32.AssignProcessToJobObject.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return ""
    info = JobObjectExtendedLimitInformation()
    info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY
    info.ProcessMemoryLimit = megabytes * 1024 * 1024
    if not kernel32.SetInformationJobObject(
        job,
        JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
        ctypes.addressof(info),
        ctypes.sizeof(info),
    ):
        return ""
    if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        return ""
    return "job object"
