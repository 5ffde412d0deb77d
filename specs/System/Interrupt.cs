namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/interrupts</c>: an interrupt source and how many times each CPU served it (proc(5);
/// <c>show_interrupts</c> in <c>kernel/irq/proc.c</c>, <c>arch_show_interrupts</c> for the named lines).
/// </summary>
/// <remarks>
/// The header names the online CPUs (<c>CPU0 CPU1 …</c>): each row has one count per header column, then free
/// text (chip, hardware IRQ and trigger, handler names) for numbered IRQs or a description for named ones
/// (<c>NMI</c>, <c>LOC</c>). <c>ERR</c> and <c>MIS</c> print a single total.
/// </remarks>
[ProcFile("interrupts", Accessor = "Interrupts"), HeaderTable]
public sealed partial record Interrupt
{
    /// <summary>The IRQ number (<c>24</c>) or name (<c>NMI</c>, <c>LOC</c>, <c>ERR</c>).</summary>
    [Column(0), Suffix(":")] public required string Name { get; init; }

    /// <summary>One count per CPU of the header; a single total for <c>ERR</c> and <c>MIS</c>.</summary>
    [Column(1), HeaderColumns] public required ulong[] Counts { get; init; }

    /// <summary>The rest of the line: chip, hardware IRQ, trigger and handlers, or a description; <c>null</c> if none.</summary>
    [Rest] public string? Description { get; init; }

    /// <summary>The sum over all CPUs.</summary>
    public ulong Total
    {
        get
        {
            ulong total = 0;
            foreach (var count in Counts) total += count;
            return total;
        }
    }
}
