namespace ProcGen.Specs;

/// <summary>
/// A total and its parts on one line of <c>/proc/stat</c>: <c>intr</c> (all interrupts, then one count per
/// interrupt number, the first being IRQ 0) and <c>softirq</c> (all softirqs, then one count per softirq type in
/// the order of <c>softirqs</c>: HI, TIMER, NET_TX, …). Printed by <c>show_stat</c> in <c>fs/proc/stat.c</c>.
/// </summary>
/// <remarks>
/// The <c>intr</c> line has one count per interrupt number the kernel can have (<c>nr_irqs</c>): thousands on large
/// machines, most of them 0.
/// </remarks>
[ProcPart, Columnar]
public sealed partial record StatCounters
{
    /// <summary>The sum of all counts (since boot).</summary>
    [Column(0)] public required ulong Total { get; init; }

    /// <summary>One count per number, from 0.</summary>
    [Rest] public required ulong[] Counts { get; init; }
}
