namespace ProcGen.Specs;

/// <summary>
/// One line of <c>/proc/softirqs</c>: a softirq vector and how many times each CPU ran it since boot (proc(5);
/// <c>show_softirqs</c> in <c>fs/proc/softirqs.c</c>).
/// </summary>
/// <remarks>
/// The header names every <b>possible</b> CPU (<c>CPU0 CPU1 …</c>, unlike <c>interrupts</c>, which names the online
/// ones); each row is <c>%12s:</c> then one <c>%10u</c> per CPU. The vectors are <c>HI</c>, <c>TIMER</c>,
/// <c>NET_TX</c>, <c>NET_RX</c>, <c>BLOCK</c>, <c>IRQ_POLL</c>, <c>TASKLET</c>, <c>SCHED</c>, <c>HRTIMER</c>,
/// <c>RCU</c>. The counts are 32-bit in the kernel and wrap.
/// </remarks>
[ProcFile("softirqs", Accessor = "SoftIrqs"), HeaderTable]
public sealed partial record SoftIrq
{
    /// <summary>The vector's name (<c>TIMER</c>, <c>NET_RX</c> …).</summary>
    [Column(0), Suffix(":")] public required string Name { get; init; }

    /// <summary>One count per CPU of the header, in its order.</summary>
    [Column(1), HeaderColumns] public required ulong[] Counts { get; init; }

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
