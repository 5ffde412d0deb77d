using ProcGen;

namespace ProcGen.Tests.Processes;

/// <summary>
/// kill(2)'s errors as typed exceptions. EPERM cannot be provoked by a test running as root (CAP_KILL), so the
/// mapping itself is checked; ESRCH is also provoked for real in <see cref="LiveProcessTests"/>.
/// </summary>
public class SignalErrorTests
{
    [Fact]
    public void Eperm_is_permission_denied_with_a_clear_message()
    {
        var e = Assert.IsType<ProcPermissionDeniedException>(ProcessSignals.ErrorFor(1, 4242, ProcessSignal.Terminate));
        Assert.Equal("/proc/4242", e.FilePath);
        Assert.Contains("kill(4242, SIGTERM)", e.Message);
        Assert.Contains("EPERM", e.Message);
    }

    [Fact]
    public void Esrch_is_process_not_found()
    {
        var e = Assert.IsType<ProcessNotFoundException>(ProcessSignals.ErrorFor(3, 4242, ProcessSignal.Kill));
        Assert.Contains("kill(4242, SIGKILL)", e.Message);
        Assert.Contains("ESRCH", e.Message);
    }

    [Fact]
    public void Other_errors_keep_their_errno()
    {
        var e = Assert.IsType<ProcIOException>(ProcessSignals.ErrorFor(22, 4242, (ProcessSignal)99));
        Assert.Equal(22, e.ErrorNumber);
        Assert.Contains("kill(4242, 99)", e.Message);
    }

    [Fact]
    public void Signalling_a_pid_that_does_not_exist_is_process_not_found()
    {
        // pid_max is at most 4194304: this pid cannot exist.
        Assert.Throws<ProcessNotFoundException>(() => ProcessSignals.Send(4_194_305, ProcessSignal.None));
        Assert.Throws<ProcessNotFoundException>(() => ProcessSignals.Send(4_194_305, ProcessSignal.Terminate, () => true));
    }
}
