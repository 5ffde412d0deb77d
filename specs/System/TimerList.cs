namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/timer_list</c>: every CPU's high-resolution timer bases with their pending timers, and the tick devices
/// (<c>timer_list_show</c> in <c>kernel/time/timer_list.c</c>). Root only (mode 0400); read with <c>fs.TimerList()</c>.
/// </summary>
/// <remarks>
/// The file nests timers under clock bases under CPUs and ends with free-form tick device sections, shapes that no
/// row or block format covers: it is read as one value (<see cref="TimerListReport"/>), whose <c>Diagnose</c> names
/// the line and field a malformed file breaks at and what was expected there.
/// </remarks>
[ProcFile("timer_list"), SingleValue]
public sealed partial record TimerList
{
    /// <summary>The version, the time of the snapshot, the CPUs and the tick devices.</summary>
    public required TimerListReport Report { get; init; }
}
