namespace ProcGen.Specs;

/// <summary>
/// The CPU masks of <c>/proc/irq</c> (<c>kernel/irq/proc.c</c>, printed with <c>%*pb</c>): which CPUs an interrupt may
/// be delivered to (<c>smp_affinity</c>, writable by root), which it is delivered to now (<c>effective_affinity</c>,
/// 4.13+), the driver's hint (<c>affinity_hint</c>, 0 when it gives none), and the mask new interrupts start with
/// (<c>default_smp_affinity</c>). Read with <c>fs.IrqAffinity(24)</c>, <c>fs.IrqDefaultAffinity()</c>, ….
/// </summary>
[ProcFile("irq/{irq}/smp_affinity", Accessor = "IrqAffinity")]
[ProcFile("irq/{irq}/effective_affinity", Accessor = "IrqEffectiveAffinity")]
[ProcFile("irq/{irq}/affinity_hint", Accessor = "IrqAffinityHint")]
[ProcFile("irq/default_smp_affinity", Accessor = "IrqDefaultAffinity")]
[SingleValue]
public sealed partial record IrqAffinity
{
    /// <summary>The CPUs in the mask.</summary>
    public required CpuMask Cpus { get; init; }
}

/// <summary>
/// <c>/proc/irq/{irq}/smp_affinity_list</c> and <c>effective_affinity_list</c>: the same masks as
/// <see cref="IrqAffinity"/> printed as CPU ranges (<c>%*pbl</c>: <c>0-3,8</c>).
/// </summary>
[ProcFile("irq/{irq}/smp_affinity_list", Accessor = "IrqAffinityList")]
[ProcFile("irq/{irq}/effective_affinity_list", Accessor = "IrqEffectiveAffinityList")]
[SingleValue]
public sealed partial record IrqAffinityList
{
    /// <summary>The CPUs as ranges.</summary>
    public required RangeList Cpus { get; init; }
}

/// <summary><c>/proc/irq/{irq}/node</c>: the NUMA node the interrupt's device is attached to; -1 when it is none in particular.</summary>
[ProcFile("irq/{irq}/node", Accessor = "IrqNode"), SingleValue]
public sealed partial record IrqNode
{
    /// <summary>The node, or -1 (<c>NUMA_NO_NODE</c>).</summary>
    public required int Node { get; init; }
}

/// <summary>
/// <c>/proc/irq/{irq}/spurious</c>: the spurious-interrupt detector's counters (<c>irq_spurious_proc_show</c>:
/// <c>count %u</c>, <c>unhandled %u</c>, <c>last_unhandled %u ms</c>). Many unhandled interrupts get a line
/// disabled ("nobody cared").
/// </summary>
[ProcFile("irq/{irq}/spurious", Accessor = "IrqSpurious"), Rows]
public sealed partial record IrqSpuriousLine
{
    /// <summary>The counter's name: <c>count</c>, <c>unhandled</c>, <c>last_unhandled</c>.</summary>
    [Column(0)] public required string Name { get; init; }

    /// <summary>Its value: interrupts counted (reset every 100,000), unhandled ones, or milliseconds since boot of the last unhandled one.</summary>
    [Column(1)] public required ulong Value { get; init; }

    /// <summary>The unit, <c>ms</c> for <c>last_unhandled</c>; <c>null</c> for the counts.</summary>
    [Column(2)] public string? Unit { get; init; }
}
