"""The render worker's memory limit: RLIMIT_AS on Linux, a job object on Windows
(checked here against the Windows structure layout and a stand-in kernel32)."""

from __future__ import annotations

import ctypes
import subprocess
import sys

import pytest

from handout_builder.render import limits


def test_on_linux_the_worker_caps_its_address_space():
    code = (
        "import resource; from handout_builder.render.limits import limit_memory;"
        "print(limit_memory(2048), resource.getrlimit(resource.RLIMIT_AS)[0])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["rlimit", str(2048 * 1024 * 1024)]


@pytest.mark.skipif(ctypes.sizeof(ctypes.c_size_t) != 8, reason="64-bit layout")
def test_job_object_structure_matches_the_64_bit_windows_layout():
    # winnt.h on x64: JOBOBJECT_BASIC_LIMIT_INFORMATION is 64 bytes, LimitFlags at 16;
    # JOBOBJECT_EXTENDED_LIMIT_INFORMATION is 144 bytes, ProcessMemoryLimit at 112.
    basic = limits.JobObjectBasicLimitInformation
    extended = limits.JobObjectExtendedLimitInformation
    assert ctypes.sizeof(basic) == 64 and basic.LimitFlags.offset == 16
    assert ctypes.sizeof(extended) == 144
    assert extended.ProcessMemoryLimit.offset == 112


class StandInKernel32:
    """Records the calls; ``fail`` names one that returns 0 (failure)."""

    def __init__(self, fail: str = "") -> None:
        self.calls: list[str] = []
        self.limit: tuple[int, int] | None = None
        self.fail = fail
        for name in (
            "CreateJobObjectW",
            "SetInformationJobObject",
            "GetCurrentProcess",
            "AssignProcessToJobObject",
        ):
            setattr(self, name, self._function(name))

    def _function(self, name: str):
        def call(*args):
            self.calls.append(name)
            if name == self.fail:
                return 0
            if name == "SetInformationJobObject":
                _job, info_class, address, size = args
                assert info_class == 9 and size == ctypes.sizeof(
                    limits.JobObjectExtendedLimitInformation
                )
                info = limits.JobObjectExtendedLimitInformation.from_address(address)
                self.limit = (info.BasicLimitInformation.LimitFlags, info.ProcessMemoryLimit)
            return {"CreateJobObjectW": 0x44, "GetCurrentProcess": -1}.get(name, 1)

        return call


def test_on_windows_the_worker_joins_a_job_with_a_process_memory_limit():
    kernel32 = StandInKernel32()
    assert limits.limit_with_job_object(3072, kernel32) == "job object"
    assert kernel32.calls == [
        "CreateJobObjectW",
        "SetInformationJobObject",
        "GetCurrentProcess",
        "AssignProcessToJobObject",
    ]
    assert kernel32.limit == (limits.JOB_OBJECT_LIMIT_PROCESS_MEMORY, 3072 * 1024 * 1024)


@pytest.mark.parametrize(
    "failing", ["CreateJobObjectW", "SetInformationJobObject", "AssignProcessToJobObject"]
)
def test_a_refused_job_object_leaves_the_worker_running_without_a_limit(failing):
    assert limits.limit_with_job_object(3072, StandInKernel32(fail=failing)) == ""
