namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/loadavg</c>: load averages and scheduler counts (proc(5); <c>loadavg_proc_show</c> in
/// <c>fs/proc/loadavg.c</c>), e.g. <c>0.86 0.58 0.30 1/88 6756</c>.
/// </summary>
[ProcFile("loadavg"), Columnar]
public sealed partial record Loadavg
{
    /// <summary>Runnable plus uninterruptible tasks, averaged over 1 minute.</summary>
    [Column(0)] public required double Load1 { get; init; }

    /// <summary>Load average over 5 minutes.</summary>
    [Column(1)] public required double Load5 { get; init; }

    /// <summary>Load average over 15 minutes.</summary>
    [Column(2)] public required double Load15 { get; init; }

    /// <summary>Currently runnable scheduling entities / all scheduling entities (threads) on the system.</summary>
    [Column(3)] public required SlashPair RunnableAndTotal { get; init; }

    /// <summary>The pid most recently allocated.</summary>
    [Column(4)] public required int LastPid { get; init; }

    /// <summary>Currently runnable scheduling entities.</summary>
    public ulong Runnable => RunnableAndTotal.First;

    /// <summary>Scheduling entities (processes and threads) that exist.</summary>
    public ulong Total => RunnableAndTotal.Second;
}
