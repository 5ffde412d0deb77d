namespace ProcGen.Specs;

/// <summary>
/// The scheduler state of a task, as the one-letter code of <c>{pid}/stat</c> field 3 and the first token of the
/// <c>State:</c> line of <c>{pid}/status</c> (<c>task_state_array</c> in <c>fs/proc/array.c</c>). The numeric
/// value of each member is its letter, so <c>(char)state</c> prints like <c>ps</c>.
/// </summary>
public enum ProcessState
{
    /// <summary>A letter this library does not know: newer kernels add states, which must not fail a parse.</summary>
    [ProcFallback] Unknown = 0,
    /// <summary>Running or runnable (<c>R (running)</c>).</summary>
    [ProcToken("R")] Running = 'R',
    /// <summary>Interruptible sleep (<c>S (sleeping)</c>).</summary>
    [ProcToken("S")] Sleeping = 'S',
    /// <summary>Uninterruptible sleep, usually I/O (<c>D (disk sleep)</c>).</summary>
    [ProcToken("D")] DiskSleep = 'D',
    /// <summary>Exited, not yet reaped by its parent (<c>Z (zombie)</c>).</summary>
    [ProcToken("Z")] Zombie = 'Z',
    /// <summary>Stopped by a job-control signal (<c>T (stopped)</c>).</summary>
    [ProcToken("T")] Stopped = 'T',
    /// <summary>Stopped by a tracer (<c>t (tracing stop)</c>, 2.6.33+).</summary>
    [ProcToken("t")] TracingStop = 't',
    /// <summary>Dead (<c>X (dead)</c>); should never be seen.</summary>
    [ProcToken("X")] Dead = 'X',
    /// <summary>Idle kernel thread (<c>I (idle)</c>, 4.14+).</summary>
    [ProcToken("I")] Idle = 'I',
    /// <summary>Parked kernel thread (<c>P (parked)</c>, 3.9–3.13, and again in some kernels).</summary>
    [ProcToken("P")] Parked = 'P',
    /// <summary>Wakekill (<c>K</c>, 2.6.33–3.13 only).</summary>
    [ProcToken("K")] WakeKill = 'K',
    /// <summary>Waking (<c>W</c>, 2.6.33–3.13 only; paging before 2.6.0).</summary>
    [ProcToken("W")] Waking = 'W',
    /// <summary>Dead, as printed as <c>x</c> by 2.6.33–3.13.</summary>
    [ProcToken("x")] DeadLegacy = 'x',
}
