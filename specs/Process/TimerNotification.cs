namespace ProcGen.Specs;

/// <summary>
/// The <c>notify:</c> line of a timer in <c>/proc/[pid]/timers</c>: how expiry is notified and to whom,
/// <c>signal/pid.1234</c> or <c>signal/tid.4243</c> (<c>"%s/%s.%d"</c> in <c>show_timer</c>: the
/// <c>sigev_notify</c> kind without <c>SIGEV_THREAD_ID</c>, then <c>tid</c> when that flag is set or <c>pid</c>,
/// then the id in the reader's pid namespace).
/// </summary>
[ProcPart, Rows(Separator = '/')]
public sealed partial record TimerNotification
{
    /// <summary>What happens at expiry.</summary>
    [Column(0)] public required TimerNotifyKind Kind { get; init; }

    /// <summary>The process or thread notified.</summary>
    [Column(1)] public required TimerNotifyTarget Target { get; init; }

    /// <summary>As the kernel prints it: <c>signal/pid.1234</c>.</summary>
    public override string ToString()
        => (Kind switch { TimerNotifyKind.Signal => "signal", TimerNotifyKind.None => "none", _ => "thread" }) + "/" + Target;
}

/// <summary>The <c>tid.4243</c> or <c>pid.1234</c> half of a timer's <c>notify:</c> line.</summary>
[ProcPart, Rows(Separator = '.')]
public sealed partial record TimerNotifyTarget
{
    /// <summary>Whether one thread is notified (<c>SIGEV_THREAD_ID</c>, <c>tid</c>) rather than the process (<c>pid</c>).</summary>
    [Column(0)] public required TimerNotifyScope Scope { get; init; }

    /// <summary>The thread or process id.</summary>
    [Column(1)] public required int Id { get; init; }

    /// <summary><c>pid.1234</c> or <c>tid.4243</c>.</summary>
    public override string ToString()
        => (Scope == TimerNotifyScope.Thread ? "tid." : "pid.") + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A timer's <c>sigev_notify</c> kind (<c>include/uapi/asm-generic/siginfo.h</c>).</summary>
public enum TimerNotifyKind
{
    /// <summary><c>SIGEV_SIGNAL</c>: a signal is sent.</summary>
    [ProcToken("signal")] Signal,
    /// <summary><c>SIGEV_NONE</c>: nothing is sent; the timer is polled with <c>timer_gettime</c>.</summary>
    [ProcToken("none")] None,
    /// <summary><c>SIGEV_THREAD</c>: a function runs in a new thread (emulated by the C library with a signal).</summary>
    [ProcToken("thread")] Thread,
}

/// <summary>Whether a timer notifies its process or one thread.</summary>
public enum TimerNotifyScope
{
    /// <summary><c>pid</c>: the process.</summary>
    [ProcToken("pid")] Process,
    /// <summary><c>tid</c>: one thread (<c>SIGEV_THREAD_ID</c>).</summary>
    [ProcToken("tid")] Thread,
}
