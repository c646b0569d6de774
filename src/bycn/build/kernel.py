"""The Jupyter kernel a briefing runs on: this interpreter, in a folder of its own.

Which kernel: the notebook runs on the interpreter running the build
(``sys.executable -m bycn.build.kernel_launcher``: ipykernel, loading the
briefing modules while it boots), under the kernel name ``bycn``. So the
notebook imports the very bycn that validated its parameters, and a
``pip install .`` needs no ``ipykernel install`` before ``bycn report``
works. (``make setup`` still registers the ``bycn`` kernel, for ``make lab``;
it names the same interpreter, with ipykernel's own launcher.)

Where its files go: the connection file and the kernel's Unix sockets live
in a private folder ``<jupyter runtime dir>/bycn-<pid>-<random>/``, so
parallel builds (``make -j``) never share a socket, nothing listens on the
network, and cleaning up after a build, even an interrupted one, is removing
one folder. :mod:`bycn.build.debris` removes such folders whose process is gone.

>>> spec = BuildKernelSpecManager().get_kernel_spec(KERNEL_NAME)
>>> spec.argv[1:3], spec.language
(['-m', 'bycn.build.kernel_launcher'], 'python')
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jupyter_client import AsyncKernelManager
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from traitlets import List, default

from bycn.build.debris import runtime_folder
from bycn.output import TEMPORARY_MARK

__all__ = [
    "KERNEL_ARGUMENTS",
    "KERNEL_NAME",
    "BuildKernelManager",
    "BuildKernelSpecManager",
    "KernelSession",
    "kernel_session",
    "start_kernel",
    "stop_kernel",
]

#: The kernel name briefings run under (recorded in the executed notebook).
KERNEL_NAME = "bycn"

# Unix socket paths are limited to about 100 bytes; a longer runtime folder
# falls back to TCP on localhost.
_MAX_SOCKET_PATH = 100


class BuildKernelSpecManager(KernelSpecManager):
    """Kernel specs as installed, except ``bycn``: always this interpreter."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        if kernel_name != KERNEL_NAME:
            return super().get_kernel_spec(kernel_name)
        return KernelSpec(
            argv=[sys.executable, "-m", "bycn.build.kernel_launcher", "-f", "{connection_file}"],
            display_name="Python (bycn)",
            language="python",
            metadata={"debugger": False},
        )


class BuildKernelManager(AsyncKernelManager):
    """nbclient's kernel manager, with :class:`BuildKernelSpecManager`, a record of every
    kernel it starts (so that an interrupted build can stop them) and of the clients
    made for it (so that :func:`stop_kernel` closes their channels)."""

    clients = List()

    @default("kernel_spec_manager")
    def _build_kernel_spec_manager(self) -> KernelSpecManager:
        return BuildKernelSpecManager(data_dir=self.data_dir)

    def client(self, **kwargs: Any) -> Any:
        made = super().client(**kwargs)
        self.clients.append(made)
        return made

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
        await super()._async_launch_kernel(kernel_cmd, **kw)
        # Recorded as soon as the process exists: a signal may come at any time.
        for session in _SESSIONS:
            session.managers.append(self)


@dataclass
class KernelSession:
    """The kernel settings of one build and what to clean up after it.

    folder: the private runtime folder (connection file, sockets).
    config: traitlets configuration for nbclient (transport, file names).
    """

    folder: Path
    config: Any
    managers: list[AsyncKernelManager] = field(default_factory=list)

    def stop_kernels(self) -> None:
        """Kill any kernel still running (after an interruption nbclient did not stop it)."""
        for manager in self.managers:
            process = getattr(manager.provisioner, "process", None)
            if process is not None and process.poll() is None:
                process.kill()
                with suppress(Exception):
                    process.wait(timeout=5)
        self.managers.clear()


_SESSIONS: list[KernelSession] = []

#: The kernel's command-line options: quiet (cell errors come back as outputs, a dead
#: kernel is reported by nbclient), and no history file.
KERNEL_ARGUMENTS = ("--IPKernelApp.log_level=CRITICAL", "--HistoryManager.hist_file=:memory:")


def start_kernel(session: KernelSession, cwd: Path) -> BuildKernelManager:
    """Launch the build's kernel, working in ``cwd``, and return its manager at once.

    Launched before papermill is loaded, the kernel boots (half a second) while the
    build imports papermill and the renderers; papermill then runs the notebook on
    it (``km=``). :func:`stop_kernel` ends it; the session kills it if a build stops
    on the way.
    """
    from jupyter_core.utils import run_sync

    manager = BuildKernelManager(kernel_name=KERNEL_NAME, config=session.config)
    run_sync(manager.start_kernel)(cwd=str(cwd), extra_arguments=list(KERNEL_ARGUMENTS))
    return manager


def stop_kernel(manager: BuildKernelManager) -> None:
    """Close the channels of the kernel's clients and stop the kernel at once."""
    from jupyter_core.utils import run_sync

    for made in manager.clients:
        with suppress(Exception):
            made.stop_channels()
    manager.clients.clear()
    if manager.has_kernel:
        with suppress(Exception):
            run_sync(manager.shutdown_kernel)(now=True)


@contextmanager
def kernel_session() -> Iterator[KernelSession]:
    """A private runtime folder and the kernel config for one build; removed on exit.

    On any exit, an interruption included, kernels still running are killed
    and the folder (connection file, sockets) is removed.
    """
    from traitlets.config import Config

    parent = runtime_folder()
    parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"{TEMPORARY_MARK}-{os.getpid()}-", dir=parent))
    settings: dict[str, Any] = {"connection_file": str(folder / "kernel.json")}
    ip = str(folder / "k")
    if os.name == "posix" and len(ip) + 4 < _MAX_SOCKET_PATH:
        settings.update(transport="ipc", ip=ip)
    session = KernelSession(folder, Config({"KernelManager": settings}))
    _SESSIONS.append(session)
    try:
        yield session
    except BaseException:
        _cancel_pending_tasks()
        raise
    finally:
        _SESSIONS.remove(session)
        session.stop_kernels()
        shutil.rmtree(folder, ignore_errors=True)


def _cancel_pending_tasks() -> None:
    """Cancel what nbclient left running when a signal cut its event loop short.

    A task left pending would run again, find its kernel gone, and print
    "Kernel died" and a traceback on the way out. Cancelled now, it runs its
    own cleanup (stopping the kernel) at once, for up to five seconds; what it
    says about the kernel it is stopping is not for the user, who stopped the
    build and is told so in one line.
    """
    import asyncio

    from jupyter_core.utils import ensure_event_loop

    loop = ensure_event_loop()
    loop.set_exception_handler(lambda loop, context: None)
    if loop.is_running():
        return
    tasks = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        with suppress(BaseException):
            loop.run_until_complete(asyncio.wait(tasks, timeout=5))
    for task in tasks:
        if task.done() and not task.cancelled():
            task.exception()  # retrieved: asyncio does not report it at exit
