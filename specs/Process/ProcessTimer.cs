namespace ProcGen.Specs;

/// <summary>
/// One POSIX timer of a process (<c>timer_create</c>), from <c>/proc/[pid]/timers</c> (<c>show_timer</c> in
/// <c>kernel/time/posix-timers.c</c>, formerly <c>fs/proc/base.c</c>; 3.10+ with <c>CONFIG_CHECKPOINT_RESTORE</c>).
/// Read with <c>process.Timers()</c>.
/// </summary>
/// <remarks>
/// Each timer is four lines, <c>ID:</c>, <c>signal:</c>, <c>notify:</c>, <c>ClockID:</c>, and the next timer follows
/// with no blank line: a block starts at each <c>ID:</c> line.
/// </remarks>
[ProcFile("{pid}/timers", Accessor = "Timers"), Blocks(Start = BlockStart.RepeatedFirstKey)]
public sealed partial record ProcessTimer
{
    /// <summary>The timer id <c>timer_create</c> returned.</summary>
    [Key("ID")] public required int Id { get; init; }

    /// <summary>The signal sent at expiry and the value passed with it.</summary>
    [Key("signal")] public required TimerSignal Signal { get; init; }

    /// <summary>How expiry is notified and to whom: <c>signal/pid.1234</c>, <c>signal/tid.4243</c>, <c>none/pid.1234</c>.</summary>
    [Key("notify")] public required TimerNotification Notify { get; init; }

    /// <summary>The clock (<c>0</c> <c>CLOCK_REALTIME</c>, <c>1</c> <c>CLOCK_MONOTONIC</c>, negative for CPU-time clocks).</summary>
    [Key("ClockID")] public required int ClockId { get; init; }
}
