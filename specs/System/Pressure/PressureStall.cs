namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/pressure/cpu</c>, <c>io</c>, <c>memory</c> and <c>irq</c>: pressure stall information, how much time
/// tasks lost waiting for the resource (<c>psi_show</c> in <c>kernel/sched/psi.c</c>; 4.20+, with
/// <c>CONFIG_PSI</c>). Read with <c>fs.CpuPressure()</c>, <c>fs.IoPressure()</c>, <c>fs.MemoryPressure()</c>,
/// <c>fs.IrqPressure()</c>.
/// </summary>
/// <remarks>
/// <c>some</c>: at least one task stalled; <c>full</c>: all non-idle tasks stalled at once. <c>cpu</c> prints
/// <c>full</c> since 5.13 (before, only <c>some</c>); <c>irq</c> (6.1+, <c>CONFIG_IRQ_TIME_ACCOUNTING</c>) prints
/// only <c>full</c>.
/// </remarks>
[ProcFile("pressure/cpu", Accessor = "CpuPressure")]
[ProcFile("pressure/io", Accessor = "IoPressure")]
[ProcFile("pressure/memory", Accessor = "MemoryPressure")]
[ProcFile("pressure/irq", Accessor = "IrqPressure")]
[KeyValue(Separator = ' ')]
public sealed partial record PressureStall
{
    /// <summary>Time at least one task was stalled; absent from <c>irq</c>.</summary>
    [Key("some")] public PressureAverages? Some { get; init; }

    /// <summary>Time every non-idle task was stalled; absent from <c>cpu</c> before 5.13.</summary>
    [Key("full")] public PressureAverages? Full { get; init; }
}
