using System;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ProcGen;

/// <summary>
/// Sends signals to processes of the running system, turning <c>EPERM</c> and <c>ESRCH</c> into the library's
/// typed errors: <see cref="ProcPermissionDeniedException"/> (the caller may not signal that process) and
/// <see cref="ProcessNotFoundException"/> (it has exited).
/// </summary>
/// <remarks>
/// A pid names a process only until the process is reaped; after that the number may be given to a new one.
/// <see cref="Send(int, ProcessSignal, Func{bool})"/> closes that window: it pins the process with a pidfd
/// (<c>pidfd_open</c>, Linux 5.3+), asks the caller whether the pinned pid is still the process it means (the
/// process API compares the start time in <c>stat</c>), and signals through the pidfd, which cannot reach a
/// successor. Without pidfd support (an older kernel or C library) the check runs just before <c>kill</c>.
/// </remarks>
public static unsafe class ProcessSignals
{
    private static bool s_pidfdUnsupported;

    /// <summary>Sends <paramref name="signal"/> to <paramref name="pid"/> with <c>kill(2)</c>.</summary>
    /// <exception cref="ProcessNotFoundException">No such process (<c>ESRCH</c>).</exception>
    /// <exception cref="ProcPermissionDeniedException">The caller may not signal it (<c>EPERM</c>).</exception>
    public static void Send(int pid, ProcessSignal signal)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pid);
        if (LibC.Kill(pid, (int)signal) != 0)
            throw ErrorFor(Marshal.GetLastPInvokeError(), pid, signal);
    }

    /// <summary>
    /// Sends <paramref name="signal"/> to <paramref name="pid"/> if <paramref name="isSameProcess"/>, asked while the
    /// process is pinned, says the pid still names the intended process (see remarks).
    /// </summary>
    /// <exception cref="ProcessNotFoundException">The process has exited, or the pid now names another process.</exception>
    /// <exception cref="ProcPermissionDeniedException">The caller may not signal it (<c>EPERM</c>).</exception>
    public static void Send(int pid, ProcessSignal signal, Func<bool> isSameProcess)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pid);
        ArgumentNullException.ThrowIfNull(isSameProcess);
        int pidfd = OpenPidfd(pid, signal);
        if (pidfd < 0)
        {
            if (!isSameProcess()) throw Reused(pid, signal);
            Send(pid, signal);
            return;
        }
        try
        {
            if (!isSameProcess()) throw Reused(pid, signal);
            if (LibC.PidfdSendSignal(pidfd, (int)signal, null, 0) != 0)
                throw ErrorFor(Marshal.GetLastPInvokeError(), pid, signal);
        }
        finally
        {
            LibC.Close(pidfd);
        }
    }

    /// <summary>The error for a failed <c>kill</c>: typed for <c>ESRCH</c> and <c>EPERM</c>.</summary>
    internal static ProcException ErrorFor(int errno, int pid, ProcessSignal signal)
    {
        var path = ProcessPath(pid);
        var call = Describe(pid, signal);
        return errno switch
        {
            LibC.ESRCH => new ProcessNotFoundException($"{call}: no such process (ESRCH): it has exited", path, null),
            LibC.EPERM => new ProcPermissionDeniedException(
                $"{call}: operation not permitted (EPERM): the process belongs to another user and the caller lacks CAP_KILL", path, null),
            _ => new ProcIOException(path, errno, $"{call}: {LibC.Describe(errno)}"),
        };
    }

    // A pidfd for pid, or -1 when the system has none (then the caller falls back to kill). ESRCH is final.
    private static int OpenPidfd(int pid, ProcessSignal signal)
    {
        if (s_pidfdUnsupported) return -1;
        int fd;
        try
        {
            fd = LibC.PidfdOpen(pid, 0);
        }
        catch (EntryPointNotFoundException)
        {
            s_pidfdUnsupported = true;
            return -1;
        }
        if (fd >= 0) return fd;
        int errno = Marshal.GetLastPInvokeError();
        if (errno == LibC.ESRCH) throw ErrorFor(errno, pid, signal);
        if (errno == LibC.ENOSYS) s_pidfdUnsupported = true;
        // EMFILE, a seccomp filter's EPERM …: not worth failing the signal over; kill still works.
        return -1;
    }

    private static ProcessNotFoundException Reused(int pid, ProcessSignal signal)
        => new($"{Describe(pid, signal)}: the process has exited and its pid now names another process", ProcessPath(pid), null);

    private static string ProcessPath(int pid) => "/proc/" + pid.ToString(CultureInfo.InvariantCulture);

    private static string Describe(int pid, ProcessSignal signal)
        => string.Create(CultureInfo.InvariantCulture, $"kill({pid}, {SignalName(signal)})");

    private static string SignalName(ProcessSignal signal) => signal switch
    {
        ProcessSignal.None => "0",
        ProcessSignal.Hangup => "SIGHUP",
        ProcessSignal.Interrupt => "SIGINT",
        ProcessSignal.Kill => "SIGKILL",
        ProcessSignal.User1 => "SIGUSR1",
        ProcessSignal.User2 => "SIGUSR2",
        ProcessSignal.Terminate => "SIGTERM",
        ProcessSignal.Continue => "SIGCONT",
        ProcessSignal.Stop => "SIGSTOP",
        _ => ((int)signal).ToString(CultureInfo.InvariantCulture),
    };
}
